// The rules package's id unions as runtime tuples, for request validation and the OpenAPI document.
export {
  BENEFITS,
  COMPETENCY_CATEGORIES as COMPETENCIES,
  EVENT_TYPES,
  OFFER_IDS,
  PORTAL_IDS,
  RULESET_IDS,
} from '@supportlink/rules';
