import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecast } from '../src/index.js';
import type { Contract, IncidentEvent } from '../src/types.js';

const at = (iso: string, hour = 12) => Date.parse(`${iso}T${String(hour).padStart(2, '0')}:00:00Z`);
const gold: Contract = {
  id: 'c1',
  ruleset: 'mpn-2021',
  offer: 'gold',
  benefit: 'on-premises',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
};
const cloudGold: Contract = { ...gold, benefit: 'cloud', competency: 'cloud' };

let n = 0;
const opened = (day: string, count?: number): IncidentEvent => ({
  id: `e${n++}`,
  type: 'opened',
  at: at(day),
  count,
});
const refunded = (day: string, count?: number): IncidentEvent => ({
  id: `e${n++}`,
  type: 'refunded',
  at: at(day),
  count,
});
const observed = (day: string, remaining: number | 'unlimited'): IncidentEvent => ({
  id: `e${n++}`,
  type: 'observed',
  at: at(day),
  remaining,
  portal: 'serviceshub',
});
const adjusted = (day: string, delta: number): IncidentEvent => ({
  id: `e${n++}`,
  type: 'adjusted',
  at: at(day),
  delta,
});

/** Two incidents on the 10th and 20th of each month from January to June 2026. */
const steady = ['01', '02', '03', '04', '05', '06'].flatMap((m) => [
  opened(`2026-${m}-10`),
  opened(`2026-${m}-20`),
]);

