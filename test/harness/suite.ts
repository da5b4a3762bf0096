/**
 * Shared helpers of the scenarios: a browser with the built extension, screenshots,
 * and the network check every scenario ends with.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Browser, type LaunchOptions, launch } from './chromium.js';
import { artifactsDir, extensionDir, repoRoot } from './paths.js';

export type { Browser };

export async function launchWithExtension(opts: Omit<LaunchOptions, 'extensionDir'> = {}): Promise<Browser> {
  const b = await launch({ extensionDir, ...opts });
  const expected = await expectedExtensionId();
  if (expected && b.extensionId !== expected) {
    await b.close();
    throw new Error(
      `the extension loaded as ${b.extensionId}, not ${expected} (extension-id.json / manifest key)`,
    );
  }
  return b;
}

export async function expectedExtensionId(): Promise<string | null> {
  try {
    const { readFileSync } = await import('node:fs');
    const raw = readFileSync(join(repoRoot, 'apps/extension/extension-id.json'), 'utf8');
    return (JSON.parse(raw) as { chromeExtensionId?: string }).chromeExtensionId ?? null;
  } catch {
    return null;
  }
}

export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await target.screenshot({ path });
  return path;
}

/** The extension talked only to the portals and the configured API. */
export function expectOnlyAllowedTraffic(b: Browser): void {
  expect(b.portals.violations(), 'requests to hosts other than the portals and the configured API').toEqual(
    [],
  );
}

export const FLAG = '[data-supportlink="already-associated"]';

/** The rendered text inside an injected host's open shadow root (innerText of a host is its light DOM). */
export function shadowText(host: Locator): Promise<string> {
  return host.evaluate((el) => {
    const root = el.shadowRoot;
    if (!root) return (el as HTMLElement).innerText;
    return [...root.children]
      .filter((c) => c.tagName !== 'STYLE' && c.tagName !== 'SCRIPT')
      .map((c) => (c as HTMLElement).innerText ?? c.textContent ?? '')
      .join('\n');
  });
}

/** Every element carrying `data-supportlink` in a frame, including inside open shadow roots. */
export function supportlinkHosts(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        const id = el.getAttribute('data-supportlink');
        if (id !== null) out.push(id);
        if (el.hasAttribute('data-supportlink-filled')) out.push('filled');
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  });
}

export function frameByHost(page: Page, hostPart: string): Frame {
  const f = page.frames().find((fr) => fr.url().includes(hostPart));
  if (!f) throw new Error(`no frame on ${hostPart}; frames: ${page.frames().map((x) => x.url())}`);
  return f;
}

export async function waitForFrame(page: Page, hostPart: string): Promise<Frame> {
  await until(
    `a frame on ${hostPart}`,
    async () => page.frames().some((f) => f.url().includes(hostPart)),
    (found) => found,
    15_000,
  );
  return frameByHost(page, hostPart);
}

export const AZURE_SUPPORT_PLANS = '#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans';

/** Opens Help + support → Support plans → Link support benefits in the Azure portal fixture. */
export async function openAzureLinkForm(
  b: Browser,
  opts: { form: 'react' | 'knockout'; lang?: string; noise?: number; notice?: boolean; page?: Page },
): Promise<{ page: Page; frame: Page | Frame }> {
  const page = opts.page ?? (await b.newPage());
  const q = new URLSearchParams({ linkForm: opts.form, l: opts.lang ?? 'en' });
  if (opts.noise) q.set('noise', String(opts.noise));
  if (opts.notice) q.set('notice', '1');
  await page.goto(`https://portal.azure.com/?${q}${AZURE_SUPPORT_PLANS}`);
  await page.locator('#link-benefits-command').click();
  if (opts.form === 'knockout') {
    await page.locator('[data-blade-id="link"] input.azc-input').first().waitFor();
    return { page, frame: page };
  }
  const frame = await waitForFrame(page, 'reactblade.portal.azure.net');
  await frame.locator('input').first().waitFor();
  return { page, frame };
}

/** Polls `read` until `ok` holds (usable in hooks, where expect.poll is not). */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
