/**
 * Scenario 10 — Numbers a user can trust (real API, real Chromium):
 * - a write the server refuses (a viewer's new contract, 403) shows on its card with the
 *   reason, stays in the browser, and the status never says "Synced";
 * - Refund on an untouched contract is disabled and the count stays at the allotment; the API
 *   refuses such a refund (422);
 * - a zero-allotment offer (Action Pack, cloud) reads "Not included in Action Pack", never
 *   "No incidents left";
 * - contracts ending within 30 and 7 days carry "Expires in N days" badges;
 * - Options at 360 px keeps every input at least 200 px wide;
 * - the Azure Support plans panel is short sections with the cloud contracts' counts, on-premises
 *   apart; the diagnosis card shows the contract's count, end date and state;
 * - a viewer's popup keeps Log and Refund off with the reason (their team role);
 * - with the server down the status names it ("cannot be reached"), not "Offline" or "Synced".
 * Screenshots: the popup with 4 contracts (en, zh-CN; light, dark), Options at 360 px, the
 * Support plans panel (light, dark), the diagnosis card, the popup with the server down.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, type InitResult, startApi } from '../harness/api.js';
import { listOf } from '../harness/api-shapes.js';
import { artifactsDir } from '../harness/paths.js';
import {
  AZURE_SUPPORT_PLANS,
  type Browser,
  expectedExtensionId,
  expectOnlyAllowedTraffic,
  FLAG,
  launchWithExtension,
  openAzureLinkForm,
  shadowText,
} from '../harness/suite.js';
import {
  addContractByHand,
  connectSync,
  openOptions,
  openPopup,
  popupCard,
  popupLogIncidents,
  popupRemaining,
} from '../harness/ui.js';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
/** As the in-page panels write a date in English: "14 Dec 2026". */
const longDay = (offset: number) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.parse(`${day(offset)}T00:00:00Z`),
  );

const CONTRACTS = [
  {
    label: 'On-premises pack',
    ruleset: 'ai-cloud-partner-2023',
    offer: 'solutions-partner',
    benefit: 'on-premises',
    startDate: day(-100),
    endDate: day(200),
  },
  {
    label: 'Action Pack cloud',
    ruleset: 'ai-cloud-partner-2023',
    offer: 'action-pack',
    benefit: 'cloud',
    startDate: day(-30),
    endDate: day(300),
  },
  {
    label: 'Gold cloud (ending soon)',
    ruleset: 'ai-cloud-partner-2023',
    offer: 'legacy-gold',
    benefit: 'cloud',
    competency: 'other',
    startDate: day(-300),
    endDate: day(14),
  },
  {
    label: 'Cloud support (last week)',
    ruleset: 'ai-cloud-partner-2023',
    offer: 'solutions-partner',
    benefit: 'cloud',
    startDate: day(-200),
    endDate: day(5),
  },
] as const;

function badges(popup: Page, name: string): Promise<{ text: string; tone: string }[]> {
  return popupCard(popup, name)
    .locator('.badges li')
    .evaluateAll((els) =>
      els.map((el) => ({ text: (el.textContent ?? '').trim(), tone: el.className.replace('sl-badge ', '') })),
    );
}

async function popupShot(popup: Page, name: string, scheme: 'light' | 'dark'): Promise<void> {
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.screenshot({ path: await screenshotPath(name), fullPage: true });
}

async function screenshotPath(name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  return join(artifactsDir, `${name}.png`);
}

