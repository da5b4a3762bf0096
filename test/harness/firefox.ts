/**
 * Debian's Firefox ESR with the firefox-mv3 build, driven by puppeteer-core over WebDriver BiDi
 * (no geckodriver, nothing downloaded). The extension gets a fixed `moz-extension://` host through
 * the `extensions.webextensions.uuids` pref; every page answers the portal hostnames from the
 * same fixture server as Chromium (request interception), and a recording proxy catches anything
 * that escapes. Firefox quirks handled here: navigation events do not arrive for extension pages
 * (we navigate and poll the document), and console messages from extension pages come out on
 * Firefox's stdout through the `devtools.console.stdout.*` prefs.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { createPortals, type PortalAnswer, type PortalServer } from './portals.js';
import { type RecordingProxy, startRecordingProxy } from './proxy.js';

/** The fixed internal UUID the test profile gives the extension, so its pages have a known address. */
export const FIREFOX_EXTENSION_UUID = '6a1e5b2c-4d3f-4e8a-9b7c-0d1e2f3a4b5c';

export function firefoxPath(): string {
  const p = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(p))
    throw new Error(`Firefox not found at ${p}: install Debian's firefox-esr or set FIREFOX_PATH`);
  return p;
}

export interface FirefoxRun {
  browser: Browser;
  /** `moz-extension://<fixed uuid>` */
  extensionBase: string;
  portals: PortalServer;
  proxy: RecordingProxy;
  /** Firefox's stdout and stderr so far (console messages of pages and extension pages). */
  output(): string;
  /** A new tab whose requests the fixture server answers. */
  newPage(): Promise<Page>;
  /** Opens an extension page (`options.html`, `popup.html`) and waits until its document has `ready`. */
  openExtensionPage(path: string, ready: string, page?: Page): Promise<Page>;
  close(): Promise<void>;
}

function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`no gecko id in ${extensionDir}/manifest.json`);
  return id as string;
}

/** Polls `read` until `ok` holds; evaluation errors during a navigation are retried. */
export async function poll<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      error = e;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}; last value: ${JSON.stringify(last)}${error ? `; last error: ${String(error)}` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function launchFirefox(opts: {
  extensionDir: string;
  apiOrigin?: string | null;
}): Promise<FirefoxRun> {
  if (!existsSync(join(opts.extensionDir, 'manifest.json'))) {
    throw new Error(
      `no Firefox build at ${opts.extensionDir}: run \`npm run build -w @supportlink/extension\``,
    );
  }
  const proxy = await startRecordingProxy();
  const work = mkdtempSync(join(tmpdir(), 'supportlink-e2e-firefox-'));
  // Install a copy, so a rebuild during the run cannot change what this browser runs.
  const extensionCopy = join(work, 'extension');
  cpSync(opts.extensionDir, extensionCopy, { recursive: true });
  const { server: portals, answer } = createPortals({ apiOrigin: opts.apiOrigin ?? null, proxy });
  const extensionBase = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    userDataDir: join(work, 'profile'),
    defaultViewport: { width: 1200, height: 860 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionCopy)]: FIREFOX_EXTENSION_UUID }),
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
      'intl.accept_languages': 'en-US',
      // Pages in the dark colour scheme: the Chromium scenarios' screenshots show the light one.
      'layout.css.prefers-color-scheme.content-override': 0,
      'intl.locale.requested': 'en-US',
      // Backstop: whatever escapes interception goes to the local recorder, never out. Loopback
      // (the API) is not proxied.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.http.speculative-parallel-limit': 0,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  let output = '';
  const child = browser.process();
  child?.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child?.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  await browser.installExtension(extensionCopy);

  async function intercept(page: Page): Promise<void> {
    await page.setRequestInterception(true);
    page.on('request', (req: HTTPRequest) => {
      if (req.isInterceptResolutionHandled()) return;
      decide(req).catch((e: unknown) => {
        output += `\n[harness] interception of ${req.url()} failed: ${String(e)}\n`;
        void req.abort('failed').catch(() => undefined);
      });
    });
  }

  // Over BiDi, resourceType() and postData() are CDP-only: navigations stand for documents, and the
  // body is fetched from the browser.
  async function decide(req: HTTPRequest): Promise<void> {
    let body: unknown = null;
    if (req.method() === 'POST') {
      try {
        body = JSON.parse((await req.fetchPostData()) ?? 'null');
      } catch {
        // no body, or not JSON
      }
    }
    const a: PortalAnswer = answer({
      url: req.url(),
      method: req.method(),
      body,
      resourceType: req.isNavigationRequest() ? 'document' : 'other',
      from: `page ${req.frame()?.url() ?? 'unknown'}`,
    });
    if (a.kind === 'fulfill')
      await req.respond({ status: a.status, body: a.body, contentType: a.contentType, headers: a.headers });
    else if (a.kind === 'continue') await req.continue();
    else await req.abort('blockedbyclient');
  }

  const run: FirefoxRun = {
    browser,
    extensionBase,
    portals,
    proxy,
    output: () => output,
    async newPage() {
      const page = await browser.newPage();
      await intercept(page);
      return page;
    },
    async openExtensionPage(path, ready, page) {
      const p = page ?? (await browser.newPage());
      const url = `${extensionBase}/${path}`;
      // No load event arrives for moz-extension:// documents: start the navigation, then poll.
      void p.goto(url, { timeout: 60_000 }).catch(() => undefined);
      await poll(
        `${url} to render ${ready}`,
        () => p.evaluate((sel) => `${location.href}|${Boolean(document.querySelector(sel))}`, ready),
        (v) => v === `${url}|true`,
        30_000,
      );
      return p;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
  return run;
}

/** The first frame whose URL contains `part` (the Azure portal's React view is a cross-origin iframe). */
export function frameOn(page: Page, part: string): Promise<Frame> {
  return poll(
    `a frame on ${part}`,
    async () => page.frames().find((f) => f.url().includes(part)) ?? null,
    (f) => f !== null,
  ) as Promise<Frame>;
}
