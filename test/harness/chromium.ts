/**
 * Launches Debian's Chromium (or CHROME_PATH) with an unpacked extension, a fresh
 * profile, the network recorder and the portal routes installed.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { installPortals, type PortalOptions, type PortalServer } from './portals.js';
import { type RecordingProxy, startRecordingProxy } from './proxy.js';

export function chromePath(): string {
  const p = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(p))
    throw new Error(`Chromium not found at ${p}: install Debian's chromium or set CHROME_PATH`);
  return p;
}

export interface LaunchOptions extends Omit<PortalOptions, 'proxy'> {
  extensionDir: string;
  /** Browser UI and content language, e.g. 'zh-CN'. */
  locale?: string;
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  portals: PortalServer;
  proxy: RecordingProxy;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const w = context.serviceWorkers().find((x) => x.url().startsWith('chrome-extension://'));
    if (w) return w;
    if (Date.now() > deadline) throw new Error('the extension did not start: no service worker after 20 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function launch(opts: LaunchOptions): Promise<Browser> {
  if (!existsSync(join(opts.extensionDir, 'manifest.json'))) {
    throw new Error(
      `no extension build at ${opts.extensionDir}: run \`npm run build -w @supportlink/extension\``,
    );
  }
  const proxy = await startRecordingProxy();
  const profile = mkdtempSync(join(tmpdir(), 'supportlink-e2e-profile-'));
  // Load a snapshot of the build, so a rebuild while the browser runs cannot change it under us.
  const extensionCopy = join(profile, '..', `${profile.split('/').pop()}-extension`);
  cpSync(opts.extensionDir, extensionCopy, { recursive: true });
  const locale = opts.locale ?? 'en-US';
  // No preconnects or DNS prefetch: every connection must come from a real request.
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(
    join(profile, 'Default/Preferences'),
    JSON.stringify({ net: { network_prediction_options: 2 }, intl: { accept_languages: locale } }),
  );
  const args = [
    `--disable-extensions-except=${extensionCopy}`,
    `--load-extension=${extensionCopy}`,
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,NetworkTimeServiceQuerying,NetworkPrediction,SpeculationRulesPrefetchFuture',
    '--dns-prefetch-disable',
    '--no-pings',
    // Backstop: whatever escapes Playwright's routing goes to a local recorder, never out.
    `--proxy-server=http://127.0.0.1:${proxy.port}`,
    `--lang=${locale}`,
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    args,
    locale,
    viewport: { width: 1200, height: 860 },
    env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` },
  });
  const portals = await installPortals(context, { ...opts, proxy });
  const worker = await findServiceWorker(context);
  const extensionId = new URL(worker.url()).host;
  // Close the initial blank tab so screenshots and page counts are predictable.
  for (const p of context.pages()) if (p.url() === 'about:blank') await p.close().catch(() => {});
  return {
    context,
    extensionId,
    worker,
    portals,
    proxy,
    newPage: () => context.newPage(),
    async close() {
      await context.close().catch(() => {});
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(extensionCopy, { recursive: true, force: true });
    },
  };
}
