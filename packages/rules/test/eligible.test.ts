import { describe, expect, it } from 'vitest';
import { eligibleContracts, orderForPage } from '../src/index.js';
import type { ContractWithEvents } from '../src/types.js';

const now = Date.parse('2026-06-01T12:00:00Z');
const base = { ruleset: 'mpn-2021', offer: 'gold', competency: 'other' } as const;
const contracts: ContractWithEvents[] = [
  { ...base, id: 'cloud-late', benefit: 'cloud', startDate: '2026-01-01', endDate: '2026-12-31' },
  { ...base, id: 'cloud-soon', benefit: 'cloud', startDate: '2025-07-01', endDate: '2026-06-30' },
  { ...base, id: 'cloud-expired', benefit: 'cloud', startDate: '2025-01-01', endDate: '2025-12-31' },
  {
    ...base,
    id: 'cloud-used-up',
    benefit: 'cloud',
    startDate: '2026-01-01',
    endDate: '2026-07-31',
    events: [{ id: 'e1', type: 'opened', at: now - 1000, count: 10 }],
  },
  { ...base, id: 'onprem', benefit: 'on-premises', startDate: '2026-01-01', endDate: '2026-12-31' },
  { ...base, id: 'broken', benefit: 'cloud', startDate: 'soon', endDate: '2026-12-31' },
];

describe('eligibleContracts', () => {
  it('gives cloud contracts to the Azure portal, usable first then soonest expiry (seed: cloud in Azure)', () => {
    const list = eligibleContracts('azure-support-plans', contracts, now);
    expect(list.map((e) => [e.contract.id, e.usable])).toEqual([
      ['cloud-soon', true],
      ['cloud-late', true],
      ['cloud-expired', false],
      ['cloud-used-up', false],
    ]);
    expect(list[3]?.state.state).toBe('exhausted');
  });

  it.each([
    ['azure-reactblade', 'cloud'],
    ['power-platform-support', 'cloud'],
    ['lcs-support-plans', 'cloud'],
    ['serviceshub-support-for-business', 'on-premises'],
    ['engagecenter-help-support', 'on-premises'],
  ] as const)('%s takes %s contracts (DOMAIN.md: portals table)', (page, benefit) => {
    const list = eligibleContracts(page, contracts, now);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => e.contract.benefit === benefit)).toBe(true);
  });

  it.each(['m365-admin-support', 'partner-center-technical-benefits'] as const)('%s takes none', (page) => {
    expect(eligibleContracts(page, contracts, now)).toEqual([]);
  });
});

describe('orderForPage (states already computed, as the extension keeps them)', () => {
  const view = (
    id: string,
    benefit: 'cloud' | 'on-premises',
    state: string,
    usable: boolean,
    daysToExpiry: number,
  ) => ({
    id,
    benefit,
    state: { state: state as 'active', usable, daysToExpiry },
  });
  it('filters by the page benefit, drops invalid rows, puts usable first then soonest expiry', () => {
    const list = [
      view('late', 'cloud', 'active', true, 200),
      view('gone', 'cloud', 'expired', false, -3),
      view('soon', 'cloud', 'active', true, 20),
      view('broken', 'cloud', 'invalid', false, 0),
      view('onprem', 'on-premises', 'active', true, 1),
    ];
    expect(orderForPage('azure-help-support', list).map((c) => c.id)).toEqual(['soon', 'late', 'gone']);
    expect(orderForPage('engagecenter-help-support', list).map((c) => c.id)).toEqual(['onprem']);
    expect(orderForPage('m365-admin-support', list)).toEqual([]);
  });
});
