/**
 * Scenario 12 — Firefox: the firefox-mv3 build in Debian's Firefox ESR (puppeteer-core over
 * WebDriver BiDi): a contract saved in Options, counted in the popup; the Azure React form in
 * the cross-origin reactblade frame filled so React state holds the values (the submitted body
 * proves it); the ignorable error flagged and ten unrelated ones not; and when the user withdraws
 * SupportLink's access to a portal, the popup and Options show "Grant access".
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxRun, frameOn, launchFirefox, poll } from '../harness/firefox.js';
import { flaggedErrorIds } from '../harness/flags.js';
import { artifactsDir, firefoxExtensionDir } from '../harness/paths.js';
import { isBrowserServiceTraffic } from '../harness/portals.js';
import { AZURE_SUPPORT_PLANS, FLAG } from '../harness/suite.js';

const CONTRACT = {
  accessId: '8830217',
  contractId: 'FFX-2204-0419',
  label: 'Firefox cloud contract',
};

/** Sets a form field found by its label the way typing does (value, then input and change events). */
async function setField(target: Page | Frame, label: string, value: string): Promise<void> {
  const done = await target.evaluate(
    (text, v) => {
      const l = [...document.querySelectorAll('label')].find((x) => x.textContent?.trim() === text);
      const field = (l?.control ?? null) as HTMLInputElement | HTMLSelectElement | null;
      if (!field) return false;
      if (field instanceof HTMLSelectElement) {
        const option = [...field.options].find((o) => o.value === v || o.text.trim() === v);
        if (!option) return false;
        field.value = option.value;
      } else {
        field.focus();
        field.value = v;
      }
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    label,
    value,
  );
  if (!done) throw new Error(`no field labelled "${label}" (or no option "${value}")`);
}

async function clickButton(target: Page | Frame, name: string): Promise<void> {
  const handle = await poll(
    `a button "${name}"`,
    () =>
      target.evaluateHandle(
        (n) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === n) ?? null,
        name,
      ),
    (h) => h.asElement() !== null,
  );
  await (handle.asElement() as ElementHandle<Element>).click();
}

const text = (target: Page | Frame, selector = 'body') =>
  target.evaluate((sel) => (document.querySelector(sel) as HTMLElement | null)?.innerText ?? '', selector);

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`) as `${string}.png` });
}

async function openReactLinkForm(ff: FirefoxRun, noise = 0): Promise<{ page: Page; frame: Frame }> {
  const page = await ff.newPage();
  const q = new URLSearchParams({ linkForm: 'react', l: 'en' });
  if (noise) q.set('noise', String(noise));
  await page.goto(`https://portal.azure.com/?${q}${AZURE_SUPPORT_PLANS}`);
  await page.waitForSelector('#link-benefits-command');
  await page.click('#link-benefits-command');
  const frame = await frameOn(page, 'reactblade.portal.azure.net');
  await poll(
    'the React form',
    () => frame.evaluate(() => document.querySelectorAll('input').length),
    (n) => n >= 2,
  );
  return { page, frame };
}

const inputValues = (frame: Frame) =>
  frame.evaluate(() => [...document.querySelectorAll('input')].map((i) => i.value));

/** Only the portals were contacted; the backstop proxy saw nothing but Firefox's own services. */
function expectOnlyAllowedTraffic(ff: FirefoxRun): void {
  const blocked = ff.portals.blocked.map((b) => `blocked ${b.url} (from ${b.from})`);
  const escaped = ff.proxy.seen.filter((s) => !isBrowserServiceTraffic(s) && !FIREFOX_SERVICES.test(s));
  expect([...blocked, ...escaped.map((s) => `reached the backstop proxy: ${s}`)]).toEqual([]);
}
/** Firefox's own background services (none of them from the extension, which only talks to portals). */
const FIREFOX_SERVICES =
  /^(https?:\/\/)?([a-z0-9-]+\.)*(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|digicert\.com)(:\d+)?(\/|$)/;

/** Firefox's `browser` namespace inside an extension page (the part used within `evaluate`). */
type ExtensionGlobal = {
  browser: {
    permissions: {
      contains(p: { origins: string[] }): Promise<boolean>;
      remove(p: { origins: string[] }): Promise<boolean>;
    };
  };
};

