import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { ConfigError, loadConfig, testConfig } from '../src/config.js';
import { connect } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Role } from '../src/db/schema.js';
import { createOrgWithOwner } from '../src/services/orgs.js';
import { dialects } from './helpers/dialects.js';
import { eventId, FakeClock, type Harness, harness, type Org, sampleContract } from './helpers/harness.js';

/** Minimum role per route. A /v1 route missing here fails the suite, so every new route gets a decision. */
const MIN_ROLE: Record<string, Role> = {
  'GET /v1/me': 'viewer',
  'GET /v1/members': 'admin',
  'POST /v1/members': 'admin',
  'PATCH /v1/members/:id': 'admin',
  'DELETE /v1/members/:id': 'admin',
  'POST /v1/members/:id/tokens': 'admin',
  'GET /v1/tokens': 'viewer',
  'POST /v1/tokens': 'viewer',
  'DELETE /v1/tokens/:id': 'viewer',
  'GET /v1/contracts': 'viewer',
  'POST /v1/contracts': 'member',
  'GET /v1/contracts/:id': 'viewer',
  'PATCH /v1/contracts/:id': 'member',
  'DELETE /v1/contracts/:id': 'member',
  'GET /v1/contracts/:id/events': 'viewer',
  'POST /v1/contracts/:id/events': 'member',
  'GET /v1/contracts/:id/links': 'viewer',
  'PUT /v1/contracts/:id/links/:portal': 'member',
  'GET /v1/summary': 'viewer',
  'GET /v1/sync': 'viewer',
  'GET /v1/rules': 'viewer',
  'GET /v1/audit': 'admin',
  'GET /v1/export': 'admin',
  'GET /v1/alerts': 'viewer',
  'POST /v1/alerts/evaluate': 'admin',
  'GET /v1/alerts/settings': 'admin',
  'PUT /v1/alerts/settings': 'admin',
  'GET /v1/alerts/channels': 'admin',
  'POST /v1/alerts/channels': 'admin',
  'PATCH /v1/alerts/channels/:id': 'admin',
  'DELETE /v1/alerts/channels/:id': 'admin',
  'POST /v1/alerts/channels/:id/test': 'admin',
  'GET /v1/alerts/deliveries': 'admin',
};

/** An e-mail channel aimed at a closed loopback port: "send a test" fails fast, nothing leaves the machine. */
const sampleChannel = () => ({
  name: 'alerts',
  kind: 'email',
  to: ['ops@example.com'],
  from: 'alerts@example.com',
  host: '127.0.0.1',
  port: 1,
  security: 'none',
});

const ROLES: Role[] = ['viewer', 'member', 'admin', 'owner'];

function v1Routes(app: Harness['app']): string[] {
  const keys = new Set<string>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/v1/')) continue;
    keys.add(`${r.method} ${r.path}`);
  }
  return [...keys].sort();
}

/** A valid request for a route key, aimed at the given ids. */
function requestFor(key: string, ids: { contract: string; member: string; token: string; channel: string }) {
  const [method, pattern] = key.split(' ') as [string, string];
  const path = pattern
    .replace(':portal', 'azure')
    .replace(
      ':id',
      pattern.startsWith('/v1/members')
        ? ids.member
        : pattern.startsWith('/v1/tokens')
          ? ids.token
          : pattern.startsWith('/v1/alerts/channels')
            ? ids.channel
            : ids.contract,
    );
  const bodies: Record<string, unknown> = {
    'POST /v1/members': { name: 'n', role: 'viewer' },
    'PATCH /v1/members/:id': { name: 'renamed' },
    'POST /v1/members/:id/tokens': {},
    'POST /v1/tokens': {},
    'POST /v1/contracts': sampleContract(),
    'PATCH /v1/contracts/:id': { label: 'changed' },
    'POST /v1/contracts/:id/events': { id: eventId(), type: 'opened', at: '2026-02-01T00:00:00Z' },
    'PUT /v1/contracts/:id/links/:portal': { account: 'someone@example.com' },
    'PUT /v1/alerts/settings': { remainingAtMost: 3 },
    'POST /v1/alerts/channels': sampleChannel(),
    'PATCH /v1/alerts/channels/:id': { name: 'renamed' },
  };
  const headers: Record<string, string> = {};
  if (key === 'PATCH /v1/contracts/:id' || key === 'DELETE /v1/contracts/:id') headers['if-match'] = '"1"';
  return { method, path, body: bodies[key], headers };
}

