/**
 * Pure operations on the stored contract list. Counts and states come only from
 * `@supportlink/rules`; nothing here does incident arithmetic.
 */

import type { IncidentEvent, PortalId } from '@supportlink/rules';
import { contractState, normalizeId } from '@supportlink/rules';
import type {
  CapturedContract,
  ContractView,
  LinkRecord,
  MessagePayload,
  StoredContract,
} from '../messaging/protocol';

export type NewId = () => string;
export const newId: NewId = () => crypto.randomUUID();

export function toView(contract: StoredContract, now: number): ContractView {
  return { ...contract, state: contractState(contract, contract.events, now) };
}

export function cleanId(raw: string): string {
  return normalizeId(raw).value;
}

function sameIds(c: StoredContract, accessId: string, contractId: string): boolean {
  return (
    cleanId(c.accessId).toLowerCase() === accessId.toLowerCase() &&
    cleanId(c.contractId).toLowerCase() === contractId.toLowerCase()
  );
}

export function findByIds(
  list: StoredContract[],
  accessId: string,
  contractId: string,
): StoredContract | undefined {
  return list.find((c) => sameIds(c, cleanId(accessId), cleanId(contractId)));
}

export interface Change {
  list: StoredContract[];
  contract: StoredContract;
}

/** Saves IDs captured on a portal page; the same pair is never stored twice. */
export function saveCaptured(
  list: StoredContract[],
  captured: CapturedContract,
  now: number,
  id: NewId = newId,
): Change & { created: boolean; observed: IncidentEvent | null } {
  const accessId = cleanId(captured.accessId);
  const contractId = cleanId(captured.contractId);
  if (!accessId || !contractId) throw new Error('Access ID and Contract ID are required');
  const observed: IncidentEvent | null =
    captured.observedRemaining === undefined || captured.observedRemaining === null
      ? null
      : {
          id: id(),
          type: 'observed',
          at: now,
          remaining: captured.observedRemaining,
          portal: 'partner-center',
        };
  const existing = list.find((c) => sameIds(c, accessId, contractId));
  if (existing) {
    // The user confirmed benefit and offer in the capture card, so those win over what was stored.
    const contract: StoredContract = {
      ...existing,
      benefit: captured.benefit,
      offer: captured.offer,
      ruleset: captured.ruleset,
      competency: captured.competency === undefined ? (existing.competency ?? null) : captured.competency,
      label: captured.label?.trim() ? captured.label.trim() : (existing.label ?? null),
      startDate: captured.startDate ?? existing.startDate,
      endDate: captured.endDate ?? existing.endDate,
      events: observed ? [...existing.events, observed] : existing.events,
      syncedAt: observed ? now : existing.syncedAt,
      updatedAt: now,
    };
    return {
      list: list.map((c) => (c.id === existing.id ? contract : c)),
      contract,
      created: false,
      observed,
    };
  }
  const contract: StoredContract = {
    id: id(),
    ruleset: captured.ruleset,
    offer: captured.offer,
    benefit: captured.benefit,
    competency: captured.competency ?? null,
    startDate: captured.startDate ?? isoDate(now),
    endDate: captured.endDate ?? isoDate(now + 365 * 86_400_000),
    allotmentOverride: null,
    label: captured.label ?? null,
    accessId,
    contractId,
    events: observed ? [observed] : [],
    links: [],
    version: null,
    updatedAt: now,
    syncedAt: observed ? now : null,
  };
  return { list: [...list, contract], contract, created: true, observed };
}

export type UpsertInput = MessagePayload<'contracts:upsert'>;

export function upsert(
  list: StoredContract[],
  input: UpsertInput,
  now: number,
  id: NewId = newId,
): Change & { created: boolean } {
  const accessId = cleanId(input.accessId);
  const contractId = cleanId(input.contractId);
  if (!accessId || !contractId) throw new Error('Access ID and Contract ID are required');
  if (!isDate(input.startDate) || !isDate(input.endDate)) throw new Error('Dates must be YYYY-MM-DD');
  if (input.endDate < input.startDate) throw new Error('The end date is before the start date');
  const existing = input.id ? list.find((c) => c.id === input.id) : undefined;
  const duplicate = findByIds(list, accessId, contractId);
  if (duplicate && duplicate.id !== existing?.id)
    throw new Error('This Access ID and Contract ID are already saved');
  const fields = {
    ruleset: input.ruleset,
    offer: input.offer,
    benefit: input.benefit,
    competency: input.competency ?? null,
    startDate: input.startDate,
    endDate: input.endDate,
    allotmentOverride: input.allotmentOverride ?? null,
    label: input.label?.trim() ? input.label.trim() : null,
    accessId,
    contractId,
  };
  if (existing) {
    const contract: StoredContract = { ...existing, ...fields, updatedAt: now };
    return { list: list.map((c) => (c.id === existing.id ? contract : c)), contract, created: false };
  }
  const contract: StoredContract = {
    id: input.id ?? id(),
    ...fields,
    events: [],
    links: [],
    version: null,
    updatedAt: now,
    syncedAt: null,
  };
  return { list: [...list, contract], contract, created: true };
}

export function remove(
  list: StoredContract[],
  contractId: string,
): { list: StoredContract[]; removed: StoredContract | null } {
  const removed = list.find((c) => c.id === contractId) ?? null;
  return { list: list.filter((c) => c.id !== contractId), removed };
}

export function appendEvent(
  list: StoredContract[],
  payload: MessagePayload<'events:append'>,
  now: number,
  id: NewId = newId,
): Change & { event: IncidentEvent; duplicate: boolean } {
  const target = requireContract(list, payload.contractId);
  const event = {
    ...payload.event,
    id: payload.event.id ?? id(),
    at: payload.event.at ?? now,
  } as IncidentEvent;
  const known = target.events.find((e) => e.id === event.id);
  if (known) return { list, contract: target, event: known, duplicate: true };
  const contract: StoredContract = {
    ...target,
    events: [...target.events, event],
    syncedAt: event.type === 'observed' ? now : target.syncedAt,
    updatedAt: now,
  };
  return { list: list.map((c) => (c.id === target.id ? contract : c)), contract, event, duplicate: false };
}

export function recordLink(
  list: StoredContract[],
  contractId: string,
  portal: PortalId,
  account: string | null,
  now: number,
  id: NewId = newId,
): Change & { link: LinkRecord } {
  const target = requireContract(list, contractId);
  const normalized = account?.trim() ? account.trim() : null;
  const same = target.links.find((l) => l.portal === portal && l.account === normalized);
  const link: LinkRecord = same ? { ...same, at: now } : { id: id(), portal, account: normalized, at: now };
  const links = same ? target.links.map((l) => (l.id === same.id ? link : l)) : [...target.links, link];
  const contract: StoredContract = { ...target, links, updatedAt: now };
  return { list: list.map((c) => (c.id === target.id ? contract : c)), contract, link };
}

export function requireContract(list: StoredContract[], id: string): StoredContract {
  const found = list.find((c) => c.id === id);
  if (!found) throw new Error('Unknown contract');
  return found;
}

export function isDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
