/**
 * The sync engine: pull by cursor, push the queue, back off (with jitter) while offline.
 * Every write carries a client id (contract id, event id) so a retried push lands once;
 * a stale edit (412) is merged three-way against the server's version, and fields both
 * sides changed differently are kept as the server has them and reported as conflicts.
 * A write the server refuses for good stays queued and marked with the server's reason —
 * never dropped, never sent again until the user edits or removes what was refused.
 */
import { contractFieldName, contractProblemText, type Role, validateContract } from '@supportlink/rules';
import type { StoredContract, SyncStatus } from '../messaging/protocol';
import { findByIds } from '../storage/contracts';
import {
  contractsItem,
  INITIAL_SYNC_STATE,
  pushQueueItem,
  settingsItem,
  syncStateItem,
  syncTokenItem,
} from '../storage/items';
import { withLock } from '../storage/lock';
import { createMutations, enqueue } from '../storage/queue';
import type { PendingMutation, Refusal, SyncConflict, SyncState } from '../storage/types';
import { contractFields } from '../storage/types';
import {
  ApiClient,
  type ApiContractFields,
  type ApiContractRead,
  ApiError,
  type FetchLike,
  fromApiEvent,
  type SyncDelta,
  toApiEvent,
} from './api-client';
import { browserOnline, failureOf, isTransient } from './failure';
import { mergeContract } from './merge';
import { nextToSend, summarizeQueue, waitingChanges } from './queue-state';

export type SyncReason = 'alarm' | 'popup' | 'write' | 'manual' | 'startup';

export interface EngineOptions {
  fetch?: FetchLike;
  now?: () => number;
  /** Called after the stored contracts changed (badge, popup cache). */
  onChange?: () => Promise<void>;
  /** Per-request deadline (ms). */
  timeoutMs?: number;
  /** Source of the backoff jitter, in [0, 1). */
  random?: () => number;
  /** Whether the browser has a network (navigator.onLine); tests pass their own. */
  online?: () => boolean;
}

const BACKOFF_BASE_MS = 5_000;
const BACKOFF_MAX_MS = 15 * 60_000;
/** 4xx answers that are not a refusal: each has its own flow (sign in again, create retry, merge). */
const OWN_FLOW_STATUSES = new Set([401, 409, 412, 428]);

/**
 * 5 s, 10 s, 20 s … capped at 15 minutes, each drawn from its upper half ("equal jitter"), so
 * many browsers that lost the server together do not come back in step.
 */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(1, Math.max(0, random())));
}

export async function readStatus(): Promise<SyncStatus> {
  const [settings, state, queue] = await Promise.all([
    settingsItem.getValue(),
    syncStateItem.getValue(),
    pushQueueItem.getValue(),
  ]);
  if (settings.mode === 'local') {
    return { mode: 'local', state: 'idle', lastSyncAt: state.lastSyncAt, pending: 0, message: null };
  }
  const summary = summarizeQueue(queue);
  return {
    mode: settings.mode,
    state: state.state,
    lastSyncAt: state.lastSyncAt,
    pending: summary.pending,
    message: state.message,
    failure: state.failure ?? null,
    refused: summary.held,
    refusedContractIds: summary.refusedContractIds,
    attempts: Math.max(summary.attempts, state.failures),
    nextAttemptAt: state.nextAttemptAt,
    role: state.role ?? null,
  };
}

/** A 4xx that is the server's final word on this write (not a flow of its own, not retryable). */
export function isRefusal(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408 &&
    error.status !== 429 &&
    !OWN_FLOW_STATUSES.has(error.status)
  );
}

/**
 * The user's answer to a contract's refused changes. `retry` sends them again as they are;
 * `discard` drops them and takes back their local effect: a refused edit returns to the
 * server's fields, a refused incident leaves the ledger, a refused link record is forgotten,
 * a refused delete is undone by a full resync, a refused new contract is removed.
 */
