/**
 * Two API replicas on one database (issue 10, findings 1, 2, 5 and 7).
 * PostgreSQL — the supported scale-out — runs two app instances in this process, each with its own
 * connection pool, token cache, auth feed and limiters, as two processes behind a load balancer would.
 * SQLite's form of it is several processes on one file (two servers, or a server and the CLI); that
 * is tested with real server processes, because two SQLite connections in one event loop block each
 * other in a way two processes do not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/connect.js';
import { cli } from './helpers/cli.js';
import { dialects, type SharedDb, sharedDb } from './helpers/dialects.js';
import { createOrg, eventId, FakeClock, type Replica, replica, sampleContract } from './helpers/harness.js';
import { startServer, stop } from './helpers/process.js';

/** Polls until `read()` gives `status`; returns the milliseconds it took, or fails after `limitMs`. */
async function msUntil(read: () => Promise<{ status: number }>, status: number, limitMs = 2000) {
  const started = performance.now();
  let last = 0;
  while (performance.now() - started < limitMs) {
    last = (await read()).status;
    if (last === status) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`still ${last} after ${limitMs} ms, expected ${status}`);
}

/** Requests that fill a replica's token cache for `token` (and prove it works there). */
async function warm(r: Replica, token: string) {
  for (let i = 0; i < 3; i++) expect((await r.req('GET', '/v1/me', { token })).status).toBe(200);
}

