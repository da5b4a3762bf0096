import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService } from '../background/service';
import type { MessagePayload, MessageResponse, MessageType } from '../messaging/protocol';
import { contractsItem, pushQueueItem, settingsItem, syncStateItem, syncTokenItem } from '../storage/items';
import { backoffDelay, SyncEngine } from './engine';
import { FakeApi, type FakeProblem } from './testing/fake-api';

const SERVER = 'https://sl.example';
let clock = Date.parse('2026-03-01T10:00:00Z');
const now = () => clock;

/** Writes do not start a sync on their own here, so each test decides when the engine runs. */
function setup(afterWrite: () => void = () => {}, options: { timeoutMs?: number } = {}) {
  const api = new FakeApi();
  // Jitter drawn at its top: each backoff is the full delay, so tests can step the clock exactly.
  const engine = new SyncEngine({ fetch: api.fetch, now, random: () => 1, ...options });
  const service = createService({ engine, now, fetch: api.fetch, afterWrite });
  const call = <T extends MessageType>(type: T, payload: MessagePayload<T>): Promise<MessageResponse<T>> =>
    (service.handlers[type] as (p: MessagePayload<T>, s: object) => Promise<MessageResponse<T>>)(payload, {});
  return { api, engine, call };
}

async function syncMode() {
  await settingsItem.setValue({ ...(await settingsItem.getValue()), mode: 'sync', serverUrl: SERVER });
  await syncTokenItem.setValue('good-token');
}

const contract = {
  id: 'c-local-1',
  ruleset: 'ai-cloud-partner-2023',
  offer: 'solutions-partner',
  benefit: 'on-premises',
  competency: null,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  allotmentOverride: null,
  label: 'Contoso on-prem',
  accessId: 'ACCESS-1',
  contractId: 'CONTRACT-1',
} as const;

