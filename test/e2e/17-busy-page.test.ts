/**
 * Scenario 17 — a busy portal page: a live grid churns every animation frame in the Support
 * plans blade and in the React view's frame (`?busy=1`). Once it has churned long enough for
 * SupportLink to stop observing inside it, the Link form that opens beside it is still filled,
 * the "already associated" error still flagged alone, and the help panel still shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flaggedErrors, launchWithLinkedContract, linkAndWaitForError } from '../harness/link-form.js';
import { AZURE_SUPPORT_PLANS, type Browser, FLAG, waitForFrame } from '../harness/suite.js';

/** Longer than the churn a grid must keep up before it is no longer observed inside (3 × 200 ms). */
const CHURN_FIRST_MS = 1500;

describe('scenario 17: a live grid churning beside the Link form', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWithLinkedContract();
  });
  afterAll(async () => {
    await b?.close();
  });

  for (const form of ['knockout', 'react'] as const) {
    it(`fills the form and flags the error alone while the grid churns (${form})`, async () => {
      b.portals.linkResult = 'already-associated';
      const page = await b.newPage();
      const q = new URLSearchParams({ linkForm: form, l: 'en', noise: '4', busy: '1' });
      await page.goto(`https://portal.azure.com/?${q}${AZURE_SUPPORT_PLANS}`);
      const grid = page.locator('.fixture-live-grid');
      await grid.waitFor();
      await page.locator('[data-supportlink="azure-support-plans-help"]').waitFor({ timeout: 10_000 });
      // The grid really churns: its text changes between two looks.
      const before = await grid.innerText();
      await page.waitForTimeout(CHURN_FIRST_MS);
      expect(await grid.innerText()).not.toBe(before);

      await page.locator('#link-benefits-command').click();
      const frame = form === 'react' ? await waitForFrame(page, 'reactblade.portal.azure.net') : page;
      if (form === 'react') {
        await frame.locator('.fixture-live-grid').waitFor();
        await frame.waitForTimeout(CHURN_FIRST_MS);
      }
      await linkAndWaitForError(frame, form);
      expect(await flaggedErrors(frame)).toEqual(['already-associated']);
      // Nothing in the churning grids is ever flagged.
      expect(await page.locator(`.fixture-live-grid ${FLAG}`).count()).toBe(0);
      await page.close();
    });
  }
});
