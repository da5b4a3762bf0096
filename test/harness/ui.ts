/**
 * How the scenarios drive the extension's own pages (popup, options) and its injected UI.
 * Selectors follow the testability contract (labels, `data-supportlink` hosts); the
 * rest (button names) follows the extension's English catalogue.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import type { Browser } from './chromium.js';
import { until } from './suite.js';

export interface ContractInput {
  accessId: string;
  contractId: string;
  benefit: 'Cloud' | 'On-premises';
  /** Visible label of the offer choice, matched loosely (e.g. /solutions partner/i). */
  offer: RegExp;
  startDate: string;
  endDate: string;
  /** Shown as the contract's name in the popup. */
  label: string;
}

export async function openPopup(b: Browser, page?: Page): Promise<Page> {
  const p = page ?? (await b.newPage());
  // About the size Chromium gives a toolbar popup.
  await p.setViewportSize({ width: 400, height: 600 });
  await p.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await p.locator('main').first().waitFor();
  return p;
}

export async function openOptions(b: Browser, page?: Page): Promise<Page> {
  const p = page ?? (await b.newPage());
  await p.goto(`chrome-extension://${b.extensionId}/options.html`);
  await p.getByRole('heading').first().waitFor();
  return p;
}

/** Options pages may show sections as tabs: open the one named, when there are tabs. */
export async function openTab(options: Page, name: string | RegExp): Promise<void> {
  const tab = options.getByRole('tab', { name });
  if ((await tab.count()) > 0) await tab.first().click();
}

async function chooseOption(field: Locator, wanted: RegExp | string): Promise<void> {
  const options = await field
    .locator('option')
    .evaluateAll((els) =>
      els.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })),
    );
  const match = options.find((o) =>
    typeof wanted === 'string' ? o.label.trim() === wanted : wanted.test(o.label),
  );
  if (!match) throw new Error(`no option ${wanted} in ${JSON.stringify(options)}`);
  await field.selectOption(match.value);
}

/** Options page → contract form → "Save contract". */
export async function addContractByHand(options: Page, c: ContractInput): Promise<void> {
  await openTab(options, 'Contracts');
  await options.getByLabel('Access ID', { exact: true }).fill(c.accessId);
  await options.getByLabel('Contract ID', { exact: true }).fill(c.contractId);
  await chooseOption(options.getByLabel('Benefit', { exact: true }), c.benefit);
  await chooseOption(options.getByLabel('Offer', { exact: true }), c.offer);
  await options.getByLabel('Start date', { exact: true }).fill(c.startDate);
  await options.getByLabel('End date', { exact: true }).fill(c.endDate);
  await options.getByLabel('Name (optional)', { exact: true }).fill(c.label);
  await options.getByRole('button', { name: 'Save contract' }).click();
  await until(
    `the contract "${c.label}" listed`,
    () => options.getByText(c.label).count(),
    (n) => n > 0,
  );
}

/** Options → sync: "Sync with a SupportLink server", "Server URL", "Access token", "Test connection", save. */
export async function connectSync(options: Page, serverUrl: string, token: string): Promise<void> {
  await openTab(options, 'Sync');
  await options.getByRole('radio', { name: /sync with/i }).check();
  await options.getByLabel('Server URL', { exact: true }).fill(serverUrl);
  await options.getByLabel('Access token', { exact: true }).fill(token);
  await options.getByRole('button', { name: 'Test connection' }).click();
  const result = options.getByTestId('sync-result');
  await until(
    'the connection test',
    () => result.innerText(),
    (t) => /^Connected as/.test(t),
  );
  await options.getByRole('button', { name: 'Save sync settings' }).click();
  await until(
    'the sync settings saved',
    () => result.innerText(),
    (t) => /^Sync settings saved/.test(t),
  );
}

/** The popup card of one contract, found by its name (label). */
export function popupCard(popup: Page, name: string | RegExp): Locator {
  return popup.locator('article').filter({ has: popup.getByRole('heading', { name }) });
}

/** The big remaining-incidents number on a popup card. */
export async function popupRemaining(popup: Page, name: string | RegExp): Promise<string> {
  const card = popupCard(popup, name);
  if ((await card.count()) === 0) return '(no card)';
  return (await card.getByTestId('remaining').locator('.count-number').innerText()).trim();
}