describe('sync engine', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    clock = Date.parse('2026-03-01T10:00:00Z');
  });

  it('does nothing over the network in local mode', async () => {
    const { api, engine, call } = setup();
    await call('contracts:upsert', contract);
    const status = await engine.sync('manual');
    expect(status).toMatchObject({ mode: 'local', state: 'idle', pending: 0 });
    expect(api.requests).toEqual([]);
  });

  it('pushes local contracts and incidents, then pulls the cursor', async () => {
    const { api, engine, call } = setup();
    await syncMode();
    await call('contracts:upsert', contract);
    await call('events:append', { contractId: contract.id, event: { type: 'opened', count: 1 } });
    const status = await engine.sync('manual');
    expect(status).toMatchObject({ mode: 'sync', state: 'idle', pending: 0, lastSyncAt: clock });
    expect(api.contract(contract.id)).toMatchObject({ accessId: 'ACCESS-1', label: 'Contoso on-prem' });
    expect(api.eventsOf(contract.id)).toHaveLength(1);
    const [local] = await contractsItem.getValue();
    expect(local?.version).toBe(1);
    expect(local?.syncedAt).toBe(clock);
    expect((await syncStateItem.getValue()).cursor).not.toBeNull();
    expect(api.requests.every((r) => !r.includes('good-token') && !r.includes('ACCESS-1'))).toBe(true);
  });

  it("reports the token's team role after a run, and keeps the last one when /v1/me cannot be read", async () => {
    const { api, engine } = setup();
    await syncMode();
    api.role = 'viewer';
    expect((await engine.sync('manual')).role).toBe('viewer');
    api.role = 'member';
    expect((await engine.sync('manual')).role).toBe('member');
    api.meFails = 503;
    expect(await engine.sync('manual')).toMatchObject({ state: 'idle', role: 'member' });
  });

  it('applies a retried write once when the first response was lost', async () => {
    const { api, engine, call } = setup();
    await syncMode();
    await call('contracts:upsert', contract);
    await engine.sync('manual');
    await call('events:append', { contractId: contract.id, event: { type: 'opened', count: 1 } });
    api.loseNextResponse = true;
    const failed = await engine.sync('manual');
    expect(failed.state).toBe('offline');
    expect(failed.pending).toBe(1);
    expect(api.eventsOf(contract.id)).toHaveLength(1);
    clock += backoffDelay(1);
    const retried = await engine.sync('manual');
    expect(retried).toMatchObject({ state: 'idle', pending: 0 });
    expect(api.eventsOf(contract.id)).toHaveLength(1);
    expect((await contractsItem.getValue())[0]?.events).toHaveLength(1);
  });

  it('a lost create response is adopted on retry instead of making a second contract', async () => {
    const { api, engine, call } = setup();
    await syncMode();
    await call('contracts:upsert', contract);
    api.loseNextResponse = true;
    await engine.sync('manual');
    expect(api.liveContracts()).toHaveLength(1);
    await engine.sync('manual');
    expect(api.liveContracts()).toHaveLength(1);
    expect((await contractsItem.getValue())[0]?.version).toBe(1);
    expect(await pushQueueItem.getValue()).toEqual([]);
  });

  it('backs off exponentially while offline and skips automatic runs until then', async () => {
    const { api, engine, call } = setup();
    await syncMode();
    await call('contracts:upsert', contract);
    api.offline = true;
    await engine.sync('manual');
    let state = await syncStateItem.getValue();
    expect(state).toMatchObject({ state: 'offline', failures: 1, nextAttemptAt: clock + 5_000 });
    const before = api.requests.length;
    clock += 1_000;
    await engine.sync('alarm');
    expect(api.requests.length).toBe(before);
    clock += 5_000;
    await engine.sync('alarm');
    state = await syncStateItem.getValue();
    expect(state).toMatchObject({ failures: 2, nextAttemptAt: clock + 10_000 });
    expect(backoffDelay(30, () => 1)).toBe(15 * 60_000);
    api.offline = false;
    clock += 10_000;
    const status = await engine.sync('alarm');
    expect(status).toMatchObject({ state: 'idle', pending: 0 });
    expect((await syncStateItem.getValue()).failures).toBe(0);
  });

  it('pulls contracts, incidents and links made by teammates', async () => {
    const { api, engine } = setup();
    await syncMode();
    const remote = api.seed({
      ...contract,
      id: 'c-remote',
      accessId: 'R-1',
      contractId: 'R-2',
      benefit: 'cloud',
    });
    await api.fetch(`${SERVER}/v1/contracts/c-remote/events`, {
      method: 'POST',
      headers: { Authorization: 'Bearer good-token' },
      body: JSON.stringify({
        id: 'ev-1',
        type: 'observed',
        at: '2026-02-01T00:00:00.000Z',
        remaining: 7,
        portal: 'serviceshub',
      }),
    });
    await api.fetch(`${SERVER}/v1/contracts/c-remote/links/azure`, {
      method: 'PUT',
      headers: { Authorization: 'Bearer good-token' },
      body: JSON.stringify({ account: 'ada@contoso.com' }),
    });
    await engine.sync('manual');
    const [local] = await contractsItem.getValue();
    expect(local).toMatchObject({ id: remote.id, accessId: 'R-1', version: 1 });
    expect(local?.events).toEqual([
      {
        id: 'ev-1',
        type: 'observed',
        at: Date.parse('2026-02-01T00:00:00.000Z'),
        remaining: 7,
        portal: 'serviceshub',
      },
    ]);
    expect(local?.links).toMatchObject([{ portal: 'azure', account: 'ada@contoso.com' }]);
  });

  it('on 412 merges our edit onto the newer version (different fields)', async () => {
    const { api, engine, call } = setup();
    await syncMode();
    await call('contracts:upsert', contract);
    await engine.sync('manual');
    api.editElsewhere(contract.id, { label: 'Renamed by Bo' });
    await call('contracts:upsert', { ...contract, endDate: '2027-01-31' });
    await engine.sync('manual');
    expect(api.contract(contract.id)).toMatchObject({
      label: 'Renamed by Bo',
      endDate: '2027-01-31',
      version: 3,
    });
    expect((await contractsItem.getValue())[0]).toMatchObject({
      label: 'Renamed by Bo',
      endDate: '2027-01-31',
    });
    expect((await syncStateItem.getValue()).conflicts).toEqual([]);
  });

  it('on 412 with the same field changed on both sides keeps the server value and reports it', async () => {
    const { api, engine, call } = setup();
    await syncMode();
    await call('contracts:upsert', contract);
    await engine.sync('manual');
    api.editElsewhere(contract.id, { label: 'Theirs' });
    await call('contracts:upsert', { ...contract, label: 'Mine' });
    await engine.sync('manual');
    expect(api.contract(contract.id)?.label).toBe('Theirs');
    expect((await contractsItem.getValue())[0]?.label).toBe('Theirs');
    const { conflicts } = await syncStateItem.getValue();
    expect(conflicts).toMatchObject([{ contractId: contract.id, fields: ['label'] }]);
  });

  it('on 410 resyncs from a full snapshot and drops contracts deleted meanwhile', async () => {
    const { api, engine, call } = setup();
    await syncMode();
    await call('contracts:upsert', contract);
    const other = api.seed({ ...contract, id: 'c-other', accessId: 'O-1', contractId: 'O-2' });
    await engine.sync('manual');
    expect(await contractsItem.getValue()).toHaveLength(2);
    api.deleteElsewhere(other.id);
    api.oldestCursor = 1_000;
    await engine.sync('manual');
    expect(api.requests.filter((r) => r.startsWith('GET /v1/sync')).at(-1)).toBe('GET /v1/sync?limit=500');
    expect((await contractsItem.getValue()).map((c) => c.id)).toEqual([contract.id]);
  });

  it('on 401 stops and waits for a new token', async () => {
    const { api, engine, call } = setup();
    await syncMode();
    await syncTokenItem.setValue('revoked-token');
    await call('contracts:upsert', contract);
    const status = await engine.sync('manual');
    expect(status.state).toBe('unauthorized');
    const before = api.requests.length;
    await engine.sync('alarm');
    expect(api.requests.length).toBe(before);
  });

  it('deletes reach the server as tombstones; remote deletes remove the local copy', async () => {
    const { api, engine, call } = setup();
    await syncMode();
    await call('contracts:upsert', contract);
    await call('contracts:upsert', { ...contract, id: 'c-2', accessId: 'A-2', contractId: 'C-2' });
    await engine.sync('manual');
    await call('contracts:delete', { id: contract.id });
    await engine.sync('manual');
    expect(api.contract(contract.id)).toBeUndefined();
    api.deleteElsewhere('c-2');
    await engine.sync('manual');
    expect(await contractsItem.getValue()).toEqual([]);
  });

  it('merges a contract added here before syncing with the same pair already on the server', async () => {
    const { api, engine, call } = setup();
    api.seed({ ...contract, id: 'server-id' });
    await call('contracts:upsert', { ...contract, accessId: ' access-1 ' });
    await call('events:append', { contractId: contract.id, event: { type: 'opened', count: 1 } });
    await syncMode();
    await engine.sync('manual');
    const list = await contractsItem.getValue();
    expect(list.map((c) => c.id)).toEqual(['server-id']);
    expect(api.liveContracts()).toHaveLength(1);
    expect(api.eventsOf('server-id')).toHaveLength(1);
  });

  it('a write starts a sync by itself, and one made during a run gets a follow-up run', async () => {
    let engine: SyncEngine | null = null;
    const runs: Promise<unknown>[] = [];
    const ctx = setup(() => runs.push(engine!.sync('write')));
    engine = ctx.engine;
    await syncMode();
    await ctx.call('contracts:upsert', contract);
    await ctx.call('events:append', { contractId: contract.id, event: { type: 'opened', count: 1 } });
    await Promise.all(runs);
    expect(ctx.api.eventsOf(contract.id)).toHaveLength(1);
    expect(await pushQueueItem.getValue()).toEqual([]);
  });

  it('re-capturing a saved pair with a corrected offer updates the server copy', async () => {
    const { api, engine, call } = setup();
    await syncMode();
    const captured = {
      accessId: 'CAP-1',
      contractId: 'CAP-2',
      benefit: 'cloud',
      offer: 'gold',
      ruleset: 'mpn-2021',
      startDate: '2021-01-01',
      endDate: '2021-12-31',
    } as const;
    const { contract: saved } = await call('contracts:save-captured', captured);
    await engine.sync('manual');
    await call('contracts:save-captured', { ...captured, offer: 'silver', observedRemaining: 4 });
    await engine.sync('manual');
    expect(api.contract(saved.id)).toMatchObject({ offer: 'silver', version: 2 });
    expect(api.eventsOf(saved.id)).toMatchObject([{ type: 'observed', remaining: 4 }]);
  });

  it('refuses a server address that is not https (except loopback), with a clear message', async () => {
    const { call } = setup();
    await expect(
      call('sync:configure', { mode: 'sync', serverUrl: 'http://sl.example.com', token: 't' }),
    ).rejects.toThrow('Use https:// (plain http:// only for 127.0.0.1 and localhost)');
    await expect(
      call('sync:configure', { mode: 'sync', serverUrl: 'not a url', token: 't' }),
    ).rejects.toThrow(/Enter the server’s address/);
    expect((await settingsItem.getValue()).mode).toBe('local');
  });

  it('switching servers with sync:configure resets the cursor and pushes everything again', async () => {
    const { api, call } = setup();
    await call('contracts:upsert', contract);
    const r = await call('sync:configure', { mode: 'sync', serverUrl: `${SERVER}/`, token: 'good-token' });
    expect(r.settings).toMatchObject({ mode: 'sync', serverUrl: SERVER });
    expect(r.status).toMatchObject({ state: 'idle', pending: 0 });
    expect(api.contract(contract.id)).toBeDefined();
  });

  describe('a write the server refuses', () => {
    const invalidEnd: FakeProblem = {
      status: 400,
      code: 'validation',
      title: 'Invalid request',
      detail: 'endDate: must not be before startDate',
      fields: ['endDate'],
    };

    it('stays local, marked with the reason, and is not sent again on later syncs', async () => {
      const { api, engine, call } = setup();
      await syncMode();
      api.refuse = (method, path) => (method === 'POST' && path === '/v1/contracts' ? invalidEnd : null);
      await call('contracts:upsert', contract);
      await call('events:append', { contractId: contract.id, event: { type: 'opened', count: 1 } });
      const status = await engine.sync('manual');
      expect(status).toMatchObject({
        state: 'idle',
        pending: 0,
        refused: 2,
        refusedContractIds: [contract.id],
      });
      expect(api.liveContracts()).toEqual([]);
      const [local] = await contractsItem.getValue();
      expect(local?.events).toHaveLength(1);
      const queue = await pushQueueItem.getValue();
      expect(queue[0]).toMatchObject({
        kind: 'contract:create',
        refused: {
          status: 400,
          code: 'validation',
          fields: ['endDate'],
          detail: `Invalid request: ${invalidEnd.detail}`,
        },
      });
      // The incident waits behind the refused create instead of being sent to a missing contract.
      expect(api.requests.filter((r) => r.startsWith('POST'))).toEqual(['POST /v1/contracts']);
      const { contracts } = await call('contracts:list', {});
      expect(contracts[0]?.sync).toMatchObject({
        pending: 0,
        held: 2,
        refusal: { kind: 'contract:create', status: 400 },
      });
      await engine.sync('manual');
      await engine.sync('alarm');
      expect(api.requests.filter((r) => r.startsWith('POST'))).toEqual(['POST /v1/contracts']);
      expect(await pushQueueItem.getValue()).toHaveLength(2);
    });

    it('goes out again once the user edits the contract, with everything that waited behind it', async () => {
      const { api, engine, call } = setup();
      await syncMode();
      api.refuse = (method, _path, body) =>
        method === 'POST' && body?.endDate === '2026-12-31' ? invalidEnd : null;
      await call('contracts:upsert', contract);
      await call('events:append', { contractId: contract.id, event: { type: 'opened', count: 1 } });
      await engine.sync('manual');
      expect(api.liveContracts()).toEqual([]);
      await call('contracts:upsert', { ...contract, endDate: '2027-01-31' });
      const status = await engine.sync('manual');
      expect(status).toMatchObject({ pending: 0, refused: 0, refusedContractIds: [] });
      expect(api.contract(contract.id)).toMatchObject({ endDate: '2027-01-31' });
      expect(api.eventsOf(contract.id)).toHaveLength(1);
      expect(await pushQueueItem.getValue()).toEqual([]);
    });

    it('a contract the rules call invalid is held without a request, marked like a refusal', async () => {
      const { api, engine, call } = setup();
      await syncMode();
      // Stored by an older build that accepted an impossible date.
      await contractsItem.setValue([
        {
          ...contract,
          endDate: '2026-02-30',
          events: [],
          links: [],
          version: null,
          updatedAt: clock,
          syncedAt: null,
        },
      ]);
      const status = await engine.sync('manual');
      expect(status).toMatchObject({ refused: 1, pending: 0, refusedContractIds: [contract.id] });
      expect(api.requests.filter((r) => r.startsWith('POST'))).toEqual([]);
      expect((await pushQueueItem.getValue())[0]?.refused).toMatchObject({
        status: 400,
        fields: ['endDate'],
        detail: 'End date: This day does not exist in the calendar.',
      });
      await call('contracts:upsert', { ...contract, endDate: '2026-12-31' });
      expect(await engine.sync('manual')).toMatchObject({ refused: 0, pending: 0 });
      expect(api.contract(contract.id)).toMatchObject({ endDate: '2026-12-31' });
    });

    it('removing a refused contract drops its changes; nothing reaches the server', async () => {
      const { api, engine, call } = setup();
      await syncMode();
      api.refuse = () => invalidEnd;
      await call('contracts:upsert', contract);
      await engine.sync('manual');
      await call('contracts:delete', { id: contract.id });
      api.refuse = () => null;
      const status = await engine.sync('manual');
      expect(status).toMatchObject({ pending: 0, refused: 0 });
      expect(await pushQueueItem.getValue()).toEqual([]);
      expect(api.liveContracts()).toEqual([]);
    });

    it('a refused incident is held alone: other changes still sync, and discarding takes it back', async () => {
      const { api, engine, call } = setup();
      await syncMode();
      await call('contracts:upsert', contract);
      await engine.sync('manual');
      api.refuse = (method, path, body) =>
        method === 'POST' && path.endsWith('/events') && body?.type === 'refunded'
          ? {
              status: 422,
              code: 'nothing-to-refund',
              title: 'Nothing to refund',
              detail: 'No incident is used.',
            }
          : null;
      // Valid here (one incident is used); the server, knowing more, refuses the refund.
      await call('events:append', { contractId: contract.id, event: { type: 'opened', count: 1 } });
      await call('events:append', { contractId: contract.id, event: { type: 'refunded', count: 1 } });
      await call('contracts:upsert', { ...contract, label: 'Renamed' });
      const status = await engine.sync('manual');
      expect(status).toMatchObject({ pending: 0, refused: 1, refusedContractIds: [contract.id] });
      expect(api.eventsOf(contract.id).map((e) => e.type)).toEqual(['opened']);
      expect(api.contract(contract.id)?.label).toBe('Renamed');
      const resolved = await call('sync:refused', { contractId: contract.id, action: 'discard' });
      expect(resolved.status).toMatchObject({ refused: 0 });
      const [local] = await contractsItem.getValue();
      expect(local?.events.map((e) => e.type)).toEqual(['opened']);
      expect(await pushQueueItem.getValue()).toEqual([]);
    });

    it('a refund with nothing used is refused here, before it is stored or queued', async () => {
      const { engine, call } = setup();
      await syncMode();
      await call('contracts:upsert', contract);
      await engine.sync('manual');
      await expect(
        call('events:append', { contractId: contract.id, event: { type: 'refunded', count: 1 } }),
      ).rejects.toThrow('Nothing to refund: no incident of this contract is used');
      expect(await pushQueueItem.getValue()).toEqual([]);
      expect((await contractsItem.getValue())[0]?.events).toEqual([]);
    });

    it('a change refused for the role (403) is sent again when the user asks to retry', async () => {
      const { api, engine, call } = setup();
      await syncMode();
      await call('contracts:upsert', contract);
      await engine.sync('manual');
      api.refuse = () => ({
        status: 403,
        code: 'forbidden',
        title: 'Forbidden',
        detail: 'Your role does not allow this.',
      });
      await call('contracts:upsert', { ...contract, label: 'Viewer edit' });
      expect(await engine.sync('manual')).toMatchObject({ refused: 1, pending: 0 });
      expect(api.contract(contract.id)?.label).toBe('Contoso on-prem');
      api.refuse = () => null;
      await call('sync:refused', { contractId: contract.id, action: 'retry' });
      expect(await engine.sync('manual')).toMatchObject({ refused: 0, pending: 0 });
      expect(api.contract(contract.id)?.label).toBe('Viewer edit');
    });

    it('discarding a refused edit returns the contract to the server’s fields', async () => {
      const { api, engine, call } = setup();
      await syncMode();
      await call('contracts:upsert', contract);
      await engine.sync('manual');
      api.refuse = () => invalidEnd;
      await call('contracts:upsert', { ...contract, label: 'Mine' });
      await engine.sync('manual');
      await call('sync:refused', { contractId: contract.id, action: 'discard' });
      expect((await contractsItem.getValue())[0]?.label).toBe('Contoso on-prem');
    });
  });

  describe('requests that fail but may pass later', () => {
    it('time out (AbortSignal.timeout), count the attempt, and back off', async () => {
      const hanging = (_input: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        });
      const api = new FakeApi();
      const engine = new SyncEngine({ fetch: hanging, now, timeoutMs: 30, random: () => 1 });
      const service = createService({ engine, now, fetch: api.fetch, afterWrite: () => {} });
      await syncMode();
      await (service.handlers['contracts:upsert'] as (p: unknown, s: object) => Promise<unknown>)(
        contract,
        {},
      );
      const status = await engine.sync('manual');
      expect(status).toMatchObject({ state: 'offline', pending: 1, attempts: 1 });
      expect(status.message).toMatch(/did not answer in time/);
      expect(status.failure).toEqual({ kind: 'timeout', status: 0 });
      expect((await syncStateItem.getValue()).nextAttemptAt).toBe(clock + 5_000);
    });

    it('count attempts on the waiting change and show them in the status', async () => {
      const { api, engine, call } = setup();
      await syncMode();
      await call('contracts:upsert', contract);
      await call('events:append', { contractId: contract.id, event: { type: 'opened', count: 1 } });
      await engine.sync('manual');
      await call('events:append', { contractId: contract.id, event: { type: 'opened', count: 1 } });
      api.failWith = { status: 503 };
      await engine.sync('manual');
      await engine.sync('manual');
      const status = await engine.sync('manual');
      expect(status).toMatchObject({ state: 'offline', pending: 1, attempts: 3, refused: 0 });
      expect(status.failure).toEqual({ kind: 'server', status: 503 });
      expect((await pushQueueItem.getValue())[0]?.attempts).toBe(3);
      const { contracts } = await call('contracts:list', {});
      expect(contracts[0]?.sync).toMatchObject({ pending: 1, attempts: 3, refusal: null });
    });

    it('wait at least as long as Retry-After says (429)', async () => {
      const { api, engine, call } = setup();
      await syncMode();
      await call('contracts:upsert', contract);
      api.failWith = { status: 429, retryAfter: 120 };
      const status = await engine.sync('manual');
      expect(status).toMatchObject({ state: 'offline', pending: 1 });
      expect(status.failure).toEqual({ kind: 'rate-limited', status: 429 });
      expect((await syncStateItem.getValue()).nextAttemptAt).toBe(clock + 120_000);
      expect(api.liveContracts()).toEqual([]);
    });
  });

  it('tells an unreachable server from a browser without network, and forgets the failure after a good run', async () => {
    let online = true;
    const api = new FakeApi();
    const engine = new SyncEngine({ fetch: api.fetch, now, random: () => 1, online: () => online });
    await syncMode();
    api.offline = true;
    expect((await engine.sync('manual')).failure).toEqual({ kind: 'unreachable', status: 0 });
    online = false;
    clock += 60_000;
    expect((await engine.sync('manual')).failure).toEqual({ kind: 'offline', status: 0 });
    online = true;
    api.offline = false;
    clock += 60_000;
    const good = await engine.sync('manual');
    expect(good).toMatchObject({ state: 'idle', failure: null });
  });

  it('backoff has jitter: each delay is drawn from the upper half of the doubling step', () => {
    expect(backoffDelay(1, () => 0)).toBe(2_500);
    expect(backoffDelay(1, () => 0.999_999)).toBe(5_000);
    expect(backoffDelay(3, () => 0.5)).toBe(15_000);
    expect(backoffDelay(40, () => 0)).toBe(7.5 * 60_000);
    const draws = new Set(Array.from({ length: 50 }, () => backoffDelay(4)));
    expect(draws.size).toBeGreaterThan(10);
    for (const d of draws) expect(d).toBeGreaterThanOrEqual(20_000);
  });
});
