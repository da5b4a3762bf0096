/**
 * Scenario 15 — the extension shows the rules' forecast: one line on each popup card (local mode,
 * computed from the contract's own ledger), in English and Chinese, light and dark; Options offers
 * opt-in notifications while the `notifications` permission stays ungranted until the user asks.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { type Contract, forecast, forecastWording, type IncidentEvent } from '@supportlink/rules';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectOnlyAllowedTraffic, launchWithExtension, screenshot } from '../harness/suite.js';
import { termFields } from '../harness/team-seed.js';
import { openOptions, openPopup, popupCard } from '../harness/ui.js';

const DAY = 86_400_000;

/** The few extension APIs the pages are asked to call (types only; the pages have the real ones). */
interface Ext {
  runtime: {
    sendMessage(m: unknown): Promise<{ ok: boolean; data: { contract: { id: string } } } | undefined>;
    getManifest(): { optional_permissions?: string[] };
  };
  permissions: {
    contains(p: { permissions: string[] }): Promise<boolean>;
    getAll(): Promise<{ permissions?: string[] }>;
  };
}

interface Seed {
  label: string;
  start: number;
  end: number;
  allotment: number;
  opened: number[];
}
const SOON: Seed = {
  label: 'Contoso on-premises',
  start: -345,
  end: 20,
  allotment: 20,
  opened: [-300, -240, -120],
};
const FAST: Seed = {
  label: 'Fabrikam cloud',
  start: -60,
  end: 305,
  allotment: 10,
  opened: [-55, -45, -38, -30, -21, -14, -5],
};

/** Sends a message to the background from an extension page, as the popup and Options do. */
async function send(page: Page, type: string, payload: unknown): Promise<{ contract: { id: string } }> {
  const reply = await page.evaluate(
    ([type, payload]) =>
      (globalThis as unknown as { chrome: Ext }).chrome.runtime.sendMessage({
        supportlink: 1,
        type,
        payload,
      }),
    [type, payload] as const,
  );
  if (!reply?.ok) throw new Error(`${type}: ${JSON.stringify(reply)}`);
  return reply.data;
}

async function seriousA11y(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('scenario 15: forecast on the popup cards, opt-in notifications', () => {
  let b: Browser;
  const now = Date.now();
  const expected = new Map<string, { en: string; zh: string }>();

  beforeAll(async () => {
    b = await launchWithExtension({ apiOrigin: null });
    const options = await openOptions(b);
    for (const [i, s] of [SOON, FAST].entries()) {
      const terms = termFields(now, s.start, s.end);
      const { contract } = await send(options, 'contracts:upsert', {
        ...terms,
        benefit: s.label.includes('cloud') ? 'cloud' : 'on-premises',
        competency: null,
        label: s.label,
        accessId: `81230${i}4`,
        contractId: `MPN-1200-3344-55${i}6`,
        allotmentOverride: s.allotment,
      });
      const events: IncidentEvent[] = [];
      for (const [n, d] of s.opened.entries()) {
        await send(options, 'events:append', {
          contractId: contract.id,
          event: { type: 'opened', count: 1, note: null, at: now + d * DAY },
        });
        events.push({ id: `e${n}`, type: 'opened', count: 1, note: null, at: now + d * DAY });
      }
      // What the rules say for the same contract and ledger: the line must read exactly this.
      const c: Contract = {
        id: contract.id,
        ...terms,
        benefit: s.label.includes('cloud') ? 'cloud' : 'on-premises',
        label: s.label,
        allotmentOverride: s.allotment,
      };
      const f = forecast(c, events, now);
      expected.set(s.label, { en: forecastWording(f, 'en', now), zh: forecastWording(f, 'zh-CN', now) });
    }
    await options.close();
  });
  afterAll(async () => {
    await b?.close();
  });

  it("puts the rules' forecast on each card: unused at expiry for the contract ending in 20 days, a run-out date for the fast one", async () => {
    expect(expected.get(SOON.label)?.en).toMatch(/^\d+ unused at expiry$/);
    expect(expected.get(FAST.label)?.en).toMatch(/^Runs out around /);
    const popup = await openPopup(b);
    for (const s of [SOON, FAST]) {
      const line = popupCard(popup, s.label).getByTestId('forecast');
      await line.waitFor();
      expect(await line.locator('.forecast-text').innerText()).toBe(expected.get(s.label)?.en);
    }
    await screenshot(popup, '15-popup-forecast-en-light');
    expect(await seriousA11y(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup, '15-popup-forecast-en-dark');
    expect(await seriousA11y(popup)).toEqual([]);
    await popup.close();
  });

  it('reads the forecast in Chinese when the user picks 简体中文', async () => {
    const options = await openOptions(b);
    await options.locator('#p-language').selectOption('zh-CN');
    await options.getByTestId('prefs-result').waitFor();
    await options.close();
    const popup = await openPopup(b);
    for (const s of [SOON, FAST]) {
      await expect
        .poll(() => popupCard(popup, s.label).getByTestId('forecast').locator('.forecast-text').innerText())
        .toBe(expected.get(s.label)?.zh);
    }
    await screenshot(popup, '15-popup-forecast-zh-CN-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup, '15-popup-forecast-zh-CN-dark');
    expect(await seriousA11y(popup)).toEqual([]);
    await popup.close();
  });

  it('offers notifications in Options without holding the permission until the user opts in', async () => {
    const options = await openOptions(b);
    await options.locator('#p-language').selectOption('en');
    const section = options.locator('#notifications');
    await section.getByRole('heading', { name: 'Notifications' }).waitFor();
    const box = section.getByRole('checkbox', { name: 'Notify me before incidents are lost' });
    await expect.poll(() => box.isEnabled()).toBe(true);
    expect(await box.isChecked()).toBe(false);
    const granted = await options.evaluate(async () => {
      const ext = (globalThis as unknown as { chrome: Ext }).chrome;
      return {
        has: await ext.permissions.contains({ permissions: ['notifications'] }),
        all: await ext.permissions.getAll(),
        optional: ext.runtime.getManifest().optional_permissions,
      };
    });
    expect(granted.has).toBe(false);
    expect(granted.all.permissions).not.toContain('notifications');
    expect(granted.optional).toEqual(['notifications']);
    await section.scrollIntoViewIfNeeded();
    await screenshot(section, '15-options-notifications-en');
    expect(await seriousA11y(options)).toEqual([]);
    await options.close();
    expectOnlyAllowedTraffic(b);
  });
});
