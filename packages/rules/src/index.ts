export {
  ALERT_CONDITIONS,
  type AlertConditionId,
  type AlertFinding,
  type AlertPolicy,
  alertKey,
  contractAlerts,
  DEFAULT_ALERT_POLICY,
  EXPIRED_NEWS_DAYS,
  type LinkRecord,
  membersNotLinked,
  type TeamMember,
} from './alert-conditions.js';
export {
  type AlertFacts,
  type AlertLabels,
  type AlertText,
  alertLabels,
  alertText,
  portalName,
} from './alert-text.js';
export { allotment, allotmentFact, competencyMatters } from './allotment.js';
export {
  type CaptureChoices,
  type CaptureOrigin,
  type CaptureProposal,
  type CaptureSnapshot,
  type Proposed,
  packOffers,
  proposeCapture,
  readCaptureFields,
  type SavedFacts,
} from './capture.js';
export { type ContractNotice, contractNotices } from './contract-notices.js';
export { contractState, newestObservation } from './contract-state.js';
export { CONTRACT_TERM, type EstimatedDate, estimateEndDate, estimateStartDate } from './contract-term.js';
export { diagnose } from './diagnose.js';
export { eligibleContracts, orderForPage, type RankedContract } from './eligible.js';
export {
  composeEventNote,
  EVENT_NOTE_MAX,
  type EventNote,
  readEventNote,
  UNDO_EVENT_NOTE,
} from './event-note.js';
export { fieldRole, fieldRoleWithPassword } from './fields.js';
export {
  type Forecast,
  type ForecastConfidence,
  type ForecastKind,
  type ForecastProjection,
  type ForecastReason,
  forecast,
  type MonthUsage,
} from './forecast.js';
export { GUIDANCE_KEYS, GUIDANCE_LOCALES, guidance, hasGuidance, toUiLocale } from './guidance/index.js';
export {
  BENEFITS,
  COMPETENCY_CATEGORIES,
  CONTRACT_FIELDS,
  CONTRACT_PROBLEM_CODES,
  EVENT_TYPES,
  OFFER_IDS,
  PORTAL_IDS,
  RULESET_IDS,
} from './ids.js';
export { findTextProblem, type TextProblem, type TextProblemAt, textProblem } from './input-text.js';
export { NEW_SUPPORT_REQUEST_URL } from './links.js';
export { resolveUiLocale, UI_LOCALE_NAMES, UI_LOCALES } from './locale.js';
export { parseLocaleCount, parseLocaleDate } from './locale-parse.js';
export { MESSAGE_INFO, PHRASES, type PhraseRule } from './messages/catalog.js';
export {
  catalogFromData,
  catalogToData,
  classifierFromData,
  createClassifier,
  type MessageCatalog,
  type MessageCatalogData,
  type MessageClassifier,
} from './messages/classifier.js';
export { classifyMessage, findMessages, mayContainMessage, messageCatalogData } from './messages/classify.js';
export { MESSAGE_LOCALES, toMessageLocale } from './messages/locale.js';
export { SEGMENT_BREAK, splitSentences } from './messages/sentences.js';
export { normalizeId } from './normalize-id.js';
export {
  benefitForPage,
  benefitForPortal,
  PAGE_IDS,
  PORTAL_SITES,
  type PortalSite,
  partnerCenterArea,
  portalForPage,
  portalOfHost,
  recognizePage,
  siteOfHost,
  sitePatterns,
} from './pages.js';
export { contractFieldName, contractProblemText } from './problem-text.js';
export { refundCheck } from './refund.js';
export { canWrite, isRole, ROLES, roleAtLeast, WRITE_ROLE } from './roles.js';
export {
  OFFERS_NEWEST_FIRST,
  RULES_VERSION,
  type RulesetBasis,
  type RulesetChoice,
  type RulesetQuery,
  rulesetChoice,
  rulesetFor,
  rulesetForDate,
  rulesets,
} from './rulesets/index.js';
export { compactText, foldText, normalizeText } from './text/normalize-text.js';
export type * from './types.js';
export { byUrgency, compareUrgency, type Urgency, type UrgencyFacts, urgencyOf } from './urgency.js';
export {
  addDays,
  addYears,
  type CalendarDate,
  type DateParse,
  type DateProblemCode,
  dateOfInstant,
  isCalendarDate,
  parseCalendarDate,
  YEAR_RANGE,
} from './utc-date.js';
export {
  ALLOTMENT_OVERRIDE_MAX,
  type ContractInput,
  type ContractTerms,
  type Validation,
  type ValidContract,
  validateContract,
  validateTerms,
} from './validate-contract.js';
export {
  BENEFIT_NAMES,
  BENEFIT_WORDS,
  benefitInText,
  benefitNamedIn,
} from './vocab/benefit-words.js';
export {
  ACTIVATE_WORDS,
  DISMISS_WORDS,
  FORM_BUTTON_WORDS,
  type FormButtonKind,
  formButtonKind,
  isActivateButton,
  isDismissButton,
} from './vocab/button-words.js';
export { FIELD_LABELS, type FieldLabelKey, PASSWORD_LABELS } from './vocab/field-labels.js';
export { findTerms, labelKey, lookupLabel, tableTerms, type VocabTable } from './vocab/match.js';
export { OFFER_NAMES, offerInText, offersInText } from './vocab/offer-names.js';
export { PACK_NAMES, type PackMatch, type PackName, packInText } from './vocab/pack-names.js';
export {
  ACTIVATE_BY_LABELS,
  type PartnerCenterLabel,
  partnerCenterLabel,
} from './vocab/partner-center-labels.js';
export { PLAN_COLUMNS, type PlanColumn, planColumn } from './vocab/plan-columns.js';
export { PLAN_SECTIONS, type PlanSection, planSection } from './vocab/plan-sections.js';
export { parseEntry, termOf, VOCAB_SOURCES, type VocabEntry, type VocabSourceId } from './vocab/sources.js';
export {
  dayWording,
  EXPIRY_URGENT_DAYS,
  EXPIRY_WARNING_DAYS,
  FEW_INCIDENTS_LEFT,
  type ForecastFacts,
  forecastBasisWording,
  forecastShown,
  forecastTone,
  forecastWording,
  remainingWording,
  type StateFacts,
  stateWording,
  type Tone,
} from './wording.js';