/** Popup → "Log an incident" on a card, `times` times, each acknowledged. */
export async function popupLogIncidents(popup: Page, name: string, times: number): Promise<void> {
  const card = popupCard(popup, name);
  for (let i = 0; i < times; i++) {
    const before = await popupRemaining(popup, name);
    await card.getByRole('button', { name: /^Log an incident/ }).click();
    await until(
      `the count of "${name}" to change from ${before}`,
      () => popupRemaining(popup, name),
      (v) => v !== before,
    );
  }
}

/** Options → Team → "Add member": returns the token shown once. */
export async function addTeamMember(options: Page, name: string, role = 'Member'): Promise<string> {
  await openTab(options, 'Team');
  const form = options.getByRole('form', { name: 'Add member' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await chooseOption(form.getByLabel('Role', { exact: true }), role);
  await form.getByRole('button', { name: 'Add member' }).click();
  const token = options.getByTestId('new-token');
  await token.waitFor({ timeout: 10_000 });
  return (await token.innerText()).trim();
}

/** `[data-supportlink="<id>"]` hosts anywhere in a frame (Playwright's CSS pierces open shadow roots). */
export function injected(frame: Page | Frame, featureId: string): Locator {
  return frame.locator(`[data-supportlink="${featureId}"]`);
}

export async function badgeText(b: Browser): Promise<string> {
  return b.worker.evaluate(() => {
    const api = (
      globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
    ).chrome;
    return api.action.getBadgeText({});
  });
}

/** The capture card's texts; English unless a test runs the browser in another language. */
export interface CaptureStrings {
  save: string;
  confirm: string;
  done: RegExp;
}
export const CAPTURE_EN: CaptureStrings = {
  save: 'Save to SupportLink',
  confirm: 'Save contract',
  done: /Saved to SupportLink|Updated in SupportLink/,
};

/** What the user settles in the capture card: anything the page did not say, or a correction. */
export interface CaptureAnswers {
  benefit?: 'cloud' | 'on-premises';
  offer?: string;
  /** `YYYY-MM-DD` */
  startDate?: string;
  endDate?: string;
}

/** The capture card's form, once "Save to SupportLink" was pressed (Playwright pierces its shadow root). */
export async function openCaptureForm(page: Page, strings: CaptureStrings = CAPTURE_EN): Promise<Locator> {
  const save = page.getByRole('button', { name: strings.save, exact: true });
  await save.first().waitFor({ timeout: 15_000 });
  await save.first().click();
  const form = page.locator('[data-supportlink="partner-center-capture"] form');
  await form.waitFor({ timeout: 10_000 });
  return form;
}

/** Partner Center: "Save to SupportLink" beside the IDs, answer what the page left open, save. */
export async function captureFromPartnerCenter(
  page: Page,
  answers: CaptureAnswers = {},
  strings: CaptureStrings = CAPTURE_EN,
): Promise<void> {
  const form = await openCaptureForm(page, strings);
  const selects = form.locator('select');
  const dates = form.locator('input[type="date"]');
  // Each answer is a committed change; the rules re-read the card after each one.
  if (answers.benefit) await selects.nth(0).selectOption(answers.benefit);
  if (answers.offer) await selects.nth(1).selectOption(answers.offer);
  if (answers.startDate) await dates.nth(0).fill(answers.startDate);
  if (answers.endDate) await dates.nth(1).fill(answers.endDate);
  const confirm = form.getByRole('button', { name: strings.confirm, exact: true });
  await until(
    'the save button is enabled',
    () => confirm.isEnabled(),
    (enabled) => enabled,
  );
  await confirm.click();
  await page.getByText(strings.done).waitFor({ timeout: 10_000 });
}

export async function badgeColor(b: Browser): Promise<number[]> {
  return b.worker.evaluate(() => {
    const api = (
      globalThis as unknown as {
        chrome: { action: { getBadgeBackgroundColor(d: object): Promise<number[]> } };
      }
    ).chrome;
    return api.action.getBadgeBackgroundColor({});
  });
}