export async function resolveRefused(contractId: string, action: 'retry' | 'discard'): Promise<void> {
  await withLock(async () => {
    const queue = await pushQueueItem.getValue();
    const refused = queue.filter((m) => m.contractId === contractId && m.refused);
    if (action === 'retry') {
      await pushQueueItem.setValue(
        queue.map((m) => (refused.includes(m) ? { ...m, refused: null, attempts: 0 } : m)),
      );
      await syncStateItem.setValue({ ...(await syncStateItem.getValue()), nextAttemptAt: null });
      return;
    }
    const neverCreated = refused.some((m) => m.kind === 'contract:create');
    await pushQueueItem.setValue(
      queue.filter((m) => m.contractId !== contractId || !(refused.includes(m) || neverCreated)),
    );
    const list = await contractsItem.getValue();
    await contractsItem.setValue(
      neverCreated
        ? list.filter((c) => c.id !== contractId)
        : list.map((c) => (c.id === contractId ? undo(c, refused) : c)),
    );
    if (refused.some((m) => m.kind === 'contract:delete'))
      await syncStateItem.setValue({ ...(await syncStateItem.getValue()), cursor: null });
  });
}

function undo(contract: StoredContract, refused: PendingMutation[]): StoredContract {
  let c = contract;
  for (const m of refused) {
    if (m.kind === 'contract:update') c = { ...c, ...m.base };
    if (m.kind === 'event:append') c = { ...c, events: c.events.filter((e) => e.id !== m.eventId) };
    if (m.kind === 'link:put')
      c = { ...c, links: c.links.filter((l) => !(l.portal === m.portal && l.account === m.account)) };
  }
  return c;
}

/** Forget everything tied to a server: used when the server or token changes. */
export async function resetSyncState(): Promise<void> {
  await withLock(async () => {
    await syncStateItem.setValue(INITIAL_SYNC_STATE);
    await pushQueueItem.setValue([]);
    const list = await contractsItem.getValue();
    await contractsItem.setValue(list.map((c) => ({ ...c, version: null })));
  });
}

export class SyncEngine {
  private running: Promise<SyncStatus> | null = null;
  private followUp: Promise<SyncStatus> | null = null;
  private readonly now: () => number;
  private readonly fetchImpl: FetchLike | undefined;
  private readonly onChange: () => Promise<void>;
  private readonly timeoutMs: number | undefined;
  private readonly random: () => number;
  private readonly online: () => boolean;

  constructor(options: EngineOptions = {}) {
    this.now = options.now ?? Date.now;
    this.fetchImpl = options.fetch;
    this.onChange = options.onChange ?? (async () => {});
    this.timeoutMs = options.timeoutMs;
    this.random = options.random ?? Math.random;
    this.online = options.online ?? browserOnline;
  }

  /**
   * Runs a sync. A request arriving during a run gets one follow-up run (shared by all
   * such requests), so a write made while a push was under way is never left behind.
   */
  sync(reason: SyncReason): Promise<SyncStatus> {
    if (!this.running) {
      this.running = this.run(reason).finally(() => {
        this.running = null;
      });
      return this.running;
    }
    if (!this.followUp) {
      this.followUp = this.running.then(() => {
        this.followUp = null;
        return this.sync(reason);
      });
    }
    return this.followUp;
  }

  private async run(reason: SyncReason): Promise<SyncStatus> {
    const settings = await settingsItem.getValue();
    if (settings.mode !== 'sync') return readStatus();
    const token = await syncTokenItem.getValue();
    const state = await syncStateItem.getValue();
    if (!settings.serverUrl || !token) {
      await this.setState({ state: 'error', message: 'not-configured' });
      return readStatus();
    }
    const automatic = reason === 'alarm' || reason === 'write' || reason === 'startup';
    if (automatic && state.state === 'unauthorized') return readStatus();
    if (automatic && state.nextAttemptAt !== null && state.nextAttemptAt > this.now()) return readStatus();

    await this.setState({ state: 'syncing' });
    const client = new ApiClient(settings.serverUrl, token, this.fetchImpl, this.timeoutMs);
    try {
      await this.queueUnsynced();
      await this.pull(client);
      const pushed = await this.push(client);
      if (pushed) await this.pull(client);
      const role = await this.readRole(client);
      await withLock(async () => {
        const now = this.now();
        const list = await contractsItem.getValue();
        await contractsItem.setValue(list.map((c) => (c.version === null ? c : { ...c, syncedAt: now })));
      });
      await this.setState({
        state: 'idle',
        message: null,
        failure: null,
        failures: 0,
        nextAttemptAt: null,
        lastSyncAt: this.now(),
        ...(role ? { role } : {}),
      });
    } catch (error) {
      await this.fail(error);
    }
    await this.onChange();
    return readStatus();
  }

  /**
   * The token's role, so the popup can offer writes only to those who may make them. A failure
   * here keeps the role last read: the writes themselves are still judged by the server.
   */
  private async readRole(client: ApiClient): Promise<Role | null> {
    try {
      return (await client.me()).member.role;
    } catch {
      return null;
    }
  }