describe.each(dialects)('security on %s', (dialect) => {
  let h: Harness;
  let a: Org;
  let b: Org;
  let bIds: { contract: string; member: string; token: string; channel: string };

  beforeAll(async () => {
    h = await harness(dialect);
    a = await h.org('A');
    b = await h.org('B');
    const c = await h.req('POST', '/v1/contracts', { token: b.tokens.member, body: sampleContract() });
    await h.req('POST', `/v1/contracts/${c.body.id}/events`, {
      token: b.tokens.member,
      body: { id: eventId('b'), type: 'opened', at: '2026-02-01T00:00:00Z' },
    });
    await h.req('PUT', `/v1/contracts/${c.body.id}/links/azure`, {
      token: b.tokens.member,
      body: { account: 'b@b' },
    });
    const t = await h.req('POST', '/v1/tokens', { token: b.tokens.viewer, body: { name: 'b-extra' } });
    const ch = await h.req('POST', '/v1/alerts/channels', { token: b.tokens.admin, body: sampleChannel() });
    bIds = { contract: c.body.id, member: b.memberIds.viewer, token: t.body.id, channel: ch.body.id };
  });
  afterAll(() => h.close());

  it('the route table is what the role matrix covers (a new route must be added here)', () => {
    const routes = v1Routes(h.app);
    expect(routes.length).toBeGreaterThanOrEqual(21);
    expect(routes).toEqual(Object.keys(MIN_ROLE).sort());
  });

  it('every /v1 route rejects a missing, malformed, unknown, revoked or expired token with 401', async () => {
    const revoked = await h.req('POST', '/v1/tokens', { token: a.tokens.owner, body: {} });
    await h.req('DELETE', `/v1/tokens/${revoked.body.id}`, { token: a.tokens.owner });
    const expiring = await h.req('POST', '/v1/tokens', {
      token: a.tokens.owner,
      body: { expiresAt: new Date(h.clock.now() + 1000).toISOString() },
    });
    h.clock.advance(2000);
    const badHeaders = [
      undefined,
      'Bearer',
      'Bearer ',
      `Basic ${Buffer.from('a:b').toString('base64')}`,
      'Bearer slk_short',
      `Bearer ${a.tokens.owner}x`,
      `bearer  ${a.tokens.owner} extra`,
      'Bearer slk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      `Bearer ${revoked.body.token}`,
      `Bearer ${expiring.body.token}`,
    ];
    for (const key of v1Routes(h.app)) {
      const r = requestFor(key, bIds);
      for (const auth of badHeaders) {
        const headers = { ...r.headers, ...(auth === undefined ? {} : { authorization: auth }) };
        const res = await h.req(r.method, r.path, { body: r.body, headers });
        expect(res.status, `${key} with ${auth?.slice(0, 12)}`).toBe(401);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
      }
    }
  });

  it("organisation isolation: A's token on B's ids gets 404 and none of B's data, on every route", async () => {
    const before = await h.req('GET', `/v1/contracts/${bIds.contract}`, { token: b.tokens.owner });
    for (const key of v1Routes(h.app)) {
      const r = requestFor(key, bIds);
      const res = await h.req(r.method, r.path, { token: a.tokens.owner, body: r.body, headers: r.headers });
      const targetsId = key.includes(':id');
      if (targetsId) expect(res.status, key).toBe(404);
      else expect(res.status, key).toBeLessThan(300);
      expect(res.text, key).not.toContain(bIds.contract);
      expect(res.text, key).not.toContain('b@b');
      expect(res.text, key).not.toContain(b.orgId);
    }
    const after = await h.req('GET', `/v1/contracts/${bIds.contract}`, { token: b.tokens.owner });
    expect(after.body).toEqual(before.body);
    const bMembers = await h.req('GET', '/v1/members', { token: b.tokens.owner });
    expect(bMembers.body.members.find((m: { id: string }) => m.id === bIds.member)?.name).toBe('viewer');
  });

  it('role checks: every route answers 403 below its minimum role and lets the minimum role through', async () => {
    const o = await h.org('roles');
    for (const key of v1Routes(h.app)) {
      const needed = MIN_ROLE[key] as Role;
      for (const role of ROLES) {
        // Fresh targets per attempt so a successful DELETE does not turn the next attempt into a 404.
        const c = await h.req('POST', '/v1/contracts', { token: o.tokens.owner, body: sampleContract() });
        const m = await h.req('POST', '/v1/members', {
          token: o.tokens.owner,
          body: { name: 'target', role: 'viewer' },
        });
        const t = await h.req('POST', '/v1/tokens', { token: o.tokens[role], body: {} });
        const ch = await h.req('POST', '/v1/alerts/channels', {
          token: o.tokens.owner,
          body: sampleChannel(),
        });
        const r = requestFor(key, {
          contract: c.body.id,
          member: m.body.id,
          token: t.body.id,
          channel: ch.body.id,
        });
        const res = await h.req(r.method, r.path, {
          token: o.tokens[role],
          body: r.body,
          headers: r.headers,
        });
        if (ROLES.indexOf(role) < ROLES.indexOf(needed)) expect(res.status, `${key} as ${role}`).toBe(403);
        else expect(res.status, `${key} as ${role}: ${res.text}`).toBeLessThan(300);
      }
    }
  }, 120_000);

  it('rejects unknown fields: no mass assignment of orgId, version, role, revision', async () => {
    const cases: [string, string, unknown, Record<string, string>?][] = [
      ['POST', '/v1/contracts', { ...sampleContract(), orgId: b.orgId }],
      ['POST', '/v1/contracts', { ...sampleContract(), version: 7 }],
      ['PATCH', `/v1/contracts/${bIds.contract}`, { version: 9 }, { 'if-match': '"1"' }],
      ['POST', '/v1/members', { name: 'x', role: 'viewer', orgId: b.orgId }],
      ['POST', '/v1/tokens', { memberId: b.memberIds.owner }],
      [
        'POST',
        '/v1/contracts/x/events',
        { id: 'e1', type: 'opened', at: '2026-01-01T00:00:00Z', revision: 1 },
      ],
    ];
    for (const [method, path, body, headers] of cases) {
      const res = await h.req(method, path, { token: a.tokens.owner, body, headers });
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body.errors.some((e: { message: string }) => e.message === 'Unknown field')).toBe(true);
    }
  });
});

