import { describe, expect, it } from 'vitest';
import * as rules from '../src/index.js';

const exported = new Map(Object.entries(rules));

// The names other workspaces code against (issue 2: "keep these names and meanings").
const CONTRACT = [
  'rulesets',
  'RULES_VERSION',
  'rulesetForDate',
  'allotment',
  'allotmentFact',
  'contractState',
  'classifyMessage',
  'normalizeText',
  'diagnose',
  'recognizePage',
  'portalForPage',
  'benefitForPage',
  'fieldRole',
  'eligibleContracts',
  'normalizeId',
  'guidance',
  'GUIDANCE_KEYS',
  'parseLocaleDate',
  'parseLocaleCount',
  // issue 8: one source of truth
  'rulesetFor',
  'validateContract',
  'parseCalendarDate',
  'contractProblemText',
  'orderForPage',
  'newestObservation',
  'estimateStartDate',
  'CONTRACT_TERM',
  'resolveUiLocale',
  'ROLES',
  'NEW_SUPPORT_REQUEST_URL',
  'sitePatterns',
  'portalOfHost',
] as const;

describe('public API', () => {
  it.each(CONTRACT)('exports %s', (name) => {
    expect(exported.get(name)).toBeDefined();
  });
});