  private async fail(error: unknown): Promise<void> {
    const state = await syncStateItem.getValue();
    if (error instanceof ApiError && error.kind === 'unauthorized') {
      await this.setState({
        state: 'unauthorized',
        message: 'unauthorized',
        failure: { kind: 'other', status: 401 },
        nextAttemptAt: null,
      });
      return;
    }
    const failures = state.failures + 1;
    await this.bumpAttempts();
    const failure = failureOf(error, this.online());
    const wait = Math.max(
      backoffDelay(failures, this.random),
      error instanceof ApiError && error.retryAfter ? error.retryAfter * 1000 : 0,
    );
    await this.setState({
      state: isTransient(failure) ? 'offline' : 'error',
      message: error instanceof ApiError ? error.message : 'unexpected-error',
      failure,
      failures,
      nextAttemptAt: this.now() + wait,
    });
  }

  private async setState(patch: Partial<SyncState>): Promise<void> {
    await withLock(async () => {
      const state = await syncStateItem.getValue();
      await syncStateItem.setValue({ ...state, ...patch });
    });
  }

  /** Contracts that never reached this server (new, or made in local mode) get a create in the queue. */
  private async queueUnsynced(): Promise<void> {
    await withLock(async () => {
      const [list, queue] = await Promise.all([contractsItem.getValue(), pushQueueItem.getValue()]);
      const queued = new Set(queue.filter((m) => m.kind === 'contract:create').map((m) => m.contractId));
      const missing = list.filter((c) => c.version === null && !queued.has(c.id));
      await enqueue(missing.flatMap(createMutations), this.now());
    });
  }

