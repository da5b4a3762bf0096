/**
 * The harness itself: fixtures on the real hostnames, content scripts injected on the
 * routed URLs (iframes included), hash navigation without reloads, and a network
 * recorder that really catches a service worker talking to a host it should not.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch } from '../harness/chromium.js';
import { writeProbeExtension } from '../harness/probe-extension.js';

type Probe = { probeFetch(url: string): Promise<string> };

describe('harness', () => {
  let browser: Browser;
  const api = createServer((_req, res) => res.end('ok'));
  let apiOrigin = '';

  beforeAll(async () => {
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
    apiOrigin = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    browser = await launch({ extensionDir: writeProbeExtension(), apiOrigin });
  });
  afterAll(async () => {
    await browser?.close();
    api.close();
  });

  it('serves the portals on their real hostnames and injects content scripts in the cross-origin React frame', async () => {
    const page = await browser.newPage();
    await page.goto(
      'https://portal.azure.com/?linkForm=react#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans',
    );
    await page.locator('#link-benefits-command').click();
    const frame = page.frameLocator('iframe.fxs-reactview-frame');
    await expect.poll(() => frame.getByLabel('Access ID').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.probe)).toBe(
      'injected:portal.azure.com',
    );
    const child = page.frames().find((f) => f.url().includes('reactblade.portal.azure.net'));
    expect(child).toBeTruthy();
    await expect
      .poll(() => child!.evaluate(() => document.documentElement.dataset.probe))
      .toBe('injected:sandbox-7.reactblade.portal.azure.net');
    // The React form's Link button follows React state.
    const link = frame.getByRole('button', { name: 'Link' });
    await expect.poll(() => link.isDisabled()).toBe(true);
    await frame.getByLabel('Access ID').fill('1');
    await frame.getByLabel('Contract ID').fill('2');
    await expect.poll(() => link.isEnabled()).toBe(true);
    await link.click();
    await expect.poll(() => browser.portals.submissions.length).toBe(1);
    expect(browser.portals.submissions[0]).toMatchObject({ form: 'react', accessId: '1', contractId: '2' });
    await page.close();
  });

  it('navigates the Azure portal by hash without reloading', async () => {
    const page = await browser.newPage();
    await page.goto('https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview');
    await page.getByRole('link', { name: 'Support plans' }).click();
    await expect.poll(() => page.locator('#link-benefits-command').count()).toBe(1);
    expect(
      await page.evaluate(() => [
        document.documentElement.dataset.fixtureLoads,
        window.__fixture.hashChanges,
      ]),
    ).toEqual(['1', 1]);
    await page.close();
  });

  it('leaves look-alike hosts without content scripts', async () => {
    const page = await browser.newPage();
    await page.goto('https://portal.azure.com.evil.example/');
    await expect.poll(() => page.locator('.fxs-messagebox').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.probe)).toBeUndefined();
    await page.close();
  });

  it('lets the configured API through and records any other request from the service worker', async () => {
    expect(browser.portals.violations()).toEqual([]);
    const ok = await browser.worker.evaluate(
      (u) => (self as unknown as Probe).probeFetch(u),
      `${apiOrigin}/healthz`,
    );
    expect(ok).toBe('status 200');
    const bad = await browser.worker.evaluate(
      (u) => (self as unknown as Probe).probeFetch(u),
      'https://telemetry.example.net/x',
    );
    expect(bad).toMatch(/^error/);
    const loopback = await browser.worker.evaluate(
      (u) => (self as unknown as Probe).probeFetch(u),
      'http://127.0.0.1:9/other',
    );
    expect(loopback).toMatch(/^error/);
    const v = browser.portals.violations();
    expect(v.some((x) => x.includes('telemetry.example.net') && x.includes('service-worker'))).toBe(true);
    expect(v.some((x) => x.includes('127.0.0.1:9'))).toBe(true);
    expect(browser.portals.apiRequests.map((r) => r.url)).toEqual([`${apiOrigin}/healthz`]);
  });
});
