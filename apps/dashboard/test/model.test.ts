import {
  type Contract,
  contractState,
  forecast,
  type IncidentEvent,
  UNDO_EVENT_NOTE,
} from '@supportlink/rules';
import { describe, expect, it } from 'vitest';
import type { SummaryItem } from '../src/api/types';
import { setLocale } from '../src/i18n';
import { auditAction, auditDetail } from '../src/model/audit';
import { chartSeries } from '../src/model/chart';
import { contractName, contractRows } from '../src/model/contracts';
import { contractDetail } from '../src/model/detail';
import { noteText } from '../src/model/event-note';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const DAY = 86_400_000;
const day = (d: number) => new Date(NOW + d * DAY).toISOString().slice(0, 10);

const item = (over: Partial<SummaryItem>): SummaryItem => ({
  id: 'c',
  label: null,
  ruleset: 'ai-cloud-partner-2026',
  offer: 'solutions-partner',
  benefit: 'on-premises',
  startDate: day(-345),
  endDate: day(20),
  remaining: 18,
  allotment: 20,
  state: 'active',
  daysToExpiry: 20,
  hiddenInAzure: false,
  usable: true,
  reasons: ['from-ledger'],
  observedAt: null,
  confidence: 'documented',
  forecast: null,
  ...over,
});

describe('contractRows', () => {
  it('orders by urgency and words every cell through the rules', () => {
    setLocale('en');
    const rows = contractRows(
      [
        item({ id: 'expired', label: 'Old', state: 'expired', daysToExpiry: -3, remaining: 5 }),
        item({
          id: 'soon',
          label: 'Soon',
          forecast: {
            kind: 'unused-at-expiry',
            runsOutOn: null,
            unusedAtExpiry: 18,
            pacePerMonth: 0.2,
            confidence: 'medium',
            reasons: [],
            basis: { usageEvents: 3, days: 345 },
          },
        }),
        item({
          id: 'unlimited',
          label: 'Unl',
          remaining: 'unlimited',
          allotment: 'unlimited',
          daysToExpiry: 5,
        }),
      ],
      'en',
      NOW,
    );
    expect(rows.map((r) => r.id)).toEqual(['soon', 'unlimited', 'expired']);
    expect(rows[0]).toMatchObject({
      remaining: '18 of 20',
      share: 0.9,
      state: { label: 'Expires in 20 days', tone: 'warn' },
      forecast: '18 unused at expiry',
      forecastBasis: 'Likely: pace 0.2 a month',
      forecastTone: 'bad',
    });
    expect(rows[1]).toMatchObject({ remaining: 'Unlimited', share: null, forecast: null });
    expect(rows[2]?.state).toEqual({ label: 'Expired', tone: 'bad' });
  });

  it('reads in Chinese, and names a contract without a label by its offer and benefit', () => {
    setLocale('zh-CN');
    const [row] = contractRows([item({ remaining: 3, allotment: 20 })], 'zh-CN', NOW);
    expect(row?.remaining).toBe('3 / 20');
    expect(row?.name).toBe('解决方案合作伙伴认证 · 本地');
    setLocale('en');
    expect(contractName(item({ label: '  ' }))).toBe('Solutions Partner designation · On-premises');
  });
});

describe('forecast of an offer without incidents for the benefit', () => {
  it('is not worded as "None left" in the list nor on the contract page (Action Pack cloud, as the popup)', () => {
    setLocale('en');
    const [row] = contractRows(
      [
        item({
          offer: 'action-pack',
          benefit: 'cloud',
          remaining: 0,
          allotment: 0,
          state: 'exhausted',
          usable: false,
          reasons: ['no-allotment-for-benefit'],
          forecast: {
            kind: 'exhausted',
            runsOutOn: null,
            unusedAtExpiry: null,
            pacePerMonth: null,
            confidence: 'high',
            reasons: [],
          },
        }),
      ],
      'en',
      NOW,
    );
    expect(row).toMatchObject({ forecastApplies: false, forecast: null, forecastBasis: null });
    const record = {
      id: 'ap',
      ruleset: 'ai-cloud-partner-2023' as const,
      offer: 'action-pack' as const,
      benefit: 'cloud' as const,
      competency: null,
      label: null,
      startDate: day(-100),
      endDate: day(200),
      allotmentOverride: null,
      version: 1,
      createdAt: day(-100),
      updatedAt: day(-100),
    };
    expect(contractDetail(record, [], 'en', NOW).forecast).toBeNull();
    expect(
      contractDetail({ ...record, offer: 'solutions-partner', benefit: 'on-premises' }, [], 'en', NOW)
        .forecast,
    ).not.toBeNull();
  });
});