describe('scenario 12: Firefox ESR with the firefox-mv3 build', () => {
  let ff: FirefoxRun;

  beforeAll(async () => {
    ff = await launchFirefox({ extensionDir: firefoxExtensionDir });
  });
  afterAll(async () => {
    await ff?.close();
  });
  afterEach((ctx) => {
    // What the pages and the extension logged (Firefox's stdout), when something went wrong.
    if (ctx.task.result?.state === 'fail') console.error(`Firefox output:\n${ff?.output().slice(-6000)}`);
  });

  it('saves a contract in Options and counts it in the popup', async () => {
    const options = await ff.openExtensionPage('options.html', 'form');
    await setField(options, 'Access ID', CONTRACT.accessId);
    await setField(options, 'Contract ID', CONTRACT.contractId);
    await setField(options, 'Benefit', 'cloud');
    await setField(options, 'Offer', 'solutions-partner');
    await setField(options, 'Start date', '2026-01-01');
    await setField(options, 'End date', '2027-06-30');
    await setField(options, 'Name (optional)', CONTRACT.label);
    await clickButton(options, 'Save contract');
    await poll(
      'the contract listed',
      () => text(options),
      (t) => t.includes(CONTRACT.label),
    );
    await options.close();

    const popup = await ff.openExtensionPage('popup.html', 'main');
    await popup.setViewport({ width: 400, height: 600 });
    const remaining = () =>
      popup.evaluate(() =>
        document.querySelector('[data-testid="remaining"] .count-number')?.textContent?.trim(),
      );
    const before = Number(await poll('the count on the card', remaining, (v) => Boolean(v)));
    expect(before).toBeGreaterThan(0);
    await clickButton(popup, 'Log an incident');
    await poll('the count to drop by one', remaining, (v) => Number(v) === before - 1);
    await shot(popup, '12-firefox-popup');
    await popup.close();
    expectOnlyAllowedTraffic(ff);
  });

  it('fills the React form in the cross-origin reactblade frame so React state holds the values', async () => {
    ff.portals.linkResult = 'ok';
    const { page, frame } = await openReactLinkForm(ff);
    await poll(
      'both IDs filled',
      () => inputValues(frame),
      (v) => v[0] === CONTRACT.accessId && v[1] === CONTRACT.contractId,
    );
    // The Link button is enabled only when React state holds both values; the submitted body is React state.
    await poll(
      'the Link button enabled',
      () => frame.$eval('#link-submit', (b) => !(b as HTMLButtonElement).disabled),
      Boolean,
    );
    await frame.click('#link-submit');
    await poll(
      'the React submission',
      async () => ff.portals.submissions.filter((s) => s.form === 'react'),
      (s) => s.length === 1,
    );
    expect(ff.portals.submissions.filter((s) => s.form === 'react')).toEqual([
      expect.objectContaining({ accessId: CONTRACT.accessId, contractId: CONTRACT.contractId }),
    ]);
    await shot(page, '12-firefox-azure-react-filled');
    await page.close();
    expectOnlyAllowedTraffic(ff);
  });

  it('flags the ignorable "already associated" error and not the ten unrelated ones beside it', async () => {
    ff.portals.linkResult = 'already-associated';
    const { page, frame } = await openReactLinkForm(ff, 10);
    await frame.waitForSelector('[data-error-id="unrelated-9"]');
    await poll(
      'the IDs filled',
      () => inputValues(frame),
      (v) => v[0] === CONTRACT.accessId,
    );
    await poll(
      'the Link button enabled',
      () => frame.$eval('#link-submit', (b) => !(b as HTMLButtonElement).disabled),
      Boolean,
    );
    await frame.click('#link-submit');
    await frame.waitForSelector('[data-error-id="already-associated"]', { timeout: 15_000 });
    await poll(
      'the flag',
      () => frame.evaluate((sel) => document.querySelectorAll(sel).length, FLAG),
      (n) => n > 0,
    );
    // Let any late (wrong) flags on the unrelated errors appear too.
    await new Promise((r) => setTimeout(r, 800));
    expect(await frame.evaluate(flaggedErrorIds, FLAG)).toEqual(['already-associated']);
    expect(await page.evaluate((sel) => document.querySelectorAll(sel).length, FLAG)).toBe(0);
    await shot(page, '12-firefox-flag');
    await page.close();
    expectOnlyAllowedTraffic(ff);
  });

  it('when the user withdraws access to a portal, the popup and Options offer "Grant access"', async () => {
    const options = await ff.openExtensionPage('options.html', 'form');
    const granted = () =>
      options.evaluate(() =>
        (globalThis as unknown as ExtensionGlobal).browser.permissions.contains({
          origins: ['https://portal.azure.com/*'],
        }),
      );
    expect(await granted()).toBe(true);
    expect(await options.$('[data-testid="host-access"]')).toBeNull();
    // What Firefox's "Remove permission" for a site does.
    await options.evaluate(() =>
      (globalThis as unknown as ExtensionGlobal).browser.permissions.remove({
        origins: ['https://portal.azure.com/*'],
      }),
    );
    expect(await granted()).toBe(false);
    // Options notices while open (permission events), the popup when it opens.
    await poll(
      'the notice in Options',
      () => text(options, '[data-testid="host-access"]'),
      (t) => t.includes('portal.azure.com'),
    );
    const popup = await ff.openExtensionPage('popup.html', 'main');
    await popup.setViewport({ width: 400, height: 600 });
    const notice = await poll(
      'the notice in the popup',
      () => text(popup, '[data-testid="host-access"]'),
      (t) => t.length > 0,
    );
    expect(notice).toContain('portal.azure.com');
    expect(notice).toContain('Grant access');
    expect(notice).not.toContain('partner.microsoft.com');
    await shot(popup, '12-firefox-popup-grant-access');
    await popup.close();
    await options.setViewport({ width: 1200, height: 700 });
    await shot(options, '12-firefox-options-grant-access');

    // The same notice in Chinese (Firefox pages use the dark scheme here).
    await setField(options, 'Language', 'zh-CN');
    await poll(
      'Options in Chinese',
      () => text(options, '[data-testid="host-access"]'),
      (t) => t.includes('授予访问权限'),
    );
    const zh = await ff.openExtensionPage('popup.html', 'main');
    await zh.setViewport({ width: 400, height: 600 });
    expect(
      await poll(
        'the notice in Chinese',
        () => text(zh, '[data-testid="host-access"]'),
        (t) => t.includes('授予访问权限'),
      ),
    ).toContain('portal.azure.com');
    await shot(zh, '12-firefox-popup-grant-access-zh-CN');
    await setField(options, '语言', 'auto');
    await zh.close();
    await options.close();
  });
});
