import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactTombstones } from '../src/services/compact.js';
import { dialects } from './helpers/dialects.js';
import { eventId, type Harness, harness, type Org, sampleContract } from './helpers/harness.js';

describe.each(dialects)('HTTP contract on %s', (dialect) => {
  let h: Harness;
  let org: Org;
  beforeAll(async () => {
    h = await harness(dialect);
    org = await h.org('Contoso');
  });
  afterAll(() => h.close());

  const create = async (over: Record<string, unknown> = {}, token = org.tokens.member) => {
    const res = await h.req('POST', '/v1/contracts', { token, body: sampleContract(over) });
    expect(res.status, res.text).toBe(201);
    return res;
  };

  it('serves health, readiness, the OpenAPI 3.1 document and the docs page without auth', async () => {
    expect((await h.req('GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await h.req('GET', '/readyz')).body).toEqual({ status: 'ready' });
    const doc = await h.req('GET', '/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/v1/contracts/{id}', '/v1/contracts/{id}/events', '/v1/sync', '/v1/summary']),
    );
    expect(doc.body.components.schemas.Contract.properties).toHaveProperty('allotmentOverride');
    const docs = await h.req('GET', '/docs');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toContain('text/html');
  });

  it('GET /v1/me names the organisation, member and role', async () => {
    const me = await h.req('GET', '/v1/me', { token: org.tokens.viewer });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ orgId: org.orgId, orgName: 'Contoso', member: { role: 'viewer' } });
  });

  it('creates, reads, lists a contract with normalised IDs and an ETag', async () => {
    const res = await create({
      accessId: ' ab-12\u200b34 ',
      allotmentOverride: 'unlimited',
      competency: 'cloud',
    });
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({
      accessId: 'ab-1234',
      contractId: 'CONTRACT-5b8e0d44',
      allotmentOverride: 'unlimited',
      competency: 'cloud',
      version: 1,
    });
    expect(res.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const one = await h.req('GET', `/v1/contracts/${res.body.id}`, { token: org.tokens.member });
    expect(one.status).toBe(200);
    expect(one.headers.get('etag')).toBe('"1"');
    const list = await h.req('GET', '/v1/contracts', { token: org.tokens.member });
    expect(list.body.contracts.map((c: { id: string }) => c.id)).toContain(res.body.id);
  });

  it('hides the Access ID and Contract ID from viewers everywhere', async () => {
    const { body } = await create();
    const one = await h.req('GET', `/v1/contracts/${body.id}`, { token: org.tokens.viewer });
    expect(one.body.accessId).toBeNull();
    expect(one.body.contractId).toBeNull();
    for (const path of ['/v1/contracts', '/v1/sync', '/v1/summary']) {
      const r = await h.req('GET', path, { token: org.tokens.viewer });
      expect(r.status).toBe(200);
      expect(r.text).not.toContain('ACCESS-7f3a9c21');
      expect(r.text).not.toContain('CONTRACT-5b8e0d44');
    }
  });

  it('a create with a client id is idempotent: same payload → 200, different → 409', async () => {
    const id = eventId('contract');
    const first = await create({ id });
    const again = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: sampleContract({ id }),
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const other = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: sampleContract({ id, label: 'different' }),
    });
    expect(other.status).toBe(409);
  });

  it('rejects an offer the ruleset does not have, and an end before the start', async () => {
    const wrong = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: sampleContract({ ruleset: 'ai-cloud-partner-2026', offer: 'gold' }),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('offer');
    const dates = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: sampleContract({ startDate: '2026-05-01', endDate: '2026-04-01' }),
    });
    expect(dates.status).toBe(400);
    expect(dates.body.errors.map((e: { field: string }) => e.field)).toContain('endDate');
    const bogus = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: sampleContract({ endDate: '2026-02-30' }),
    });
    expect(bogus.status).toBe(400);
  });

  it('PATCH and DELETE need If-Match: missing → 428, stale → 412, current → applied', async () => {
    const { body } = await create();
    const path = `/v1/contracts/${body.id}`;
    expect((await h.req('PATCH', path, { token: org.tokens.member, body: { label: 'x' } })).status).toBe(428);
    const ok = await h.req('PATCH', path, {
      token: org.tokens.member,
      body: { label: 'x' },
      headers: { 'if-match': '"1"' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ label: 'x', version: 2, accessId: 'ACCESS-7f3a9c21' });
    expect(ok.headers.get('etag')).toBe('"2"');
    const stale = await h.req('PATCH', path, {
      token: org.tokens.member,
      body: { label: 'y' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect((await h.req('DELETE', path, { token: org.tokens.member })).status).toBe(428);
    expect(
      (await h.req('DELETE', path, { token: org.tokens.member, headers: { 'if-match': '"1"' } })).status,
    ).toBe(412);
    expect(
      (await h.req('DELETE', path, { token: org.tokens.member, headers: { 'if-match': '"2"' } })).status,
    ).toBe(204);
    expect((await h.req('GET', path, { token: org.tokens.member })).status).toBe(404);
    expect(
      (
        await h.req('PATCH', path, {
          token: org.tokens.member,
          body: { label: 'z' },
          headers: { 'if-match': '"3"' },
        })
      ).status,
    ).toBe(404);
  });

  it('a PATCH that would put the end before the start is rejected', async () => {
    const { body } = await create();
    const res = await h.req('PATCH', `/v1/contracts/${body.id}`, {
      token: org.tokens.member,
      body: { endDate: '2025-01-01' },
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(400);
  });

  it('appends events idempotently by client id: 201, then 200 with the original, 409 on a different payload', async () => {
    const { body: c } = await create();
    const path = `/v1/contracts/${c.id}/events`;
    const ev = { id: eventId(), type: 'opened', at: '2026-03-01T10:00:00Z', count: 2, note: 'case 123' };
    const first = await h.req('POST', path, { token: org.tokens.member, body: ev });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      id: ev.id,
      contractId: c.id,
      type: 'opened',
      count: 2,
      at: '2026-03-01T10:00:00.000Z',
    });
    const again = await h.req('POST', path, { token: org.tokens.member, body: ev });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const different = await h.req('POST', path, { token: org.tokens.member, body: { ...ev, count: 3 } });
    expect(different.status).toBe(409);
    const obs = await h.req('POST', path, {
      token: org.tokens.member,
      body: {
        id: eventId(),
        type: 'observed',
        at: '2026-03-01T11:00:00Z',
        remaining: 'unlimited',
        portal: 'azure',
      },
    });
    expect(obs.status).toBe(201);
    expect(obs.body).toMatchObject({ remaining: 'unlimited', portal: 'azure' });
    const adj = await h.req('POST', path, {
      token: org.tokens.member,
      body: { id: eventId(), type: 'adjusted', at: '2026-03-01T12:00:00Z', delta: -1 },
    });
    expect(adj.body).toMatchObject({ type: 'adjusted', delta: -1 });
    const list = await h.req('GET', path, { token: org.tokens.viewer });
    expect(list.body.events.map((e: { type: string }) => e.type)).toEqual(['opened', 'observed', 'adjusted']);
  });

  it('rejects malformed events (wrong shape per type, zero delta, bad time)', async () => {
    const { body: c } = await create();
    const path = `/v1/contracts/${c.id}/events`;
    for (const bad of [
      { id: eventId(), type: 'opened', at: '2026-03-01T10:00:00Z', remaining: 3 },
      { id: eventId(), type: 'observed', at: '2026-03-01T10:00:00Z' },
      { id: eventId(), type: 'adjusted', at: '2026-03-01T10:00:00Z', delta: 0 },
      { id: eventId(), type: 'opened', at: 'yesterday' },
      { id: 'bad id with spaces', type: 'opened', at: '2026-03-01T10:00:00Z' },
      { id: eventId(), type: 'closed', at: '2026-03-01T10:00:00Z' },
    ]) {
      const res = await h.req('POST', path, { token: org.tokens.member, body: bad });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(
      (
        await h.req('POST', '/v1/contracts/nope/events', {
          token: org.tokens.member,
          body: { id: eventId(), type: 'opened', at: '2026-03-01T10:00:00Z' },
        })
      ).status,
    ).toBe(404);
  });

  it('refuses a refund with nothing used (422); a refund of a used incident lands, and the summary never exceeds the allotment', async () => {
    const fresh = await h.org();
    const { body: c } = await h.req('POST', '/v1/contracts', {
      token: fresh.tokens.member,
      body: sampleContract(),
    });
    const path = `/v1/contracts/${c.id}/events`;
    const refund = (count = 1, at = '2026-02-03T00:00:00Z') => ({
      id: eventId(),
      type: 'refunded',
      at,
      count,
    });
    const untouched = await h.req('POST', path, { token: fresh.tokens.member, body: refund() });
    expect(untouched.status).toBe(422);
    expect(untouched.headers.get('content-type')).toContain('application/problem+json');
    expect(untouched.body).toMatchObject({
      type: 'urn:supportlink:problem:nothing-to-refund',
      detail: expect.stringMatching(/nothing to refund/),
    });
    await h.req('POST', path, {
      token: fresh.tokens.member,
      body: { id: eventId(), type: 'opened', at: '2026-02-02T00:00:00Z', count: 2 },
    });
    expect((await h.req('POST', path, { token: fresh.tokens.member, body: refund(3) })).status).toBe(422);
    // Placed before the incidents were opened, it would undo nothing.
    const early = await h.req('POST', path, {
      token: fresh.tokens.member,
      body: refund(1, '2026-02-01T00:00:00Z'),
    });
    expect(early.status).toBe(422);
    const ok = refund(2);
    expect((await h.req('POST', path, { token: fresh.tokens.member, body: ok })).status).toBe(201);
    // A retry of the refund that landed is still answered 200, not refused.
    expect((await h.req('POST', path, { token: fresh.tokens.member, body: ok })).status).toBe(200);
    const s = await h.req('GET', '/v1/summary', { token: fresh.tokens.viewer });
    expect(s.body.contracts[0]).toMatchObject({ remaining: 20, allotment: 20 });
  });

  it('the summary comes from the rules package: gold on-premises starts at 20, ledger and observations apply', async () => {
    const fresh = await h.org();
    const { body: c } = await h.req('POST', '/v1/contracts', {
      token: fresh.tokens.member,
      body: sampleContract(),
    });
    const path = `/v1/contracts/${c.id}/events`;
    await h.req('POST', path, {
      token: fresh.tokens.member,
      body: { id: eventId(), type: 'opened', at: '2026-02-01T00:00:00Z', count: 3 },
    });
    let s = await h.req('GET', '/v1/summary', { token: fresh.tokens.viewer });
    expect(s.status).toBe(200);
    expect(s.body.contracts).toHaveLength(1);
    expect(s.body.contracts[0]).toMatchObject({
      id: c.id,
      remaining: 17,
      allotment: 20,
      state: 'active',
      endDate: '2026-12-31',
    });
    await h.req('POST', path, {
      token: fresh.tokens.member,
      body: {
        id: eventId(),
        type: 'observed',
        at: '2026-02-15T00:00:00Z',
        remaining: 0,
        portal: 'serviceshub',
      },
    });
    s = await h.req('GET', '/v1/summary', { token: fresh.tokens.viewer });
    expect(s.body.contracts[0]).toMatchObject({ remaining: 0, state: 'exhausted', hiddenInAzure: true });
    h.clock.advance(400 * 86_400_000);
    s = await h.req('GET', '/v1/summary', { token: fresh.tokens.viewer });
    expect(s.body.contracts[0].state).toBe('expired');
    h.clock.advance(-400 * 86_400_000);
  });

  it('records links per contract, portal and account, idempotently', async () => {
    const { body: c } = await create();
    const put = (portal: string, account: string) =>
      h.req('PUT', `/v1/contracts/${c.id}/links/${portal}`, { token: org.tokens.member, body: { account } });
    const a = await put('azure', 'alice@contoso.example');
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ contractId: c.id, portal: 'azure', account: 'alice@contoso.example' });
    expect((await put('azure', 'alice@contoso.example')).status).toBe(200);
    expect((await put('serviceshub', 'alice@contoso.example')).status).toBe(201);
    expect((await put('not-a-portal', 'alice')).status).toBe(400);
    const list = await h.req('GET', `/v1/contracts/${c.id}/links`, { token: org.tokens.viewer });
    expect(list.body.links).toHaveLength(2);
  });

  it('sync: snapshot, empty delta, changes in order with tombstones, paging, 410 for an unknown cursor', async () => {
    const o = await h.org();
    const t = o.tokens.member;
    const snap0 = await h.req('GET', '/v1/sync', { token: t });
    expect(snap0.body).toMatchObject({ snapshot: true, hasMore: false, contracts: [], events: [] });
    const cursor0 = snap0.body.cursor;
    const empty = await h.req('GET', `/v1/sync?since=${cursor0}`, { token: t });
    expect(empty.body).toMatchObject({
      cursor: cursor0,
      hasMore: false,
      contracts: [],
      events: [],
      links: [],
    });

    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await h.req('POST', '/v1/contracts', { token: t, body: sampleContract({ label: `c${i}` }) });
      ids.push(r.body.id);
    }
    for (let i = 0; i < 4; i++) {
      await h.req('POST', `/v1/contracts/${ids[0]}/events`, {
        token: t,
        body: { id: eventId(), type: 'opened', at: `2026-02-0${i + 1}T00:00:00Z` },
      });
    }
    await h.req('PUT', `/v1/contracts/${ids[1]}/links/azure`, { token: t, body: { account: 'a@x' } });
    await h.req('DELETE', `/v1/contracts/${ids[2]}`, { token: t, headers: { 'if-match': '"1"' } });

    const delta = await h.req('GET', `/v1/sync?since=${cursor0}`, { token: t });
    expect(delta.status).toBe(200);
    expect(delta.body.snapshot).toBe(false);
    expect(delta.body.contracts).toHaveLength(3);
    const tomb = delta.body.contracts.find((c: { id: string }) => c.id === ids[2]);
    expect(tomb).toMatchObject({ deleted: true, accessId: null, contractId: null });
    expect(delta.body.events).toHaveLength(4);
    expect(delta.body.links).toHaveLength(1);

    const snap = await h.req('GET', '/v1/sync', { token: t });
    expect(snap.body.contracts.map((c: { id: string }) => c.id).sort()).toEqual([ids[0], ids[1]].sort());

    // Paging: walk with limit 2 and collect everything exactly once.
    const seen = new Set<string>();
    let cursor = cursor0;
    let pages = 0;
    for (;;) {
      const page = await h.req('GET', `/v1/sync?since=${cursor}&limit=2`, { token: t });
      expect(page.status).toBe(200);
      for (const c of page.body.contracts) seen.add(`c:${c.id}`);
      for (const e of page.body.events) seen.add(`e:${e.id}`);
      for (const l of page.body.links) seen.add(`l:${l.id}`);
      pages++;
      expect(Number(page.body.cursor)).toBeGreaterThan(Number(cursor));
      cursor = page.body.cursor;
      if (!page.body.hasMore) break;
    }
    expect(pages).toBeGreaterThan(2);
    expect(seen.size).toBe(3 + 4 + 1);
    expect(cursor).toBe(delta.body.cursor);

    expect((await h.req('GET', `/v1/sync?since=${Number(cursor) + 100}`, { token: t })).status).toBe(410);
    expect((await h.req('GET', '/v1/sync?since=abc', { token: t })).status).toBe(400);
    expect((await h.req('GET', '/v1/sync?limit=0', { token: t })).status).toBe(400);
  });

  it('after tombstones are compacted, a cursor from before them gets 410 and a snapshot still works', async () => {
    const o = await h.org();
    const t = o.tokens.member;
    const old = (await h.req('GET', '/v1/sync', { token: t })).body.cursor;
    const c = await h.req('POST', '/v1/contracts', { token: t, body: sampleContract() });
    await h.req('POST', `/v1/contracts/${c.body.id}/events`, {
      token: t,
      body: { id: eventId(), type: 'opened', at: '2026-02-01T00:00:00Z' },
    });
    await h.req('DELETE', `/v1/contracts/${c.body.id}`, { token: t, headers: { 'if-match': '"1"' } });
    const afterDelete = (await h.req('GET', `/v1/sync?since=${old}`, { token: t })).body.cursor;
    h.clock.advance(2 * 86_400_000);
    const result = await compactTombstones(h.tdb.db.kysely, o.orgId, h.clock.now() - 86_400_000);
    expect(result.removed).toBe(1);
    expect((await h.req('GET', `/v1/sync?since=${old}`, { token: t })).status).toBe(410);
    expect((await h.req('GET', `/v1/sync?since=${afterDelete}`, { token: t })).status).toBe(200);
    const snap = await h.req('GET', '/v1/sync', { token: t });
    expect(snap.status).toBe(200);
    expect(snap.body.events).toEqual([]);
    h.clock.advance(-2 * 86_400_000);
  });

  it('GET /v1/rules returns the rules version with an ETag and honours If-None-Match', async () => {
    const r = await h.req('GET', '/v1/rules', { token: org.tokens.viewer });
    expect(r.status).toBe(200);
    expect(r.body.version).toEqual(expect.any(String));
    expect(Object.keys(r.body.rulesets)).toContain('mpn-2021');
    const etag = r.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await h.req('GET', '/v1/rules', {
      token: org.tokens.viewer,
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('members: admins manage members and tokens; last owner is protected; removal revokes tokens', async () => {
    const o = await h.org();
    const list = await h.req('GET', '/v1/members', { token: o.tokens.admin });
    expect(list.body.members.map((m: { role: string }) => m.role).sort()).toEqual([
      'admin',
      'member',
      'owner',
      'viewer',
    ]);
    const demote = await h.req('PATCH', `/v1/members/${o.memberIds.owner}`, {
      token: o.tokens.owner,
      body: { role: 'admin' },
    });
    expect(demote.status).toBe(409);
    const adminOnOwner = await h.req('PATCH', `/v1/members/${o.memberIds.owner}`, {
      token: o.tokens.admin,
      body: { name: 'x' },
    });
    expect(adminOnOwner.status).toBe(403);
    const adminMintsOwner = await h.req('POST', '/v1/members', {
      token: o.tokens.admin,
      body: { name: 'x', role: 'owner' },
    });
    expect(adminMintsOwner.status).toBe(403);
    const promote = await h.req('PATCH', `/v1/members/${o.memberIds.viewer}`, {
      token: o.tokens.admin,
      body: { role: 'member' },
    });
    expect(promote.body.role).toBe('member');
    expect((await h.req('GET', '/v1/me', { token: o.tokens.viewer })).body.member.role).toBe('member');
    const del = await h.req('DELETE', `/v1/members/${o.memberIds.member}`, { token: o.tokens.admin });
    expect(del.status).toBe(204);
    expect((await h.req('GET', '/v1/me', { token: o.tokens.member })).status).toBe(401);
  });

  it('tokens: list own (no secrets), create own, revoke own → 401; expiry → 401', async () => {
    const o = await h.org();
    const made = await h.req('POST', '/v1/tokens', {
      token: o.tokens.viewer,
      body: { name: 'laptop', expiresAt: new Date(h.clock.now() + 60_000).toISOString() },
    });
    expect(made.status).toBe(201);
    expect(made.body.token).toMatch(/^slk_[A-Za-z0-9_-]{43}$/);
    const list = await h.req('GET', '/v1/tokens', { token: o.tokens.viewer });
    expect(list.body.tokens.map((t: { name: string }) => t.name)).toContain('laptop');
    expect(list.text).not.toContain(made.body.token);
    expect((await h.req('GET', '/v1/me', { token: made.body.token })).status).toBe(200);
    h.clock.advance(61_000);
    expect((await h.req('GET', '/v1/me', { token: made.body.token })).status).toBe(401);
    h.clock.advance(-61_000);
    const other = await h.req('POST', '/v1/tokens', { token: o.tokens.viewer, body: {} });
    expect((await h.req('DELETE', `/v1/tokens/${other.body.id}`, { token: o.tokens.member })).status).toBe(
      404,
    );
    expect((await h.req('DELETE', `/v1/tokens/${other.body.id}`, { token: o.tokens.viewer })).status).toBe(
      204,
    );
    expect((await h.req('GET', '/v1/me', { token: other.body.token })).status).toBe(401);
  });

  it('writes an audit trail without secret values', async () => {
    const { body } = await create();
    await h.req('PATCH', `/v1/contracts/${body.id}`, {
      token: org.tokens.member,
      body: { accessId: 'NEW-ACCESS-99' },
      headers: { 'if-match': '"1"' },
    });
    const rows = await h.tdb.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('target_id', '=', body.id)
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['contract.create', 'contract.update']);
    expect(JSON.parse(rows[1]?.detail ?? '{}').fields).toEqual(['accessId']);
    const all = JSON.stringify(await h.tdb.db.kysely.selectFrom('audit_log').selectAll().execute());
    expect(all).not.toContain('NEW-ACCESS-99');
    expect(all).not.toContain('ACCESS-7f3a9c21');
  });
});
