/**
 * Issue 10, finding 5: a token cannot create a token that outlives it, and revoking a token or
 * removing a member revokes everything minted with it, at any depth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from './helpers/dialects.js';
import { type Harness, harness, type Org } from './helpers/harness.js';

const HOUR = 3_600_000;

describe.each(dialects)('token lineage on %s', (dialect) => {
  let h: Harness;
  let org: Org;
  const iso = (ms: number) => new Date(ms).toISOString();
  const me = (token: string) => h.req('GET', '/v1/me', { token });
  const mint = (token: string, body: Record<string, unknown> = {}) =>
    h.req('POST', '/v1/tokens', { token, body });

  beforeAll(async () => {
    h = await harness(dialect);
    org = await h.org();
  });
  afterAll(() => h.close());

  it('a token minted without expiresAt inherits the expiry of the token that mints it', async () => {
    const parentExpiry = h.clock.now() + 24 * HOUR;
    const parent = await mint(org.tokens.member, { expiresAt: iso(parentExpiry) });
    expect(parent.status).toBe(201);
    const child = await mint(parent.body.token);
    expect(child.status).toBe(201);
    expect(child.body.expiresAt).toBe(iso(parentExpiry));
    const shorter = await mint(parent.body.token, { expiresAt: iso(parentExpiry - HOUR) });
    expect(shorter.status).toBe(201);
    h.clock.advance(24 * HOUR + 1);
    for (const t of [parent, child, shorter]) expect((await me(t.body.token)).status).toBe(401);
  });

  it('refuses a minted token that would outlive its parent (no expiry, or a later one), naming expiresAt', async () => {
    const parentExpiry = h.clock.now() + 2 * HOUR;
    const parent = await mint(org.tokens.member, { expiresAt: iso(parentExpiry) });
    for (const expiresAt of [null, iso(parentExpiry + 1000), iso(parentExpiry + 365 * 24 * HOUR)]) {
      const res = await mint(parent.body.token, { expiresAt });
      expect(res.status, String(expiresAt)).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'expiresAt', in: 'body' });
    }
    const past = await mint(parent.body.token, { expiresAt: iso(h.clock.now() - 1000) });
    expect(past.status).toBe(400);
    // The same rule applies when an admin with an expiring token issues one for another member.
    const adminShort = await mint(org.tokens.admin, { expiresAt: iso(parentExpiry) });
    const forOther = await h.req('POST', `/v1/members/${org.memberIds.viewer}/tokens`, {
      token: adminShort.body.token,
      body: { expiresAt: null },
    });
    expect(forOther.status).toBe(400);
    const inherited = await h.req('POST', `/v1/members/${org.memberIds.viewer}/tokens`, {
      token: adminShort.body.token,
      body: {},
    });
    expect(inherited.status).toBe(201);
    expect(inherited.body.expiresAt).toBe(iso(parentExpiry));
    // A token that never expires may still mint one that never expires.
    const forever = await mint(org.tokens.member, { expiresAt: null });
    expect(forever.status).toBe(201);
    expect(forever.body.expiresAt).toBeNull();
  });

  it('revoking a token revokes its children and grandchildren, not its parent or siblings', async () => {
    const root = await mint(org.tokens.member);
    const child = await mint(root.body.token);
    const grandchild = await mint(child.body.token);
    const sibling = await mint(org.tokens.member);
    expect((await h.req('DELETE', `/v1/tokens/${root.body.id}`, { token: org.tokens.member })).status).toBe(
      204,
    );
    for (const t of [root, child, grandchild]) expect((await me(t.body.token)).status).toBe(401);
    expect((await me(sibling.body.token)).status).toBe(200);
    expect((await me(org.tokens.member)).status).toBe(200);
  });

  it('removing a member revokes what they minted, also for other members', async () => {
    const o = await h.org('lineage');
    const helper = await h.req('POST', '/v1/members', {
      token: o.tokens.owner,
      body: { name: 'temp admin', role: 'admin' },
    });
    const helperToken = (
      await h.req('POST', `/v1/members/${helper.body.id}/tokens`, { token: o.tokens.owner, body: {} })
    ).body.token as string;
    const recruit = await h.req('POST', '/v1/members', {
      token: helperToken,
      body: { name: 'recruit', role: 'admin' },
    });
    const recruitToken = (
      await h.req('POST', `/v1/members/${recruit.body.id}/tokens`, { token: helperToken, body: {} })
    ).body.token as string;
    const recruitOwn = (await mint(recruitToken)).body.token as string;
    const viewerFromHelper = (
      await h.req('POST', `/v1/members/${o.memberIds.viewer}/tokens`, { token: helperToken, body: {} })
    ).body.token as string;
    expect((await me(recruitOwn)).status).toBe(200);
    expect((await h.req('DELETE', `/v1/members/${helper.body.id}`, { token: o.tokens.owner })).status).toBe(
      204,
    );
    for (const t of [helperToken, recruitToken, recruitOwn, viewerFromHelper])
      expect((await me(t)).status).toBe(401);
    // Tokens the owner issued are untouched, and the audit log counts what was revoked.
    expect((await me(o.tokens.viewer)).status).toBe(200);
    expect((await me(o.tokens.admin)).status).toBe(200);
    const audit = await h.tdb.db.kysely
      .selectFrom('audit_log')
      .select('detail')
      .where('org_id', '=', o.orgId)
      .where('action', '=', 'member.delete')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail)).toEqual({ tokensRevoked: 4 });
  });
});
