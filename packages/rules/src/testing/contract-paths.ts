/**
 * One table of contracts for every path that accepts one: the Options form, Partner Center
 * capture, JSON import and the API. Each path's test runs every row and must reach the same
 * ruleset, allotment, validity and state (issue 8, "Done when"). The expectations are written
 * out by hand from the programme tables (README), not computed by the functions under test.
 *
 * Imported by tests only, through `@supportlink/rules/testing`.
 */
import type {
  Allotment,
  CompetencyCategory,
  ContractField,
  ContractProblemCode,
  ContractStateName,
  RulesetId,
} from '../types.js';

/** The moment every path evaluates the state at (the API test harness's clock). */
export const PATHS_NOW = Date.parse('2026-03-01T12:00:00Z');

export interface PathInput {
  /** Omitted: the rules choose (`rulesetFor`). The capture never names one, so named rows skip it. */
  ruleset?: RulesetId;
  /** Strings, not ids: some rows carry values no list has. */
  offer: string;
  benefit: string;
  competency: CompetencyCategory | null;
  startDate: string;
  endDate: string;
}

export type PathExpectation =
  | {
      ok: true;
      ruleset: RulesetId;
      allotment: Allotment;
      state: ContractStateName;
      /** Warning codes (shown, not refusing). */
      warnings: ContractProblemCode[];
    }
  | { ok: false; errors: Array<`${ContractField}:${ContractProblemCode}`> };

export interface PathRow {
  name: string;
  input: PathInput;
  expect: PathExpectation;
}

const valid = (
  ruleset: RulesetId,
  allotment: Allotment,
  state: ContractStateName,
  warnings: ContractProblemCode[] = [],
): PathExpectation => ({ ok: true, ruleset, allotment, state, warnings });
const refused = (...errors: Array<`${ContractField}:${ContractProblemCode}`>): PathExpectation => ({
  ok: false,
  errors,
});

