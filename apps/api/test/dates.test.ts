/**
 * Issue 10, finding 4: a start date in year 0050 was accepted (201) and then made /v1/summary answer
 * 500 for everyone. Contract dates follow the rules package's one calendar-date rule; a row stored
 * before that rule is reported for that row while list, sync and summary keep answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from './helpers/dialects.js';
import { type Harness, harness, type Org, sampleContract } from './helpers/harness.js';

describe.each(dialects)('contract dates on %s', (dialect) => {
  let h: Harness;
  let org: Org;
  beforeAll(async () => {
    h = await harness(dialect);
    org = await h.org();
  });
  afterAll(() => h.close());

  it('refuses dates outside the calendar-date rule with 400 naming the field, on create and on change', async () => {
    for (const [field, value] of [
      ['startDate', '0050-01-01'],
      ['startDate', '1999-12-31'],
      ['endDate', '2100-01-01'],
      ['endDate', '9999-12-31'],
    ] as const) {
      const res = await h.req('POST', '/v1/contracts', {
        token: org.tokens.member,
        body: sampleContract({
          [field]: value,
          ...(field === 'startDate' ? {} : { startDate: '2026-01-01' }),
        }),
      });
      expect(res.status, `${field}=${value}: ${res.text}`).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const c = await h.req('POST', '/v1/contracts', { token: org.tokens.member, body: sampleContract() });
    const patch = await h.req('PATCH', `/v1/contracts/${c.body.id}`, {
      token: org.tokens.member,
      body: { startDate: '0050-01-01' },
      headers: { 'if-match': '"1"' },
    });
    expect(patch.status).toBe(400);
    expect((await h.req('GET', '/v1/summary', { token: org.tokens.viewer })).status).toBe(200);
  });

  it('a row stored with year 0050 before the rule existed is reported for that row; summary, list and sync answer', async () => {
    const o = await h.org('legacy');
    const good = await h.req('POST', '/v1/contracts', { token: o.tokens.member, body: sampleContract() });
    const bad = await h.req('POST', '/v1/contracts', {
      token: o.tokens.member,
      body: sampleContract({ label: 'legacy row' }),
    });
    await h.tdb.db.kysely
      .updateTable('contracts')
      .set({ start_date: '0050-01-01' })
      .where('id', '=', bad.body.id)
      .execute();
    const summary = await h.req('GET', '/v1/summary', { token: o.tokens.viewer });
    expect(summary.status, summary.text).toBe(200);
    const items = new Map(summary.body.contracts.map((c: { id: string }) => [c.id, c]));
    expect(items.get(bad.body.id)).toMatchObject({ state: 'invalid', usable: false });
    expect(items.get(good.body.id)).toMatchObject({ state: 'active', usable: true });
    for (const path of ['/v1/contracts', '/v1/sync', `/v1/contracts/${bad.body.id}`]) {
      expect((await h.req('GET', path, { token: o.tokens.member })).status, path).toBe(200);
    }
    expect(h.logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
  });
});