describe('forecast: tables of ledgers', () => {
  // Hand-computed: the pace is net use / days of the term so far (at least 30).
  it.each([
    {
      name: 'none, one month in: everything unused, but little history to go on',
      contract: gold,
      events: [],
      now: at('2026-01-31'),
      kind: 'unused-at-expiry',
      remaining: 20,
      used: 0,
      pacePerMonth: 0,
      runsOutOn: null,
      unusedAtExpiry: 20,
      confidence: 'low',
      reasons: ['no-usage-yet', 'short-history'],
      days: 31,
    },
    {
      name: 'none, five months in: nothing used is itself a pace',
      contract: gold,
      events: [],
      now: at('2026-06-01'),
      kind: 'unused-at-expiry',
      remaining: 20,
      used: 0,
      pacePerMonth: 0,
      runsOutOn: null,
      unusedAtExpiry: 20,
      confidence: 'medium',
      reasons: ['no-usage-yet'],
      days: 152,
    },
    {
      // 12 used in 182 days; 8 left last 122 more days: 1 July + 122 = 31 October.
      name: 'steady: two a month runs out before the end',
      contract: gold,
      events: steady,
      now: at('2026-07-01'),
      kind: 'runs-out',
      remaining: 8,
      used: 12,
      pacePerMonth: (12 / 182) * 30.4375,
      runsOutOn: '2026-10-31',
      unusedAtExpiry: null,
      confidence: 'high',
      reasons: [],
      days: 182,
    },
    {
      // 4 used in 182 days; in the 183 days left floor(4/182*183) = 4 more are used: 12 unused.
      name: 'slow: some unused at expiry',
      contract: gold,
      events: [opened('2026-01-15'), opened('2026-03-02'), opened('2026-04-20'), opened('2026-06-05')],
      now: at('2026-07-01'),
      kind: 'unused-at-expiry',
      remaining: 16,
      used: 4,
      pacePerMonth: (4 / 182) * 30.4375,
      runsOutOn: null,
      unusedAtExpiry: 12,
      confidence: 'medium',
      reasons: [],
      days: 182,
    },
    {
      // Ten in one week of February: the same total as a steady pace, but flagged and trusted less.
      name: 'bursty: ten in one week',
      contract: gold,
      events: ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((d) => opened(`2026-02-${d}`)),
      now: at('2026-07-01'),
      kind: 'runs-out',
      remaining: 10,
      used: 10,
      pacePerMonth: (10 / 182) * 30.4375,
      runsOutOn: '2026-12-30',
      unusedAtExpiry: null,
      confidence: 'medium',
      reasons: ['bursty'],
      days: 182,
    },
    {
      name: 'one entry of ten is one event: low confidence, though not a burst of entries',
      contract: gold,
      events: [opened('2026-02-03', 10)],
      now: at('2026-07-01'),
      kind: 'runs-out',
      remaining: 10,
      used: 10,
      pacePerMonth: (10 / 182) * 30.4375,
      runsOutOn: '2026-12-30',
      unusedAtExpiry: null,
      confidence: 'low',
      reasons: ['few-events'],
      days: 182,
    },
    {
      // 5 opened, 2 refunded → 3 used in 120 days; 17 left; floor(3/120*245) = 6 used by the end.
      name: 'refunds give the use back',
      contract: gold,
      events: [
        opened('2026-01-20', 2),
        refunded('2026-01-25'),
        opened('2026-02-14'),
        opened('2026-03-03'),
        refunded('2026-04-01'),
        opened('2026-04-20'),
      ],
      now: at('2026-04-30'),
      kind: 'unused-at-expiry',
      remaining: 17,
      used: 3,
      pacePerMonth: (3 / 120) * 30.4375,
      runsOutOn: null,
      unusedAtExpiry: 11,
      confidence: 'medium',
      reasons: [],
      days: 120,
    },
    {
      name: 'unlimited: nothing runs out, the pace is still measured',
      contract: cloudGold,
      events: [opened('2026-02-01'), opened('2026-03-01'), opened('2026-04-01')],
      now: at('2026-05-30'),
      kind: 'unlimited',
      remaining: 'unlimited',
      used: 3,
      pacePerMonth: (3 / 150) * 30.4375,
      runsOutOn: null,
      unusedAtExpiry: null,
      confidence: 'medium',
      reasons: [],
      days: 150,
    },
    {
      name: 'expired: what was left when it ended',
      contract: gold,
      events: steady,
      now: at('2027-01-15'),
      kind: 'expired',
      remaining: 8,
      used: 12,
      pacePerMonth: (12 / 365) * 30.4375,
      runsOutOn: null,
      unusedAtExpiry: 8,
      confidence: 'high',
      reasons: [],
      days: 365,
    },
    {
      name: 'not yet started: no pace, no months',
      contract: { ...gold, startDate: '2026-04-01', endDate: '2027-03-31' },
      events: [],
      now: at('2026-03-01'),
      kind: 'not-started',
      remaining: 20,
      used: 0,
      pacePerMonth: null,
      runsOutOn: null,
      unusedAtExpiry: null,
      confidence: 'low',
      reasons: ['no-usage-yet', 'short-history'],
      days: 0,
    },
    {
      name: 'exhausted: nothing left to forecast',
      contract: gold,
      events: [opened('2026-02-01', 15), opened('2026-03-01', 5)],
      now: at('2026-04-01'),
      kind: 'exhausted',
      remaining: 0,
      used: 20,
      pacePerMonth: (20 / 91) * 30.4375,
      runsOutOn: null,
      unusedAtExpiry: null,
      confidence: 'low',
      reasons: ['few-events'],
      days: 91,
    },
    {
      // One incident on day 3 divides by 30 days, not 3: 1/30 a day, 20 days left → 19 unused.
      name: 'short history: the pace is damped to at least a month',
      contract: { ...gold, startDate: '2026-06-20', endDate: '2026-07-12' },
      events: [opened('2026-06-21')],
      now: at('2026-06-22'),
      kind: 'unused-at-expiry',
      remaining: 19,
      used: 1,
      pacePerMonth: (1 / 30) * 30.4375,
      runsOutOn: null,
      unusedAtExpiry: 19,
      confidence: 'low',
      reasons: ['few-events', 'short-history'],
      days: 3,
    },
    {
      // Ledger says 18 left, Services Hub says 12: six more were used somewhere.
      name: 'observation reveals use outside the ledger',
      contract: gold,
      events: [opened('2026-02-01'), opened('2026-02-15'), observed('2026-03-20', 12)],
      now: at('2026-03-31'),
      kind: 'runs-out',
      remaining: 12,
      used: 8,
      pacePerMonth: (8 / 90) * 30.4375,
      runsOutOn: '2026-08-13',
      unusedAtExpiry: null,
      confidence: 'medium',
      reasons: ['unrecorded-usage'],
      days: 90,
    },
    {
      name: 'observation shows an over-count: ledger use taken back, not below zero',
      contract: gold,
      events: [opened('2026-02-01', 3), observed('2026-03-01', 20), opened('2026-03-05')],
      now: at('2026-03-31'),
      kind: 'unused-at-expiry',
      remaining: 19,
      used: 1,
      pacePerMonth: (1 / 90) * 30.4375,
      runsOutOn: null,
      unusedAtExpiry: 16,
      confidence: 'low',
      reasons: ['few-events'],
      days: 90,
    },
    {
      // +10 from a purchased pack is capacity, not use: 30 expected, 25 seen → 5 used.
      name: 'adjustments are capacity, not use',
      contract: gold,
      events: [adjusted('2026-02-01', 10), observed('2026-03-01', 25)],
      now: at('2026-03-31'),
      kind: 'unused-at-expiry',
      remaining: 25,
      used: 5,
      pacePerMonth: (5 / 90) * 30.4375,
      runsOutOn: null,
      unusedAtExpiry: 10,
      confidence: 'low',
      reasons: ['few-events', 'unrecorded-usage'],
      days: 90,
    },
  ])('$name', (t) => {
    const f = forecast(t.contract, t.events, t.now);
    expect(f.kind).toBe(t.kind);
    expect(f.remaining).toBe(t.remaining);
    expect(f.used).toBe(t.used);
    if (t.pacePerMonth === null) expect(f.pacePerMonth).toBeNull();
    else expect(f.pacePerMonth).toBeCloseTo(t.pacePerMonth, 9);
    expect(f.runsOutOn).toBe(t.runsOutOn);
    expect(f.unusedAtExpiry).toBe(t.unusedAtExpiry);
    expect(f.confidence).toBe(t.confidence);
    expect(f.reasons).toEqual(t.reasons);
    expect(f.basis.days).toBe(t.days);
  });
});

