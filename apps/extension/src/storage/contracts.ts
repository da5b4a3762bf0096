/**
 * Pure operations on the stored contract list. Counts and states come only from
 * `@supportlink/rules`; nothing here does incident arithmetic.
 */

import type {
  ContractInput,
  ContractProblem,
  IncidentEvent,
  PortalId,
  SavedFacts,
  ValidContract,
} from '@supportlink/rules';
import {
  contractFieldName,
  contractNotices,
  contractProblemText,
  contractState,
  normalizeId,
  proposeCapture,
  refundCheck,
  validateContract,
} from '@supportlink/rules';
import type {
  CapturedContract,
  ContractView,
  LinkRecord,
  MessagePayload,
  MessageResponse,
  StoredContract,
} from '../messaging/protocol';

export type NewId = () => string;
export const newId: NewId = () => crypto.randomUUID();

export function toView(contract: StoredContract, now: number): ContractView {
  const state = contractState(contract, contract.events, now);
  return { ...contract, state, notices: contractNotices(contract, state, now) };
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

/** A problem with the name of the field it is about: "Start date: This field is required." */
function problemLine(problem: ContractProblem, locale: string | null): string {
  return `${contractFieldName(problem.field, locale)}: ${contractProblemText(problem, locale)}`;
}

/** What the capture compares the page with: the stored contract's terms and its count now. */
export function savedFacts(contract: StoredContract, now: number): SavedFacts {
  const state = contractState(contract, contract.events, now);
  return {
    benefit: contract.benefit,
    offer: contract.offer,
    startDate: contract.startDate,
    endDate: contract.endDate,
    startDateEstimated: contract.startDateEstimated ?? false,
    competency: contract.competency ?? null,
    remaining: state.state === 'invalid' ? null : state.remaining,
  };
}

/** The capture card's proposal for a pair the page shows, compared with the contract stored for it. */
export function proposeForPage(
  list: StoredContract[],
  request: MessagePayload<'capture:propose'>,
  now: number,
): MessageResponse<'capture:propose'> {
  const { snapshot, choices, locale } = request;
  const existing = findByIds(list, snapshot.accessId, snapshot.contractId);
  const proposal = proposeCapture(snapshot, {
    choices: choices ?? null,
    saved: existing ? savedFacts(existing, now) : null,
  });
  return { proposal, problemTexts: proposal.problems.map((p) => problemLine(p, locale)) };
}

/** A contract the rules refuse; `problems` are the rules' typed problems, the message their English text. */
export class ContractRefused extends Error {
  constructor(readonly problems: ContractProblem[]) {
    super(problems.map((p) => problemLine(p, 'en')).join(' '));
    this.name = 'ContractRefused';
  }
}

/** The rules' `validateContract`, throwing its errors: every path that stores a contract goes through it. */
export function checkContract(input: ContractInput): ValidContract {
  const checked = validateContract(input);
  if (!checked.ok) throw new ContractRefused(checked.problems.filter((p) => p.severity === 'error'));
  return checked.value;
}

export interface Change {
  list: StoredContract[];
  contract: StoredContract;
}

/**
 * Saves IDs captured on a portal page; the same pair is never stored twice. The terms are
 * checked with the rules' `validateContract` (dates are never invented: the capture card shows
 * them, read, asked or estimated, before saving); a refused save throws the problems as text.
 */
export function saveCaptured(
  list: StoredContract[],
  captured: CapturedContract,
  now: number,
  id: NewId = newId,
): Change & { created: boolean; observed: IncidentEvent | null } {
  const accessId = cleanId(captured.accessId);
  const contractId = cleanId(captured.contractId);
  if (!accessId || !contractId) throw new Error('Access ID and Contract ID are required');
  const existing = list.find((c) => sameIds(c, accessId, contractId));
  const valid = checkContract({
    ...captured,
    accessId,
    contractId,
    competency: captured.competency === undefined ? (existing?.competency ?? null) : captured.competency,
    startDate: captured.startDate ?? existing?.startDate,
    startDateEstimated: captured.startDate ? captured.startDateEstimated : existing?.startDateEstimated,
    endDate: captured.endDate ?? existing?.endDate,
    allotmentOverride:
      captured.allotmentOverride === undefined
        ? (existing?.allotmentOverride ?? null)
        : captured.allotmentOverride,
  });
  const { ruleset, offer, benefit, competency, startDate, endDate, startDateEstimated, allotmentOverride } =
    valid;
  const terms = {
    ruleset,
    offer,
    benefit,
    competency,
    startDate,
    endDate,
    startDateEstimated,
    allotmentOverride,
  };
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
  if (existing) {
    // The user confirmed the terms in the capture card, so they win over what was stored.
    const contract: StoredContract = {
      ...existing,
      ...terms,
      label: captured.label?.trim() ? captured.label.trim() : (existing.label ?? null),
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
    ...terms,
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
  const valid = checkContract(input);
  const { accessId, contractId } = valid;
  const existing = input.id ? list.find((c) => c.id === input.id) : undefined;
  const duplicate = findByIds(list, accessId, contractId);
  if (duplicate && duplicate.id !== existing?.id)
    throw new Error('This Access ID and Contract ID are already saved');
  const fields = {
    ruleset: valid.ruleset,
    offer: valid.offer,
    benefit: valid.benefit,
    competency: valid.competency,
    startDate: valid.startDate,
    endDate: valid.endDate,
    startDateEstimated: valid.startDateEstimated,
    allotmentOverride: valid.allotmentOverride,
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
  if (event.type === 'refunded' && !refundCheck(target, target.events, event, now).ok)
    throw new NothingToRefundError();
  const contract: StoredContract = {
    ...target,
    events: [...target.events, event],
    syncedAt: event.type === 'observed' ? now : target.syncedAt,
    updatedAt: now,
  };
  return { list: list.map((c) => (c.id === target.id ? contract : c)), contract, event, duplicate: false };
}

/** A refund the rules say gives nothing back (nothing used): kept out of the ledger and the queue. */
export class NothingToRefundError extends Error {
  constructor() {
    super('nothing-to-refund');
    this.name = 'NothingToRefundError';
  }
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

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