describe('request hygiene', () => {
  let h: Harness;
  let org: Org;
  beforeAll(async () => {
    h = await harness('sqlite', { corsOrigins: ['chrome-extension://abcdefghijklmnopabcdefghijklmnop'] });
    org = await h.org();
  });
  afterAll(() => h.close());

  it('malformed JSON and a wrong content type get 400 problems', async () => {
    const bad = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: '{"ruleset": "mpn-2021",',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      status: 400,
      title: expect.any(String),
      type: expect.stringContaining('problem'),
    });
    const text = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: JSON.stringify(sampleContract()),
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect(text.headers.get('content-type')).toContain('application/problem+json');
    const none = await h.req('POST', '/v1/contracts', { token: org.tokens.member });
    expect(none.status).toBe(400);
  });

  it('bodies over 64 KiB get 413, with and without Content-Length', async () => {
    const big = JSON.stringify({ ...sampleContract(), label: 'x'.repeat(70 * 1024) });
    const withLength = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: big,
      headers: { 'content-length': String(Buffer.byteLength(big)) },
    });
    expect(withLength.status).toBe(413);
    expect(withLength.headers.get('content-type')).toContain('application/problem+json');
    const chunks = [big.slice(0, 30_000), big.slice(30_000)];
    const stream = new ReadableStream({
      pull(ctrl) {
        const next = chunks.shift();
        if (next) ctrl.enqueue(new TextEncoder().encode(next));
        else ctrl.close();
      },
    });
    const res = await h.app.request('/v1/contracts', {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { authorization: `Bearer ${org.tokens.member}`, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    // A body just under the limit still goes through validation.
    const ok = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: { ...sampleContract(), label: 'x'.repeat(150) },
    });
    expect(ok.status).toBe(201);
  });

  it('sets secure headers', async () => {
    const res = await h.req('GET', '/healthz');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toContain('max-age');
  });

  it('CORS answers only the configured extension origin, with the headers the extension needs', async () => {
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const pre = await h.req('OPTIONS', '/v1/contracts/x', {
      headers: {
        origin,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization,if-match,content-type',
      },
    });
    expect(pre.status).toBeLessThan(300);
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
    const allowed = pre.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
    for (const hdr of ['authorization', 'if-match', 'content-type']) expect(allowed).toContain(hdr);
    const get = await h.req('GET', '/v1/me', { token: org.tokens.viewer, headers: { origin } });
    expect(get.headers.get('access-control-allow-origin')).toBe(origin);
    expect(get.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('etag');
    for (const other of ['chrome-extension://someoneelse', 'moz-extension://abc', 'https://evil.example']) {
      const res = await h.req('GET', '/v1/me', { token: org.tokens.viewer, headers: { origin: other } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('CORS configuration refuses wildcards and non-origins', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'moz-extension://*' })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: 'chrome-extension://abc/path' })).toThrow(ConfigError);
    expect(loadConfig({ CORS_ORIGINS: 'chrome-extension://abc, moz-extension://d-e-f' }).corsOrigins).toEqual(
      ['chrome-extension://abc', 'moz-extension://d-e-f'],
    );
  });

  it('secrets and tokens never appear in logs, URLs or error bodies', async () => {
    h.logs.length = 0;
    const secretA = 'ZZSECRETACCESS0001';
    const secretC = 'ZZSECRETCONTRACT0001';
    const responses: string[] = [];
    const send = async (method: string, path: string, body: unknown, headers?: Record<string, string>) => {
      const r = await h.req(method, path, { token: org.tokens.member, body, headers });
      if (r.status >= 300) responses.push(r.text);
      return r;
    };
    const made = await send(
      'POST',
      '/v1/contracts',
      sampleContract({ accessId: secretA, contractId: secretC }),
    );
    expect(made.headers.get('location')).not.toContain(secretA);
    await send(
      'POST',
      '/v1/contracts',
      sampleContract({ accessId: secretA, contractId: secretC, offer: 'nope' }),
    );
    await send(
      'POST',
      '/v1/contracts',
      sampleContract({ accessId: `${secretA}${'9'.repeat(300)}`, contractId: secretC }),
    );
    await send('POST', '/v1/contracts', sampleContract({ accessId: 42, contractId: [secretC] }));
    await send('POST', '/v1/contracts', `{"accessId":"${secretA}",`);
    await send(
      'PATCH',
      `/v1/contracts/${made.body.id}`,
      { accessId: secretA, bogus: secretC },
      { 'if-match': '"1"' },
    );
    await send('PATCH', `/v1/contracts/${made.body.id}`, { accessId: secretA }, { 'if-match': '"99"' });
    await send('PATCH', `/v1/contracts/${made.body.id}`, { contractId: secretC });
    await send(
      'POST',
      '/v1/contracts',
      sampleContract({ id: made.body.id, accessId: secretA, contractId: 'other' }),
    );
    expect(responses.length).toBeGreaterThanOrEqual(8);
    const everything = [...responses, ...h.logs].join('\n');
    expect(h.logs.length).toBeGreaterThan(5);
    for (const s of [secretA, secretC, org.tokens.member, org.tokens.owner])
      expect(everything).not.toContain(s);
  });
});

