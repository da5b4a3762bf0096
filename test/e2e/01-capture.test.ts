/**
 * Scenario 1 — Capture: the Partner Center page shows the IDs → "Save to SupportLink" →
 * the popup lists the contract.
 */

import { guidance } from '@supportlink/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  expectOnlyAllowedTraffic,
  launchWithExtension,
  screenshot,
  shadowText,
} from '../harness/suite.js';
import { captureFromPartnerCenter, openPopup } from '../harness/ui.js';

describe('scenario 1: capture from Partner Center', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('saves the IDs shown after activation and lists the contract in the popup', async () => {
    const accessId = '7316452';
    const contractId = 'MPN-8841-2207-5513';
    const page = await b.newPage();
    await page.goto(
      `https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical?state=inactive&accessId=${accessId}&contractId=${contractId}&remaining=20`,
    );
    // Nothing to save before activation: the IDs are not on the page yet.
    await page.getByRole('button', { name: 'Activate' }).waitFor();
    expect(await page.getByRole('button', { name: /Save to SupportLink/i }).count()).toBe(0);
    await page.getByRole('button', { name: 'Activate' }).click();
    await captureFromPartnerCenter(page);
    await screenshot(page, '01-partner-center-captured');

    const popup = await openPopup(b);
    // The card shows the offer guessed from the page and the count the page showed.
    await expect.poll(() => popup.locator('article').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('article').innerText()).toMatch(/Solutions Partner/);
    expect((await popup.getByTestId('remaining').locator('.count-number').innerText()).trim()).toBe('20');
    await screenshot(popup, '01-popup');
    // The popup offers to copy exactly the captured IDs.
    const copied = await b.worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome;
      return JSON.stringify(await api.storage.local.get('contracts'));
    });
    expect(copied).toContain(accessId);
    expect(copied).toContain(contractId);
    expectOnlyAllowedTraffic(b);
  });
});

describe('Partner Center: the three confusing messages are explained', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
  });

  for (const [state, key] of [
    ['no-permission', 'not-authorized-csp-only'],
    ['no-benefits', 'no-benefits-yet'],
    ['not-admin', 'activation-role-missing'],
  ] as const) {
    it(`explains "${state}" with the rules' guidance`, async () => {
      const page = await b.newPage();
      await page.goto(
        `https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical?state=${state}`,
      );
      const card = page.locator('[data-supportlink="partner-center-explain"]');
      await card.first().waitFor({ timeout: 10_000 });
      await expect
        .poll(() => shadowText(card.first()), { timeout: 10_000 })
        .toContain(guidance(key, 'en').title);
      expect(await card.count()).toBe(1);
      if (state === 'no-permission') await screenshot(page, '01-partner-center-explain');
      await page.close();
      expectOnlyAllowedTraffic(b);
    });
  }
});
