/**
 * Scenario 4 — Count: the Services Hub plans list updates the popup's count and the
 * toolbar badge (en-US and zh-CN date and number formats).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectOnlyAllowedTraffic, launchWithExtension, screenshot } from '../harness/suite.js';
import {
  addContractByHand,
  badgeColor,
  badgeText,
  openOptions,
  openPopup,
  popupCard,
  popupRemaining,
} from '../harness/ui.js';

const CONTRACT_ID = 'ONP-3391-7720';
const colors = new Map<number, number[]>();

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
      colors.set(remaining, await badgeColor(b));
      // Two or fewer left: the badge changes colour to warn.
      if (remaining <= 2) expect(colors.get(remaining)).not.toEqual(colors.get(7));
      const popup = await openPopup(b);
      await expect
        .poll(() => popupRemaining(popup, 'On-premises pack'), { timeout: 10_000 })
        .toBe(String(remaining));
      expect(await popupCard(popup, 'On-premises pack').innerText()).toMatch(/Last seen in a portal/);
      await screenshot(popup, `04-popup-${lang}`);
      await popup.close();
      await page.close();
      expectOnlyAllowedTraffic(b);
    });
  }

  it('fills the Add contract dialog with the on-premises contract (model updated on input)', async () => {
    b.portals.plans = [];
    const page = await b.newPage();
    await page.goto('https://support.serviceshub.microsoft.com/supportforbusiness/create');
    await page.getByRole('button', { name: 'Do you need to purchase or add more support plans?' }).click();
    await page.getByRole('button', { name: 'Add contract', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add contract' });
    await expect.poll(() => dialog.getByLabel('Access ID').inputValue()).toBe('4409127');
    await expect.poll(() => dialog.getByLabel('Contract ID').inputValue()).toBe(CONTRACT_ID);
    const add = dialog.getByRole('button', { name: 'Add', exact: true });
    await expect.poll(() => add.isEnabled()).toBe(true);
    await add.click();
    await expect
      .poll(() => b.portals.submissions.filter((x) => x.form === 'serviceshub'))
      .toEqual([expect.objectContaining({ accessId: '4409127', contractId: CONTRACT_ID })]);
    await page.close();
    expectOnlyAllowedTraffic(b);
  });
});
