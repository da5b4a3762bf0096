import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractState, newestObservation } from '../src/index.js';
import type { Contract, IncidentEvent } from '../src/types.js';

const day = (iso: string, hour = 12) => Date.parse(`${iso}T${String(hour).padStart(2, '0')}:00:00Z`);
const gold: Contract = {
  id: 'c1',
  ruleset: 'mpn-2021',
  offer: 'gold',
  benefit: 'on-premises',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
};
let n = 0;
const opened = (at: string, count?: number): IncidentEvent => ({
  id: `e${n++}`,
  type: 'opened',
  at: day(at),
  count,
});
const refunded = (at: string, count?: number): IncidentEvent => ({
  id: `e${n++}`,
  type: 'refunded',
  at: day(at),
  count,
});
const adjusted = (at: string, delta: number): IncidentEvent => ({
  id: `e${n++}`,
  type: 'adjusted',
  at: day(at),
  delta,
});
const observed = (at: string, remaining: number | 'unlimited', hour = 12): IncidentEvent => ({
  id: `e${n++}`,
  type: 'observed',
  at: day(at, hour),
  remaining,
  portal: 'serviceshub',
});

describe('contractState: ledger arithmetic', () => {
  it.each([
    ['seed: gold on-premises starts at 20', [], 20],
    ['ledger: opened counts 1 by default', [opened('2026-02-01')], 19],
    ['ledger: opened with a count', [opened('2026-02-01', 3)], 17],
    ['ledger: refund gives back', [opened('2026-02-01', 3), refunded('2026-02-02')], 18],
    ['ledger: refund with a count', [opened('2026-02-01', 3), refunded('2026-02-02', 2)], 19],
    ['ledger: adjustment either way', [adjusted('2026-02-01', -4), adjusted('2026-02-02', 1)], 17],
    ['ledger: never negative', [opened('2026-02-01', 25)], 0],
    [
      'ledger: bogus counts ignored',
      [opened('2026-02-01', -3), opened('2026-02-01', Number.NaN), adjusted('2026-02-01', Number.NaN)],
      20,
    ],
    [
      'DOMAIN.md: newest observation replaces older arithmetic',
      [opened('2026-02-01', 5), observed('2026-03-01', 12)],
      12,
    ],
    [
      'DOMAIN.md: events after the observation apply on top',
      [observed('2026-03-01', 12), opened('2026-03-02', 2), refunded('2026-03-03')],
      11,
    ],
    [
      'DOMAIN.md: events at/before the observation are ignored',
      [opened('2026-03-01'), observed('2026-03-01', 7)],
      7,
    ],
    [
      'DOMAIN.md: the newest of several observations wins, in any order',
      [observed('2026-04-01', 3), observed('2026-03-01', 9)],
      3,
    ],
    [
      'ledger: order of entries does not matter',
      [refunded('2026-03-03'), opened('2026-03-02', 2), observed('2026-03-01', 12)],
      11,
    ],
  ] as const)('%s', (_label, events, remaining) => {
    expect(contractState(gold, events as readonly IncidentEvent[], day('2026-06-01')).remaining).toBe(
      remaining,
    );
  });

  it('keeps unlimited cloud incidents unlimited (seed: cloud competency)', () => {
    const cloud: Contract = { ...gold, benefit: 'cloud', competency: 'cloud' };
    const s = contractState(cloud, [opened('2026-02-01', 40), adjusted('2026-02-02', -1)], day('2026-06-01'));
    expect(s).toMatchObject({
      remaining: 'unlimited',
      allotment: 'unlimited',
      usable: true,
      state: 'active',
    });
  });

  it('lets an observation turn unlimited into a count and back', () => {
    const cloud: Contract = { ...gold, benefit: 'cloud', competency: 'cloud' };
    expect(
      contractState(cloud, [observed('2026-02-01', 4), opened('2026-02-02')], day('2026-06-01')).remaining,
    ).toBe(3);
    expect(contractState(gold, [observed('2026-02-01', 'unlimited')], day('2026-06-01')).remaining).toBe(
      'unlimited',
    );
  });

  it.each([
    ['a refund on an untouched contract changes nothing', [refunded('2026-02-01')], 20, 0],
    ['a refund only gives back what was used', [opened('2026-02-01', 3), refunded('2026-02-02', 5)], 20, 0],
    [
      'an unused refund does not bank a credit for later',
      [refunded('2026-02-01'), opened('2026-02-02')],
      19,
      1,
    ],
    ['a positive adjustment stops at the allotment', [adjusted('2026-02-01', 5)], 20, 0],
    [
      'after an observation, refunds reach the allotment',
      [observed('2026-02-01', 12), refunded('2026-02-02', 9)],
      20,
      0,
    ],
    [
      'a portal figure above the allotment is the ceiling',
      [observed('2026-02-01', 25), opened('2026-02-02'), refunded('2026-02-03', 3)],
      25,
      0,
    ],
    ['used incidents can be refunded', [opened('2026-02-01', 3)], 17, 3],
  ] as const)('refund semantics: %s', (_label, events, remaining, refundable) => {
    const s = contractState(gold, events as readonly IncidentEvent[], day('2026-06-01'));
    expect(s).toMatchObject({ remaining, refundable });
  });

  it('clamps refunds to the allotment override, and to an observed count of an unlimited plan', () => {
    const pack = contractState(
      { ...gold, allotmentOverride: 5 },
      [opened('2026-02-01'), refunded('2026-02-02', 3)],
      day('2026-06-01'),
    );
    expect(pack).toMatchObject({ remaining: 5, refundable: 0 });
    const cloud: Contract = { ...gold, benefit: 'cloud', competency: 'cloud' };
    const seen = contractState(
      cloud,
      [observed('2026-02-01', 4), opened('2026-02-02'), refunded('2026-02-03', 2)],
      day('2026-06-01'),
    );
    expect(seen).toMatchObject({ remaining: 4, refundable: 0 });
    expect(contractState(cloud, [opened('2026-02-02')], day('2026-06-01')).refundable).toBe(0);
  });

  it('uses the allotment override (a purchased pack) instead of the table', () => {
    const s = contractState({ ...gold, allotmentOverride: 5 }, [opened('2026-02-01')], day('2026-06-01'));
    expect(s).toMatchObject({ allotment: 5, remaining: 4 });
  });
});