describe('scenario 10: counts, words and refused writes', () => {
  let api: Api;
  let owner: InitResult;
  let ownerBrowser: Browser;
  let viewerBrowser: Browser;
  let viewerToken = '';
  const ids = new Map<string, string>();

  beforeAll(async () => {
    const extensionId = await expectedExtensionId();
    api = await startApi({ corsOrigins: [`chrome-extension://${extensionId}`] });
    owner = api.init('Fabrikam', 'Olivia Owner');
    const viewer = await api.json<{ id: string }>(owner.token, '/v1/members', {
      method: 'POST',
      body: JSON.stringify({ name: 'Victor Viewer', role: 'viewer' }),
    });
    viewerToken = (
      await api.json<{ token: string }>(owner.token, `/v1/members/${viewer.id}/tokens`, {
        method: 'POST',
        body: JSON.stringify({ name: 'e2e' }),
      })
    ).token;
    for (const [i, c] of CONTRACTS.entries()) {
      const saved = await api.json<{ id: string }>(owner.token, '/v1/contracts', {
        method: 'POST',
        body: JSON.stringify({
          ...c,
          competency: 'competency' in c ? c.competency : null,
          accessId: `44${i}0917`,
          contractId: `FAB-${i}-2211`,
          allotmentOverride: null,
        }),
      });
      ids.set(c.label, saved.id);
    }
    ownerBrowser = await launchWithExtension({ apiOrigin: api.origin });
    const options = await openOptions(ownerBrowser);
    await connectSync(options, api.origin, owner.token);
    await options.close();
  });
  afterAll(async () => {
    await ownerBrowser?.close();
    await viewerBrowser?.close();
    await api?.dispose();
  });

  it('words each state truthfully: not included, expiring badges, distinct "confirmed" ideas', async () => {
    const popup = await openPopup(ownerBrowser);
    await expect.poll(() => popup.locator('article').count(), { timeout: 15_000 }).toBe(4);

    const pack = await popupCard(popup, 'Action Pack cloud').innerText();
    expect(pack).toContain('Not included in Action Pack');
    expect(pack).not.toContain('No incidents left');
    expect(pack).not.toContain('Hidden in Azure');

    expect(await badges(popup, 'Gold cloud (ending soon)')).toEqual([
      { text: 'Active', tone: 'ok' },
      { text: 'Expires in 14 days', tone: 'warn' },
    ]);
    expect(await badges(popup, 'Cloud support (last week)')).toEqual([
      { text: 'Expires in 5 days', tone: 'bad' },
    ]);
    expect(await popupCard(popup, 'On-premises pack').getByTestId('seen').innerText()).toBe(
      'Not yet seen in a portal',
    );
    await expect
      .poll(() => popup.getByTestId('sync-status').innerText(), { timeout: 15_000 })
      .toMatch(/^Synced/);

    await popupShot(popup, '10-popup-en-light', 'light');
    await popupShot(popup, '10-popup-en-dark', 'dark');
    await popup.close();
    expectOnlyAllowedTraffic(ownerBrowser);
  });

  it('Refund is disabled on an untouched contract, undoes a logged incident, and never lifts the count above the allotment', async () => {
    const name = 'On-premises pack';
    const popup = await openPopup(ownerBrowser);
    await expect.poll(() => popupRemaining(popup, name), { timeout: 15_000 }).toBe('20');
    const card = popupCard(popup, name);
    const refund = card.getByRole('button', { name: /^Refund/ });
    expect(await refund.isDisabled()).toBe(true);

    await popupLogIncidents(popup, name, 1);
    expect(await popupRemaining(popup, name)).toBe('19');
    // The confirmation sits beside the button, with Undo.
    const row = card.locator('.actions');
    await expect
      .poll(() => row.getByTestId('card-confirmation').innerText())
      .toBe('Incident logged: 19 left');
    expect(await row.getByRole('button', { name: /^Undo/ }).isVisible()).toBe(true);
    await expect.poll(() => refund.isDisabled()).toBe(false);
    await refund.click();
    await expect.poll(() => popupRemaining(popup, name)).toBe('20');
    await expect.poll(() => refund.isDisabled()).toBe(true);

    // The server agrees, and refuses a refund that would lift the count above the allotment.
    const id = ids.get(name)!;
    await expect
      .poll(async () => listOf(await api.json(owner.token, `/v1/contracts/${id}/events`)).length, {
        timeout: 15_000,
      })
      .toBe(2);
    const over = await api.fetch(owner.token, `/v1/contracts/${id}/events`, {
      method: 'POST',
      body: JSON.stringify({
        id: 'e2e-over-refund',
        type: 'refunded',
        at: new Date().toISOString(),
        count: 1,
      }),
    });
    expect(over.status).toBe(422);
    const summary = await api.json<{ contracts: { id: string; remaining: unknown; allotment: unknown }[] }>(
      owner.token,
      '/v1/summary',
    );
    expect(summary.contracts.find((c) => c.id === id)).toMatchObject({ remaining: 20, allotment: 20 });
    await popup.close();
  });

  it('speaks Simplified Chinese after the language switch (popup screenshots)', async () => {
    const options = await openOptions(ownerBrowser);
    await options.getByLabel('Language', { exact: true }).selectOption('zh-CN');
    await expect.poll(() => options.getByTestId('prefs-result').innerText()).toBe('偏好设置已保存');
    // Every label followed the switch at once, without a reload.
    expect(await options.getByLabel('访问 ID', { exact: true }).count()).toBe(1);
    expect(await options.getByText('Access ID', { exact: true }).count()).toBe(0);
    await options.setViewportSize({ width: 360, height: 800 });
    await options.emulateMedia({ colorScheme: 'light' });
    await options.screenshot({ path: await screenshotPath('10-options-360-zh-CN-light'), fullPage: true });
    await options.close();
    const popup = await openPopup(ownerBrowser);
    await expect.poll(() => popup.locator('article').count(), { timeout: 15_000 }).toBe(4);
    await expect
      .poll(() => popupCard(popup, 'Action Pack cloud').innerText())
      .toContain('Action Pack 不含此项支持');
    expect(await popupCard(popup, 'Gold cloud (ending soon)').innerText()).toContain('14 天后到期');
    await popupShot(popup, '10-popup-zh-CN-light', 'light');
    await popupShot(popup, '10-popup-zh-CN-dark', 'dark');
    await popup.close();
    const back = await openOptions(ownerBrowser);
    await back.getByLabel('语言', { exact: true }).selectOption('en');
    await expect.poll(() => back.getByTestId('prefs-result').innerText()).toBe('Preferences saved');
    await back.close();
  });

  it('a write the server refuses shows on its card, stays local, and the status is not "Synced"', async () => {
    viewerBrowser = await launchWithExtension({ apiOrigin: api.origin });
    const options = await openOptions(viewerBrowser);
    await connectSync(options, api.origin, viewerToken);
    await addContractByHand(options, {
      accessId: '7730112',
      contractId: 'CTS-AZ-0042',
      benefit: 'Cloud',
      offer: /solutions partner/i,
      startDate: day(-10),
      endDate: day(355),
      label: 'Contoso Azure',
    });
    // Options marks it too, in the list.
    await expect
      .poll(
        () => options.locator('.contract-row', { hasText: 'Contoso Azure' }).getByTestId('refused').count(),
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    await options.close();

    const popup = await openPopup(viewerBrowser);
    const card = popupCard(popup, 'Contoso Azure');
    await expect
      .poll(() => card.getByTestId('refused').innerText(), { timeout: 15_000 })
      .toContain('Not saved to the team server: your role on the team server does not allow this change');
    const status = popup.getByTestId('sync-status');
    await expect
      .poll(() => status.innerText(), { timeout: 15_000 })
      .toContain('1 change not saved to the team server — see Contoso Azure');
    expect(await status.innerText()).not.toMatch(/Synced/);
    // Once a sync has read the viewer's role, Log and Refund on the team's contracts say why they are off.
    const pack = popupCard(popup, 'On-premises pack');
    await expect
      .poll(() => pack.getByTestId('read-only').innerText(), { timeout: 15_000 })
      .toContain('Your role (Viewer) cannot log incidents or refunds');
    const logButton = pack.getByRole('button', { name: /^Log an incident/ });
    expect(await logButton.getAttribute('aria-disabled')).toBe('true');
    expect(await logButton.getAttribute('aria-describedby')).toBe(
      await pack.getByTestId('read-only').getAttribute('id'),
    );
    await popup.screenshot({ path: await screenshotPath('10-popup-refused'), fullPage: true });
    await popup.close();

    // Another sync does not send it again, and the browser keeps it.
    const creates = () =>
      viewerBrowser.portals.apiRequests.filter((r) => r.method === 'POST' && r.url.endsWith('/v1/contracts'))
        .length;
    const before = creates();
    expect(before).toBe(1);
    const again = await openPopup(viewerBrowser);
    await again.waitForTimeout(1_500);
    expect(await popupCard(again, 'Contoso Azure').count()).toBe(1);
    await again.close();
    expect(creates()).toBe(before);
    const onServer = listOf(await api.json(owner.token, '/v1/contracts'));
    expect(onServer.map((c) => c.label)).not.toContain('Contoso Azure');
    expectOnlyAllowedTraffic(viewerBrowser);
  });

  it('Options at 360 px: no input narrower than 200 px (screenshots)', async () => {
    const options = await openOptions(ownerBrowser);
    await options.setViewportSize({ width: 360, height: 800 });
    await options.getByLabel('Access ID', { exact: true }).waitFor();
    const narrow = await options.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea')]
        .filter((el) => {
          const type = (el as HTMLInputElement).type;
          const box = el.getBoundingClientRect();
          return !['checkbox', 'radio', 'hidden', 'file'].includes(type) && box.width > 0 && box.height > 0;
        })
        .map((el) => ({
          id: el.id || el.getAttribute('name') || el.tagName,
          width: el.getBoundingClientRect().width,
        }))
        .filter((f) => f.width < 200),
    );
    expect(narrow).toEqual([]);
    const overflow = await options.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await options.emulateMedia({ colorScheme: 'light' });
    await options.screenshot({ path: await screenshotPath('10-options-360-en-light'), fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: await screenshotPath('10-options-360-en-dark'), fullPage: true });
    await options.setViewportSize({ width: 1200, height: 900 });
    await options.emulateMedia({ colorScheme: 'light' });
    await options.screenshot({ path: await screenshotPath('10-options-wide-en-light'), fullPage: true });
    await options.close();
  });

  it('Support plans panel: short sections, cloud contracts with counts and states, on-premises apart (screenshots)', async () => {
    const page = await ownerBrowser.newPage();
    await page.goto(`https://portal.azure.com/${AZURE_SUPPORT_PLANS}`);
    const help = page.locator('[data-supportlink="azure-support-plans-help"]');
    await help.waitFor({ timeout: 10_000 });
    await help
      .getByText(/about support plans/)
      .first()
      .click();
    await expect.poll(() => help.locator('h3').count(), { timeout: 10_000 }).toBe(5);
    expect(await help.locator('h3').allInnerTexts()).toEqual([
      'What to do now',
      'Your cloud contracts',
      'Incidents left',
      'Plan kinds',
      'Requests for CSP customers',
    ]);
    const cloud = await help.locator('section[aria-labelledby="sl-help-cloud"]').innerText();
    expect(cloud).toContain('Gold cloud (ending soon) — 10 left');
    expect(cloud).toContain('expires in 14 days');
    expect(cloud).toContain('Action Pack cloud — not included in Action Pack');
    expect(cloud).not.toMatch(/no incidents left|On-premises pack/);
    const apart = help.locator('details.apart');
    expect(await apart.locator('summary').innerText()).toBe('On-premises contracts (1) — not used here');
    await apart.locator('summary').click();
    await expect.poll(() => apart.innerText()).toContain('On-premises pack — 20 left');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await help.screenshot({ path: await screenshotPath(`10-azure-support-plans-panel-${scheme}`) });
    }
    await page.close();
    expectOnlyAllowedTraffic(ownerBrowser);
  });

  it('the diagnosis card shows the remaining count, end date and state of the contract typed in the form', async () => {
    ownerBrowser.portals.linkResult = 'already-associated';
    const { page } = await openAzureLinkForm(ownerBrowser, { form: 'knockout' });
    const inputs = page.locator('[data-blade-id="link"] input.azc-input');
    // Knockout's value binding reads on change, as when a person leaves the field.
    for (const [i, value] of ['4420917', 'FAB-2-2211'].entries()) {
      await inputs.nth(i).fill(value);
      await inputs.nth(i).dispatchEvent('change');
    }
    const link = page.locator('#link-submit');
    await expect.poll(() => link.getAttribute('aria-disabled'), { timeout: 10_000 }).toBe('false');
    await link.click();
    const card = page.locator(FLAG).first();
    await card.waitFor({ timeout: 15_000 });
    await expect
      .poll(() => shadowText(card), { timeout: 10_000 })
      .toContain(`Your contract in SupportLink: Gold cloud (ending soon) — 10 left · ends ${longDay(14)}`);
    expect(await shadowText(card)).toContain('(expires in 14 days)');
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: await screenshotPath('10-diagnosis-card') });
    await page.close();
    ownerBrowser.portals.linkResult = 'ok';
    expectOnlyAllowedTraffic(ownerBrowser);
  });

  it('with the server down the status says it cannot be reached — not "Offline", not "Synced"', async () => {
    await api.stop();
    try {
      const popup = await openPopup(ownerBrowser);
      const status = popup.getByTestId('sync-status');
      await expect
        .poll(() => status.innerText(), { timeout: 20_000 })
        .toMatch(/^The team server cannot be reached: retrying automatically/);
      expect(await status.innerText()).not.toMatch(/Offline|Synced/);
      await popup.screenshot({ path: await screenshotPath('10-popup-server-down'), fullPage: true });
      await popup.close();
    } finally {
      await api.start();
    }
  });
});
