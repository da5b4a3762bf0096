/**
 * What makes a contract valid, for every path that accepts one: the Options form, Partner
 * Center capture, JSON import, the sync merge and the API. Never throws; every problem names
 * its field and has text in each UI locale (`contractProblemText`).
 */
import { allotment } from './allotment.js';
import { BENEFITS, COMPETENCY_CATEGORIES, OFFER_IDS, RULESET_IDS } from './ids.js';
import { normalizeId } from './normalize-id.js';
import { rulesetFor } from './rulesets/choose.js';
import { rulesets } from './rulesets/table.js';
import type {
  Allotment,
  Benefit,
  CompetencyCategory,
  ContractField,
  ContractProblem,
  OfferId,
  RulesetId,
} from './types.js';
import { type CalendarDate, parseCalendarDate } from './utc-date.js';

/** A contract as any path receives it: loosely typed, straight from a form, a file or a request. */
export interface ContractInput {
  /** Omitted, null or `'auto'`: chosen by `rulesetFor`. */
  ruleset?: unknown;
  offer?: unknown;
  benefit?: unknown;
  competency?: unknown;
  startDate?: unknown;
  endDate?: unknown;
  /** Only `true` marks the start date as estimated; anything else means it was seen or typed. */
  startDateEstimated?: unknown;
  accessId?: unknown;
  contractId?: unknown;
  allotmentOverride?: unknown;
}

/** The contract's terms (everything but the IDs) once valid. */
export interface ContractTerms {
  ruleset: RulesetId;
  offer: OfferId;
  benefit: Benefit;
  competency: CompetencyCategory | null;
  startDate: CalendarDate;
  endDate: CalendarDate;
  /** The start date was estimated from the end date with the contract term, not read or typed. */
  startDateEstimated: boolean;
  allotmentOverride: Allotment | null;
}

export interface ValidContract extends ContractTerms {
  /** Normalised with `normalizeId`. */
  accessId: string;
  contractId: string;
}

export type Validation<T> =
  | { ok: true; value: T; problems: ContractProblem[] }
  | { ok: false; value: null; problems: ContractProblem[] };

export const ALLOTMENT_OVERRIDE_MAX = 100_000;

const error = (field: ContractField, code: ContractProblem['code']): ContractProblem => ({
  field,
  code,
  severity: 'error',
});

function member<T extends string>(value: unknown, list: readonly T[]): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function parseOverride(value: unknown): Allotment | null | undefined {
  if (value === undefined || value === null) return null;
  if (value === 'unlimited') return value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= ALLOTMENT_OVERRIDE_MAX)
    return value;
  return undefined;
}

function dateOf(value: unknown, field: 'startDate' | 'endDate', problems: ContractProblem[]) {
  if (value === undefined || value === null || value === '') {
    problems.push(error(field, 'required'));
    return null;
  }
  const parsed = parseCalendarDate(value);
  if (parsed.ok) return parsed.date;
  problems.push(error(field, parsed.problem));
  return null;
}

/** The ruleset the input names, or the one `rulesetFor` picks when it names none. */
function rulesetOf(input: ContractInput, offer: string): unknown {
  const named = input.ruleset;
  if (named === undefined || named === null || named === 'auto') {
    return rulesetFor({ offer, startDate: typeof input.startDate === 'string' ? input.startDate : null });
  }
  return named;
}

/** Checks the terms of a contract (offer, benefit, ruleset, dates, override); not the IDs. */
export function validateTerms(input: ContractInput): Validation<ContractTerms> {
  const problems: ContractProblem[] = [];
  const offer = member(input.offer, OFFER_IDS) ? input.offer : null;
  if (!offer) problems.push(error('offer', input.offer ? 'unknown-offer' : 'required'));
  const benefit = member(input.benefit, BENEFITS) ? input.benefit : null;
  if (!benefit) problems.push(error('benefit', input.benefit ? 'unknown-benefit' : 'required'));
  const ruleset = rulesetOf(input, offer ?? '');
  const rulesetId = member(ruleset, RULESET_IDS) ? ruleset : null;
  if (!rulesetId) problems.push(error('ruleset', 'unknown-ruleset'));
  const competency = input.competency ?? null;
  if (competency !== null && !member(competency, COMPETENCY_CATEGORIES))
    problems.push(error('competency', 'unknown-competency'));
  const startDate = dateOf(input.startDate, 'startDate', problems);
  const endDate = dateOf(input.endDate, 'endDate', problems);
  if (startDate && endDate && endDate < startDate) problems.push(error('endDate', 'end-before-start'));
  const override = parseOverride(input.allotmentOverride);
  if (override === undefined) problems.push(error('allotmentOverride', 'allotment-invalid'));

  if (rulesetId && offer && !Object.hasOwn(rulesets[rulesetId].offers, offer)) {
    problems.push({ ...error('offer', 'offer-not-in-ruleset'), offer, ruleset: rulesetId });
  } else if (rulesetId && offer && benefit && override === null) {
    const query = { ruleset: rulesetId, offer, benefit, competency: competency as CompetencyCategory | null };
    if (allotment(query) === 0) {
      problems.push({
        field: 'benefit',
        code: 'no-incidents-for-benefit',
        severity: 'warning',
        offer,
        benefit,
      });
    }
  }
  if (problems.some((p) => p.severity === 'error')) return { ok: false, value: null, problems };
  return {
    ok: true,
    problems,
    value: {
      ruleset: rulesetId as RulesetId,
      offer: offer as OfferId,
      benefit: benefit as Benefit,
      competency: competency as CompetencyCategory | null,
      startDate: startDate as CalendarDate,
      endDate: endDate as CalendarDate,
      startDateEstimated: input.startDateEstimated === true,
      allotmentOverride: override as Allotment | null,
    },
  };
}

function idOf(value: unknown, field: 'accessId' | 'contractId', problems: ContractProblem[]): string {
  const id = typeof value === 'string' ? normalizeId(value).value : '';
  if (!id) problems.push(error(field, 'required'));
  return id;
}

/**
 * Validates a whole contract: its terms and both IDs (normalised). `ok` when there is no
 * error; warnings (`severity: 'warning'`) come back either way and should be shown.
 */
export function validateContract(input: ContractInput): Validation<ValidContract> {
  const idProblems: ContractProblem[] = [];
  const accessId = idOf(input.accessId, 'accessId', idProblems);
  const contractId = idOf(input.contractId, 'contractId', idProblems);
  const terms = validateTerms(input);
  const problems = [...idProblems, ...terms.problems];
  if (!terms.ok || idProblems.length > 0) return { ok: false, value: null, problems };
  return { ok: true, problems, value: { ...terms.value, accessId, contractId } };
}
