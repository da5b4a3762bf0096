/**
 * Scenario 9 — Language: with the browser in zh-CN, the popup and the diagnosis card are
 * in Chinese. The expected strings are read from the extension's own catalogues.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';
import {
  type Browser,
  expectOnlyAllowedTraffic,
  FLAG,
  launchWithExtension,
  openAzureLinkForm,
  screenshot,
  shadowText,
} from '../harness/suite.js';
import { captureFromPartnerCenter, openPopup } from '../harness/ui.js';

type Catalog = Record<string, string>;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
async function catalog(file: string, name: string): Promise<Catalog> {
  const url = pathToFileURL(join(repoRoot, 'apps/extension/src/i18n/catalogs', file)).href;
  const mod = (await import(/* @vite-ignore */ url)) as Record<string, Catalog>;
  const c = mod[name];
  if (!c) throw new Error(`${file} has no export ${name}`);
  return c;
}

describe('scenario 9: the browser in Simplified Chinese', () => {
  let b: Browser;
  let zh: Catalog;
  let zhContent: Catalog;
  let zhCapture: Catalog;
  let en: Catalog;
  let enContent: Catalog;
  beforeAll(async () => {
    [zh, zhContent, zhCapture, en, enContent] = await Promise.all([
      catalog('zh-CN.ts', 'zhCN'),
      catalog('content.zh-CN.ts', 'contentZhCN'),
      catalog('capture.zh-CN.ts', 'captureZhCN'),
      catalog('en.ts', 'en'),
      catalog('content.en.ts', 'contentEn'),
    ]);
    b = await launchWithExtension({ locale: 'zh-CN' });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('shows the popup and the diagnosis card in Chinese', async () => {
    const pc = await b.newPage();
    await pc.goto(
      'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical?state=active&accessId=3300117&contractId=MPN-3300-1170-0001&remaining=12',
    );
    await captureFromPartnerCenter(
      pc,
      { benefit: 'cloud' },
      {
        save: zhCapture['content.saveToSupportLink']!,
        confirm: zhCapture['content.capture.save']!,
        done: new RegExp(
          [zhCapture['content.capture.saved']!, zhCapture['content.capture.updated']!]
            .map(escapeRegExp)
            .join('|'),
        ),
      },
    );
    await pc.close();

    const popup = await openPopup(b);
    await expect.poll(() => popup.locator('article').count(), { timeout: 10_000 }).toBe(1);
    const text = await popup.locator('main').innerText();
    expect(text).toContain(zh['popup.title']);
    expect(text).toContain(zh['popup.logIncident']);
    expect(text).not.toContain(en['popup.title']);
    expect(text).not.toContain(en['popup.logIncident']);
    await screenshot(popup, '09-popup-zh-CN');

    b.portals.linkResult = 'already-associated';
    const { page, frame } = await openAzureLinkForm(b, { form: 'react', lang: 'zh-cn' });
    await expect.poll(() => frame.locator('input').first().inputValue(), { timeout: 10_000 }).not.toBe('');
    await frame.locator('#link-submit').click();
    const card = frame.locator(FLAG).first();
    await card.waitFor({ timeout: 15_000 });
    const cardText = await shadowText(card);
    expect(cardText).toContain(zhContent['content.safeToIgnore']);
    expect(cardText).not.toContain(enContent['content.safeToIgnore']);
    await screenshot(page, '09-diagnosis-card-zh-CN');
    await page.close();
    expectOnlyAllowedTraffic(b);
  });
});
