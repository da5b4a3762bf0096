/**
 * Public types of @supportlink/rules. This file is the contract between the rules
 * package, the API and the extension: add to it, never rename or change meanings.
 */

/** Where a fact came from. `seed` is the 2021 zh-CN article; the rest are PROGRAM-2026.md's keys. */
export type SourceKey =
  | 'seed'
  | 'S21'
  | 'S23'
  | 'L25'
  | 'SH25'
  | 'AZ25'
  | 'PP26'
  | 'LCS'
  | 'KB'
  | 'D26'
  | 'PR24'
  /** Microsoft's published docs as read in the 2026-11 research (PROGRAM-2026.md "Found later"). */
  | 'F26'
  /** Our own rendering: nobody we can cite wrote it in that language. Always `unverified`. */
  | 'own';
export type Confidence = 'documented' | 'unverified';
export interface Provenance {
  source: SourceKey;
  /** e.g. "entitlement table", "Azure portal error" */
  section?: string;
  confidence: Confidence;
  /** Public address of the text the fact was read from (a page, a file in a docs repository). */
  url?: string;
  /** The docs repository commit (or edition date) the wording was read at. */
  commit?: string;
}

export type RulesetId = 'mpn-2021' | 'ai-cloud-partner-2023' | 'ai-cloud-partner-2026';
export type Benefit = 'on-premises' | 'cloud';
export type OfferId =
  | 'action-pack'
  | 'silver'
  | 'gold'
  | 'legacy-silver'
  | 'legacy-gold'
  | 'solutions-partner'
  | 'partner-success-core'
  | 'partner-success-expanded'
  | 'partner-launch';
/** The seed's split: a cloud competency (unlimited cloud incidents) or any other competency. */
export type CompetencyCategory = 'cloud' | 'other';
export type Allotment = number | 'unlimited';

export type PortalId =
  | 'partner-center'
  | 'azure'
  | 'serviceshub'
  | 'engagecenter'
  | 'power-platform'
  | 'lcs'
  | 'm365-admin';

export type PageId =
  | 'partner-center-technical-benefits'
  | 'partner-center-csp-customers'
  | 'azure-help-support'
  | 'azure-support-plans'
  | 'azure-reactblade'
  | 'serviceshub-support-for-business'
  | 'engagecenter-help-support'
  | 'power-platform-support'
  | 'lcs-support-plans'
  | 'm365-admin-support';

/** A contract as the rules see it. Dates are `YYYY-MM-DD` (inclusive end date). */
export interface Contract {
  id: string;
  ruleset: RulesetId;
  offer: OfferId;
  benefit: Benefit;
  competency?: CompetencyCategory | null;
  startDate: string;
  endDate: string;
  /**
   * True when nobody saw the start date: Partner Center showed only the end date and the start
   * was worked out with the contract term (`estimateStartDate`). Shown as "estimated".
   */
  startDateEstimated?: boolean | null;
  /** Replaces the ruleset's allotment when set (e.g. a purchased pack). */
  allotmentOverride?: Allotment | null;
  label?: string | null;
}

/** Append-only ledger entries. `at` is epoch milliseconds. */
export type IncidentEvent =
  | { id: string; type: 'opened'; at: number; count?: number; note?: string | null }
  | { id: string; type: 'refunded'; at: number; count?: number; note?: string | null }
  | { id: string; type: 'observed'; at: number; remaining: Allotment; portal?: PortalId | null }
  | { id: string; type: 'adjusted'; at: number; delta: number; note?: string | null };

/** `invalid`: the stored contract breaks a rule (see `problems`); it is shown, never counted or filled. */
export type ContractStateName = 'active' | 'expired' | 'exhausted' | 'not-started' | 'invalid';
export type ContractStateReason =
  | 'before-start-date'
  | 'past-end-date'
  | 'no-incidents-left'
  | 'no-allotment-for-benefit'
  | 'from-observation'
  | 'from-ledger'
  | 'unverified-allotment'
  | 'invalid-contract';

