import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { dialects, postgresUrl } from './helpers/dialects.js';
import { eventId, type Harness, harness, type Org, sampleContract } from './helpers/harness.js';
import { createRunSchema } from './helpers/schemas.js';

describe.each(dialects)('concurrency on %s', (dialect) => {
  let h: Harness;
  let org: Org;
  beforeAll(async () => {
    h = await harness(dialect);
    org = await h.org();
  });
  afterAll(() => h.close());

  it('concurrent edits of one contract: exactly one wins, the others get 412, nothing is lost', async () => {
    const { body: c } = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: sampleContract(),
    });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        h.req('PATCH', `/v1/contracts/${c.id}`, {
          token: org.tokens.member,
          body: { label: `writer-${i}` },
          headers: { 'if-match': '"1"' },
        }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(11);
    const winner = results.find((r) => r.status === 200);
    const now = await h.req('GET', `/v1/contracts/${c.id}`, { token: org.tokens.member });
    expect(now.body.version).toBe(2);
    expect(now.body.label).toBe(winner?.body.label);
  });

  it('two clients editing different fields from the same version: the second must refetch (no lost update)', async () => {
    const { body: c } = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: sampleContract(),
    });
    const path = `/v1/contracts/${c.id}`;
    const one = await h.req('PATCH', path, {
      token: org.tokens.member,
      body: { label: 'from A' },
      headers: { 'if-match': '"1"' },
    });
    const two = await h.req('PATCH', path, {
      token: org.tokens.admin,
      body: { endDate: '2027-01-31' },
      headers: { 'if-match': '"1"' },
    });
    expect([one.status, two.status]).toEqual([200, 412]);
    const retry = await h.req('PATCH', path, {
      token: org.tokens.admin,
      body: { endDate: '2027-01-31' },
      headers: { 'if-match': '"2"' },
    });
    expect(retry.body).toMatchObject({ label: 'from A', endDate: '2027-01-31', version: 3 });
  });

  it('the same event retried concurrently is recorded exactly once', async () => {
    const { body: c } = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: sampleContract(),
    });
    const ev = { id: eventId('dup'), type: 'opened', at: '2026-02-02T00:00:00Z' };
    const results = await Promise.all(
      Array.from({ length: 15 }, () =>
        h.req('POST', `/v1/contracts/${c.id}/events`, { token: org.tokens.member, body: ev }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(14);
    const list = await h.req('GET', `/v1/contracts/${c.id}/events`, { token: org.tokens.member });
    expect(list.body.events).toHaveLength(1);
  });

  it('concurrent appends each get their own revision and all reach sync', async () => {
    const o = await h.org('appends');
    const { body: c } = await h.req('POST', '/v1/contracts', {
      token: o.tokens.member,
      body: sampleContract(),
    });
    const start = (await h.req('GET', '/v1/sync', { token: o.tokens.member })).body.cursor;
    const ids = Array.from({ length: 60 }, () => eventId('par'));
    const results = await Promise.all(
      ids.map((id, i) =>
        h.req('POST', `/v1/contracts/${c.id}/events`, {
          token: o.tokens.member,
          body: { id, type: 'opened', at: new Date(Date.UTC(2026, 1, 1, 0, i)).toISOString() },
        }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const revs = await h.tdb.db.kysely
      .selectFrom('events')
      .select('revision')
      .where('org_id', '=', o.orgId)
      .execute();
    expect(new Set(revs.map((r) => r.revision)).size).toBe(60);
    const delta = await h.req('GET', `/v1/sync?since=${start}`, { token: o.tokens.member });
    expect(delta.body.events.map((e: { id: string }) => e.id).sort()).toEqual([...ids].sort());
    expect(Number(delta.body.cursor)).toBe(Number(start) + 60);
  });
});

describe.runIf(dialects.includes('postgres'))('migrations on postgres', () => {
  it('two processes migrating the same empty schema at once both succeed (the migrator locks)', async () => {
    const schema = await createRunSchema(postgresUrl, 'mig_');
    const a = connect({ kind: 'postgres', url: postgresUrl }, { searchPath: schema });
    const b = connect({ kind: 'postgres', url: postgresUrl }, { searchPath: schema });
    try {
      const [ra, rb] = await Promise.all([migrateToLatest(a), migrateToLatest(b)]);
      // Every migration applied exactly once, by one of the two.
      const applied = [...ra, ...rb].sort();
      expect(applied).toContain('0001_initial');
      expect(applied).toContain('0003_alerts');
      expect(new Set(applied).size).toBe(applied.length);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
