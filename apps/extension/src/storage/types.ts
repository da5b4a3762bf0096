import type { PortalId } from '@supportlink/rules';
import type { StoredContract } from '../messaging/protocol';

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
  'allotmentOverride',
] as const satisfies readonly (keyof StoredContract)[];

export type ContractFieldName = (typeof CONTRACT_FIELDS)[number];
export type ContractFields = Pick<StoredContract, ContractFieldName>;

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
    allotmentOverride: c.allotmentOverride ?? null,
  };
}

/**
 * A local change waiting to reach the sync server. `id` is the client mutation id:
 * it doubles as the idempotency key, so a retried push is applied once.
 * Contract bodies are read from local storage at push time, so several edits of one
 * contract collapse into the newest state.
 */
export type PendingMutation =
  | { id: string; kind: 'contract:create'; contractId: string; queuedAt: number; attempts: number }
  | {
      id: string;
      kind: 'contract:update';
      contractId: string;
      /** The contract's fields before the first unsynced edit: the base of a three-way merge on 412. */
      base: ContractFields;
      queuedAt: number;
      attempts: number;
    }
  | {
      id: string;
      kind: 'contract:delete';
      contractId: string;
      version: number | null;
      queuedAt: number;
      attempts: number;
    }
  | {
      id: string;
      kind: 'event:append';
      contractId: string;
      eventId: string;
      queuedAt: number;
      attempts: number;
    }
  | {
      id: string;
      kind: 'link:put';
      contractId: string;
      portal: PortalId;
      account: string | null;
      queuedAt: number;
      attempts: number;
    };

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
  /** Consecutive failures; drives the exponential backoff. */
  failures: number;
  nextAttemptAt: number | null;
  conflicts: SyncConflict[];
}
