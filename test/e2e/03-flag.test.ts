/**
 * Scenario 3 — Flag: the "already associated" error is flagged
 * (`data-supportlink="already-associated"`) with the right scenario: after a recorded
 * link → "create a support request"; with an exhausted contract → "buy a plan". Ten
 * unrelated errors on the same page are not flagged. The error is rendered late, split
 * across elements, in English, German, Japanese and Simplified Chinese.
 */
import { guidance } from '@supportlink/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flaggedErrors, launchWithLinkedContract, linkAndWaitForError } from '../harness/link-form.js';
import {
  type Browser,
  expectOnlyAllowedTraffic,
  FLAG,
  openAzureLinkForm,
  screenshot,
  shadowText,
} from '../harness/suite.js';
import {
  addContractByHand,
  openOptions,
  openPopup,
  popupLogIncidents,
  popupRemaining,
} from '../harness/ui.js';

describe('scenario 3: flag the ignorable "already associated" error', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWithLinkedContract();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('after a recorded link, says to create the support request; ignores ten unrelated errors', async () => {
    // First link succeeds: the extension records the link.
    b.portals.linkResult = 'ok';
    const first = await openAzureLinkForm(b, { form: 'knockout' });
    const link = first.page.locator('#link-submit');
    await expect.poll(() => link.getAttribute('aria-disabled'), { timeout: 10_000 }).toBe('false');
    await link.click();
    await first.page.locator('.fxs-messagebox-success').waitFor();
    // The extension saw the success and says it recorded the link.
    await first.page.getByText(/Linked\. SupportLink recorded it/).waitFor({ timeout: 10_000 });
    await first.page.close();

    // Linking again shows the error, among ten unrelated ones.
    b.portals.linkResult = 'already-associated';
    const { page } = await openAzureLinkForm(b, { form: 'knockout', noise: 10 });
    await page.locator('[data-error-id="unrelated-9"]').waitFor();
    await linkAndWaitForError(page, 'knockout');
    expect(await flaggedErrors(page)).toEqual(['already-associated']);
    const card = page.locator(FLAG).first();
    await expect.poll(() => shadowText(card), { timeout: 10_000 }).toMatch(/support request/i);
    expect(await shadowText(card)).not.toMatch(/buy/i);
    // …with a link to the portal's new-support-request view.
    const hrefs = await card.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.some((h) => h.startsWith('https://portal.azure.com/') && /SupportRequest/i.test(h))).toBe(
      true,
    );
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, '03-diagnosis-card-already-linked');
    await page.close();
    expectOnlyAllowedTraffic(b);
  });

  for (const [lang, form] of [
    ['en', 'react'],
    ['de', 'react'],
    ['ja', 'knockout'],
    ['zh-cn', 'react'],
  ] as const) {
    it(`flags the error rendered late and split across elements (${lang}, ${form})`, async () => {
      b.portals.linkResult = 'already-associated';
      const { page, frame } = await openAzureLinkForm(b, { form, lang, noise: 10 });
      await frame.locator('[data-error-id="unrelated-9"]').waitFor();
      await linkAndWaitForError(frame, form);
      expect(await flaggedErrors(frame)).toEqual(['already-associated']);
      // The portal's own notifications around the frame are not flagged either.
      if (frame !== page) expect(await page.locator(FLAG).count()).toBe(0);
      await page.close();
    });
  }

  it('with an exhausted contract, says to buy a plan', async () => {
    const options = await openOptions(b);
    // A Partner Success Core contract: two cloud incidents, both used.
    await addContractByHand(options, {
      accessId: '6610443',
      contractId: 'PSC-7730-1186',
      benefit: 'Cloud',
      offer: /partner success core/i,
      startDate: '2026-01-01',
      endDate: '2027-06-30',
      label: 'Core pack',
    });
    await options.close();
    const popup = await openPopup(b);
    await popupLogIncidents(popup, 'Core pack', 2);
    expect(await popupRemaining(popup, 'Core pack')).toBe('0');
    await popup.close();

    b.portals.linkResult = 'already-associated';
    const { page, frame } = await openAzureLinkForm(b, { form: 'react', noise: 10 });
    // SupportLink fills the usable contract; the user types the exhausted one's IDs instead (from an
    // old e-mail, say) and links it.
    await frame.locator('[data-supportlink-filled]').first().waitFor({ timeout: 10_000 });
    await frame.getByLabel('Access ID', { exact: true }).fill('6610443');
    await frame.getByLabel('Contract ID', { exact: true }).fill('PSC-7730-1186');
    await linkAndWaitForError(frame, 'react');
    expect(await flaggedErrors(frame)).toEqual(['already-associated']);
    const card = frame.locator(FLAG).first();
    await expect
      .poll(() => shadowText(card), { timeout: 10_000 })
      .toContain(guidance('scenario:expired-or-exhausted', 'en').title);
    expect(await shadowText(card)).toMatch(/buy/i);
    await screenshot(page, '03-diagnosis-card-exhausted');
    await page.close();
    expectOnlyAllowedTraffic(b);
  });
});
