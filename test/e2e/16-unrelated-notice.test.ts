/**
 * Issue 8, "a message is one message": three unrelated "already associated / linked" notices
 * (subscription ↔ management group, e-mail ↔ account, tenant ↔ billing account) rendered late
 * right beside the Link form's labels — between the Access ID label and its box, between the
 * fields, under the Link button — in the Knockout blade and in the Fluent UI React view (a
 * cross-origin reactblade frame), in English, German, Japanese and Simplified Chinese. None is
 * ever flagged "Safe to ignore"; the real error, once the Link fails, still is — and only it.
 * And when the error's own box also holds an error no rule knows, the card never says "Safe to
 * ignore": it says to read the rest first and quotes it.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherError } from '../fixtures/src/strings.js';
import { flaggedErrorIds } from '../harness/flags.js';
import { flaggedErrors, launchWithLinkedContract, linkAndWaitForError } from '../harness/link-form.js';
import { type Browser, FLAG, openAzureLinkForm, screenshot, shadowText } from '../harness/suite.js';

async function flagsNow(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(flaggedErrorIds, FLAG);
}

describe('unrelated "already associated" notices beside the Link form are never flagged', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWithLinkedContract();
  });
  afterAll(async () => {
    await b?.close();
  });

  for (const lang of ['en', 'de', 'ja', 'zh-cn'] as const) {
    for (const form of ['knockout', 'react'] as const) {
      it(`${lang}, ${form}: the notices stay unflagged; the real error is flagged alone`, async () => {
        b.portals.linkResult = 'already-associated';
        const { page, frame } = await openAzureLinkForm(b, { form, lang, notice: true });
        for (const i of [0, 1, 2]) await frame.locator(`[data-error-id="notice-${i}"]`).waitFor();
        // Time for a wrong flag to appear (the content script rescans on every change).
        await frame.waitForTimeout(1500);
        expect(await flagsNow(frame)).toEqual([]);
        expect(await page.locator(FLAG).count()).toBe(0);

        await linkAndWaitForError(frame, form);
        expect(await flaggedErrors(frame)).toEqual(['already-associated']);
        if (lang === 'de' || lang === 'zh-cn') await screenshot(page, `16-notices-${lang}-${form}`);
        await page.close();
      });
    }
  }
});

describe('an unknown error in the same box as the ignorable one is never covered by "Safe to ignore"', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWithLinkedContract();
  });
  afterAll(async () => {
    await b?.close();
  });

  for (const lang of ['en', 'zh-cn'] as const) {
    for (const form of ['knockout', 'react'] as const) {
      it(`${lang}, ${form}: the card reads "read the rest first" and quotes the other error`, async () => {
        b.portals.linkResult = 'already-associated-and-other';
        const { page, frame } = await openAzureLinkForm(b, { form, lang });
        await linkAndWaitForError(frame, form);
        expect(await flaggedErrors(frame)).toEqual(['already-associated']);
        const card = await shadowText(frame.locator(FLAG));
        expect(card).not.toMatch(/Safe to ignore|可以忽略/);
        expect(card).toMatch(/Read the rest first|请先阅读其余内容/);
        expect(card).toContain(otherError[lang]);
        expect(await frame.locator('[data-supportlink-ignorable]').count()).toBe(0);
        await screenshot(page, `16-other-error-${lang}-${form}`);
        await page.close();
      });
    }
  }
});
