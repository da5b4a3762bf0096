import { describe, expect, it } from 'vitest';
import { byUrgency, compareUrgency, type UrgencyFacts, urgencyOf } from '../src/urgency.js';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const active = (
  daysToExpiry: number,
  remaining: number | 'unlimited',
  forecast?: UrgencyFacts['forecast'],
) => ({
  state: 'active',
  daysToExpiry,
  remaining,
  forecast,
});

describe('urgencyOf', () => {
  it.each([
    ['invalid row', { state: 'invalid', daysToExpiry: 0, remaining: 0 }, { tier: 0, days: 0, atStake: 0 }],
    [
      'a refused change, however far off',
      { state: 'not-started', daysToExpiry: 400, remaining: 20, needsAction: true },
      { tier: 0, days: 0, atStake: 0 },
    ],
    [
      'unused at expiry in 20 days',
      active(20, 18, { kind: 'unused-at-expiry', runsOutOn: null, unusedAtExpiry: 14 }),
      { tier: 1, days: 20, atStake: 14 },
    ],
    [
      'runs out on 11 March',
      active(200, 3, { kind: 'runs-out', runsOutOn: '2026-03-11', unusedAtExpiry: null }),
      { tier: 1, days: 10, atStake: 3 },
    ],
    ['no forecast: the end date counts', active(40, 5, null), { tier: 1, days: 40, atStake: 5 }],
    [
      'a broken runsOutOn falls back to the end date',
      active(40, 5, { kind: 'runs-out', runsOutOn: '2026-02-30', unusedAtExpiry: null }),
      { tier: 1, days: 40, atStake: 5 },
    ],
    [
      'unused without a figure: what is left now',
      active(40, 5, { kind: 'unused-at-expiry', runsOutOn: null, unusedAtExpiry: null }),
      { tier: 1, days: 40, atStake: 5 },
    ],
    [
      'unlimited',
      active(90, 'unlimited', { kind: 'unlimited', runsOutOn: null, unusedAtExpiry: null }),
      { tier: 2, days: 90, atStake: 0 },
    ],
    ['exhausted', { state: 'exhausted', daysToExpiry: 50, remaining: 0 }, { tier: 3, days: 50, atStake: 0 }],
    [
      'not started',
      { state: 'not-started', daysToExpiry: 400, remaining: 20 },
      { tier: 4, days: 400, atStake: 20 },
    ],
    [
      'expired 3 days ago',
      { state: 'expired', daysToExpiry: -3, remaining: 7 },
      { tier: 5, days: 3, atStake: 0 },
    ],
  ] as [string, UrgencyFacts, ReturnType<typeof urgencyOf>][])('%s', (_name, facts, expected) => {
    expect(urgencyOf(facts, NOW)).toEqual(expected);
  });
});

describe('byUrgency', () => {
  it('puts the contract expiring in 20 days with unused incidents above later, unlimited, exhausted and expired ones', () => {
    const list = [
      { id: 'expired', state: 'expired', daysToExpiry: -2, remaining: 4 },
      { id: 'unlimited', ...active(10, 'unlimited') },
      { id: 'later', ...active(200, 20, { kind: 'unused-at-expiry', runsOutOn: null, unusedAtExpiry: 12 }) },
      { id: 'exhausted', state: 'exhausted', daysToExpiry: 30, remaining: 0 },
      { id: 'soon', ...active(20, 18, { kind: 'unused-at-expiry', runsOutOn: null, unusedAtExpiry: 18 }) },
      { id: 'not-started', state: 'not-started', daysToExpiry: 500, remaining: 20 },
      { id: 'expired-long-ago', state: 'expired', daysToExpiry: -300, remaining: 0 },
    ];
    expect(byUrgency(list, NOW).map((c) => c.id)).toEqual([
      'soon',
      'later',
      'unlimited',
      'exhausted',
      'not-started',
      'expired',
      'expired-long-ago',
    ]);
  });

  it('a contract running out in 10 days beats one losing incidents in 20; on equal days, more at stake first', () => {
    const runsOut = {
      id: 'runs-out',
      ...active(300, 2, { kind: 'runs-out', runsOutOn: '2026-03-11', unusedAtExpiry: null }),
    };
    const fewUnused = {
      id: 'few',
      ...active(20, 3, { kind: 'unused-at-expiry', runsOutOn: null, unusedAtExpiry: 3 }),
    };
    const manyUnused = {
      id: 'many',
      ...active(20, 9, { kind: 'unused-at-expiry', runsOutOn: null, unusedAtExpiry: 9 }),
    };
    expect(byUrgency([fewUnused, manyUnused, runsOut], NOW).map((c) => c.id)).toEqual([
      'runs-out',
      'many',
      'few',
    ]);
    expect(compareUrgency(runsOut, fewUnused, NOW)).toBeLessThan(0);
    expect(compareUrgency(fewUnused, fewUnused, NOW)).toBe(0);
  });

  it('keeps the input untouched and agrees with compareUrgency', () => {
    const list = [
      active(5, 1),
      active(5, 'unlimited'),
      { state: 'expired', daysToExpiry: -1, remaining: 0 },
      active(1, 1),
    ];
    const copy = structuredClone(list);
    const sorted = byUrgency(list, NOW);
    expect(list).toEqual(copy);
    for (let i = 1; i < sorted.length; i++) {
      expect(
        compareUrgency(sorted[i - 1] as UrgencyFacts, sorted[i] as UrgencyFacts, NOW),
      ).toBeLessThanOrEqual(0);
    }
  });
});
