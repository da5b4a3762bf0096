// @vitest-environment node
/**
 * The sync engine against the real API app (apps/api, built), in memory: proves the
 * HTTP shapes in api-client.ts match the server's. Requests go through `app.request`,
 * no sockets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService } from '../background/service';
import type { MessagePayload, MessageResponse, MessageType } from '../messaging/protocol';
import { contractsItem, pushQueueItem, settingsItem, syncStateItem, syncTokenItem } from '../storage/items';
import type { FetchLike } from './api-client';
import { SyncEngine } from './engine';

const API_DIST = new URL('../../../api/dist/', import.meta.url).href;
// biome-ignore lint/suspicious/noExplicitAny: the API's dist is loaded untyped
type AnyModule = Record<string, any>;
const load = (path: string): Promise<AnyModule> => import(/* @vite-ignore */ `${API_DIST}${path}`);

const SERVER = 'http://127.0.0.1:8787';
let clock = Date.parse('2026-03-01T12:00:00Z');

async function realApi() {
  const [{ createApp }, { testConfig }, { connect }, { migrateToLatest }, { createOrgWithOwner }] =
    await Promise.all([
      load('app.js'),
      load('config.js'),
      load('db/connect.js'),
      load('db/migrate.js'),
      load('services/orgs.js'),
    ]);
  const config = testConfig();
  const db = connect(config.database);
  await migrateToLatest(db);
  const apiClock = { now: () => clock };
  const app = createApp({ db, clock: apiClock, config });
  const owner = await createOrgWithOwner(db.kysely, { orgName: 'Contoso', ownerName: 'Ada', now: clock });
  let loseNext = false;
  const fetch: FetchLike = async (input, init) => {
    const response: Response = await app.request(input, init);
    if (loseNext && init?.method && init.method !== 'GET') {
      loseNext = false;
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
  const raw = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(`${SERVER}${path}`, {
      method,
      headers: { Authorization: `Bearer ${owner.token}`, 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }) as Promise<Response>;
  return { fetch, raw, owner, loseNextResponse: () => (loseNext = true), close: () => db.close() };
}

const contract = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  ruleset: 'ai-cloud-partner-2023',
  offer: 'solutions-partner',
  benefit: 'on-premises',
  competency: null,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  allotmentOverride: null,
  label: 'Contoso on-prem',
  accessId: 'ACCESS-REAL-1',
  contractId: 'CONTRACT-REAL-1',
} as const;

async function setup() {
  const api = await realApi();
  const now = () => clock;
  const engine = new SyncEngine({ fetch: api.fetch, now });
  const service = createService({ engine, now, fetch: api.fetch, afterWrite: () => {} });
  const call = <T extends MessageType>(type: T, payload: MessagePayload<T>): Promise<MessageResponse<T>> =>
    (service.handlers[type] as (p: MessagePayload<T>, s: object) => Promise<MessageResponse<T>>)(payload, {});
  await settingsItem.setValue({ ...(await settingsItem.getValue()), mode: 'sync', serverUrl: SERVER });
  await syncTokenItem.setValue(api.owner.token);
  return { api, engine, call };
}

// The first test loads and migrates the whole API: on a loaded machine that alone can pass 5 s.
describe('sync against the real API', { timeout: 30_000 }, () => {
  beforeEach(() => {
    fakeBrowser.reset();
    clock = Date.parse('2026-03-01T12:00:00Z');
  });

  it('pushes a contract, incidents and links, and reads them back from the API', async () => {
    const { api, engine, call } = await setup();
    await call('contracts:upsert', contract);
    await call('events:append', { contractId: contract.id, event: { type: 'opened', count: 2 } });
    await call('events:append', {
      contractId: contract.id,
      event: { type: 'observed', remaining: 15, portal: 'serviceshub' },
    });
    await call('links:record', { contractId: contract.id, portal: 'azure', account: 'ada@contoso.com' });
    const status = await engine.sync('manual');
    expect(status).toMatchObject({ state: 'idle', pending: 0, message: null });
    const got = await (await api.raw('GET', `/v1/contracts/${contract.id}`)).json();
    expect(got).toMatchObject({
      accessId: 'ACCESS-REAL-1',
      contractId: 'CONTRACT-REAL-1',
      label: 'Contoso on-prem',
    });
    const events = (await (await api.raw('GET', `/v1/contracts/${contract.id}/events`)).json()).events;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['opened', 'observed']);
    const links = (await (await api.raw('GET', `/v1/contracts/${contract.id}/links`)).json()).links;
    expect(links).toMatchObject([{ portal: 'azure', account: 'ada@contoso.com' }]);
    const summary = await (await api.raw('GET', '/v1/summary')).json();
    expect(JSON.stringify(summary)).toContain('15');
    await api.close();
  });

  it('a write whose response was lost lands once after the retry', async () => {
    const { api, engine, call } = await setup();
    await call('contracts:upsert', contract);
    api.loseNextResponse();
    expect((await engine.sync('manual')).state).toBe('offline');
    await call('events:append', { contractId: contract.id, event: { id: 'ev-once', type: 'opened' } });
    api.loseNextResponse();
    await engine.sync('manual');
    expect((await engine.sync('manual')).state).toBe('idle');
    const list = (await (await api.raw('GET', '/v1/contracts')).json()).contracts;
    expect(list).toHaveLength(1);
    const events = (await (await api.raw('GET', `/v1/contracts/${contract.id}/events`)).json()).events;
    expect(events).toHaveLength(1);
    expect(await pushQueueItem.getValue()).toEqual([]);
    await api.close();
  });

  it('merges a stale edit (412) with a teammate’s change to another field', async () => {
    const { api, engine, call } = await setup();
    await call('contracts:upsert', contract);
    await engine.sync('manual');
    const patched = await api.raw(
      'PATCH',
      `/v1/contracts/${contract.id}`,
      { label: 'Renamed by Bo' },
      { 'If-Match': '"1"' },
    );
    expect(patched.status).toBe(200);
    await call('contracts:upsert', { ...contract, endDate: '2027-01-31' });
    expect((await engine.sync('manual')).state).toBe('idle');
    const got = await (await api.raw('GET', `/v1/contracts/${contract.id}`)).json();
    expect(got).toMatchObject({ label: 'Renamed by Bo', endDate: '2027-01-31' });
    expect((await contractsItem.getValue())[0]).toMatchObject({
      label: 'Renamed by Bo',
      endDate: '2027-01-31',
    });
    await api.close();
  });

  it('pulls a teammate’s contract and a deletion', async () => {
    const { api, engine } = await setup();
    const created = await api.raw('POST', '/v1/contracts', {
      ...contract,
      id: 'team-1',
      accessId: 'T-1',
      contractId: 'T-2',
    });
    expect(created.status).toBe(201);
    await engine.sync('manual');
    expect((await contractsItem.getValue()).map((c) => c.id)).toEqual(['team-1']);
    expect((await syncStateItem.getValue()).cursor).not.toBeNull();
    expect((await api.raw('DELETE', '/v1/contracts/team-1', undefined, { 'If-Match': '"1"' })).status).toBe(
      204,
    );
    await engine.sync('manual');
    expect(await contractsItem.getValue()).toEqual([]);
    await api.close();
  });

  it('test connection, team members and tokens use the API’s shapes', async () => {
    const { api, call } = await setup();
    const test = await call('sync:test', { serverUrl: SERVER });
    expect(test).toMatchObject({
      ok: true,
      me: { orgName: 'Contoso', member: { name: 'Ada', role: 'owner' } },
    });
    const bad = await call('sync:test', { serverUrl: SERVER, token: 'nope' });
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/401/);
    const added = await call('team:add-member', { name: 'Bo', role: 'member' });
    expect(added.token.length).toBeGreaterThan(30);
    const { members } = await call('team:members', {});
    expect(members.map((m) => m.name).sort()).toEqual(['Ada', 'Bo']);
    const { tokens } = await call('team:tokens', {});
    expect(tokens.length).toBeGreaterThan(0);
    await call('team:remove-member', { memberId: added.member.id });
    expect((await call('team:members', {})).members.map((m) => m.name)).toEqual(['Ada']);
    await api.close();
  });
});
