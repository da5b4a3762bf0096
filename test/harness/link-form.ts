/**
 * The Azure Link form's "already associated" round: fill, Link, wait for the portal's error,
 * then read which fixture errors SupportLink flagged. Shared by the flag scenarios.
 */

import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { flaggedErrorIds } from './flags.js';
import { type Browser, FLAG, launchWithExtension } from './suite.js';
import { addContractByHand, openOptions } from './ui.js';

/** A browser with the extension and one cloud contract saved by hand (the IDs the fixtures link). */
export async function launchWithLinkedContract(): Promise<Browser> {
  const b = await launchWithExtension();
  const options = await openOptions(b);
  await addContractByHand(options, {
    accessId: '6610442',
    contractId: 'CLD-7730-1185',
    benefit: 'Cloud',
    offer: /solutions partner/i,
    startDate: '2026-01-01',
    endDate: '2027-06-30',
    label: 'Linked contract',
  });
  await options.close();
  return b;
}

/** Waits for the filled Access ID, presses Link once it is enabled, and waits for the portal's error. */
export async function linkAndWaitForError(frame: Page | Frame, form: 'react' | 'knockout'): Promise<void> {
  const access = frame.locator('input').first();
  await expect.poll(() => access.inputValue(), { timeout: 10_000 }).not.toBe('');
  const link = frame.locator('#link-submit');
  if (form === 'knockout') await expect.poll(() => link.getAttribute('aria-disabled')).toBe('false');
  else await expect.poll(() => link.isEnabled()).toBe(true);
  await link.click();
  await frame.locator('[data-error-id="already-associated"]').waitFor({ timeout: 10_000 });
}

/** Waits for the first flag, then lists which fixture error every flag sits on. */
export async function flaggedErrors(frame: Page | Frame): Promise<string[]> {
  await frame.locator(FLAG).first().waitFor({ timeout: 15_000 });
  // Let any late (wrong) flags on the unrelated errors appear too.
  await frame.waitForTimeout(800);
  return frame.evaluate(flaggedErrorIds, FLAG);
}
