/**
 * Scenario 11 — First run, as the README tells a new user: the server started exactly as the
 * run command starts it (no CORS_ORIGINS), its printed URL and owner token pasted into Options,
 * "Test connection" succeeds with no other step, the contracts made in local mode reach the
 * server, and the popup says synced (not "Offline: N changes waiting"). Also `/docs` renders
 * from the server alone.
 */
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, freePort, startApi } from '../harness/api.js';
import { listOf } from '../harness/api-shapes.js';
import {
  type Browser,
  expectOnlyAllowedTraffic,
  launchWithExtension,
  screenshot,
  until,
} from '../harness/suite.js';
import { addContractByHand, openOptions, openPopup, openTab } from '../harness/ui.js';

const LOCAL = [
  { accessId: '7100001', contractId: 'FRS-0001-0001', label: 'First-run contract one' },
  { accessId: '7100002', contractId: 'FRS-0002-0002', label: 'First-run contract two' },
];

describe('scenario 11: first run with the printed URL and token', () => {
  let api: Api;
  let b: Browser;
  let url = '';
  let token = '';

  beforeAll(async () => {
    api = await startApi();
    const printed = await until(
      'the first start to print the owner token',
      async () => api.output.join(''),
      (out) => /Owner token[^:]*: slk_/.test(out),
    );
    url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(printed)?.[1] ?? '';
    token = /Owner token[^:]*: (slk_[A-Za-z0-9_-]+)/.exec(printed)?.[1] ?? '';
    b = await launchWithExtension({ apiOrigin: api.origin });
  });
  afterAll(async () => {
    await b?.close();
    await api?.dispose();
  });

  it('the server prints its URL, the extension origin it allows and the token', () => {
    expect(url).toBe(api.origin);
    expect(token).toMatch(/^slk_/);
    expect(api.output.join('')).toContain('Allowed extension origins: chrome-extension://');
  });

  it('"Test connection" says what is wrong: nothing at that address, a refused token', async () => {
    const options = await openOptions(b);
    await openTab(options, 'Sync');
    const section = options.getByRole('region', { name: 'Where your contracts are kept' });
    await section.getByRole('radio', { name: 'Sync with a SupportLink server' }).check();
    const result = options.getByTestId('sync-result');
    const test = async (serverUrl: string, accessToken: string) => {
      await section.getByLabel('Server URL', { exact: true }).fill(serverUrl);
      await section.getByLabel('Access token', { exact: true }).fill(accessToken);
      await section.getByRole('button', { name: 'Test connection' }).click();
      return until(
        'the connection test',
        () => result.innerText(),
        (t) => t.startsWith('Connection failed') || t.startsWith('Connected'),
        20_000,
      );
    };
    // A port that was free a moment ago: nothing answers there.
    const wrongPort = `http://127.0.0.1:${await freePort()}`;
    expect(await test(wrongPort, token)).toContain(`Nothing answers at ${wrongPort}`);
    // Those requests were ours, on purpose; they went nowhere else.
    const ours = b.portals.blocked.filter((r) => r.url.startsWith(`${wrongPort}/`));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((r) => r.url.startsWith(`${wrongPort}/healthz`))).toBe(true);
    b.portals.blocked.splice(
      0,
      b.portals.blocked.length,
      ...b.portals.blocked.filter((r) => !ours.includes(r)),
    );
    expect(await test(url, 'slk_not-the-token-not-the-token-not-the-token-xx')).toMatch(
      /reachable but refused the access token \(401\)/,
    );
    await screenshot(options, '11-options-token-refused');
    await options.close();
  });

  it('"Test connection" succeeds with no other step; saving syncs the local contracts; the popup says synced', async () => {
    const options = await openOptions(b);
    for (const c of LOCAL) {
      await addContractByHand(options, {
        ...c,
        benefit: 'Cloud',
        offer: /solutions partner/i,
        startDate: '2026-01-01',
        endDate: '2027-06-30',
      });
    }
    // README: Options → "Where your contracts are kept" → "Sync with a SupportLink server" first.
    await openTab(options, 'Sync');
    const section = options.getByRole('region', { name: 'Where your contracts are kept' });
    await section.getByRole('radio', { name: 'Sync with a SupportLink server' }).check();
    await section.getByLabel('Server URL', { exact: true }).fill(url);
    await section.getByLabel('Access token', { exact: true }).fill(token);
    await section.getByRole('button', { name: 'Test connection' }).click();
    const result = options.getByTestId('sync-result');
    await until(
      'the connection test',
      () => result.innerText(),
      (t) => t !== '' && !/Testing/.test(t),
      20_000,
    );
    expect(await result.innerText()).toBe('Connected as Owner (Owner) in My organisation');
    await screenshot(options, '11-options-test-connection');

    await section.getByRole('button', { name: 'Save sync settings' }).click();
    await until(
      'the sync settings saved',
      () => result.innerText(),
      (t) => /^Sync settings saved/.test(t),
      20_000,
    );
    expect(await result.innerText()).toBe('Sync settings saved');
    await expect
      .poll(async () => listOf(await api.json(token, '/v1/contracts')).map((c) => c.label), {
        timeout: 15_000,
      })
      .toEqual(expect.arrayContaining(LOCAL.map((c) => c.label)));

    const popup = await openPopup(b);
    const status = popup.getByTestId('sync-status');
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/^Synced/);
    expect(await status.innerText()).not.toMatch(/offline|waiting/i);
    await screenshot(popup, '11-popup-synced');
    expectOnlyAllowedTraffic(b);
  });

  it('/docs renders the API reference with every request on the server’s own origin', async () => {
    const page = await b.newPage();
    const requests: string[] = [];
    const refused: string[] = [];
    page.on('request', (r: Request) => requests.push(r.url()));
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(`${api.origin}/docs`);
    await page.getByText('SupportLink sync API').first().waitFor({ timeout: 20_000 });
    await page.locator('.opblock').first().waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(10);
    await page.getByText('/v1/contracts/{id}/events').first().waitFor();
    await page.setViewportSize({ width: 1200, height: 1600 });
    await screenshot(page, '11-docs');
    const origins = [...new Set(requests.map((u) => new URL(u).origin))];
    expect(origins).toEqual([api.origin]);
    expect(requests).toEqual(expect.arrayContaining([`${api.origin}/openapi.json`]));
    expect(refused).toEqual([]);
    await page.close();
    expectOnlyAllowedTraffic(b);
  });
});
