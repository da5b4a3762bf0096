/**
 * Serves the fixture portals on the real hostnames through Playwright's context
 * routing, lets the configured API through, and blocks and records everything else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Request, Route } from 'playwright-core';
import { fixturesDist } from './paths.js';
import type { RecordingProxy } from './proxy.js';

/** The hosts SupportLink works on (the extension's host permissions). */
export const PORTAL_HOSTS = [
  'partner.microsoft.com',
  'portal.azure.com',
  'support.serviceshub.microsoft.com',
  'engagecenter.microsoft.com',
  'admin.powerplatform.microsoft.com',
  'lcs.dynamics.com',
  'admin.microsoft.com',
];
const REACTBLADE = /^[a-z0-9-]+\.reactblade(-ms|-rc)?\.portal\.azure\.net$/;

export function isPortalHost(host: string): boolean {
  return PORTAL_HOSTS.includes(host) || REACTBLADE.test(host);
}

/**
 * Chromium's own background services (component updater, account check) still call
 * these even with the background-networking flags. They never pass through Playwright's
 * routing, so a request from the extension to the same hosts is still caught there
 * (with its source); only the backstop proxy ignores them.
 */
const BROWSER_SERVICE =
  /^(https?:\/\/)?(update\.googleapis\.com|accounts\.google\.com|clients\d?\.google\.com)(:\d+)?(\/|$)/;
export function isBrowserServiceTraffic(seen: string): boolean {
  return BROWSER_SERVICE.test(seen);
}

/** Hosts the extension has no business on; the fixtures serve look-alike pages there. */
export const DECOY_HOSTS = ['www.example.com', 'portal.azure.com.evil.example'];

export interface Plan {
  name: string;
  contractId: string;
  startDate: string;
  endDate: string;
  remaining: number | 'unlimited';
}

export interface Submission {
  url: string;
  form: string;
  accessId: string;
  contractId: string;
}

export interface BlockedRequest {
  url: string;
  /** Who made it: `service-worker <url>`, `page <url>`, or `unknown`. */
  from: string;
  resourceType: string;
}

export interface PortalOptions {
  /** e.g. `http://127.0.0.1:4123`; requests to it pass through untouched. */
  apiOrigin?: string | null;
  proxy: RecordingProxy;
}

export interface PortalServer {
  /** What the Azure "Link" endpoints answer next. */
  linkResult: 'ok' | 'already-associated';
  /** The plans Services Hub lists. */
  plans: Plan[];
  /** Every form the fixtures submitted (Azure Link, Services Hub Add contract, Power Platform Add). */
  submissions: Submission[];
  /** Requests that were blocked (any host that is neither a portal, a decoy page nor the API). */
  blocked: BlockedRequest[];
  /** Requests to the API that the browser made, as Playwright saw them. */
  apiRequests: Array<{ method: string; url: string; from: string }>;
  setApiOrigin(origin: string | null): void;
  /** Everything that breaks the "talks only to the portals and the configured API" rule. */
  violations(): string[];
}