describe('forecast: months and projection', () => {
  it('lists every month of the term so far, empty ones included', () => {
    const f = forecast(
      gold,
      [opened('2026-01-10', 2), refunded('2026-01-11'), opened('2026-03-05')],
      at('2026-04-02'),
    );
    expect(f.months).toEqual([
      { month: '2026-01', opened: 2, refunded: 1, unrecorded: 0, used: 1 },
      { month: '2026-02', opened: 0, refunded: 0, unrecorded: 0, used: 0 },
      { month: '2026-03', opened: 1, refunded: 0, unrecorded: 0, used: 1 },
      { month: '2026-04', opened: 0, refunded: 0, unrecorded: 0, used: 0 },
    ]);
  });

  it('crosses a year and stops at the end month once expired', () => {
    const c = { ...gold, startDate: '2025-11-15', endDate: '2026-02-14' };
    const f = forecast(c, [opened('2025-12-24')], at('2026-06-01'));
    expect(f.months.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(f.kind).toBe('expired');
  });

  it('a projection line from today to the run-out date or the end', () => {
    expect(forecast(gold, steady, at('2026-07-01')).projection).toEqual({
      from: '2026-07-01',
      fromRemaining: 8,
      to: '2026-10-31',
      toRemaining: 0,
    });
    expect(forecast(gold, [], at('2026-06-01')).projection).toEqual({
      from: '2026-06-01',
      fromRemaining: 20,
      to: '2026-12-31',
      toRemaining: 20,
    });
  });

  it('the last day of the term: unused now means unused at expiry', () => {
    const f = forecast(gold, steady, at('2026-12-31', 23));
    expect(f).toMatchObject({ kind: 'unused-at-expiry', unusedAtExpiry: 8, runsOutOn: null });
  });

  it('an observation of unlimited makes the contract unlimited', () => {
    const f = forecast(gold, [opened('2026-02-01'), observed('2026-03-01', 'unlimited')], at('2026-04-01'));
    expect(f.kind).toBe('unlimited');
    expect(f.used).toBe(1);
  });

  it('an expired unlimited contract leaves no count behind', () => {
    const f = forecast(cloudGold, [opened('2026-02-01')], at('2027-02-01'));
    expect(f).toMatchObject({ kind: 'expired', unusedAtExpiry: null, used: 1 });
  });

  it('entries with an impossible time are left out', () => {
    const bad: IncidentEvent = { id: 'nan', type: 'opened', at: Number.NaN, count: 5 };
    expect(forecast(gold, [bad, opened('2026-02-01')], at('2026-03-01')).used).toBe(1);
  });

  it('an unverified allotment says so', () => {
    const core: Contract = {
      ...gold,
      ruleset: 'ai-cloud-partner-2026',
      offer: 'partner-success-core',
      benefit: 'cloud',
    };
    const f = forecast(core, [], at('2026-02-01'));
    expect(f.state.confidence).toBe('unverified');
    expect(f.reasons).toContain('unverified-allotment');
    expect(forecast(gold, [], at('2026-02-01')).reasons).not.toContain('unverified-allotment');
  });

  it('end before start is invalid: no pace, no projection', () => {
    const f = forecast(
      { ...gold, startDate: '2026-05-01', endDate: '2026-04-01' },
      [opened('2026-04-10')],
      at('2026-04-15'),
    );
    expect(f).toMatchObject({ kind: 'invalid', pacePerMonth: null, projection: null, confidence: 'low' });
  });

  it('a stored row with an impossible date is invalid, not a crash', () => {
    for (const bad of [{ startDate: '2026-02-30' }, { endDate: 'soon' }, { endDate: '2206-01-01' }]) {
      const f = forecast({ ...gold, ...bad }, [opened('2026-02-01')], at('2026-03-01'));
      expect(f).toMatchObject({ kind: 'invalid', runsOutOn: null, unusedAtExpiry: null, projection: null });
      expect(f.state.state).toBe('invalid');
    }
  });
});

describe('forecast: properties', () => {
  const day = fc
    .integer({ min: 0, max: 364 })
    .map((d) => Date.parse('2026-01-01T12:00:00Z') + d * 86_400_000);
  const event = fc.oneof(
    fc.record({ type: fc.constant('opened' as const), at: day, count: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ type: fc.constant('refunded' as const), at: day, count: fc.integer({ min: 1, max: 2 }) }),
    fc.record({
      type: fc.constant('observed' as const),
      at: day,
      remaining: fc.integer({ min: 0, max: 25 }),
    }),
    fc.record({ type: fc.constant('adjusted' as const), at: day, delta: fc.integer({ min: -3, max: 10 }) }),
  );
  const ledger = fc
    .array(event, { maxLength: 30 })
    .map((es) => es.map((e, i) => ({ ...e, id: `p${i}` }) as IncidentEvent));

  it('agrees with contractState and stays within bounds', () => {
    fc.assert(
      fc.property(ledger, day, (events, now) => {
        const f = forecast(gold, events, now);
        expect(f.remaining).toBe(f.state.remaining);
        expect(f.used).toBeGreaterThanOrEqual(0);
        if (f.pacePerMonth !== null) expect(f.pacePerMonth).toBeGreaterThanOrEqual(0);
        if (f.kind === 'runs-out') {
          expect(f.runsOutOn && f.runsOutOn <= gold.endDate).toBe(true);
          expect(f.unusedAtExpiry).toBeNull();
        }
        if (f.kind === 'unused-at-expiry') {
          expect(f.unusedAtExpiry).toBeGreaterThanOrEqual(1);
          expect(f.unusedAtExpiry).toBeLessThanOrEqual(f.remaining as number);
        }
        expect(
          Math.max(
            0,
            f.months.reduce((s, m) => s + m.used, 0),
          ),
        ).toBe(f.used);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the ledger', () => {
    fc.assert(
      fc.property(ledger, day, (events, now) => {
        // Observations on the same instant are ordered by the ledger; keep the property to distinct instants.
        const instants = new Set(events.map((e) => e.at));
        fc.pre(instants.size === events.length);
        const a = forecast(gold, events, now);
        const b = forecast(gold, [...events].reverse(), now);
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});
