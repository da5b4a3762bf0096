/**
 * Serves the fixture portals on the real hostnames, lets the configured API through, and
 * blocks and records everything else. The answers are decided here for any browser driver:
 * `installPortals` wires them into Playwright's context routing (Chromium), the Firefox
 * harness into Puppeteer's request interception.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Request } from 'playwright-core';
import type { LinkResult } from '../fixtures/src/strings.js';
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
  return BROWSER_SERVICE.test(seen) || isFixtureConnect(seen);
}

/**
 * A bare CONNECT to a host the fixtures serve: every request to those hosts, the service
 * worker's included, is answered by Playwright's routing, so a tunnel to one is the browser
 * warming a socket (seen under load, e.g. while a page closes mid-request), not traffic
 * that escaped. Any other host still counts.
 */
function isFixtureConnect(seen: string): boolean {
  const m = /^([a-z0-9.-]+):443$/i.exec(seen);
  return m !== null && isPortalHost(m[1]!.toLowerCase());
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

/** One request as any driver sees it. */
export interface PortalRequest {
  url: string;
  method: string;
  /** The parsed JSON body of a POST, when there is one. */
  body: unknown;
  resourceType: string;
  /** Who made it (`service-worker <url>`, `page <url>`, `unknown`), for the record. */
  from: string;
}

/** What to do with a request: answer it from the fixtures, let it through, or block it (recorded). */
export type PortalAnswer =
  | { kind: 'fulfill'; status: number; body: string; contentType: string; headers: Record<string, string> }
  | { kind: 'continue' }
  | { kind: 'abort' };

export interface PortalServer {
  /** What the Azure "Link" endpoints answer next. */
  linkResult: LinkResult;
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

/** The fixture server: its state (`server`) and the answer to each request. */
export function createPortals(opts: PortalOptions): {
  server: PortalServer;
  answer(req: PortalRequest): PortalAnswer;
} {
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
  const send = (body: string, contentType = 'text/html; charset=utf-8', status = 200): PortalAnswer => ({
    kind: 'fulfill',
    status,
    body,
    contentType,
    headers: { 'cache-control': 'no-store' },
  });
  const json = (value: unknown) => send(JSON.stringify(value), 'application/json');

  function record(req: PortalRequest, url: URL): void {
    const body = (req.body ?? {}) as Partial<Submission>;
    server.submissions.push({
      url: url.href,
      form: String(body.form ?? '?'),
      accessId: String(body.accessId ?? ''),
      contractId: String(body.contractId ?? ''),
    });
  }

  function serve(req: PortalRequest, url: URL): PortalAnswer | null {
    const host = url.hostname;
    const path = url.pathname;
    const post = req.method === 'POST';

    if (path.startsWith('/__fixtures__/')) {
      const name = path.slice('/__fixtures__/'.length);
      if (!/^[a-z-]+\.js$/.test(name)) return null;
      return send(asset(name), 'text/javascript; charset=utf-8');
    }
    if (host === 'portal.azure.com' || host === 'engagecenter.microsoft.com') {
      if (path === '/api/link' && post) {
        record(req, url);
        return json({ result: server.linkResult });
      }
      if (path === '/') return send(html('Microsoft Azure', 'azure-portal', langOf(url)));
      return null;
    }
    if (REACTBLADE.test(host)) {
      if (path === '/api/link' && post) {
        record(req, url);
        return json({ result: server.linkResult });
      }
      if (path === '/ReactView/Index') return send(html('ReactView', 'azure-reactview', langOf(url)));
      return null;
    }
    if (host === 'partner.microsoft.com') {
      if (path.startsWith('/dashboard/'))
        return send(html('Technical benefits | Partner Center', 'partner-center'));
      if (path.startsWith('/commerce/')) return send(placeholder('Customers | Partner Center', 'Customers'));
      return null;
    }
    if (host === 'support.serviceshub.microsoft.com') {
      if (path === '/supportforbusiness/api/plans') return json(server.plans);
      if (path === '/supportforbusiness/api/contracts' && post) {
        record(req, url);
        return json({ ok: true });
      }
      if (path.startsWith('/supportforbusiness/'))
        return send(html('Services Hub', 'serviceshub', langOf(url)));
      return null;
    }
    if (host === 'admin.powerplatform.microsoft.com') {
      if (path === '/api/supportplans' && post) {
        record(req, url);
        return json({ ok: true });
      }
      if (path.startsWith('/support')) return send(html('Power Platform admin center', 'power-platform'));
      return null;
    }
    if (host === 'lcs.dynamics.com') return send(placeholder('Lifecycle Services', 'Manage support plans'));
    if (host === 'admin.microsoft.com') return send(placeholder('Microsoft 365 admin center', 'Support'));
    return null;
  }

  function answer(req: PortalRequest): PortalAnswer {
    const url = new URL(req.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'continue' };
    if (apiOrigin && url.origin === apiOrigin) {
      server.apiRequests.push({ method: req.method, url: url.href, from: req.from });
      return { kind: 'continue' };
    }
    if (url.protocol === 'https:' && isPortalHost(url.hostname)) {
      // A portal host, but nothing the fixtures know: answer 404 like a server would.
      return serve(req, url) ?? send('not found', 'text/plain', 404);
    }
    if (url.protocol === 'https:' && DECOY_HOSTS.includes(url.hostname)) {
      if (req.resourceType === 'document') return send(html('Look-alike', 'decoy'));
      if (url.pathname === '/__fixtures__/decoy.js') return send(asset('decoy.js'), 'text/javascript');
    }
    server.blocked.push({ url: url.href, from: req.from, resourceType: req.resourceType });
    return { kind: 'abort' };
  }

  return { server, answer };
}

/** Chromium: the fixture server behind Playwright's context routing. */
export async function installPortals(context: BrowserContext, opts: PortalOptions): Promise<PortalServer> {
  const { server, answer } = createPortals(opts);
  await context.route('**/*', async (route, req) => {
    let body: unknown = null;
    try {
      body = req.postDataJSON();
    } catch {
      // not JSON
    }
    const a = answer({
      url: req.url(),
      method: req.method(),
      body,
      resourceType: req.resourceType(),
      from: describeSource(req),
    });
    if (a.kind === 'fulfill')
      return route.fulfill({
        status: a.status,
        body: a.body,
        contentType: a.contentType,
        headers: a.headers,
      });
    if (a.kind === 'continue') return route.continue();
    return route.abort('blockedbyclient');
  });
  return server;
}
