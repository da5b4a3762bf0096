import { describe, expect, it } from 'vitest';
import { contractState } from '../src/contract-state.js';
import type { Contract } from '../src/types.js';
import {
  dayWording,
  type ForecastFacts,
  forecastBasisWording,
  forecastShown,
  forecastTone,
  forecastWording,
  remainingWording,
  stateWording,
} from '../src/wording.js';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const f = (over: Partial<ForecastFacts>): ForecastFacts => ({
  kind: 'unused-at-expiry',
  runsOutOn: null,
  unusedAtExpiry: null,
  pacePerMonth: null,
  confidence: 'medium',
  reasons: [],
  ...over,
});

describe('stateWording', () => {
  it.each([
    [{ state: 'active', daysToExpiry: 200, reasons: [] }, 'Active', '有效', 'ok'],
    [{ state: 'active', daysToExpiry: 30, reasons: [] }, 'Expires in 30 days', '30 天后到期', 'warn'],
    [{ state: 'active', daysToExpiry: 7, reasons: [] }, 'Expires in 7 days', '7 天后到期', 'bad'],
    [{ state: 'active', daysToExpiry: 1, reasons: [] }, 'Expires tomorrow', '明天到期', 'bad'],
    [{ state: 'active', daysToExpiry: 0, reasons: [] }, 'Last day today', '今天是最后一天', 'bad'],
    [{ state: 'expired', daysToExpiry: -3, reasons: ['past-end-date'] }, 'Expired', '已过期', 'bad'],
    [
      { state: 'exhausted', daysToExpiry: 50, reasons: ['no-incidents-left'] },
      'No incidents left',
      '事件已用完',
      'bad',
    ],
    [
      { state: 'exhausted', daysToExpiry: 50, reasons: ['no-allotment-for-benefit'] },
      'No incidents for this benefit',
      '此权益不含事件',
      'bad',
    ],
    [{ state: 'not-started', daysToExpiry: 400, reasons: [] }, 'Not started', '尚未开始', 'warn'],
    [{ state: 'invalid', daysToExpiry: 0, reasons: [] }, 'Needs correcting', '需要更正', 'bad'],
  ] as const)('%o', (facts, english, chinese, tone) => {
    expect(stateWording(facts, 'en')).toEqual({ label: english, tone });
    expect(stateWording(facts, 'zh-CN')).toEqual({ label: chinese, tone });
  });
});

describe('forecastWording', () => {
  it.each([
    [f({ kind: 'runs-out', runsOutOn: '2026-03-12' }), 'Runs out around 12 March', '预计约 3月12日 用完'],
    [
      f({ kind: 'runs-out', runsOutOn: '2027-01-05' }),
      'Runs out around 5 January 2027',
      '预计约 2027年1月5日 用完',
    ],
    [f({ kind: 'runs-out', runsOutOn: null }), 'Cannot forecast: check the dates', '无法预测：请检查日期'],
    [f({ unusedAtExpiry: 14 }), '14 unused at expiry', '到期时将有 14 个未使用'],
    [f({ unusedAtExpiry: 1 }), '1 unused at expiry', '到期时将有 1 个未使用'],
    [f({ kind: 'expired', unusedAtExpiry: 5 }), '5 expired unused', '5 个未使用即已过期'],
    [f({ kind: 'expired', unusedAtExpiry: 1 }), '1 expired unused', '1 个未使用即已过期'],
    [f({ kind: 'expired', unusedAtExpiry: 0 }), 'Expired with none left', '已过期，无剩余'],
    [f({ kind: 'exhausted' }), 'None left before the end date', '到期前已无剩余'],
    [f({ kind: 'not-started' }), 'Starts later: nothing to forecast yet', '尚未开始，暂无预测'],
    [
      f({ kind: 'unlimited', pacePerMonth: 2.345 }),
      'Unlimited: about 2.3 a month',
      '不限数量：每月约 2.3 个',
    ],
    [f({ kind: 'unlimited', pacePerMonth: 12.6 }), 'Unlimited: about 13 a month', '不限数量：每月约 13 个'],
    [f({ kind: 'unlimited', pacePerMonth: 0 }), 'Unlimited: none used yet', '不限数量：尚未使用'],
    [f({ kind: 'invalid' }), 'Cannot forecast: check the dates', '无法预测：请检查日期'],
  ])('%o', (facts, english, chinese) => {
    expect(forecastWording(facts, 'en', NOW)).toBe(english);
    expect(forecastWording(facts, 'zh-CN', NOW)).toBe(chinese);
  });
});

