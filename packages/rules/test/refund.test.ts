import { describe, expect, it } from 'vitest';
import { contractState, refundCheck } from '../src/index.js';
import type { Contract, IncidentEvent } from '../src/types.js';

const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const NOW = at('2026-06-01');
const onPrem: Contract = {
  id: 'c1',
  ruleset: 'ai-cloud-partner-2023',
  offer: 'solutions-partner',
  benefit: 'on-premises',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
};
const refund = (count = 1): Extract<IncidentEvent, { type: 'refunded' }> => ({
  id: 'r',
  type: 'refunded',
  at: at('2026-05-30'),
  count,
});
const opened = (iso: string, count = 1): IncidentEvent => ({
  id: `o-${iso}`,
  type: 'opened',
  at: at(iso),
  count,
});

describe('refundCheck: a refund undoes a used incident', () => {
  it('refuses a refund on an untouched contract (nothing to give back)', () => {
    expect(refundCheck(onPrem, [], refund(), NOW)).toEqual({ ok: false, refundable: 0 });
    // and the count could never have gone above the allotment anyway
    expect(contractState(onPrem, [refund()], NOW).remaining).toBe(contractState(onPrem, [], NOW).remaining);
  });

  it('allows a refund of an opened incident, but not more than were opened', () => {
    const events = [opened('2026-03-01')];
    expect(refundCheck(onPrem, events, refund(), NOW)).toEqual({ ok: true });
    expect(refundCheck(onPrem, events, refund(2), NOW)).toEqual({ ok: false, refundable: 1 });
  });

  it('refuses a refund placed before a newer portal figure that already counts it', () => {
    const events: IncidentEvent[] = [
      opened('2026-03-01'),
      { id: 'seen', type: 'observed', at: at('2026-05-31'), remaining: 20, portal: 'serviceshub' },
    ];
    expect(refundCheck(onPrem, events, refund(), NOW)).toEqual({ ok: false, refundable: 0 });
  });

  it('respects an override: the ceiling is the override, not the programme figure', () => {
    const five = { ...onPrem, allotmentOverride: 5 };
    expect(refundCheck(five, [], refund(), NOW).ok).toBe(false);
    expect(refundCheck(five, [opened('2026-02-01', 2)], refund(2), NOW)).toEqual({ ok: true });
  });
});
