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
import { captureFromPartnerCenter, openCaptureForm, openOptions, openPopup, openTab } from '../harness/ui.js';

const PC = 'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical';
const CARD = '[data-supportlink="partner-center-capture"]';

interface StoredContract {
  accessId: string;
  contractId: string;
  benefit: string;
  offer: string;
  startDate: string;
  endDate: string;
  startDateEstimated?: boolean;
  competency?: string | null;
  events: Array<{ type: string; remaining?: number | string }>;
}

/** The extension's own contract list, read from its storage. */
async function storedContracts(b: Browser): Promise<StoredContract[]> {
  return b.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return ((await api.storage.local.get('contracts')).contracts ?? []) as never;
  });
}

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
    // The card names both benefits: the user says which; the page's end date gives an estimated start.
    await captureFromPartnerCenter(page, { benefit: 'on-premises' });
    await screenshot(page, '01-partner-center-captured');

    const popup = await openPopup(b);
    // The card shows the offer read from the page and the count the page showed.
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

describe('scenario 1: capture asks instead of guessing', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('estimates a start date the page does not show from its end date, and marks it', async () => {
    const page = await b.newPage();
    await page.goto(
      `${PC}?state=active&accessId=4400112&contractId=MPN-4400-1120-0001&remaining=5&benefit=Partner%20Cloud%20Support%205&offer=Partner%20Success%20Expanded&end=2027-06-30`,
    );
    const form = await openCaptureForm(page);
    const start = form.locator('input[type="date"]').first();
    await expect.poll(() => start.inputValue(), { timeout: 10_000 }).toBe('2026-07-01');
    const text = await form.innerText();
    expect(text).toContain('Start date (estimated)');
    expect(text).toContain('Estimated: one year before the end date');
    expect(await form.locator('select').nth(0).inputValue()).toBe('cloud');
    expect(await form.locator('select').nth(1).inputValue()).toBe('partner-success-expanded');
    await screenshot(page.locator(CARD).first(), '01-capture-card-estimated-en-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page.locator(CARD).first(), '01-capture-card-estimated-en-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await form.getByRole('button', { name: 'Save contract', exact: true }).click();
    await page.getByText(/The start date is an estimate/).waitFor({ timeout: 10_000 });
    const saved = (await storedContracts(b)).find((c) => c.accessId === '4400112');
    expect(saved).toMatchObject({
      benefit: 'cloud',
      startDate: '2026-07-01',
      endDate: '2027-06-30',
      startDateEstimated: true,
    });
    // The mark is kept: the popup says the start date is an estimate.
    const popup = await openPopup(b);
    const card = popup.locator('article', { hasText: 'Partner Success Expanded' }).first();
    await expect
      .poll(() => card.innerText(), { timeout: 10_000 })
      .toContain('start date estimated from the end date');
    await screenshot(card, '01-popup-start-estimated-en-light');
    await popup.close();
    // Options: the list says so, and the form explains it until the user enters the real date.
    const options = await openOptions(b);
    await openTab(options, 'Contracts');
    const row = options.locator('li.contract-row', { hasText: 'Partner Success Expanded' }).first();
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain('(estimated)');
    await row.getByRole('button', { name: /^Edit/ }).first().click();
    const hint = options.getByTestId('start-estimated');
    await hint.waitFor({ timeout: 10_000 });
    expect(await hint.innerText()).toContain('Estimated from the end date');
    await screenshot(options.locator('form.contract-form'), '01-options-start-estimated-en-light');
    await options.close();
    await page.close();
    expectOnlyAllowedTraffic(b);
  });

  it('asks for the competency when it decides the count and the page does not say (2021 Gold, cloud)', async () => {
    const page = await b.newPage();
    await page.goto(
      `${PC}?state=active&accessId=4400116&contractId=MPN-4400-1160-0001&remaining=10&offer=Gold%20competency&start=2021-03-01&end=2022-02-28`,
    );
    const form = await openCaptureForm(page);
    await form.locator('select').nth(0).selectOption('cloud');
    await form.locator('select').nth(1).selectOption('gold');
    const competency = form.getByLabel('Competency');
    await competency.waitFor({ timeout: 10_000 });
    expect(await form.innerText()).toContain('The page does not say which: choose.');
    const save = form.getByRole('button', { name: 'Save contract', exact: true });
    expect(await save.isDisabled()).toBe(true);
    await screenshot(page.locator(CARD).first(), '01-capture-card-competency-en-light');
    await competency.selectOption('cloud');
    await expect.poll(() => save.isEnabled(), { timeout: 10_000 }).toBe(true);
    await save.click();
    await page.getByText('Saved to SupportLink.').waitFor({ timeout: 10_000 });
    const saved = (await storedContracts(b)).find((c) => c.accessId === '4400116');
    expect(saved).toMatchObject({
      offer: 'gold',
      benefit: 'cloud',
      competency: 'cloud',
      startDateEstimated: false,
    });
    await page.close();
  });

  it('lets the user choose the benefit and enter the dates when the page says neither', async () => {
    const page = await b.newPage();
    await page.goto(
      `${PC}?state=active&accessId=4400113&contractId=MPN-4400-1130-0001&remaining=20&offer=Solutions%20Partner&end=none`,
    );
    const form = await openCaptureForm(page);
    const save = form.getByRole('button', { name: 'Save contract', exact: true });
    await expect.poll(() => form.locator('select').nth(0).inputValue(), { timeout: 10_000 }).toBe('');
    const text = await form.innerText();
    expect(text).toContain('The page does not say which benefit this is. Choose one.');
    expect(text).toContain('The page shows no start date. Enter it.');
    expect(text).toContain('The page shows no end date. Enter it.');
    expect(await save.isDisabled()).toBe(true);
    await screenshot(page.locator(CARD).first(), '01-capture-card-asks-en-light');
    await form.locator('select').nth(0).selectOption('on-premises');
    await form.locator('input[type="date"]').nth(1).fill('2026-12-31');
    // The end date brings an estimated start; the user knows better and corrects it.
    await expect.poll(() => form.locator('input[type="date"]').first().inputValue()).toBe('2026-01-01');
    await form.locator('input[type="date"]').first().fill('2026-01-15');
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();
    await page.getByText('Saved to SupportLink.').waitFor({ timeout: 10_000 });
    const saved = (await storedContracts(b)).find((c) => c.accessId === '4400113');
    expect(saved).toMatchObject({
      benefit: 'on-premises',
      offer: 'solutions-partner',
      startDate: '2026-01-15',
      endDate: '2026-12-31',
    });
    await page.close();
  });

  it('shows "Saved in SupportLink" for a pair it holds and offers the page’s newer count', async () => {
    const ids =
      'accessId=4400114&contractId=MPN-4400-1140-0001&benefit=Partner%20Cloud%20Support%205&offer=Partner%20Success%20Expanded';
    const page = await b.newPage();
    await page.goto(`${PC}?state=active&${ids}&remaining=5`);
    await captureFromPartnerCenter(page);
    await page.goto(`${PC}?state=active&${ids}&remaining=5`);
    const card = page.locator(CARD).first();
    await expect.poll(() => shadowText(card), { timeout: 15_000 }).toContain('Saved in SupportLink');
    expect(await shadowText(card)).not.toContain('Save to SupportLink');
    expect(await page.getByRole('button', { name: 'Update from this page' }).count()).toBe(0);
    // Later the page shows fewer incidents left: SupportLink offers to take the newer count.
    await page.goto(`${PC}?state=active&${ids}&remaining=3`);
    await expect
      .poll(() => shadowText(page.locator(CARD).first()), { timeout: 15_000 })
      .toContain('The page shows 3 incidents left; SupportLink has 5.');
    await screenshot(page.locator(CARD).first(), '01-capture-card-saved-en-light');
    await page.getByRole('button', { name: 'Update from this page' }).click();
    const form = page.locator(`${CARD} form`);
    await form.getByRole('button', { name: 'Update contract', exact: true }).click();
    await page.getByText('Updated in SupportLink.').waitFor({ timeout: 10_000 });
    const saved = (await storedContracts(b)).filter((c) => c.accessId === '4400114');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.events.filter((e) => e.type === 'observed').map((e) => e.remaining)).toEqual([5, 3]);
    await page.close();
  });

  it('reads a localized Partner Center (de): labels, dates and the benefit name', async () => {
    const page = await b.newPage();
    await page.goto(
      `${PC}?state=active&lang=de&accessId=4400115&contractId=MPN-4400-1150-0001&remaining=12&benefit=Microsoft-Produktsupport%20(lokal)&offer=Solutions%20Partner&start=2026-07-01&end=2027-06-30`,
    );
    const form = await openCaptureForm(page);
    await expect
      .poll(() => form.locator('select').nth(0).inputValue(), { timeout: 10_000 })
      .toBe('on-premises');
    expect(await form.locator('select').nth(1).inputValue()).toBe('solutions-partner');
    expect(await form.locator('input[type="date"]').nth(0).inputValue()).toBe('2026-07-01');
    expect(await form.locator('input[type="date"]').nth(1).inputValue()).toBe('2027-06-30');
    expect(await form.innerText()).toContain('Remaining incidents shown on the page: 12');
    await form.getByRole('button', { name: 'Save contract', exact: true }).click();
    await page.getByText('Saved to SupportLink.').waitFor({ timeout: 10_000 });
    await page.close();
  });
});

describe('scenario 1: the capture card in Chinese', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWithExtension({ locale: 'zh-CN' });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('reads a zh-CN page and speaks Chinese, in light and dark', async () => {
    const page = await b.newPage();
    await page.goto(
      `${PC}?state=active&lang=zh-CN&accessId=4400116&contractId=MPN-4400-1160-0001&remaining=2&benefit=%E7%AD%BE%E5%90%8D%E4%BA%91%E6%94%AF%E6%8C%81&offer=Partner%20Success%20Core&end=2027-06-30`,
    );
    const form = await openCaptureForm(page, {
      save: '保存到 SupportLink',
      confirm: '保存合同',
      done: /已保存到 SupportLink/,
    });
    await expect.poll(() => form.locator('select').nth(0).inputValue(), { timeout: 10_000 }).toBe('cloud');
    const text = await form.innerText();
    expect(text).toContain('开始日期（估算）');
    expect(text).toContain('页面显示的剩余事件：2');
    await screenshot(page.locator(CARD).first(), '01-capture-card-zh-CN-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page.locator(CARD).first(), '01-capture-card-zh-CN-dark');
    await page.close();
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