describe('forecastBasisWording', () => {
  it('says how much the pace rests on', () => {
    const low = f({
      confidence: 'low',
      reasons: ['few-events', 'short-history'],
      pacePerMonth: 1.5,
      basis: { usageEvents: 2, days: 20 },
    });
    expect(forecastBasisWording(low, 'en')).toBe('Rough estimate: only 2 incidents so far, pace 1.5 a month');
    expect(forecastBasisWording(low, 'zh-CN')).toBe('粗略估计：目前仅有 2 个事件，每月约用 1.5 个');
    const short = f({ confidence: 'low', reasons: ['short-history'], basis: { usageEvents: 4, days: 20 } });
    expect(forecastBasisWording(short, 'en')).toBe('Rough estimate: the term began 20 days ago');
    const one = f({ confidence: 'low', reasons: ['few-events'], basis: { usageEvents: 1, days: 100 } });
    expect(forecastBasisWording(one, 'en')).toBe('Rough estimate: only 1 incident so far');
    expect(forecastBasisWording(one, 'zh-CN')).toBe('粗略估计：目前仅有 1 个事件');
  });

  it('a steady forecast without reasons is just its confidence; other kinds say nothing', () => {
    expect(forecastBasisWording(f({ confidence: 'high' }), 'en')).toBe('Steady pace');
    expect(forecastBasisWording(f({ kind: 'runs-out', confidence: 'high', pacePerMonth: 3 }), 'zh-CN')).toBe(
      '用量稳定：每月约用 3 个',
    );
    expect(
      forecastBasisWording(f({ kind: 'expired', confidence: 'low', reasons: ['bursty'] }), 'en'),
    ).toBeNull();
  });
});

describe('remainingWording and dayWording', () => {
  it('reads remaining of the allotment', () => {
    expect(remainingWording(18, 20, 'en')).toBe('18 of 20');
    expect(remainingWording(18, 20, 'zh-CN')).toBe('18 / 20');
    expect(remainingWording('unlimited', 'unlimited', 'en')).toBe('Unlimited');
    expect(remainingWording('unlimited', 'unlimited', 'zh-CN')).toBe('不限');
    expect(remainingWording(3, 'unlimited', 'en')).toBe('3');
  });

  it('leaves a malformed day as it is', () => {
    expect(dayWording('2026-02-30', 'en', NOW)).toBe('2026-02-30');
    expect(dayWording('2026-12-01', 'en', NOW)).toBe('1 December');
  });
});

describe('forecastTone', () => {
  it('is loud when incidents will be lost soon', () => {
    expect(forecastTone({ kind: 'unused-at-expiry' }, 20)).toBe('bad');
    expect(forecastTone({ kind: 'unused-at-expiry' }, 31)).toBe('warn');
    expect(forecastTone({ kind: 'runs-out' }, 200)).toBe('warn');
    expect(forecastTone({ kind: 'expired' }, -2)).toBe('bad');
    expect(forecastTone({ kind: 'unlimited' }, 100)).toBe('ok');
  });
});

describe('forecastShown', () => {
  const base: Contract = {
    id: 'c',
    ruleset: 'ai-cloud-partner-2023',
    offer: 'solutions-partner',
    benefit: 'on-premises',
    competency: null,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    allotmentOverride: null,
  };
  const shown = (c: Contract) => forecastShown(contractState(c, [], NOW));

  it('has no line for an offer without incidents for the benefit (Action Pack cloud), nor for an invalid row', () => {
    expect(shown({ ...base, offer: 'action-pack', benefit: 'cloud' })).toBe(false);
    expect(shown({ ...base, endDate: '2026-02-30' })).toBe(false);
  });

  it('has one for a counted contract, used up or expired included', () => {
    expect(shown(base)).toBe(true);
    expect(shown({ ...base, startDate: '2025-01-01', endDate: '2025-12-31' })).toBe(true);
    expect(forecastShown({ state: 'exhausted', reasons: ['no-incidents-left', 'from-ledger'] })).toBe(true);
  });
});
