/**
 * Scenario 2 — Fill: the Azure React form and the Knockout form are filled; the
 * framework's own state holds the values (the Link button enables, submitting sends
 * them); filled inputs are marked; a value the user typed first is not overwritten.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  expectOnlyAllowedTraffic,
  launchWithExtension,
  openAzureLinkForm,
  screenshot,
} from '../harness/suite.js';
import { addContractByHand, openOptions } from '../harness/ui.js';

const ACCESS_ID = '5520931';
const CONTRACT_ID = 'CLD-4471-0098';

async function expectFilled(frame: Page | Frame): Promise<void> {
  const access = frame.getByLabel('Access ID', { exact: true });
  const contract = frame.getByLabel('Contract ID', { exact: true });
  await expect.poll(() => access.inputValue(), { timeout: 10_000 }).toBe(ACCESS_ID);
  await expect.poll(() => contract.inputValue()).toBe(CONTRACT_ID);
  expect(await access.getAttribute('data-supportlink-filled')).not.toBeNull();
  expect(await contract.getAttribute('data-supportlink-filled')).not.toBeNull();
}

describe('scenario 2: fill the Azure Link support benefits forms', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWithExtension();
    const options = await openOptions(b);
    await addContractByHand(options, {
      accessId: ACCESS_ID,
      contractId: CONTRACT_ID,
      benefit: 'Cloud',
      offer: /solutions partner/i,
      startDate: '2026-01-01',
      endDate: '2027-06-30',
      label: 'Azure team contract',
    });
    await options.close();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('fills the Fluent UI React form in the cross-origin reactblade frame so React state holds the values', async () => {
    const { page, frame } = await openAzureLinkForm(b, { form: 'react' });
    await expectFilled(frame);
    const link = frame.getByRole('button', { name: 'Link', exact: true });
    await expect.poll(() => link.isEnabled()).toBe(true);
    await screenshot(page, '02-azure-react-filled');
    await link.click();
    await expect
      .poll(() => b.portals.submissions.filter((s) => s.form === 'react'))
      .toEqual([expect.objectContaining({ accessId: ACCESS_ID, contractId: CONTRACT_ID })]);
    await page.close();
    expectOnlyAllowedTraffic(b);
  });

  it('fills the Knockout blade so its view model holds the values', async () => {
    const { page } = await openAzureLinkForm(b, { form: 'knockout' });
    await expectFilled(page);
    const link = page.locator('#link-submit');
    await expect.poll(() => link.getAttribute('aria-disabled')).toBe('false');
    await link.click();
    await expect
      .poll(() => b.portals.submissions.filter((s) => s.form === 'knockout'))
      .toEqual([expect.objectContaining({ accessId: ACCESS_ID, contractId: CONTRACT_ID })]);
    await page.close();
    expectOnlyAllowedTraffic(b);
  });

  it('does not overwrite a value the user typed first', async () => {
    const page = await b.newPage();
    // The user starts typing the moment the field appears, before any fill could run.
    await page.addInitScript(() => {
      if (!location.host.includes('reactblade')) return;
      const typeFirst = (): boolean => {
        const label = [...document.querySelectorAll('label')].find(
          (l) => l.textContent?.trim() === 'Access ID',
        );
        const input = label?.htmlFor
          ? (document.getElementById(label.htmlFor) as HTMLInputElement | null)
          : null;
        if (!input) return false;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        input.focus();
        setter.call(input, 'USER-TYPED-1');
        input.dispatchEvent(
          new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'USER-TYPED-1' }),
        );
        return true;
      };
      const mo = new MutationObserver(() => {
        if (typeFirst()) mo.disconnect();
      });
      mo.observe(document, { childList: true, subtree: true });
    });
    const { frame } = await openAzureLinkForm(b, { form: 'react', page });
    const access = frame.getByLabel('Access ID', { exact: true });
    const contract = frame.getByLabel('Contract ID', { exact: true });
    await expect.poll(() => access.inputValue()).toBe('USER-TYPED-1');
    // Give the extension every chance to (wrongly) fill: until it has filled the other field or shown
    // its UI, and a moment more.
    await frame
      .locator('[data-supportlink], [data-supportlink-filled]')
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    await page.waitForTimeout(1_000);
    expect(await access.inputValue()).toBe('USER-TYPED-1');
    expect(await access.getAttribute('data-supportlink-filled')).toBeNull();
    // The empty field was filled; only what the user typed was left alone.
    expect(await contract.inputValue()).toBe(CONTRACT_ID);
    expect(await contract.getAttribute('data-supportlink-filled')).not.toBeNull();
    await page.close();
    expectOnlyAllowedTraffic(b);
  });

  it('fills the Power Platform admin center form (Access ID and Password)', async () => {
    const page = await b.newPage();
    await page.goto('https://admin.powerplatform.microsoft.com/support/supportPlans');
    await page.getByRole('button', { name: 'Add a new plan' }).click();
    const access = page.getByLabel('Access ID', { exact: true });
    const password = page.getByLabel('Password', { exact: true });
    await expect.poll(() => access.inputValue()).toBe(ACCESS_ID);
    await expect.poll(() => password.inputValue()).toBe(CONTRACT_ID);
    const add = page.locator('#pp-add');
    await expect.poll(() => add.isEnabled()).toBe(true);
    await add.click();
    await expect
      .poll(() => b.portals.submissions.filter((x) => x.form === 'power-platform'))
      .toEqual([expect.objectContaining({ accessId: ACCESS_ID, contractId: CONTRACT_ID })]);
    await page.close();
    expectOnlyAllowedTraffic(b);
  });
});
