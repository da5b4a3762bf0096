import { allotmentFact } from './allotment.js';
import type {
  Allotment,
  Confidence,
  Contract,
  ContractProblem,
  ContractState,
  ContractStateName,
  ContractStateReason,
  IncidentEvent,
} from './types.js';
import { dayNumber, dayOfInstant, parseCalendarDate } from './utc-date.js';
import { validateTerms } from './validate-contract.js';

function countOf(count: number | undefined): number {
  if (count === undefined) return 1;
  return Number.isFinite(count) && count > 0 ? count : 0;
}

type Change = Exclude<IncidentEvent, { type: 'observed' }>;

/** Applies one change to a running count; `unlimited` stays unlimited. */
function apply(remaining: Allotment, event: Change): Allotment {
  if (remaining === 'unlimited') return remaining;
  switch (event.type) {
    case 'opened':
      return remaining - countOf(event.count);
    case 'refunded':
      return remaining + countOf(event.count);
    case 'adjusted':
      return Number.isFinite(event.delta) ? remaining + event.delta : remaining;
  }
}

/**
 * Keeps a running count between 0 and the ceiling after every change, so a refund only
 * gives back an incident that was used: refunding an untouched contract changes nothing,
 * and an incident opened afterwards still counts.
 */
function clamp(remaining: Allotment, ceiling: Allotment): Allotment {
  if (remaining === 'unlimited') return remaining;
  const floored = Math.max(0, Number.isFinite(remaining) ? remaining : 0);
  return ceiling === 'unlimited' ? floored : Math.min(ceiling, floored);
}

/**
 * The most a count can be: the allotment, or what a portal showed when that was more. A
 * portal's figure beats the programme's "unlimited": the plan counts after all.
 */
function ceilingOf(allotment: Allotment, observed: Allotment | null): Allotment {
  if (observed === null) return allotment;
  if (observed === 'unlimited' || allotment === 'unlimited') return observed;
  return Math.max(allotment, observed);
}

function isCount(value: unknown): value is Allotment {
  return value === 'unlimited' || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
}

/**
 * The newest observation in a ledger (latest `at`; on a tie, the later entry), or null.
 * Entries that are not observations of a count (junk in stored data) are skipped.
 */
export function newestObservation(
  events: readonly IncidentEvent[] | null | undefined,
): Extract<IncidentEvent, { type: 'observed' }> | null {
  let newest: Extract<IncidentEvent, { type: 'observed' }> | null = null;
  for (const event of events ?? []) {
    if (event?.type !== 'observed' || !isCount(event.remaining)) continue;
    if (newest === null || event.at >= newest.at) newest = event;
  }
  return newest;
}

/** A stored contract that breaks a rule: shown with its problems, never counted, filled or alerted on. */
function invalidState(contract: Contract, problems: ContractProblem[], now: number): ContractState {
  const end = parseCalendarDate(contract.endDate);
  return {
    state: 'invalid',
    remaining: 0,
    allotment: 0,
    daysToExpiry: end.ok ? end.day - dayOfInstant(now) : 0,
    hiddenInAzure: false,
    usable: false,
    reasons: ['invalid-contract'],
    refundable: 0,
    observedAt: null,
    confidence: 'documented',
    problems,
  };
}

/**
 * Where a contract stands at `now` (epoch ms). The ledger is append-only: the newest
 * observation replaces the arithmetic of every event at or before it; events after it
 * apply on top. Dates are whole UTC days and the end date is inclusive.
 * Total: a contract that breaks a rule (`validateTerms`) gets the `invalid` state with its
 * problems; nothing in stored data makes this throw.
 */
export function contractState(
  contract: Contract,
  events: readonly IncidentEvent[] | null | undefined,
  now: number,
): ContractState {
  const terms = validateTerms(contract);
  if (!terms.ok) return invalidState(contract, terms.problems, now);
  const { startDate, endDate } = terms.value;
  const override = contract.allotmentOverride;
  const hasOverride = override !== undefined && override !== null;
  const fact = hasOverride
    ? null
    : allotmentFact({
        ruleset: contract.ruleset,
        offer: contract.offer,
        benefit: contract.benefit,
        competency: contract.competency ?? null,
      });
  const allotment: Allotment = hasOverride ? override : (fact?.value ?? 0);
  const confidence: Confidence = fact?.provenance.confidence ?? 'documented';

  const ledger = (events ?? []).filter((e) => e !== null && typeof e === 'object');
  const observation = newestObservation(ledger);
  const ceiling = ceilingOf(allotment, observation ? observation.remaining : null);
  let remaining: Allotment = clamp(observation ? observation.remaining : allotment, ceiling);
  const later = ledger
    .filter((e): e is Change => e.type !== 'observed' && (observation === null || e.at > observation.at))
    .sort((a, b) => a.at - b.at);
  for (const event of later) remaining = clamp(apply(remaining, event), ceiling);

  const today = dayOfInstant(now);
  const start = dayNumber(startDate);
  const end = dayNumber(endDate);
  const daysToExpiry = end - today;

  const reasons: ContractStateReason[] = [];
  if (today < start) reasons.push('before-start-date');
  if (today > end) reasons.push('past-end-date');
  // A zero allotment exhausts the contract unless the ledger or a portal says otherwise.
  if (remaining === 0)
    reasons.push(allotment === 0 && !observation ? 'no-allotment-for-benefit' : 'no-incidents-left');
  reasons.push(observation ? 'from-observation' : 'from-ledger');
  if (confidence === 'unverified') reasons.push('unverified-allotment');

  let state: ContractStateName = 'active';
  if (today < start) state = 'not-started';
  else if (today > end) state = 'expired';
  else if (remaining === 0) state = 'exhausted';

  return {
    state,
    remaining,
    allotment,
    daysToExpiry,
    hiddenInAzure: state === 'expired' || state === 'exhausted',
    usable: state === 'active' && (remaining === 'unlimited' || remaining > 0),
    refundable: remaining === 'unlimited' || ceiling === 'unlimited' ? 0 : ceiling - remaining,
    reasons,
    observedAt: observation ? observation.at : null,
    confidence,
    problems: terms.problems,
  };
}
