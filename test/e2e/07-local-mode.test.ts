/**
 * Scenario 7 — Local mode: with no server configured, capture → fill → popup works end
 * to end, and nothing is sent anywhere but the portals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AZURE_SUPPORT_PLANS,
  type Browser,
  expectOnlyAllowedTraffic,
  launchWithExtension,
  openAzureLinkForm,
  screenshot,
  shadowText,
} from '../harness/suite.js';
import { captureFromPartnerCenter, openOptions, openPopup } from '../harness/ui.js';

describe('scenario 7: local mode, no server', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWithExtension({ apiOrigin: null });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('captures in Partner Center, fills the Azure portal and counts in the popup', async () => {
    const accessId = '8123004';
    const contractId = 'MPN-1200-3344-5566';
    const pc = await b.newPage();
    await pc.goto(
      `https://partner.microsoft.com/dashboard/v2/benefits/technicalsupport?state=active&accessId=${accessId}&contractId=${contractId}&remaining=48`,
    );
    await captureFromPartnerCenter(pc, { benefit: 'cloud' });
    await pc.close();

    const { page, frame } = await openAzureLinkForm(b, { form: 'react' });
    await expect
      .poll(() => frame.getByLabel('Access ID', { exact: true }).inputValue(), { timeout: 10_000 })
      .toBe(accessId);
    await expect.poll(() => frame.getByLabel('Contract ID', { exact: true }).inputValue()).toBe(contractId);
    await frame.locator('#link-submit').click();
    await expect
      .poll(() => b.portals.submissions)
      .toEqual([expect.objectContaining({ accessId, contractId })]);
    await page.close();

    const popup = await openPopup(b);
    await expect.poll(() => popup.locator('article').count(), { timeout: 10_000 }).toBe(1);
    expect((await popup.getByTestId('remaining').locator('.count-number').innerText()).trim()).toBe('48');
    await screenshot(popup, '07-popup');
    const options = await openOptions(b);
    await screenshot(options, '07-options');
    expect(b.portals.apiRequests).toEqual([]);
    expectOnlyAllowedTraffic(b);
  });

  it('explains the support plans in-page on the Azure Support plans view, with the user’s own contract', async () => {
    const page = await b.newPage();
    await page.goto(`https://portal.azure.com/${AZURE_SUPPORT_PLANS}`);
    const help = page.locator('[data-supportlink="azure-support-plans-help"]');
    await help.waitFor({ timeout: 10_000 });
    // A disclosure (a button or <details><summary>) titled "… about support plans".
    await help
      .getByText(/about support plans/)
      .first()
      .click();
    await expect.poll(() => shadowText(help), { timeout: 10_000 }).toMatch(/Your cloud contracts/);
    await screenshot(page, '07-azure-in-page-help');
    const text = await shadowText(help);
    expect(text).toMatch(/48 left/);
    // What each kind of plan is, and that Action Pack has no cloud support (rules guidance).
    expect(text).toMatch(/Action Pack/);
    await page.close();
    expectOnlyAllowedTraffic(b);
  });
});