export const CONTRACT_PATH_ROWS: readonly PathRow[] = [
  {
    // The case: the capture chose by offer (unlimited), the form by date (50).
    name: 'Solutions Partner, cloud, started 2026: the 2026 programme, 50',
    input: {
      offer: 'solutions-partner',
      benefit: 'cloud',
      competency: null,
      startDate: '2026-01-15',
      endDate: '2027-01-14',
    },
    expect: valid('ai-cloud-partner-2026', 50, 'active'),
  },
  {
    name: 'Solutions Partner, cloud, started 2025: the 2023 programme, unlimited',
    input: {
      offer: 'solutions-partner',
      benefit: 'cloud',
      competency: null,
      startDate: '2025-06-01',
      endDate: '2026-05-31',
    },
    expect: valid('ai-cloud-partner-2023', 'unlimited', 'active'),
  },
  {
    name: 'Solutions Partner, on-premises, starting next month',
    input: {
      offer: 'solutions-partner',
      benefit: 'on-premises',
      competency: null,
      startDate: '2026-04-01',
      endDate: '2027-03-31',
    },
    expect: valid('ai-cloud-partner-2026', 20, 'not-started'),
  },
  {
    name: 'Action Pack, on-premises, started 2025',
    input: {
      offer: 'action-pack',
      benefit: 'on-premises',
      competency: null,
      startDate: '2025-04-01',
      endDate: '2026-03-31',
    },
    expect: valid('ai-cloud-partner-2023', 10, 'active'),
  },
  {
    // Action Pack left the programme in 2026: a contract started then still follows its last era.
    name: 'Action Pack, on-premises, started 2026: the nearest era that has it',
    input: {
      offer: 'action-pack',
      benefit: 'on-premises',
      competency: null,
      startDate: '2026-02-01',
      endDate: '2027-01-31',
    },
    expect: valid('ai-cloud-partner-2023', 10, 'active'),
  },
  {
    name: 'Action Pack, cloud: accepted with a warning, nothing to count',
    input: {
      offer: 'action-pack',
      benefit: 'cloud',
      competency: null,
      startDate: '2025-04-01',
      endDate: '2026-03-31',
    },
    expect: valid('ai-cloud-partner-2023', 0, 'exhausted', ['no-incidents-for-benefit']),
  },
  {
    name: 'Gold, cloud, with a cloud competency (2021): unlimited, expired',
    input: {
      offer: 'gold',
      benefit: 'cloud',
      competency: 'cloud',
      startDate: '2021-03-01',
      endDate: '2022-02-28',
    },
    expect: valid('mpn-2021', 'unlimited', 'expired'),
  },
  {
    name: 'Gold, cloud, competency not known (2021): the smaller figure',
    input: {
      offer: 'gold',
      benefit: 'cloud',
      competency: null,
      startDate: '2021-06-01',
      endDate: '2022-05-31',
    },
    expect: valid('mpn-2021', 10, 'expired'),
  },
  {
    name: 'Partner Success Core, cloud (2026)',
    input: {
      offer: 'partner-success-core',
      benefit: 'cloud',
      competency: null,
      startDate: '2026-02-01',
      endDate: '2027-01-31',
    },
    expect: valid('ai-cloud-partner-2026', 2, 'active'),
  },
  {
    name: 'a start date that does not exist (30 February)',
    input: {
      offer: 'solutions-partner',
      benefit: 'cloud',
      competency: null,
      startDate: '2026-02-30',
      endDate: '2027-01-14',
    },
    expect: refused('startDate:date-impossible'),
  },
  {
    // Stored as 0050 it once read as 1950 and took the whole list down.
    name: 'a year outside 2000–2099',
    input: {
      offer: 'solutions-partner',
      benefit: 'on-premises',
      competency: null,
      startDate: '0050-01-01',
      endDate: '2026-12-31',
    },
    expect: refused('startDate:date-year-out-of-range'),
  },
  {
    name: 'an end date before the start date',
    input: {
      offer: 'solutions-partner',
      benefit: 'on-premises',
      competency: null,
      startDate: '2026-06-01',
      endDate: '2026-05-31',
    },
    expect: refused('endDate:end-before-start'),
  },
  {
    name: 'an offer no programme has',
    input: {
      offer: 'platinum',
      benefit: 'cloud',
      competency: null,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    },
    expect: refused('offer:unknown-offer'),
  },
  {
    name: 'a benefit that does not exist',
    input: {
      offer: 'solutions-partner',
      benefit: 'hybrid',
      competency: null,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    },
    expect: refused('benefit:unknown-benefit'),
  },
  {
    // The form and the import may name a ruleset; the API refused this while Options kept it.
    name: 'Action Pack under the 2026 rules, named',
    input: {
      ruleset: 'ai-cloud-partner-2026',
      offer: 'action-pack',
      benefit: 'on-premises',
      competency: null,
      startDate: '2026-02-01',
      endDate: '2027-01-31',
    },
    expect: refused('offer:offer-not-in-ruleset'),
  },
  {
    name: 'Gold under the 2021 rules, named',
    input: {
      ruleset: 'mpn-2021',
      offer: 'gold',
      benefit: 'on-premises',
      competency: null,
      startDate: '2021-03-01',
      endDate: '2022-02-28',
    },
    expect: valid('mpn-2021', 20, 'expired'),
  },
];

/** Distinct IDs per row, so one path can hold the whole table at once. */
export function pathIds(index: number): { accessId: string; contractId: string } {
  return { accessId: `PATH-ACCESS-${index}`, contractId: `PATH-CONTRACT-${index}` };
}

/** What a path observed for a row, in the table's terms: compared whole with the row's `expect`. */
export type PathOutcome = PathExpectation;

/** Error problems as `field:code`, in the order given. */
export const errorKeys = (problems: ReadonlyArray<{ field: string; code: string; severity?: string }>) =>
  problems
    .filter((p) => p.severity === undefined || p.severity === 'error')
    .map((p) => `${p.field}:${p.code}` as `${ContractField}:${ContractProblemCode}`);
