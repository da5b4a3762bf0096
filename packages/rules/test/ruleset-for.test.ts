import { describe, expect, it } from 'vitest';
import { OFFER_IDS, OFFERS_NEWEST_FIRST, rulesetChoice, rulesetFor, rulesets } from '../src/index.js';

describe('rulesetFor: the only way a ruleset is chosen', () => {
  it.each([
    // The offer decides when only one era has it.
    ['gold', '2026-03-01', 'mpn-2021', 'offer'],
    ['silver', null, 'mpn-2021', 'offer'],
    ['legacy-gold', '2021-05-01', 'ai-cloud-partner-2023', 'offer'],
    ['partner-success-core', '2024-01-01', 'ai-cloud-partner-2026', 'offer'],
    ['partner-launch', null, 'ai-cloud-partner-2026', 'offer'],
    // Otherwise the start date's era.
    ['solutions-partner', '2026-03-01', 'ai-cloud-partner-2026', 'start-date'],
    ['solutions-partner', '2025-12-31', 'ai-cloud-partner-2023', 'start-date'],
    ['action-pack', '2021-06-01', 'mpn-2021', 'start-date'],
    ['action-pack', '2023-06-01', 'ai-cloud-partner-2023', 'start-date'],
    // The start date's era lacks the offer: the nearest earlier era that has it.
    ['action-pack', '2026-03-01', 'ai-cloud-partner-2023', 'nearest-era'],
    ['solutions-partner', '2021-06-01', 'ai-cloud-partner-2023', 'nearest-era'],
    // No usable date: today's programme among the eras that have the offer.
    ['solutions-partner', null, 'ai-cloud-partner-2026', 'current'],
    ['action-pack', '2026-02-30', 'ai-cloud-partner-2023', 'current'],
    ['no-such-offer', '2026-03-01', 'ai-cloud-partner-2026', 'start-date'],
    ['no-such-offer', '2016-03-01', 'mpn-2021', 'start-date'],
  ] as const)('%s starting %s → %s (%s)', (offer, startDate, ruleset, basis) => {
    expect(rulesetChoice({ offer, startDate })).toEqual({ ruleset, basis });
    expect(rulesetFor({ offer, startDate })).toBe(ruleset);
  });

  it('always picks a ruleset that has the offer', () => {
    for (const offer of OFFER_IDS) {
      for (const startDate of ['2019-01-01', '2022-10-03', '2026-01-01', null]) {
        expect(rulesets[rulesetFor({ offer, startDate })].offers[offer]).toBeDefined();
      }
    }
  });
});

describe('OFFERS_NEWEST_FIRST', () => {
  it('lists every offer once, the current programme first', () => {
    expect([...OFFERS_NEWEST_FIRST].sort()).toEqual([...OFFER_IDS].sort());
    const current = Object.keys(rulesets['ai-cloud-partner-2026'].offers);
    expect(OFFERS_NEWEST_FIRST.slice(0, current.length)).toEqual(current);
  });
});