describe('encryption at rest', () => {
  const ACCESS = 'RAWFILE-ACCESS-4242';
  const CONTRACT = 'RAWFILE-CONTRACT-8686';

  async function writeContract(key: Buffer | null) {
    const dir = mkdtempSync(join(tmpdir(), 'slk-enc-'));
    const config = testConfig({
      database: { kind: 'sqlite', path: join(dir, 'db.sqlite') },
      encryptionKey: key,
    });
    const db = connect(config.database);
    await migrateToLatest(db);
    const clock = new FakeClock();
    const owner = await createOrgWithOwner(db.kysely, { orgName: 'enc', ownerName: 'o', now: clock.now() });
    const app = createApp({ db, clock, config });
    const headers = { authorization: `Bearer ${owner.token}`, 'content-type': 'application/json' };
    const created = await app.request('/v1/contracts', {
      method: 'POST',
      headers,
      body: JSON.stringify(sampleContract({ accessId: ACCESS, contractId: CONTRACT })),
    });
    const body = (await created.json()) as { id: string; accessId: string };
    const patched = await app.request(`/v1/contracts/${body.id}`, {
      method: 'PATCH',
      headers: { ...headers, 'if-match': '"1"' },
      body: JSON.stringify({ label: 'still secret' }),
    });
    const read = (await patched.json()) as { accessId: string; contractId: string };
    db.sqlite?.pragma('wal_checkpoint(PASSIVE)');
    const raw = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f)).toString('latin1'))
      .join('');
    await db.close();
    const afterClose = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f)).toString('latin1'))
      .join('');
    rmSync(dir, { recursive: true, force: true });
    return { read, raw: raw + afterClose };
  }

  it('with SUPPORTLINK_ENCRYPTION_KEY the raw SQLite files contain neither ID; the API still returns them', async () => {
    const { read, raw } = await writeContract(Buffer.alloc(32, 7));
    expect(read).toMatchObject({ accessId: ACCESS, contractId: CONTRACT });
    expect(raw).not.toContain(ACCESS);
    expect(raw).not.toContain(CONTRACT);
    expect(raw).toContain('enc1:');
  });

  it('without a key the IDs are plain in the file (so the test above can fail)', async () => {
    const { raw } = await writeContract(null);
    expect(raw).toContain(ACCESS);
  });
});