  private async pull(client: ApiClient): Promise<void> {
    let cursor = (await syncStateItem.getValue()).cursor;
    let full = cursor === null;
    const seen = new Set<string>();
    for (;;) {
      let delta: SyncDelta;
      try {
        delta = await client.sync(cursor);
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'gone' && cursor !== null) {
          cursor = null;
          full = true;
          seen.clear();
          continue;
        }
        throw error;
      }
      await withLock(() => this.applyDelta(delta, seen));
      cursor = delta.cursor;
      await this.setState({ cursor });
      if (!delta.hasMore) break;
    }
    if (full) await withLock(() => this.dropMissing(seen));
  }

  private async applyDelta(delta: SyncDelta, seen: Set<string>): Promise<void> {
    let list = await contractsItem.getValue();
    let queue = await pushQueueItem.getValue();
    const pending = new Set(
      queue
        .filter((m) => m.kind === 'contract:create' || m.kind === 'contract:update')
        .map((m) => m.contractId),
    );
    for (const entry of delta.contracts) {
      seen.add(entry.id);
      if (entry.deleted) {
        list = list.filter((c) => c.id !== entry.id);
        queue = queue.filter((m) => m.contractId !== entry.id);
        continue;
      }
      let local = list.find((c) => c.id === entry.id);
      if (!local && entry.accessId !== null && entry.contractId !== null) {
        const twin = findByIds(
          list.filter((c) => c.version === null),
          entry.accessId,
          entry.contractId,
        );
        if (twin) {
          // The same pair was added here before it was synced: it becomes the server's contract.
          ({ list, queue } = remap(list, queue, twin.id, entry.id));
          queue = queue.filter((m) => !(m.kind === 'contract:create' && m.contractId === entry.id));
          local = list.find((c) => c.id === entry.id);
        }
      }
      if (!local) {
        list = [...list, fromApiContract(entry)];
      } else if (!pending.has(entry.id)) {
        const updated = {
          ...local,
          ...fieldsOf(entry, local),
          version: entry.version,
          updatedAt: Date.parse(entry.updatedAt),
        };
        list = list.map((c) => (c.id === entry.id ? updated : c));
      }
    }
    for (const event of delta.events) {
      list = list.map((c) =>
        c.id !== event.contractId || c.events.some((e) => e.id === event.id)
          ? c
          : { ...c, events: [...c.events, fromApiEvent(event)] },
      );
    }
    for (const link of delta.links) {
      list = list.map((c) => {
        if (c.id !== link.contractId) return c;
        const others = c.links.filter((l) => !(l.portal === link.portal && l.account === link.account));
        if (link.deleted) return { ...c, links: others };
        const at = Date.parse(link.linkedAt);
        const same = c.links.find((l) => l.portal === link.portal && l.account === link.account);
        return {
          ...c,
          links: [...others, { id: same?.id ?? link.id, portal: link.portal, account: link.account, at }],
        };
      });
    }
    await contractsItem.setValue(list);
    await pushQueueItem.setValue(queue);
  }

  /** After a full snapshot: synced contracts the server no longer has were deleted there. */
  private async dropMissing(seen: Set<string>): Promise<void> {
    const [list, queue] = await Promise.all([contractsItem.getValue(), pushQueueItem.getValue()]);
    const gone = list.filter((c) => c.version !== null && !seen.has(c.id)).map((c) => c.id);
    if (gone.length === 0) return;
    await contractsItem.setValue(list.filter((c) => !gone.includes(c.id)));
    await pushQueueItem.setValue(queue.filter((m) => !gone.includes(m.contractId)));
  }

  /**
   * Pushes the queue in order, passing over held changes; returns whether anything reached
   * the server. A refusal holds the change with its reason; a failure that may pass
   * (offline, timeout, 5xx, 429, 401) counts an attempt and ends the run.
   */
  private async push(client: ApiClient): Promise<boolean> {
    let pushed = false;
    for (;;) {
      const next = nextToSend(await pushQueueItem.getValue());
      if (!next) return pushed;
      const invalid = await this.invalidLocally(next);
      if (invalid) {
        await this.hold(next.id, invalid);
        continue;
      }
      try {
        await this.pushOne(client, next);
        pushed = true;
        await this.dequeue(next.id);
      } catch (error) {
        if (isRefusal(error)) {
          await this.hold(next.id, refusalOf(error, this.now()));
          continue;
        }
        if (!(error instanceof ApiError)) throw error;
        if (error.kind === 'conflict') {
          // An event id recorded with another payload: nothing to merge, the server's copy stands.
          await this.dequeue(next.id);
          await this.setState({ message: error.message });
          continue;
        }
        throw error;
      }
    }
  }

  /**
   * A contract the rules call invalid is held here, as the server would refuse it (same rules),
   * without a request: the user sees the same mark and fixes it by editing.
   */
  private async invalidLocally(m: PendingMutation): Promise<Refusal | null> {
    if (m.kind !== 'contract:create' && m.kind !== 'contract:update') return null;
    const contract = (await contractsItem.getValue()).find((c) => c.id === m.contractId);
    if (!contract) return null;
    const checked = validateContract(contract);
    if (checked.ok) return null;
    const errors = checked.problems.filter((p) => p.severity === 'error');
    return {
      status: 400,
      code: 'validation',
      detail: errors.map((p) => `${contractFieldName(p.field)}: ${contractProblemText(p)}`).join(' '),
      fields: errors.map((p) => p.field),
      at: this.now(),
    };
  }

  private async hold(id: string, refused: Refusal): Promise<void> {
    await withLock(async () => {
      const queue = await pushQueueItem.getValue();
      await pushQueueItem.setValue(
        queue.map((m) => (m.id === id ? { ...m, refused, attempts: m.attempts + 1 } : m)),
      );
    });
  }

  private async pushOne(client: ApiClient, m: PendingMutation): Promise<void> {
    const contract = (await contractsItem.getValue()).find((c) => c.id === m.contractId);
    switch (m.kind) {
      case 'contract:create': {
        if (!contract) return;
        let saved: ApiContractRead;
        try {
          // Same id and payload as an attempt whose answer was lost → the server answers 200.
          saved = await client.createContract(contract.id, apiFields(contract));
        } catch (error) {
          if (!(error instanceof ApiError) || error.kind !== 'conflict') throw error;
          // An earlier attempt landed and the contract was edited here since: send the edit.
          const server = await client.getContract(contract.id);
          saved = await client.updateContract(contract.id, server.version, apiFields(contract));
        }
        await this.adopt(contract.id, saved, false);
        return;
      }
      case 'contract:update': {
        if (!contract || contract.version === null) return;
        try {
          const saved = await client.updateContract(contract.id, contract.version, apiFields(contract));
          await this.adopt(contract.id, saved, false);
        } catch (error) {
          if (!(error instanceof ApiError) || error.kind !== 'precondition') throw error;
          const server = await client.getContract(contract.id);
          const merged = mergeContract(m.base, contractFields(contract), fieldsOf(server, contract));
          let saved = server;
          if (Object.keys(merged.changed).length > 0) {
            saved = await client.updateContract(contract.id, server.version, merged.changed);
          }
          await this.adopt(contract.id, saved, true);
          if (merged.conflicts.length) await this.addConflict(contract, merged.conflicts);
        }
        return;
      }
      case 'contract:delete': {
        if (m.version === null) return;
        try {
          await client.deleteContract(m.contractId, m.version);
        } catch (error) {
          if (error instanceof ApiError && error.kind === 'not-found') return;
          if (!(error instanceof ApiError) || error.kind !== 'precondition') throw error;
          // Deleting wins over an edit made elsewhere meanwhile.
          const server = await client.getContract(m.contractId);
          await client.deleteContract(m.contractId, server.version);
        }
        return;
      }
      case 'event:append': {
        const event = contract?.events.find((e) => e.id === m.eventId);
        if (!contract || !event) return;
        await client.appendEvent(contract.id, toApiEvent(event));
        return;
      }
      case 'link:put': {
        // The server records links by account; one seen without an account stays local.
        if (!contract || !m.account) return;
        const at =
          contract.links.find((l) => l.portal === m.portal && l.account === m.account)?.at ?? m.queuedAt;
        await client.putLink(contract.id, m.portal, m.account, at);
        return;
      }
    }
  }

  /** Stores the server's version; `takeFields` also takes its field values (after a merge). */
  private async adopt(localId: string, saved: ApiContractRead, takeFields: boolean): Promise<void> {
    await withLock(async () => {
      let list = await contractsItem.getValue();
      let queue = await pushQueueItem.getValue();
      if (saved.id !== localId) ({ list, queue } = remap(list, queue, localId, saved.id));
      list = list.map((c) =>
        c.id === saved.id ? { ...c, ...(takeFields ? fieldsOf(saved, c) : {}), version: saved.version } : c,
      );
      await contractsItem.setValue(list);
      await pushQueueItem.setValue(queue);
    });
  }

  private async addConflict(contract: StoredContract, fields: string[]): Promise<void> {
    const conflict: SyncConflict = {
      contractId: contract.id,
      label: contract.label ?? null,
      at: this.now(),
      fields,
    };
    await withLock(async () => {
      const state = await syncStateItem.getValue();
      await syncStateItem.setValue({ ...state, conflicts: [...state.conflicts, conflict].slice(-20) });
    });
  }

  private async dequeue(id: string): Promise<void> {
    await withLock(async () => {
      const queue = await pushQueueItem.getValue();
      await pushQueueItem.setValue(queue.filter((m) => m.id !== id));
    });
  }

  /** A failed run was one more attempt to deliver every change that is waiting (not the held ones). */
  private async bumpAttempts(): Promise<void> {
    await withLock(async () => {
      const queue = await pushQueueItem.getValue();
      const waiting = new Set(waitingChanges(queue));
      await pushQueueItem.setValue(
        queue.map((m) => (waiting.has(m) ? { ...m, attempts: m.attempts + 1 } : m)),
      );
    });
  }
}