describe('contractState: states and reasons', () => {
  it.each([
    ['not started: before the start date', '2025-12-31', 'not-started', 'before-start-date'],
    ['active on the first day', '2026-01-01', 'active', 'from-ledger'],
    ['active on the last day (inclusive end date)', '2026-12-31', 'active', 'from-ledger'],
    ['expired the day after', '2027-01-01', 'expired', 'past-end-date'],
  ] as const)('%s', (_label, today, state, reason) => {
    const s = contractState(gold, [], day(today, 23));
    expect(s.state).toBe(state);
    expect(s.reasons).toContain(reason);
    expect(s.hiddenInAzure).toBe(state === 'expired');
    expect(s.usable).toBe(state === 'active');
  });

  it('counts days to expiry in whole UTC days', () => {
    expect(contractState(gold, [], day('2026-12-31', 0)).daysToExpiry).toBe(0);
    expect(contractState(gold, [], Date.parse('2026-12-30T23:59:59Z')).daysToExpiry).toBe(1);
    expect(contractState(gold, [], day('2027-01-03')).daysToExpiry).toBe(-3);
    expect(contractState(gold, [], day('2026-06-01')).daysToExpiry).toBe(213);
  });

  it('is exhausted with no incidents left, and Azure hides it (seed: scenario 2)', () => {
    const s = contractState(gold, [opened('2026-02-01', 20)], day('2026-06-01'));
    expect(s).toMatchObject({ state: 'exhausted', remaining: 0, hiddenInAzure: true, usable: false });
    expect(s.reasons).toContain('no-incidents-left');
  });

  it('is exhausted from an observation of zero', () => {
    const s = contractState(gold, [observed('2026-05-01', 0)], day('2026-06-01'));
    expect(s).toMatchObject({ state: 'exhausted', observedAt: day('2026-05-01') });
    expect(s.reasons).toEqual(['no-incidents-left', 'from-observation']);
  });

  it('is exhausted when the benefit has no allotment (seed: Action Pack has no cloud support)', () => {
    const s = contractState({ ...gold, offer: 'action-pack', benefit: 'cloud' }, [], day('2026-06-01'));
    expect(s).toMatchObject({ state: 'exhausted', allotment: 0, remaining: 0, hiddenInAzure: true });
    expect(s.reasons).toContain('no-allotment-for-benefit');
  });

  it('lists every reason that applies', () => {
    const s = contractState(gold, [opened('2026-02-01', 20)], day('2027-02-01'));
    expect(s.state).toBe('expired');
    expect(s.reasons).toEqual(['past-end-date', 'no-incidents-left', 'from-ledger']);
  });

  it('is unverified when the allotment rests on an unverified fact (PROGRAM-2026.md [D26])', () => {
    const c: Contract = {
      ...gold,
      ruleset: 'ai-cloud-partner-2026',
      offer: 'solutions-partner',
      benefit: 'cloud',
    };
    const s = contractState(c, [], day('2026-06-01'));
    expect(s).toMatchObject({ allotment: 50, confidence: 'unverified' });
    expect(s.reasons).toContain('unverified-allotment');
    expect(contractState({ ...c, allotmentOverride: 50 }, [], day('2026-06-01')).confidence).toBe(
      'documented',
    );
  });

  it.each([
    ['impossible day', { endDate: '2026-02-30' }, 'endDate', 'date-impossible'],
    ['not YYYY-MM-DD', { startDate: '1/1/2026' }, 'startDate', 'date-format'],
    ['year 0050 (never 1950)', { startDate: '0050-01-01' }, 'startDate', 'date-year-out-of-range'],
    ['end before start', { startDate: '2026-12-31', endDate: '2026-01-01' }, 'endDate', 'end-before-start'],
    [
      'offer the ruleset lacks',
      { ruleset: 'ai-cloud-partner-2026', offer: 'action-pack' },
      'offer',
      'offer-not-in-ruleset',
    ],
    ['unknown ruleset', { ruleset: 'mpn-1999' }, 'ruleset', 'unknown-ruleset'],
    ['unknown benefit', { benefit: 'both' }, 'benefit', 'unknown-benefit'],
    ['null end date', { endDate: null }, 'endDate', 'required'],
  ])(
    'a stored contract with %s is invalid, with the reason, and never throws',
    (_name, change, field, code) => {
      const bad = { ...gold, ...change } as unknown as Contract;
      const s = contractState(bad, [opened('2026-02-01')], day('2026-06-01'));
      expect(s).toMatchObject({
        state: 'invalid',
        usable: false,
        hiddenInAzure: false,
        remaining: 0,
        allotment: 0,
        reasons: ['invalid-contract'],
      });
      expect(s.problems).toContainEqual(expect.objectContaining({ field, code, severity: 'error' }));
      expect(Number.isFinite(s.daysToExpiry)).toBe(true);
    },
  );

  it('an invalid contract with a readable end date still says how far away it is', () => {
    const s = contractState({ ...gold, startDate: '2026-13-01' }, [], day('2026-12-01'));
    expect(s).toMatchObject({ state: 'invalid', daysToExpiry: 30 });
  });

  it('tolerates a ledger that is missing or holds junk entries', () => {
    expect(contractState(gold, null, day('2026-06-01')).remaining).toBe(20);
    const junk = [null, 7, observed('2026-03-01', 'lots' as unknown as number)] as unknown as IncidentEvent[];
    // An observation without a readable count is skipped, not taken as 0.
    expect(contractState(gold, junk, day('2026-06-01'))).toMatchObject({
      state: 'active',
      remaining: 20,
      observedAt: null,
    });
  });

  it('a valid contract carries its warnings (Action Pack has no cloud incidents)', () => {
    const pack: Contract = { ...gold, offer: 'action-pack', benefit: 'cloud' };
    const s = contractState(pack, [], day('2026-06-01'));
    expect(s.state).toBe('exhausted');
    expect(s.problems).toEqual([
      {
        field: 'benefit',
        code: 'no-incidents-for-benefit',
        severity: 'warning',
        offer: 'action-pack',
        benefit: 'cloud',
      },
    ]);
    expect(contractState(gold, [], day('2026-06-01')).problems).toEqual([]);
  });
});

