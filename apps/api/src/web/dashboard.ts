import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { Problem } from '../errors.js';
import { loadStaticFiles, type StaticFile } from './static-files.js';

/**
 * Only this origin, nothing inline, no eval, no frames, no plug-ins: the dashboard's built files
 * are all it may load, and it may talk to this API only.
 */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The dashboard workspace's build output, wherever npm placed the workspace. */
export function dashboardDistDir(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('@supportlink/dashboard/package.json');
    return join(dirname(pkg), 'dist');
  } catch {
    return null;
  }
}

const notBuilt = () =>
  new Problem(
    404,
    'dashboard-not-built',
    'Dashboard not built',
    'The dashboard is not built: run `npm run build -w @supportlink/dashboard` (or `npm run build`) and restart.',
  );

/**
 * Serves the team dashboard at `/` from memory (no CDN, works offline) with a strict CSP. Files
 * are read on the first request, so building the app touches no disk. Hashed assets are cached
 * for a year; the page itself is revalidated every time.
 */
export function dashboardRoutes(dir: string | null = dashboardDistDir()) {
  const app = new Hono<AppEnv>();
  let files: Map<string, StaticFile> | null | undefined;
  const file = (path: string) => {
    if (files === undefined) files = dir ? loadStaticFiles(dir) : null;
    if (files === null) throw notBuilt();
    return files.get(path) ?? null;
  };

  const serve = (path: string, immutable: boolean) => (c: import('hono').Context<AppEnv>) => {
    const f = file(path);
    if (!f) throw new Problem(404, 'not-found', 'Not found', 'No such route.');
    c.header('Content-Security-Policy', DASHBOARD_CSP);
    c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    c.header('ETag', f.etag);
    if (c.req.header('if-none-match') === f.etag) return c.body(null, 304);
    c.header('Content-Type', f.type);
    return c.body(f.body as Uint8Array<ArrayBuffer>, 200);
  };

  app.get('/', (c) => serve('/index.html', false)(c));
  app.get('/index.html', (c) => c.redirect('/', 301));
  app.get('/assets/:name', (c) => serve(`/assets/${c.req.param('name')}`, true)(c));
  app.get('/favicon.svg', (c) => serve('/favicon.svg', false)(c));
  return app;
}
