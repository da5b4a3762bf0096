export { allotment, allotmentFact } from './allotment.js';
export {
  type ContractNotice,
  contractNotices,
  EXPIRY_URGENT_DAYS,
  EXPIRY_WARNING_DAYS,
} from './contract-notices.js';
export { contractState } from './contract-state.js';
export { diagnose } from './diagnose.js';
export { eligibleContracts } from './eligible.js';
export { fieldRole } from './fields.js';
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
export { BENEFITS, COMPETENCY_CATEGORIES, EVENT_TYPES, OFFER_IDS, PORTAL_IDS, RULESET_IDS } from './ids.js';
export { parseLocaleCount, parseLocaleDate } from './locale-parse.js';
export { MESSAGE_INFO, PHRASES, type PhraseRule } from './messages/catalog.js';
export { classifyMessage, findMessages, mayContainMessage } from './messages/classify.js';
export { MESSAGE_LOCALES, toMessageLocale } from './messages/locale.js';
export { normalizeId } from './normalize-id.js';
export { benefitForPage, benefitForPortal, PAGE_IDS, portalForPage, recognizePage } from './pages.js';
export { RULES_VERSION, rulesetForDate, rulesets } from './rulesets/index.js';
export { compactText, foldText, normalizeText } from './text/normalize-text.js';
export type * from './types.js';
