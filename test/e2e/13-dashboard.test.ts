/**
 * Scenario 13 — the team dashboard served by the real API at `/`, in real Chromium:
 * sign in with a token; the contract expiring in 20 days with unused incidents is at the top
 * with its forecast; its chart, ledger and links; the organisation's screens. Every screen in
 * English and Chinese, light and dark, 360 px and wide: screenshotted and checked with axe.
 * The page loads nothing from anywhere but its server, and the CSP is never violated.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, type InitResult, startApi } from '../harness/api.js';
import {
  type DashboardPage,
  type Look,
  launchPlain,
  lookName,
  openDashboard,
  seriousA11yViolations,
  shoot,
  signIn,
} from '../harness/dashboard.js';
import { seedContract, TEAM } from '../harness/team-seed.js';

const LOOKS: Look[] = [
  { locale: 'en', scheme: 'light', width: 1280 },
  { locale: 'en', scheme: 'dark', width: 360 },
  { locale: 'zh-CN', scheme: 'dark', width: 1280 },
  { locale: 'zh-CN', scheme: 'light', width: 360 },
];

interface SummaryItem {
  id: string;
  label: string;
  daysToExpiry: number;
  forecast: { kind: string; unusedAtExpiry: number | null };
}

describe('scenario 13: the team dashboard (real API, real Chromium)', () => {
  let api: Api;
  let owner: InitResult;
  let browser: Browser;
  let soonId = '';
  let soon: SummaryItem;
  const pages: DashboardPage[] = [];
  // A webhook receiver on loopback: what the API posts when an admin presses "Send a test".
  const received: { path: string; type: string; body: string }[] = [];
  let receiver: Server;
  let hookUrl = '';

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => {
        body += d.toString();
      });
      req.on('end', () => {
        received.push({ path: req.url ?? '', type: req.headers['content-type'] ?? '', body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/team-secret-7f3a`;
    // The alert loop delivers every second here, so the real alerts reach the receiver within the test.
    api = await startApi({
      corsOrigins: [],
      env: {
        ALERTS_ALLOW_PRIVATE_WEBHOOKS: 'true',
        ALERTS_TICK_SECONDS: '1',
        PUBLIC_URL: 'http://dashboard.example',
      },
    });
    owner = api.init('Contoso Partners', 'Olivia Owner');
    for (const c of TEAM) {
      const id = await seedContract(api, owner.token, c);
      if (c.label === 'Contoso on-premises') soonId = id;
    }
    const summary = await api.json<{ contracts: SummaryItem[] }>(owner.token, '/v1/summary');
    soon = summary.contracts.find((c) => c.id === soonId) as SummaryItem;
    browser = await launchPlain();
  });
  afterAll(async () => {
    for (const p of pages) await p.close().catch(() => {});
    await browser?.close();
    await api?.dispose();
    await new Promise((r) => receiver?.close(r));
  });

  const open = async (look: Look) => {
    const d = await openDashboard(browser, api.origin, look);
    pages.push(d);
    return d;
  };

  it('is served at / with a strict Content-Security-Policy and no third-party anything', async () => {
    const res = await fetch(`${api.origin}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|style=|https?:\/\//);
  });

  it('signs in with a token (kept for the session only) and puts the contract expiring in 20 days with unused incidents first, with its forecast', async () => {
    expect(soon.daysToExpiry).toBe(20);
    expect(soon.forecast.kind).toBe('unused-at-expiry');
    const look = LOOKS[0] as Look;
    const d = await open(look);
    const { page } = d;
    await page.getByRole('heading', { name: 'Sign in to SupportLink' }).waitFor();
    await shoot(page, 'signin', look);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.locator('#token').fill('not a token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('does not look like a SupportLink token');
    await page.locator('#token').fill(`slk_${'A'.repeat(43)}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('was not accepted');

    await signIn(page, owner.token);
    const rows = page.locator('[data-testid="contract-row"]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(TEAM.length);
    const first = rows.first();
    expect(await first.getAttribute('data-contract-id')).toBe(soonId);
    expect(await first.innerText()).toContain('Contoso on-premises');
    expect(await first.innerText()).toContain('Expires in 20 days');
    expect(await first.locator('[data-testid="forecast"]').innerText()).toContain(
      `${soon.forecast.unusedAtExpiry} unused at expiry`,
    );
    // The used-up and expired contracts come after every contract still running.
    const names = await rows.locator('th a').allInnerTexts();
    expect(names.indexOf('Legacy support 2025')).toBe(TEAM.length - 1);
    expect(names.indexOf('Tailspin cloud (used up)')).toBeGreaterThan(names.indexOf('Unlimited cloud'));

    const stored = await page.evaluate(() => ({
      session: Object.values({ ...sessionStorage }),
      local: JSON.stringify({ ...localStorage }),
      cookie: document.cookie,
      url: location.href,
    }));
    expect(stored.session).toContain(owner.token);
    expect(stored.local).not.toContain(owner.token);
    expect(stored.cookie).toBe('');
    expect(stored.url).not.toContain(owner.token);
  });

  it('opens the contract: chart with the forecast line, ledger, and who linked it where', async () => {
    const page = (pages[0] as DashboardPage).page;
    await page.getByRole('link', { name: 'Contoso on-premises' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contoso on-premises' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const chart = page.locator('[data-testid="usage-chart"]');
    await chart.locator('canvas').waitFor();
    expect(await chart.innerText()).toContain('Forecast');
    // The canvas was drawn on: many distinct colours, not a blank rectangle.
    const colours = await chart.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      const seen = new Set<number>();
      for (let i = 0; i + 2 < data.length; i += 16) {
        seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      }
      return seen.size;
    });
    expect(colours).toBeGreaterThan(8);
    expect(await page.getByTestId('detail-forecast').innerText()).toContain(
      `${soon.forecast.unusedAtExpiry} unused at expiry`,
    );
    const ledger = page.locator('[data-testid="ledger"] tbody tr');
    expect(await ledger.count()).toBe(5);
    expect(await ledger.first().innerText()).toContain('Seen: 18 left');
    const links = await page.locator('[data-testid="links"]').innerText();
    expect(links).toContain('alice@contoso.example');
    expect(links).toContain('Azure portal');
    expect(links).toContain('Olivia Owner');
  });

  it("configures a webhook in the organisation's alert settings and receives the test alert", async () => {
    const page = (pages[0] as DashboardPage).page;
    await page.getByRole('link', { name: 'Organisation' }).click();
    await page.getByRole('link', { name: 'Alerts' }).click();
    await page.getByRole('heading', { name: 'Where alerts go' }).waitFor();
    await page.getByText('No channel yet').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Team webhook');
    await page.getByLabel('Webhook URL').fill(hookUrl);
    await page.getByRole('button', { name: 'Add channel' }).click();
    const channels = page.locator('[data-testid="channels"]');
    await channels.waitFor();
    // The URL is shown back as a hint only: never its secret path.
    expect(await channels.innerText()).toContain('http://127.0.0.1:');
    expect(await channels.innerText()).not.toContain('team-secret');
    await page.getByRole('button', { name: 'Send a test alert to Team webhook' }).click();
    await expect
      .poll(() => page.getByTestId('test-result').innerText())
      .toMatch(/^Test delivered to Team webhook \(HTTP 204\)/);
    // The server's alert loop may deliver real alerts to the new channel too; the test is the one marked so.
    const tests = received.filter((r) => (JSON.parse(r.body) as { test?: boolean }).test === true);
    expect(tests).toHaveLength(1);
    const hit = tests[0] as (typeof received)[number];
    expect(hit.path).toBe('/hooks/team-secret-7f3a');
    expect(hit.type).toContain('application/json');
    const body = JSON.parse(hit.body) as { type: string; test: boolean; alert: { title: string } };
    expect(body).toMatchObject({ type: 'supportlink.alert', test: true });
    expect(body.alert.title).toBe('SupportLink test alert');
    expect(hit.body).not.toContain(owner.token);

    // "Holding now" lists the warnings in force; the contract ending in 20 days is among them, and
    // its alert reaches the webhook (not only the test), linking to the contract on the dashboard.
    await page.getByRole('button', { name: 'Check now' }).click();
    const holding = page.locator('[data-testid="fired-alerts"]');
    await holding.waitFor();
    const soonAlert = holding.getByRole('link', { name: /^Contoso on-premises: / });
    await soonAlert.first().waitFor();
    expect(await soonAlert.first().getAttribute('href')).toBe(`#/contracts/${soonId}`);
    const title = await soonAlert.first().innerText();
    await expect
      .poll(
        () =>
          received
            .map((r) => JSON.parse(r.body) as { test: boolean; alert: { title: string; link: string } })
            .find((b) => !b.test && b.alert.title === title)?.alert.link,
        { timeout: 20_000 },
      )
      .toBe(`http://dashboard.example/#/contracts/${soonId}`);

    await page.getByRole('link', { name: 'Delivery log' }).click();
    const log = page.locator('[data-testid="deliveries"] tbody tr');
    await log.first().waitFor();
    const rows = await log.allInnerTexts();
    const testRows = rows.filter((r) => /\bTest\b/.test(r));
    expect(testRows).toHaveLength(1);
    expect(testRows[0]).toContain('Team webhook');
    expect(testRows[0]).toContain('Delivered');
    expect(testRows[0]).toContain('HTTP 204');
    // The alert's own delivery names the warning it carried.
    await expect.poll(async () => (await log.allInnerTexts()).some((r) => r.includes(title))).toBe(true);
  });

  const SCREENS = () => [
    { name: 'contracts', hash: '#/', ready: '[data-testid="contract-row"]' },
    { name: 'contract', hash: `#/contracts/${soonId}`, ready: '[data-testid="usage-chart"] canvas' },
    { name: 'members', hash: '#/organisation/members', ready: '[data-testid="members"]' },
    { name: 'tokens', hash: '#/organisation/tokens', ready: '[data-testid="tokens"]' },
    { name: 'alerts', hash: '#/organisation/alerts', ready: '[data-testid="channels"]' },
    { name: 'deliveries', hash: '#/organisation/deliveries', ready: '[data-testid="deliveries"]' },
    { name: 'audit', hash: '#/organisation/audit', ready: '[data-testid="audit"]' },
    { name: 'export', hash: '#/organisation/export', ready: 'main h2' },
  ];

  it.each(LOOKS.map((l) => [lookName(l), l] as const))(
    'every screen in %s: screenshots, no serious axe violations, nothing from elsewhere, no CSP violation',
    async (_name, look) => {
      const problems: string[] = [];
      const d = await open(look);
      const { page } = d;
      if (look !== LOOKS[0]) {
        await page.locator('#token').waitFor();
        await shoot(page, 'signin', look);
        problems.push(...(await seriousA11yViolations(page)).map((v) => `signin: ${v}`));
      }
      await signIn(page, owner.token);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(look.locale);
      for (const s of SCREENS()) {
        await page.evaluate((h) => {
          location.hash = h;
        }, s.hash);
        await page.locator(s.ready).first().waitFor();
        await shoot(page, s.name, look);
        problems.push(...(await seriousA11yViolations(page)).map((v) => `${s.name}: ${v}`));
        if (look.width === 360) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
          expect(overflow, `${s.name} scrolls sideways`).toBeLessThanOrEqual(0);
        }
      }
      if (look.locale === 'zh-CN') {
        await page.evaluate(() => {
          location.hash = '#/';
        });
        await page.getByRole('heading', { name: '合同一览' }).waitFor();
        const first = page.locator('[data-testid="contract-row"]').first();
        expect(await first.innerText()).toContain('20 天后到期');
        expect(await first.innerText()).toContain(`到期时将有 ${soon.forecast.unusedAtExpiry} 个未使用`);
      }
      expect(d.cspViolations).toEqual([]);
      expect([...d.origins]).toEqual([api.origin]);
      expect(problems).toEqual([]);
      await d.close();
    },
    240_000,
  );

  it('is usable with the keyboard alone: sign in, open a contract, switch language', async () => {
    const look: Look = { locale: 'en', scheme: 'light', width: 1280 };
    const { page } = await open(look);
    await page.locator('#token').waitFor();
    // Tab from the top of the page to the token field.
    for (let i = 0; i < 6; i++) {
      if (await page.evaluate(() => document.activeElement?.id === 'token')) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('token');
    await page.keyboard.type(owner.token);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="contract-row"]').first().waitFor();
    let reached = false;
    for (let i = 0; i < 25 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === 'Contoso on-premises');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Contoso on-premises' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByTestId('language').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.getByRole('link', { name: '← 全部合同' }).count()).toBe(1);

    // Alerts by keyboard: from the Organisation link, Tab and Enter reach "发送测试" (Send a test).
    const tabTo = async (test: () => boolean, max = 60) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(test)) return true;
      }
      return false;
    };
    await page.getByRole('link', { name: '组织' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '组织' }).waitFor();
    expect(await tabTo(() => document.activeElement?.textContent === '提醒')).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="channels"]').waitFor();
    const before = received.length;
    expect(await tabTo(() => document.activeElement?.textContent === '发送测试')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('test-result').innerText()).toContain('测试已送达 Team webhook');
    expect(received.length).toBeGreaterThan(before);
  });
});