const html = (title: string, script: string, lang = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
  // The portals self-host their fonts; keep Fluent UI from fetching them from a CDN.
  `<script>window.FabricConfig = { fontBaseUrl: '' };</script></head>` +
  `<body><script src="/__fixtures__/${script}.js"></script></body></html>`;

const placeholder = (title: string, text: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body style="font:14px sans-serif"><h1>${title}</h1><p>${text}</p></body></html>`;

function describeSource(req: Request): string {
  const sw = req.serviceWorker();
  if (sw) return `service-worker ${sw.url()}`;
  try {
    return `page ${req.frame().url()}`;
  } catch {
    return 'unknown';
  }
}

function langOf(url: URL): string {
  const l = url.searchParams.get('l') ?? url.searchParams.get('lang') ?? 'en';
  return l.toLowerCase().startsWith('zh') ? 'zh-CN' : l.slice(0, 2);
}

export async function installPortals(context: BrowserContext, opts: PortalOptions): Promise<PortalServer> {
  let apiOrigin = opts.apiOrigin ?? null;
  const server: PortalServer = {
    linkResult: 'ok',
    plans: [],
    submissions: [],
    blocked: [],
    apiRequests: [],
    setApiOrigin(origin) {
      apiOrigin = origin;
    },
    violations() {
      const out = server.blocked.map((b) => `blocked ${b.url} (from ${b.from}, ${b.resourceType})`);
      for (const s of opts.proxy.seen) {
        if (!isBrowserServiceTraffic(s)) out.push(`reached the backstop proxy: ${s}`);
      }
      return out;
    },
  };

  const asset = (name: string): string => readFileSync(join(fixturesDist, name), 'utf8');

  function record(req: Request, url: URL): void {
    const body = (req.postDataJSON() ?? {}) as Partial<Submission>;
    server.submissions.push({
      url: url.href,
      form: String(body.form ?? '?'),
      accessId: String(body.accessId ?? ''),
      contractId: String(body.contractId ?? ''),
    });
  }

  async function serve(route: Route, req: Request, url: URL): Promise<boolean> {
    const host = url.hostname;
    const path = url.pathname;
    const send = (body: string, contentType = 'text/html; charset=utf-8', status = 200) =>
      route.fulfill({ status, body, contentType, headers: { 'cache-control': 'no-store' } });
    const json = (value: unknown) => send(JSON.stringify(value), 'application/json');

    if (path.startsWith('/__fixtures__/')) {
      const name = path.slice('/__fixtures__/'.length);
      if (!/^[a-z-]+\.js$/.test(name)) return false;
      await send(asset(name), 'text/javascript; charset=utf-8');
      return true;
    }
    if (host === 'portal.azure.com' || host === 'engagecenter.microsoft.com') {
      if (path === '/api/link' && req.method() === 'POST') {
        record(req, url);
        await json({ result: server.linkResult });
        return true;
      }
      if (path === '/') {
        await send(html('Microsoft Azure', 'azure-portal', langOf(url)));
        return true;
      }
      return false;
    }
    if (REACTBLADE.test(host)) {
      if (path === '/api/link' && req.method() === 'POST') {
        record(req, url);
        await json({ result: server.linkResult });
        return true;
      }
      if (path === '/ReactView/Index') {
        await send(html('ReactView', 'azure-reactview', langOf(url)));
        return true;
      }
      return false;
    }
    if (host === 'partner.microsoft.com') {
      if (path.startsWith('/dashboard/')) {
        await send(html('Technical benefits | Partner Center', 'partner-center'));
        return true;
      }
      if (path.startsWith('/commerce/')) {
        await send(placeholder('Customers | Partner Center', 'Customers'));
        return true;
      }
      return false;
    }
    if (host === 'support.serviceshub.microsoft.com') {
      if (path === '/supportforbusiness/api/plans') {
        await json(server.plans);
        return true;
      }
      if (path === '/supportforbusiness/api/contracts' && req.method() === 'POST') {
        record(req, url);
        await json({ ok: true });
        return true;
      }
      if (path.startsWith('/supportforbusiness/')) {
        await send(html('Services Hub', 'serviceshub', langOf(url)));
        return true;
      }
      return false;
    }
    if (host === 'admin.powerplatform.microsoft.com') {
      if (path === '/api/supportplans' && req.method() === 'POST') {
        record(req, url);
        await json({ ok: true });
        return true;
      }
      if (path.startsWith('/support')) {
        await send(html('Power Platform admin center', 'power-platform'));
        return true;
      }
      return false;
    }
    if (host === 'lcs.dynamics.com') {
      await send(placeholder('Lifecycle Services', 'Manage support plans'));
      return true;
    }
    if (host === 'admin.microsoft.com') {
      await send(placeholder('Microsoft 365 admin center', 'Support'));
      return true;
    }
    return false;
  }

  await context.route('**/*', async (route, req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
    if (apiOrigin && url.origin === apiOrigin) {
      server.apiRequests.push({ method: req.method(), url: url.href, from: describeSource(req) });
      return route.continue();
    }
    if (url.protocol === 'https:' && isPortalHost(url.hostname)) {
      if (await serve(route, req, url)) return;
      // A portal host, but nothing the fixtures know: answer 404 like a server would.
      return route.fulfill({ status: 404, body: 'not found', contentType: 'text/plain' });
    }
    if (url.protocol === 'https:' && DECOY_HOSTS.includes(url.hostname)) {
      if (req.resourceType() === 'document') return route.fulfill({ body: html('Look-alike', 'decoy') });
      if (url.pathname === '/__fixtures__/decoy.js')
        return route.fulfill({ body: asset('decoy.js'), contentType: 'text/javascript' });
    }
    server.blocked.push({ url: url.href, from: describeSource(req), resourceType: req.resourceType() });
    return route.abort('blockedbyclient');
  });
  return server;
}
