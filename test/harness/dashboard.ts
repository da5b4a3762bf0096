/**
 * The team dashboard in a plain Chromium (no extension): pages in a given language, colour
 * scheme and width, every request recorded (the dashboard must need nothing but its server),
 * CSP violations collected, screenshots and axe checks per screen.
 */

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromePath } from './chromium.js';
import { artifactsDir } from './paths.js';

export interface Look {
  locale: 'en' | 'zh-CN';
  scheme: 'light' | 'dark';
  width: 360 | 1280;
}

export const lookName = (l: Look) => `${l.locale}-${l.scheme}-${l.width === 360 ? '360' : 'wide'}`;

export async function launchPlain(): Promise<Browser> {
  const args = [
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return chromium.launch({ executablePath: chromePath(), headless: true, args });
}

export interface DashboardPage {
  context: BrowserContext;
  page: Page;
  /** Origins of every request the page made. */
  origins: Set<string>;
  /** Console messages about the Content-Security-Policy, and securitypolicyviolation events. */
  cspViolations: string[];
  close(): Promise<void>;
}

export async function openDashboard(browser: Browser, origin: string, look: Look): Promise<DashboardPage> {
  const context = await browser.newContext({
    locale: look.locale === 'zh-CN' ? 'zh-CN' : 'en-US',
    colorScheme: look.scheme,
    viewport: { width: look.width, height: look.width === 360 ? 780 : 900 },
    // Chromium's Accept-Language follows the context locale; the dashboard reads navigator.languages.
  });
  const origins = new Set<string>();
  const cspViolations: string[] = [];
  context.on('request', (r) => origins.add(new URL(r.url()).origin));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.exposeFunction('__cspViolation', (text: string) => cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(t: string): void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto(`${origin}/`);
  return { context, page, origins, cspViolations, close: () => context.close() };
}

export async function signIn(page: Page, token: string): Promise<void> {
  await page.locator('#token').fill(token);
  await page.locator('form button[type=submit]').click();
  await page.locator('[data-testid="org-name"]').waitFor();
}

/** axe-core on the current screen: the serious and critical violations, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/** Waits for the screen's own content, then screenshots the full page. */
export async function shoot(page: Page, screen: string, look: Look): Promise<string> {
  await page.waitForLoadState('networkidle');
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `13-dashboard-${screen}-${lookName(look)}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
