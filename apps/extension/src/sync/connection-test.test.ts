// @vitest-environment node
/**
 * The connection test against the real API app (apps/api, built) with its real default CORS
 * configuration, through a fetch that applies the browser's CORS rules for an extension page:
 * without the host permission, a response must carry Access-Control-Allow-Origin for the
 * extension's origin (after a preflight for requests with Authorization); with it, CORS is skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import extensionId from '../../extension-id.json' with { type: 'json' };
import type { FetchLike } from './api-client';
import { PROBE_TIMEOUT_MS, testConnection } from './connection-test';
import { loadApi } from './testing/api-dist';

const SERVER = 'http://127.0.0.1:8787';
const FIREFOX = 'moz-extension://4f1c2a7e-9d0b-4c55-8a11-2e6b7d3c9f01';
type Request = { url: string; init: RequestInit | undefined };

let app: { request(input: string, init?: RequestInit): Promise<Response> };
let token = '';
let close: () => Promise<void>;

beforeAll(async () => {
  const { createApp, loadConfig, connect, migrateToLatest, createOrgWithOwner } = await loadApi();
  // The server's real defaults: which origins it allows is part of what is tested.
  const config = loadConfig({ DATABASE_URL: ':memory:', LOG_LEVEL: 'silent' });
  const db = connect(config.database);
  await migrateToLatest(db);
  app = createApp({ db, clock: { now: () => Date.now() }, config });
  token = (
    await createOrgWithOwner(db.kysely, { orgName: 'My organisation', ownerName: 'Owner', now: Date.now() })
  ).token;
  close = () => db.close();
});
afterAll(() => close?.());

/** A browser's fetch from an extension page at `origin`; every request is recorded. */
function browserFetch(origin: string, opts: { permitted: boolean; up?: boolean; handler?: typeof app }) {
  const seen: Request[] = [];
  const server = opts.handler ?? app;
  const fetch: FetchLike = async (url, init) => {
    seen.push({ url, init });
    if (opts.up === false) throw new TypeError('Failed to fetch');
    const headers = new Headers(init?.headers);
    headers.set('Origin', origin);
    if (init?.mode === 'no-cors') {
      await server.request(url, { ...init, headers });
      return new Response(null, { status: 200 });
    }
    if (!opts.permitted && headers.has('Authorization')) {
      const preflight = await server.request(url, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': init?.method ?? 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
      const allowed = preflight.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
      if (
        preflight.headers.get('access-control-allow-origin') !== origin ||
        !allowed.includes('authorization')
      )
        throw new TypeError('Failed to fetch (preflight refused)');
    }
    const response = await server.request(url, { ...init, headers });
    if (!opts.permitted && response.headers.get('access-control-allow-origin') !== origin)
      throw new TypeError('Failed to fetch (CORS)');
    return response;
  };
  return { fetch, seen };
}

const run = (f: FetchLike, extensionOrigin: string, permitted: boolean, tokenValue: string | null = token) =>
  testConnection({ serverUrl: SERVER, token: tokenValue, fetch: f, extensionOrigin, permitted });

describe('connection test against the real server', () => {
  it('Chrome/Edge: succeeds with no permission and no CORS_ORIGINS, because the server allows the fixed id', async () => {
    const { fetch } = browserFetch(extensionId.chromeOrigin, { permitted: false });
    const r = await run(fetch, extensionId.chromeOrigin, false);
    expect(r).toMatchObject({ ok: true, problem: null, serverVersion: '1.0.0' });
    expect(r.me).toMatchObject({ orgName: 'My organisation', member: { name: 'Owner', role: 'owner' } });
  });

  it('Firefox without the permission: names the permission and the exact CORS_ORIGINS line', async () => {
    const { fetch } = browserFetch(FIREFOX, { permitted: false });
    const r = await run(fetch, FIREFOX, false);
    expect(r).toMatchObject({ ok: false, problem: 'permission', corsLine: `CORS_ORIGINS=${FIREFOX}` });
  });

  it('Firefox with the permission granted: succeeds without any server change', async () => {
    const { fetch } = browserFetch(FIREFOX, { permitted: true });
    expect((await run(fetch, FIREFOX, true)).ok).toBe(true);
  });

  it('a server that does not answer is "unreachable"', async () => {
    const { fetch } = browserFetch(extensionId.chromeOrigin, { permitted: true, up: false });
    expect((await run(fetch, extensionId.chromeOrigin, true)).problem).toBe('unreachable');
  });

  it('every probe carries a deadline (AbortSignal.timeout): a server that never answers is "unreachable"', async () => {
    const { fetch, seen } = browserFetch(extensionId.chromeOrigin, { permitted: true });
    expect((await run(fetch, extensionId.chromeOrigin, true)).ok).toBe(true);
    for (const r of seen) expect(r.init?.signal).toBeInstanceOf(AbortSignal);
    // A silent server: the request only ends when its signal aborts.
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    const result = await testConnection({
      serverUrl: SERVER,
      token: 'slk_any',
      fetch: hanging,
      extensionOrigin: extensionId.chromeOrigin,
      permitted: true,
      timeoutMs: 50,
    });
    expect(result.problem).toBe('unreachable');
    expect(PROBE_TIMEOUT_MS).toBeLessThanOrEqual(20_000);
  });

  it('a refused token is "token", a missing one "no-token" (after the server was found)', async () => {
    const { fetch } = browserFetch(extensionId.chromeOrigin, { permitted: false });
    expect(
      (await run(fetch, extensionId.chromeOrigin, false, 'slk_wrongwrongwrongwrongwrongwrongwrongwrongwro'))
        .problem,
    ).toBe('token');
    expect((await run(fetch, extensionId.chromeOrigin, false, null)).problem).toBe('no-token');
  });

  it('the token goes only to /v1/me of the tested server, never to /healthz or the no-cors probe', async () => {
    const { fetch, seen } = browserFetch(FIREFOX, { permitted: false });
    await run(fetch, FIREFOX, false);
    const { fetch: ok, seen: okSeen } = browserFetch(extensionId.chromeOrigin, { permitted: false });
    await run(ok, extensionId.chromeOrigin, false);
    for (const r of [...seen, ...okSeen]) {
      const auth = new Headers(r.init?.headers).get('Authorization');
      if (r.url.endsWith('/v1/me')) expect(auth).toBe(`Bearer ${token}`);
      else expect(auth, r.url).toBeNull();
      expect(r.url.startsWith(SERVER)).toBe(true);
      expect(r.url).not.toContain(token);
    }
  });
});

describe('connection test against other servers', () => {
  const fake = (respond: (url: string) => Response) => ({
    request: async (url: string) => {
      const r = respond(url);
      r.headers.set('Access-Control-Allow-Origin', extensionId.chromeOrigin);
      return r;
    },
  });
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  it('an incompatible API version is named with both versions', async () => {
    const { fetch } = browserFetch(extensionId.chromeOrigin, {
      permitted: true,
      handler: fake(() => json({ status: 'ok', service: 'supportlink-api', version: '2.0.0' })),
    });
    expect(await run(fetch, extensionId.chromeOrigin, true)).toMatchObject({
      problem: 'version',
      serverVersion: '2.0.0',
    });
  });

  it('a server from before the version field still counts as version 1', async () => {
    const { fetch } = browserFetch(extensionId.chromeOrigin, {
      permitted: true,
      handler: fake((url) =>
        url.endsWith('/healthz')
          ? json({ status: 'ok' })
          : json({
              ...{ orgId: 'o', orgName: 'X', tokenId: 't' },
              member: { id: 'm', name: 'A', role: 'member' },
            }),
      ),
    });
    expect((await run(fetch, extensionId.chromeOrigin, true)).ok).toBe(true);
  });

  it('another web server (404, HTML, another service) is "not-supportlink"', async () => {
    for (const response of [
      () => new Response('not found', { status: 404 }),
      () =>
        new Response('<html>router login</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      () => json({ status: 'ok', service: 'grafana' }),
    ]) {
      const { fetch } = browserFetch(extensionId.chromeOrigin, { permitted: true, handler: fake(response) });
      expect((await run(fetch, extensionId.chromeOrigin, true)).problem).toBe('not-supportlink');
    }
  });
});