export interface ContractState {
  state: ContractStateName;
  /** Incidents left now; `'unlimited'` for unlimited cloud support. Never negative. */
  remaining: Allotment;
  /** The contract's starting allotment (override or ruleset table). */
  allotment: Allotment;
  /** Whole days from `now` to the end date (0 on the last day, negative once expired). */
  daysToExpiry: number;
  /** The Azure portal hides expired or exhausted plans. */
  hiddenInAzure: boolean;
  /** Usable for a new incident right now (active and remaining > 0). */
  usable: boolean;
  /**
   * Incidents a refund can give back now: those used below the ceiling (the allotment, or a
   * portal's higher figure). 0 on an untouched or unlimited contract — a refund only undoes use.
   */
  refundable: number;
  reasons: ContractStateReason[];
  /** Epoch ms of the observation the count is based on, if any. */
  observedAt: number | null;
  confidence: Confidence;
  /** Why the contract is `invalid` (errors), or what to know about it (warnings). Empty when all is well. */
  problems: ContractProblem[];
}

export type MessageId =
  | 'access-id-already-associated'
  | 'not-authorized-csp-only'
  | 'no-benefits-yet'
  | 'activation-role-missing'
  | 'plan-not-for-product'
  | 'plan-expired-or-exhausted'
  | 'pay-per-incident-needs-msa';

/** The 19 display languages the Azure portal offers (Settings → Language + region). */
export type MessageLocale =
  | 'en'
  | 'cs'
  | 'de'
  | 'es'
  | 'fr'
  | 'hu'
  | 'id'
  | 'it'
  | 'ja'
  | 'ko'
  | 'nl'
  | 'pl'
  | 'pt-BR'
  | 'pt-PT'
  | 'ru'
  | 'sv'
  | 'tr'
  | 'zh-CN'
  | 'zh-TW';

export interface MessageMatch {
  id: MessageId;
  ignorable: boolean;
  /** The locale whose phrasing matched. */
  locale: MessageLocale;
  confidence: Confidence;
  /**
   * Other sentences in the same page block(s) as the message that no rule knows and that read like
   * a message of their own (three words or more): "This Access ID is already associated … The
   * contract ID is not valid." Advice about the known message must not cover them. Short framing
   * ("Error:", "Learn more", a correlation ID) is not listed.
   */
  alongside: string[];
}

export type ScenarioId = 'already-linked' | 'expired-or-exhausted' | 'no-cloud-benefit' | 'unknown';

export interface DiagnosisContext {
  /** State of the contract the user tried to link, when known. */
  contractState?: ContractStateName | null;
  /** Whether this account linked this contract before (from link records). */
  linkedBefore?: boolean | null;
  offer?: OfferId | null;
  benefit?: Benefit | null;
  /** Ruleset of the contract, when known; lets the diagnosis look up a zero cloud allotment. */
  ruleset?: RulesetId | null;
  /** Where the message appeared (default: the Azure portal). Engage Center links on-premises contracts. */
  portal?: PortalId | null;
}

export interface Diagnosis {
  message: MessageId;
  /** Most likely first. `unknown` lists `already-linked` then `expired-or-exhausted`. */
  scenarios: Exclude<ScenarioId, 'unknown'>[];
  primary: ScenarioId;
  /** Guidance key for the card: `scenario:<id>`. */
  guidanceKey: GuidanceKey;
  ignorable: boolean;
}

export type FieldRole = 'access-id' | 'contract-id';

export type UiLocale = 'en' | 'zh-CN';
export type GuidanceKey = MessageId | `scenario:${ScenarioId}` | `page:${PageId}`;
export interface GuidanceLink {
  label: string;
  url: string;
}
export interface Guidance {
  key: GuidanceKey;
  locale: UiLocale;
  title: string;
  body: string;
  steps: string[];
  links: GuidanceLink[];
  /** True when a statement rests on an unverified fact; the UI must not present it as certain. */
  unverified: boolean;
  /**
   * The same help in short sections, for a panel a person scans rather than reads (page help
   * whose body is long). Surfaces that have room for one paragraph keep using `body`.
   */
  sections?: GuidanceSection[];
}

export interface GuidanceSection {
  /** What the section is about; a surface may place its own content (e.g. the user's contracts) by it. */
  id: 'now' | 'remaining' | 'plan-kinds' | 'csp';
  heading: string;
  points: string[];
  links: GuidanceLink[];
}

export interface NormalizedId {
  value: string;
  warnings: Array<
    | 'empty'
    | 'changed-whitespace'
    | 'removed-invisible'
    | 'unified-dashes'
    | 'unusual-length'
    | 'unusual-characters'
  >;
}

