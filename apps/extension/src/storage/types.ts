import type { PortalId, Role } from '@supportlink/rules';
import type { StoredContract } from '../messaging/protocol';
import type { SyncFailure } from '../sync/failure';

export const CONTRACT_FIELDS = [
  'ruleset',
  'offer',
  'benefit',
  'competency',
  'label',
  'accessId',
  'contractId',
  'startDate',
  'endDate',
  'startDateEstimated',
  'allotmentOverride',
] as const satisfies readonly (keyof StoredContract)[];

export type ContractFieldName = (typeof CONTRACT_FIELDS)[number];
export type ContractFields = Pick<StoredContract, ContractFieldName> & { startDateEstimated: boolean };

export function contractFields(c: StoredContract): ContractFields {
  return {
    ruleset: c.ruleset,
    offer: c.offer,
    benefit: c.benefit,
    competency: c.competency ?? null,
    label: c.label ?? null,
    accessId: c.accessId,
    contractId: c.contractId,
    startDate: c.startDate,
    endDate: c.endDate,
    startDateEstimated: c.startDateEstimated ?? false,
    allotmentOverride: c.allotmentOverride ?? null,
  };
}

/**
 * Why the server refused a write for good (a 4xx other than 401, 409, 412, 428): kept with the
 * change so the UI can say it in the user's language. Never holds an ID or token: the server's
 * problem documents promise not to echo them.
 */
export interface Refusal {
  status: number;
  /** The problem type's last segment (`urn:supportlink:problem:<code>`), when the server sent one. */
  code: string | null;
  /** The server's own words (English), shown when no localized text fits. */
  detail: string;
  /** Fields the server named as failing (e.g. `endDate`). */
  fields: string[];
  at: number;
}

/**
 * A local change waiting to reach the sync server. `id` is the client mutation id:
 * it doubles as the idempotency key, so a retried push is applied once.
 * Contract bodies are read from local storage at push time, so several edits of one
 * contract collapse into the newest state.
 */
export type PendingMutation =
  | ({ id: string; kind: 'contract:create'; contractId: string; queuedAt: number; attempts: number } & Held)
  | ({
      id: string;
      kind: 'contract:update';
      contractId: string;
      /** The contract's fields before the first unsynced edit: the base of a three-way merge on 412. */
      base: ContractFields;
      queuedAt: number;
      attempts: number;
    } & Held)
  | ({
      id: string;
      kind: 'contract:delete';
      contractId: string;
      version: number | null;
      queuedAt: number;
      attempts: number;
    } & Held)
  | ({
      id: string;
      kind: 'event:append';
      contractId: string;
      eventId: string;
      queuedAt: number;
      attempts: number;
    } & Held)
  | ({
      id: string;
      kind: 'link:put';
      contractId: string;
      portal: PortalId;
      account: string | null;
      queuedAt: number;
      attempts: number;
    } & Held);

/** A refused change stays queued (so nothing re-queues it) but is not sent until the user acts. */
interface Held {
  refused?: Refusal | null;
}

/** What the queue holds for one contract, shown on its card and in Options. */
export interface ContractSyncMark {
  /** Changes waiting to be sent (not refused). */
  pending: number;
  /** Most attempts any of them has had. */
  attempts: number;
  /** The first refusal, if the server refused a change of this contract. */
  refusal: (Refusal & { kind: PendingMutation['kind'] }) | null;
  /** Changes refused or waiting behind a refused create. */
  held: number;
}

/** A local edit the server refused because someone else changed the contract first. */
export interface SyncConflict {
  contractId: string;
  label: string | null;
  at: number;
  /** The local fields that were overwritten by the server's version. */
  fields: string[];
}

export interface SyncState {
  cursor: string | null;
  state: 'idle' | 'syncing' | 'offline' | 'error' | 'unauthorized';
  lastSyncAt: number | null;
  message: string | null;
  /** Why the last run failed (null after a good run); words the status line. */
  failure?: SyncFailure | null;
  /** Consecutive failures; drives the exponential backoff. */
  failures: number;
  nextAttemptAt: number | null;
  conflicts: SyncConflict[];
  /** The token's team role as /v1/me last said (absent until a run read it). */
  role?: Role | null;
}