describe('chartSeries', () => {
  const contract: Contract = {
    id: 'c',
    ruleset: 'ai-cloud-partner-2026',
    offer: 'solutions-partner',
    benefit: 'on-premises',
    startDate: day(-100),
    endDate: day(20),
    allotmentOverride: 10,
  };
  let n = 0;
  const ev = (type: 'opened' | 'refunded', d: number, count = 1): IncidentEvent => ({
    id: `e${n++}`,
    type,
    at: NOW + d * DAY,
    count,
  });
  const events: IncidentEvent[] = [
    ev('opened', -90),
    ev('opened', -90, 2),
    ev('refunded', -80),
    { id: 'o1', type: 'observed', at: NOW - 50 * DAY, remaining: 6, portal: 'serviceshub' },
    ev('opened', -10),
  ];

  it('plots the remaining count the rules compute at the end of every day, with per-day bars and observations', () => {
    const f = forecast(contract, events, NOW);
    const s = chartSeries(contract, events, f.projection, NOW);
    expect(s.x).toEqual([...s.x].sort((a, b) => a - b));
    for (let i = 0; i < s.x.length; i++) {
      const endOfDay = ((s.x[i] as number) + 86_400) * 1000;
      if (endOfDay - 1 > NOW) continue;
      const upTo = events.filter((e) => e.at < endOfDay);
      const expected = contractState(contract, upTo, endOfDay - 1).remaining;
      expect(s.remaining[i], new Date((s.x[i] as number) * 1000).toISOString()).toBe(expected);
    }
    const at = (d: number) => s.x.indexOf(Math.floor((NOW + d * DAY) / DAY) * 86_400);
    expect(s.opened[at(-90)]).toBe(3);
    expect(s.refunded[at(-80)]).toBe(1);
    expect(s.observed[at(-50)]).toBe(6);
    expect(s.remaining[at(-10)]).toBe(5);
    // The forecast line runs from today's count to where the pace leads.
    expect(f.projection).not.toBeNull();
    expect(s.forecast[at(0)]).toBe(f.projection?.fromRemaining);
    expect(s.forecast.filter((v) => v !== null)).toHaveLength(2);
    expect(s.x[s.x.length - 1]).toBe(Math.floor(Date.parse(`${contract.endDate}T00:00:00Z`) / 1000));
  });

  it('unlimited contracts show use but no remaining line; no projection means no forecast line', () => {
    const ledger = events.filter((e) => e.type !== 'observed');
    const s = chartSeries({ ...contract, allotmentOverride: 'unlimited' }, ledger, null, NOW);
    expect(s.unlimited).toBe(true);
    expect(s.remaining.every((v) => v === null)).toBe(true);
    expect(s.forecast.every((v) => v === null)).toBe(true);
    expect(s.opened.some((v) => v === 3)).toBe(true);
  });

  it('handles a long ledger (10,000 events) quickly enough to draw', () => {
    const many: IncidentEvent[] = [];
    for (let i = 0; i < 10_000; i++)
      many.push({ id: `m${i}`, type: i % 10 === 0 ? 'refunded' : 'opened', at: NOW - (i % 100) * DAY });
    const s = chartSeries({ ...contract, allotmentOverride: 100_000 }, many, null, NOW);
    expect(s.x.length).toBeLessThan(130);
    expect(s.remaining[s.x.length - 2]).toBe(
      contractState({ ...contract, allotmentOverride: 100_000 }, many, NOW).remaining,
    );
  });
});

describe('audit wording', () => {
  it('names actions, targets and ids it knows; keeps unknown ones readable', () => {
    setLocale('en');
    expect(auditAction('contract.create')).toBe('Contract added');
    expect(auditAction('alert.settings.update')).toBe('alert.settings.update');
    const names = new Map([['0d8f0c56-1111-4222-8333-944455556666', 'Contoso on-premises']]);
    expect(
      auditDetail(
        {
          seq: 1,
          at: '2026-03-01T00:00:00Z',
          actorId: null,
          actorName: null,
          action: 'link.create',
          targetType: 'link',
          targetId: 'aaaaaaaa-1111-4222-8333-944455556666',
          detail: {
            contract: '0d8f0c56-1111-4222-8333-944455556666',
            portal: 'azure',
            fields: ['label', 'endDate'],
          },
        },
        names,
      ),
    ).toBe('Link aaaaaaaa · contract: Contoso on-premises · portal: azure · fields: label, endDate');
  });
});

describe('ledger note', () => {
  it('labels the stored case number in the UI language; plain and older notes read as written', () => {
    setLocale('en');
    expect(noteText('#2603010040001234: VM will not boot')).toBe('Case 2603010040001234 · VM will not boot');
    expect(noteText('#77')).toBe('Case 77');
    expect(noteText('Case 5: old note')).toBe('Case 5 · old note');
    expect(noteText('Called the desk')).toBe('Called the desk');
    expect(noteText(null)).toBe('');
    setLocale('zh-CN');
    expect(noteText('#2603010040001234: VM will not boot')).toBe('案例 2603010040001234 · VM will not boot');
    setLocale('en');
  });

  it("shows an undo in the UI language: the stored marker is no word, the popup's older 'Undo' reads the same", () => {
    setLocale('en');
    expect(noteText(UNDO_EVENT_NOTE)).toBe('Undo of a mistaken log');
    expect(noteText('Undo')).toBe('Undo of a mistaken log');
    setLocale('zh-CN');
    expect(noteText(UNDO_EVENT_NOTE)).toBe('撤销误记的事件');
    setLocale('en');
  });
});
