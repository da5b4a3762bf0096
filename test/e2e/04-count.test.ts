/**
 * Scenario 4 — Count: the Services Hub plans list updates the popup's count and the
 * toolbar badge (en-US and zh-CN date and number formats).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectOnlyAllowedTraffic, launchWithExtension, screenshot } from '../harness/suite.js';
import {
  addContractByHand,
  badgeText,
  openOptions,
  openPopup,
  popupCard,
  popupRemaining,
} from '../harness/ui.js';

const CONTRACT_ID = 'ONP-3391-7720';

describe('scenario 4: count from the Services Hub plans list', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWithExtension();
    const options = await openOptions(b);
    await addContractByHand(options, {
      accessId: '4409127',
      contractId: CONTRACT_ID,
      benefit: 'On-premises',
      offer: /solutions partner/i,
      startDate: '2026-03-01',
      endDate: '2027-02-28',
      label: 'On-premises pack',
    });
    await options.close();
  });
  afterAll(async () => {
    await b?.close();
  });

  for (const [lang, remaining] of [
    ['en-us', 7],
    ['zh-cn', 2],
  ] as const) {
    it(`reads ${remaining} incidents remaining from the ${lang} plans list`, async () => {
      b.portals.plans = [
        {
          name: 'Microsoft Partner Network - Signature Support',
          contractId: CONTRACT_ID,
          startDate: '2026-03-01',
          endDate: '2027-02-28',
          remaining,
        },
      ];
      const page = await b.newPage();
      await page.goto(`https://support.serviceshub.microsoft.com/supportforbusiness/create?lang=${lang}`);
      await page.locator('.sh-plan-row').waitFor();
      await expect.poll(() => badgeText(b), { timeout: 10_000 }).toBe(String(remaining));
      const popup = await openPopup(b);
      await expect
        .poll(() => popupRemaining(popup, 'On-premises pack'), { timeout: 10_000 })
        .toBe(String(remaining));
      expect(await popupCard(popup, 'On-premises pack').innerText()).toMatch(/Seen on a portal/);
      await screenshot(popup, `04-popup-${lang}`);
      await popup.close();
      await page.close();
      expectOnlyAllowedTraffic(b);
    });
  }
});