describe('contractState properties (fast-check)', () => {
  const eventArb = fc.oneof(
    fc.record({
      type: fc.constant('opened' as const),
      at: fc.integer({ min: 0, max: 1e6 }),
      count: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    }),
    fc.record({
      type: fc.constant('refunded' as const),
      at: fc.integer({ min: 0, max: 1e6 }),
      count: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    }),
    fc.record({
      type: fc.constant('adjusted' as const),
      at: fc.integer({ min: 0, max: 1e6 }),
      delta: fc.integer({ min: -10, max: 10 }),
    }),
    fc.record({
      type: fc.constant('observed' as const),
      at: fc.integer({ min: 0, max: 1e6 }),
      remaining: fc.oneof(fc.nat(30), fc.constant('unlimited' as const)),
    }),
  );
  const ledgerArb = fc
    .uniqueArray(eventArb, { selector: (e) => e.at, maxLength: 12 })
    .map((events) => events.map((e, i) => ({ ...e, id: `p${i}` }) as IncidentEvent));

  it('never goes negative and ignores the order entries were stored in', () => {
    fc.assert(
      fc.property(ledgerArb, fc.boolean(), (events, cloud) => {
        const c: Contract = cloud ? { ...gold, benefit: 'cloud', competency: 'other' } : gold;
        const now = day('2026-06-01');
        const a = contractState(c, events, now);
        const b = contractState(c, [...events].reverse(), now);
        expect(b.remaining).toEqual(a.remaining);
        if (a.remaining !== 'unlimited') expect(a.remaining).toBeGreaterThanOrEqual(0);
        const observedMax = Math.max(
          0,
          ...events.flatMap((e) =>
            e.type === 'observed' && e.remaining !== 'unlimited' ? [e.remaining] : [],
          ),
        );
        if (a.remaining !== 'unlimited' && a.allotment !== 'unlimited')
          expect(a.remaining).toBeLessThanOrEqual(Math.max(a.allotment, observedMax));
        expect(b.refundable).toBe(a.refundable);
        expect(a.refundable).toBeGreaterThanOrEqual(0);
        expect(a.usable).toBe(a.state === 'active' && (a.remaining === 'unlimited' || a.remaining > 0));
        expect(a.hiddenInAzure).toBe(a.state === 'expired' || a.state === 'exhausted');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('newestObservation', () => {
  it('is the latest observation; on a tie the later entry; null without one', () => {
    const a = observed('2026-03-01', 4);
    const b = observed('2026-03-01', 3);
    expect(newestObservation([a, opened('2026-04-01'), b])).toBe(b);
    expect(newestObservation([observed('2026-05-01', 1), a])?.remaining).toBe(1);
    expect(newestObservation([opened('2026-04-01')])).toBeNull();
    expect(newestObservation(undefined)).toBeNull();
  });
});
