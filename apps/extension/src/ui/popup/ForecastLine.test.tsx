import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n';
import type { ContractView, StoredContract } from '../../messaging/protocol';
import { contractView } from '../../testing/contracts';
import { ForecastLine } from './ForecastLine';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const DAY = 86_400_000;

const view = (over: Partial<StoredContract>) => contractView(over, NOW);
const opened = (daysAgo: number[]) =>
  daysAgo.map((d, i) => ({ id: `e${i}`, type: 'opened' as const, at: NOW - d * DAY, count: 1, note: null }));

const line = (c: ContractView) => {
  const { container } = render(<ForecastLine contract={c} now={NOW} />);
  return container.querySelector('[data-testid="forecast"]');
};

describe('the forecast line on a popup card', () => {
  afterEach(() => {
    cleanup();
    setLocale('en');
  });

  it('says how many will be unused at expiry, loudly when the end is near, and how sure it is', () => {
    const el = line(view({ events: opened([300, 240, 120]) }));
    expect(el?.querySelector('.forecast-text')?.textContent).toBe('17 unused at expiry');
    expect(el?.className).toContain('bad');
    expect(el?.querySelector('.forecast-basis')?.textContent).toMatch(/^ · (Rough estimate|Likely): /);
  });

  it('says when a fast pace runs out before the end date', () => {
    const heavy = opened(Array.from({ length: 19 }, (_, i) => 330 - i * 17));
    const el = line(
      view({
        endDate: '2026-12-31',
        startDate: '2026-01-01',
        allotmentOverride: 10,
        events: heavy.filter((e) => e.at >= Date.parse('2026-01-01')),
      }),
    );
    expect(el?.querySelector('.forecast-text')?.textContent).toMatch(/^Runs out around \d{1,2} [A-Z][a-z]+$/);
    expect(el?.className).toContain('warn');
  });

  it('speaks Chinese when the popup does', () => {
    setLocale('zh-CN');
    const el = line(view({ events: opened([300, 240, 120]) }));
    expect(el?.querySelector('.forecast-text')?.textContent).toBe('到期时将有 17 个未使用');
  });

  it('says nothing for a contract it cannot count (wrong dates) or that has no incidents for this benefit', () => {
    expect(line(view({ startDate: '2026-02-30' }))).toBeNull();
    const actionPackCloud = view({ allotmentOverride: null, offer: 'action-pack', benefit: 'cloud' });
    expect(actionPackCloud.state.reasons).toContain('no-allotment-for-benefit');
    expect(line(actionPackCloud)).toBeNull();
  });
});
