import type {
  Benefit,
  CompetencyCategory,
  ContractField,
  ContractProblemCode,
  IncidentEvent,
  OfferId,
  PortalId,
  RulesetId,
} from './types.js';

// The id unions of types.ts as runtime tuples, for validation (zod enums, import checks) in the apps.
// `exhaustive` fails to compile when a union gains a member the tuple lacks.
type Exhaustive<Union, List extends readonly Union[]> = [Exclude<Union, List[number]>] extends [never]
  ? List
  : never;
const exhaustive =
  <Union>() =>
  <const List extends readonly Union[]>(list: Exhaustive<Union, List>) =>
    list;

export const RULESET_IDS = exhaustive<RulesetId>()([
  'mpn-2021',
  'ai-cloud-partner-2023',
  'ai-cloud-partner-2026',
]);
export const OFFER_IDS = exhaustive<OfferId>()([
  'action-pack',
  'silver',
  'gold',
  'legacy-silver',
  'legacy-gold',
  'solutions-partner',
  'partner-success-core',
  'partner-success-expanded',
  'partner-launch',
]);
export const BENEFITS = exhaustive<Benefit>()(['on-premises', 'cloud']);
export const COMPETENCY_CATEGORIES = exhaustive<CompetencyCategory>()(['cloud', 'other']);
export const PORTAL_IDS = exhaustive<PortalId>()([
  'partner-center',
  'azure',
  'serviceshub',
  'engagecenter',
  'power-platform',
  'lcs',
  'm365-admin',
]);
export const EVENT_TYPES = exhaustive<IncidentEvent['type']>()([
  'opened',
  'refunded',
  'observed',
  'adjusted',
]);
export const CONTRACT_FIELDS = exhaustive<ContractField>()([
  'accessId',
  'contractId',
  'benefit',
  'offer',
  'startDate',
  'endDate',
  'ruleset',
  'competency',
  'allotmentOverride',
]);
export const CONTRACT_PROBLEM_CODES = exhaustive<ContractProblemCode>()([
  'required',
  'date-format',
  'date-impossible',
  'date-year-out-of-range',
  'end-before-start',
  'unknown-ruleset',
  'unknown-offer',
  'unknown-benefit',
  'unknown-competency',
  'offer-not-in-ruleset',
  'no-incidents-for-benefit',
  'allotment-invalid',
]);
