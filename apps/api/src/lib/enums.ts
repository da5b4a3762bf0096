import type { Benefit, CompetencyCategory, OfferId, PortalId, RulesetId } from '@supportlink/rules';

// The rules package's id unions as runtime tuples, for request validation and the OpenAPI
// document. `Exhaustive` fails to compile if the rules package adds an id that is missing here.
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
export const COMPETENCIES = exhaustive<CompetencyCategory>()(['cloud', 'other']);
export const PORTAL_IDS = exhaustive<PortalId>()([
  'partner-center',
  'azure',
  'serviceshub',
  'engagecenter',
  'power-platform',
  'lcs',
  'm365-admin',
]);
export const EVENT_TYPES = ['opened', 'refunded', 'observed', 'adjusted'] as const;
