import { describe, expect, it } from 'vitest';
import { contractNotices, contractState } from '../src/index.js';
import type { Contract, IncidentEvent } from '../src/types.js';

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const onPrem: Contract = {
  id: 'c1',
  ruleset: 'ai-cloud-partner-2023',
  offer: 'solutions-partner',
  benefit: 'on-premises',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
};
const kinds = (c: Contract, events: IncidentEvent[], today: string) =>
  contractNotices(c, contractState(c, events, day(today)), day(today));

describe('contractNotices: what a card says', () => {
  it('an offer without incidents for the benefit is "not included", never "used up" or "hidden"', () => {
    const pack: Contract = { ...onPrem, offer: 'action-pack', benefit: 'cloud' };
    expect(kinds(pack, [], '2026-06-01')).toEqual([{ kind: 'not-included' }]);
  });

  it('"used up" only when incidents existed and were used (ledger or portal)', () => {
    const used: IncidentEvent[] = [{ id: 'e', type: 'opened', at: day('2026-02-01'), count: 20 }];
    expect(kinds(onPrem, used, '2026-06-01')).toEqual([{ kind: 'used-up' }]);
    const seen: IncidentEvent[] = [{ id: 'o', type: 'observed', at: day('2026-02-01'), remaining: 0 }];
    expect(kinds(onPrem, seen, '2026-06-01')).toEqual([{ kind: 'used-up' }]);
    const cloud: Contract = { ...onPrem, benefit: 'cloud', allotmentOverride: 5 };
    const usedFive: IncidentEvent[] = [{ id: 'e5', type: 'opened', at: day('2026-02-01'), count: 5 }];
    expect(kinds(cloud, usedFive, '2026-06-01')).toEqual([{ kind: 'used-up' }, { kind: 'hidden-in-azure' }]);
  });

  it.each([
    ['2026-11-30', []],
    ['2026-12-01', [{ kind: 'expiring', days: 30, urgent: false }]],
    ['2026-12-02', [{ kind: 'expiring', days: 29, urgent: false }]],
    ['2026-12-24', [{ kind: 'expiring', days: 7, urgent: true }]],
    ['2026-12-31', [{ kind: 'expiring', days: 0, urgent: true }]],
    ['2027-01-02', [{ kind: 'expired', days: 2 }]],
    ['2025-12-29', [{ kind: 'not-started', days: 3 }]],
  ] as const)('on %s the dates say %j', (today, expected) => {
    expect(kinds(onPrem, [], today)).toEqual(expected);
  });

  it('flags an unverified programme figure until a portal shows the count', () => {
    const c: Contract = { ...onPrem, ruleset: 'ai-cloud-partner-2026', benefit: 'cloud' };
    expect(kinds(c, [], '2026-06-01')).toEqual([{ kind: 'figure-unverified' }]);
    const seen: IncidentEvent[] = [{ id: 'o', type: 'observed', at: day('2026-02-01'), remaining: 40 }];
    expect(kinds(c, seen, '2026-06-01')).toEqual([]);
  });

  it('expired cloud contracts are also hidden in Azure', () => {
    const c: Contract = { ...onPrem, benefit: 'cloud', competency: 'other' };
    expect(kinds(c, [], '2027-03-01').map((n) => n.kind)).toEqual(['expired', 'hidden-in-azure']);
  });

  it('a contract that breaks a rule says only that, with its problems', () => {
    const broken: Contract = { ...onPrem, endDate: '2026-02-30' };
    expect(kinds(broken, [], '2026-06-01')).toEqual([
      { kind: 'invalid', problems: [{ field: 'endDate', code: 'date-impossible', severity: 'error' }] },
    ]);
  });
});