describe.runIf(dialects.includes('postgres'))('two replicas on one PostgreSQL database', () => {
  let shared: SharedDb;
  let dbA: Db;
  let dbB: Db;
  let a: Replica;
  let b: Replica;
  const clock = new FakeClock();
  const newOrg = (name?: string) => createOrg(dbA, clock, a.req, name);

  beforeAll(async () => {
    shared = await sharedDb('postgres');
    dbA = shared.open();
    dbB = shared.open();
    a = replica(dbA, clock);
    b = replica(dbB, clock);
  });
  afterAll(() => shared.drop());

  it('a token revoked on A is refused on B within one second (B had it cached)', async () => {
    const org = await newOrg();
    const extra = await a.req('POST', '/v1/tokens', { token: org.tokens.member, body: { name: 'laptop' } });
    await warm(b, extra.body.token);
    expect((await a.req('DELETE', `/v1/tokens/${extra.body.id}`, { token: org.tokens.member })).status).toBe(
      204,
    );
    const ms = await msUntil(() => b.req('GET', '/v1/me', { token: extra.body.token }), 401);
    expect(ms).toBeLessThan(1000);
    expect((await b.req('GET', '/v1/me', { token: org.tokens.member })).status).toBe(200);
  });

  it('a member removed on A loses access on B within one second', async () => {
    const org = await newOrg();
    await warm(b, org.tokens.viewer);
    expect(
      (await a.req('DELETE', `/v1/members/${org.memberIds.viewer}`, { token: org.tokens.admin })).status,
    ).toBe(204);
    const ms = await msUntil(() => b.req('GET', '/v1/contracts', { token: org.tokens.viewer }), 401);
    expect(ms).toBeLessThan(1000);
  });

  it('a role lowered on A applies on B within one second', async () => {
    const org = await newOrg();
    expect((await b.req('GET', '/v1/members', { token: org.tokens.admin })).status).toBe(200);
    const demoted = await a.req('PATCH', `/v1/members/${org.memberIds.admin}`, {
      token: org.tokens.owner,
      body: { role: 'viewer' },
    });
    expect(demoted.status).toBe(200);
    const ms = await msUntil(() => b.req('GET', '/v1/members', { token: org.tokens.admin }), 403);
    expect(ms).toBeLessThan(1000);
    expect((await b.req('GET', '/v1/me', { token: org.tokens.admin })).body.member.role).toBe('viewer');
  });

  it('a token revoked with the CLI is refused by both replicas within one second', async () => {
    const org = await newOrg();
    const extra = await a.req('POST', '/v1/tokens', { token: org.tokens.member, body: {} });
    await warm(a, extra.body.token);
    await warm(b, extra.body.token);
    const r = await cli(['token', 'revoke', extra.body.id], { DATABASE_URL: shared.url });
    expect(r.code, r.stderr).toBe(0);
    for (const replicaUnderTest of [a, b]) {
      const ms = await msUntil(() => replicaUnderTest.req('GET', '/v1/me', { token: extra.body.token }), 401);
      expect(ms).toBeLessThan(1000);
    }
  });

  it('a removed admin cannot use the window on the other replica: everything it minted dies with it', async () => {
    for (let round = 0; round < 6; round++) {
      const org = await newOrg(`race-${round}`);
      await warm(b, org.tokens.admin);
      // A removes the admin while, on B, the admin adds a new admin and mints that member a token.
      const [removed, minted] = await Promise.all([
        a.req('DELETE', `/v1/members/${org.memberIds.admin}`, { token: org.tokens.owner }),
        (async () => {
          const m = await b.req('POST', '/v1/members', {
            token: org.tokens.admin,
            body: { name: `accomplice-${round}`, role: 'admin' },
          });
          if (m.status !== 201) return null;
          const t = await b.req('POST', `/v1/members/${m.body.id}/tokens`, {
            token: org.tokens.admin,
            body: {},
          });
          return t.status === 201 ? (t.body.token as string) : null;
        })(),
      ]);
      expect(removed.status).toBe(204);
      if (minted) {
        for (const r of [a, b]) {
          const ms = await msUntil(() => r.req('GET', '/v1/me', { token: minted }), 401);
          expect(ms).toBeLessThan(1000);
        }
      }
      expect((await a.req('GET', '/v1/me', { token: org.tokens.admin })).status).toBe(401);
    }
  });

  it('two owners demoting or removing each other on two replicas never leave the organisation without an owner', async () => {
    for (let round = 0; round < 20; round++) {
      const org = await newOrg(`owners-${round}`);
      const second = await a.req('POST', '/v1/members', {
        token: org.tokens.owner,
        body: { name: 'Second owner', role: 'owner' },
      });
      const secondToken = (
        await a.req('POST', `/v1/members/${second.body.id}/tokens`, { token: org.tokens.owner, body: {} })
      ).body.token as string;
      await warm(b, secondToken);
      const remove = round % 2 === 1;
      const act = (r: Replica, token: string, target: string) =>
        remove
          ? r.req('DELETE', `/v1/members/${target}`, { token })
          : r.req('PATCH', `/v1/members/${target}`, { token, body: { role: 'admin' } });
      const results = await Promise.all([
        act(a, org.tokens.owner, second.body.id),
        act(b, secondToken, org.memberIds.owner),
      ]);
      const ok = results.filter((r) => r.status < 300);
      expect(ok, `round ${round}: ${results.map((r) => r.status)}`).toHaveLength(1);
      const owners = await dbA.kysely
        .selectFrom('members')
        .select('id')
        .where('org_id', '=', org.orgId)
        .where('role', '=', 'owner')
        .where('deleted', '=', 0)
        .execute();
      expect(owners, `round ${round}`).toHaveLength(1);
    }
  }, 60_000);

  it('the same event sent to both replicas at once is recorded exactly once', async () => {
    const org = await newOrg();
    const c = await a.req('POST', '/v1/contracts', { token: org.tokens.member, body: sampleContract() });
    const ev = { id: eventId('twin'), type: 'opened', at: '2026-02-02T00:00:00Z' };
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        (i % 2 ? a : b).req('POST', `/v1/contracts/${c.body.id}/events`, {
          token: org.tokens.member,
          body: ev,
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(15);
    const list = await b.req('GET', `/v1/contracts/${c.body.id}/events`, { token: org.tokens.viewer });
    expect(list.body.events).toHaveLength(1);
  });

  it('concurrent edits with the same If-Match on both replicas: exactly one wins', async () => {
    const org = await newOrg();
    const c = await a.req('POST', '/v1/contracts', { token: org.tokens.member, body: sampleContract() });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? a : b).req('PATCH', `/v1/contracts/${c.body.id}`, {
          token: org.tokens.member,
          body: { label: `writer-${i}` },
          headers: { 'if-match': '"1"' },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 412)).toHaveLength(11);
    const now = await b.req('GET', `/v1/contracts/${c.body.id}`, { token: org.tokens.member });
    expect(now.body.version).toBe(2);
  });

  it('one member with two tokens on two replicas gets exactly the write limit, not one limit per token or replica', async () => {
    const org = await newOrg();
    const limitedA = replica(dbA, clock, { writesPerMinute: 10 });
    const limitedB = replica(dbB, clock, { writesPerMinute: 10 });
    // Minted by the owner, so the member's budget is untouched before the burst.
    const second = await a.req('POST', `/v1/members/${org.memberIds.member}/tokens`, {
      token: org.tokens.owner,
      body: {},
    });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? limitedA : limitedB).req('POST', '/v1/contracts', {
          token: i % 3 ? org.tokens.member : second.body.token,
          body: sampleContract({ label: `w${i}` }),
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    expect(results.find((r) => r.status === 429)?.headers.get('retry-after')).toBeTruthy();
    // Another member's budget is their own; the next minute starts afresh.
    expect(
      (await limitedB.req('POST', '/v1/contracts', { token: org.tokens.admin, body: sampleContract() }))
        .status,
    ).toBe(201);
    clock.advance(60_000);
    expect(
      (await limitedA.req('POST', '/v1/contracts', { token: org.tokens.member, body: sampleContract() }))
        .status,
    ).toBe(201);
  });
});

describe('SQLite: two server processes and the CLI on one file', () => {
  it('a revocation, removal or demotion through one process or the CLI applies to the next request of the other', async () => {
    const shared = await sharedDb('sqlite');
    const env = { DATABASE_URL: shared.url, TOKEN_CACHE_TTL_SECONDS: '3600' };
    const first = await startServer(env);
    const second = await startServer(env);
    try {
      const clock = new FakeClock(Date.now());
      const local = replica(shared.open(), clock);
      const org = await createOrg(shared.open(), clock, local.req);
      const call = (base: string, method: string, path: string, token: string, body?: unknown) =>
        fetch(`${base}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      const extra = (await (await call(first.base, 'POST', '/v1/tokens', org.tokens.member, {})).json()) as {
        id: string;
        token: string;
      };
      for (const s of [first, second]) {
        for (const t of [extra.token, org.tokens.viewer, org.tokens.admin]) {
          expect((await call(s.base, 'GET', '/v1/me', t)).status).toBe(200);
        }
      }
      // Through the API of the first process: the second refuses on its very next request.
      expect(
        (await call(first.base, 'DELETE', `/v1/members/${org.memberIds.viewer}`, org.tokens.owner)).status,
      ).toBe(204);
      expect((await call(second.base, 'GET', '/v1/me', org.tokens.viewer)).status).toBe(401);
      const demote = await call(first.base, 'PATCH', `/v1/members/${org.memberIds.admin}`, org.tokens.owner, {
        role: 'member',
      });
      expect(demote.status).toBe(200);
      expect((await call(second.base, 'GET', '/v1/members', org.tokens.admin)).status).toBe(403);
      // Through the CLI: both processes refuse on their next request.
      const r = await cli(['token', 'revoke', extra.id], { DATABASE_URL: shared.url });
      expect(r.code, r.stderr).toBe(0);
      for (const s of [first, second])
        expect((await call(s.base, 'GET', '/v1/me', extra.token)).status).toBe(401);
      expect((await call(second.base, 'GET', '/v1/me', org.tokens.member)).status).toBe(200);
    } finally {
      await stop(first);
      await stop(second);
      await shared.drop();
    }
  }, 120_000);
});