function refusalOf(error: ApiError, at: number): Refusal {
  return { status: error.status, code: error.code, detail: error.message, fields: error.fields, at };
}

function remap(list: StoredContract[], queue: PendingMutation[], from: string, to: string) {
  return {
    list: list.map((c) => (c.id === from ? { ...c, id: to } : c)),
    queue: queue.map((m) => (m.contractId === from ? { ...m, contractId: to } : m)),
  };
}

function apiFields(c: StoredContract): ApiContractFields {
  return contractFields(c) as ApiContractFields;
}

/** The server's fields; a viewer gets no IDs, so the local ones are kept. */
function fieldsOf(
  c: ApiContractRead,
  local?: StoredContract,
): ApiContractFields & { startDateEstimated: boolean } {
  return {
    ruleset: c.ruleset,
    offer: c.offer,
    benefit: c.benefit,
    competency: c.competency ?? null,
    label: c.label ?? null,
    accessId: c.accessId ?? local?.accessId ?? '',
    contractId: c.contractId ?? local?.contractId ?? '',
    startDate: c.startDate,
    endDate: c.endDate,
    startDateEstimated: c.startDateEstimated ?? false,
    allotmentOverride: c.allotmentOverride ?? null,
  };
}

function fromApiContract(c: ApiContractRead): StoredContract {
  return {
    id: c.id,
    ...fieldsOf(c),
    events: [],
    links: [],
    version: c.version,
    updatedAt: Date.parse(c.updatedAt),
    syncedAt: null,
  };
}