export interface EligibleContract<C extends Contract = Contract> {
  contract: C;
  state: ContractState;
  usable: boolean;
}

/* ---- Additions (rulesets as data, helpers' options) ---- */

/** A value together with where it came from. */
export interface Fact<T> {
  value: T;
  provenance: Provenance;
}

/** How many incidents an offer grants for one benefit: one number, or split by competency category. */
export type AllotmentRule =
  | { kind: 'flat'; fact: Fact<Allotment> }
  | { kind: 'by-competency'; byCompetency: Record<CompetencyCategory, Fact<Allotment>> };

export interface OfferDefinition {
  id: OfferId;
  name: string;
  allotments: Record<Benefit, AllotmentRule>;
  provenance: Provenance;
}

export interface BenefitDefinition {
  id: Benefit;
  name: string;
  /** Earlier names still seen on older pages. */
  formerNames: string[];
  /** Portals where the Access ID / Contract ID pair of this benefit is entered or used. */
  portals: Fact<PortalId>[];
  provenance: Provenance;
}

export interface CompetencyDefinition {
  id: string;
  name: string;
  category: CompetencyCategory;
  provenance: Provenance;
}

export interface Ruleset {
  id: RulesetId;
  name: string;
  /** First day (UTC, `YYYY-MM-DD`) the ruleset describes. */
  validFrom: string;
  /** Day after the last day it describes, or null while current. */
  validUntil: string | null;
  offers: Partial<Record<OfferId, OfferDefinition>>;
  benefits: Record<Benefit, BenefitDefinition>;
  /** Competencies whose category decides the cloud allotment (mpn-2021, legacy packs). */
  competencies: CompetencyDefinition[];
  /** Other facts of the era (roles, validity, where counts show) with their sources. */
  notes: Fact<string>[];
  provenance: Provenance;
}

export interface AllotmentQuery {
  ruleset: RulesetId;
  offer: OfferId;
  benefit: Benefit;
  /** Omitted or null: the smaller `other` allotment is assumed (never promise unlimited). */
  competency?: CompetencyCategory | null;
}

export interface ClassifyOptions {
  /** Page or UI locale; its phrasings are tried first. Accepts BCP 47 tags like `de-DE`. */
  locale?: string | null;
  /**
   * The text is the message's own box (what a page shows as one message): `alongside` lists the
   * unknown sentences of all its blocks, not only of those holding the message.
   */
  wholeBox?: boolean;
}

/** A contract that may carry its own ledger (as the extension and API keep them). */
export type ContractWithEvents = Contract & { events?: IncidentEvent[] | null };

/* ---- One source of truth (issue 8): validation problems, roles ---- */

/** The editable fields of a contract, as the form, import and API name them. */
export type ContractField =
  | 'ruleset'
  | 'offer'
  | 'benefit'
  | 'competency'
  | 'startDate'
  | 'endDate'
  | 'accessId'
  | 'contractId'
  | 'allotmentOverride';

export type ContractProblemCode =
  /** Missing, or empty once whitespace and invisible characters are removed. */
  | 'required'
  /** Not `YYYY-MM-DD`. */
  | 'date-format'
  /** A day that does not exist, e.g. 2026-02-30. */
  | 'date-impossible'
  /** A year outside YEAR_RANGE, e.g. 0050. */
  | 'date-year-out-of-range'
  | 'end-before-start'
  | 'unknown-ruleset'
  | 'unknown-offer'
  | 'unknown-benefit'
  | 'unknown-competency'
  /** The ruleset has no such offer (e.g. Action Pack under the 2026 rules). */
  | 'offer-not-in-ruleset'
  /** A warning: the offer grants no incidents of this benefit (e.g. Action Pack, cloud). */
  | 'no-incidents-for-benefit'
  /** The allotment override is not a whole number 0–100000 or "unlimited". */
  | 'allotment-invalid';

export interface ContractProblem {
  code: ContractProblemCode;
  field: ContractField;
  /** Errors make a contract invalid; warnings are shown but do not stop a save. */
  severity: 'error' | 'warning';
  /** The ids the problem is about, for the text. */
  offer?: OfferId;
  ruleset?: RulesetId;
  benefit?: Benefit;
}

export type Role = 'owner' | 'admin' | 'member' | 'viewer';
