/**
 * Issue 10, finding 3: stored values are never interpreted. Ciphertext is recognised by a row flag
 * no client can set; a row whose IDs cannot be decrypted is reported for that row while lists, sync
 * and summary keep answering; a server without the key that encrypted the stored IDs is not ready.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { dialects } from './helpers/dialects.js';
import { type Harness, harness, type Org, sampleContract } from './helpers/harness.js';

const KEY = Buffer.alloc(32, 7);
const OTHER_KEY = Buffer.alloc(32, 9);

describe.each(dialects)('stored values on %s', (dialect) => {
  for (const key of [null, KEY]) {
    describe(key ? 'with an encryption key' : 'without an encryption key', () => {
      let h: Harness;
      let org: Org;
      beforeAll(async () => {
        h = await harness(dialect, { encryptionKey: key });
        org = await h.org();
      });
      afterAll(() => h.close());

      it('an Access ID typed as "enc1:…" is kept as typed and breaks nothing for anyone', async () => {
        const looksSealed = `enc1:${'A'.repeat(60)}`;
        const made = await h.req('POST', '/v1/contracts', {
          token: org.tokens.member,
          body: sampleContract({ id: 'fake-cipher', accessId: 'enc1:AAAA', contractId: looksSealed }),
        });
        expect(made.status, made.text).toBe(201);
        expect(made.body).toMatchObject({ accessId: 'enc1:AAAA', contractId: looksSealed });
        for (const role of ['member', 'owner', 'viewer'] as const) {
          const list = await h.req('GET', '/v1/contracts', { token: org.tokens[role] });
          expect(list.status, role).toBe(200);
          const sync = await h.req('GET', '/v1/sync', { token: org.tokens[role] });
          expect(sync.status, role).toBe(200);
          expect((await h.req('GET', '/v1/summary', { token: org.tokens[role] })).status, role).toBe(200);
        }
        const one = await h.req('GET', '/v1/contracts/fake-cipher', { token: org.tokens.member });
        expect(one.body).toMatchObject({ accessId: 'enc1:AAAA', contractId: looksSealed });
        expect(one.body.idsUnreadable).toBeUndefined();
        // The identical retry is recognised as the same contract (200), not a conflict.
        const retry = await h.req('POST', '/v1/contracts', {
          token: org.tokens.member,
          body: sampleContract({ id: 'fake-cipher', accessId: 'enc1:AAAA', contractId: looksSealed }),
        });
        expect(retry.status).toBe(200);
        const row = await h.tdb.db.kysely
          .selectFrom('contracts')
          .select(['access_id', 'ids_sealed'])
          .where('id', '=', 'fake-cipher')
          .executeTakeFirstOrThrow();
        expect(row.ids_sealed).toBe(key ? 1 : 0);
        if (key) expect(row.access_id).not.toBe('enc1:AAAA');
      });
    });
  }

  describe('rows the server cannot decrypt', () => {
    let h: Harness;
    let org: Org;
    let good = '';
    let sealedId = '';
    beforeAll(async () => {
      // Written by a server with one key, read by servers with another key and with none.
      h = await harness(dialect, { encryptionKey: KEY });
      org = await h.org();
      sealedId = (await h.req('POST', '/v1/contracts', { token: org.tokens.member, body: sampleContract() }))
        .body.id;
      await h.req('POST', `/v1/contracts/${sealedId}/events`, {
        token: org.tokens.member,
        body: { id: `ev-${dialect}-1`, type: 'opened', at: '2026-02-01T00:00:00Z' },
      });
      const plainWriter = createApp({ db: h.tdb.db, clock: h.clock, config: testConfig() });
      const res = await plainWriter.request('/v1/contracts', {
        method: 'POST',
        headers: { authorization: `Bearer ${org.tokens.member}`, 'content-type': 'application/json' },
        body: JSON.stringify(sampleContract({ accessId: 'PLAIN-ACCESS', contractId: 'PLAIN-CONTRACT' })),
      });
      good = ((await res.json()) as { id: string }).id;
    });
    afterAll(() => h.close());

    for (const [label, readerKey] of [
      ['no key', null],
      ['another key', OTHER_KEY],
    ] as const) {
      it(`with ${label}: list, one, sync and summary answer; only that row is marked, with null IDs`, async () => {
        const reader = createApp({
          db: h.tdb.db,
          clock: h.clock,
          config: testConfig({ encryptionKey: readerKey }),
        });
        const get = async (path: string, token = org.tokens.member) => {
          const res = await reader.request(path, { headers: { authorization: `Bearer ${token}` } });
          return {
            status: res.status,
            // biome-ignore lint/suspicious/noExplicitAny: test responses are inspected loosely
            body: (await res.json()) as any,
          };
        };
        const list = await get('/v1/contracts');
        expect(list.status).toBe(200);
        const bad = list.body.contracts.find((c: { id: string }) => c.id === sealedId);
        const fine = list.body.contracts.find((c: { id: string }) => c.id === good);
        expect(bad).toMatchObject({
          accessId: null,
          contractId: null,
          idsUnreadable: true,
          label: 'Gold on-prem',
        });
        expect(fine).toMatchObject({ accessId: 'PLAIN-ACCESS', contractId: 'PLAIN-CONTRACT' });
        expect(fine.idsUnreadable).toBeUndefined();
        const one = await get(`/v1/contracts/${sealedId}`);
        expect(one.status).toBe(200);
        expect(one.body.idsUnreadable).toBe(true);
        const sync = await get('/v1/sync');
        expect(sync.status).toBe(200);
        expect(sync.body.contracts.find((c: { id: string }) => c.id === sealedId)?.idsUnreadable).toBe(true);
        expect(sync.body.events).toHaveLength(1);
        const summary = await get('/v1/summary');
        expect(summary.status).toBe(200);
        expect(summary.body.contracts.map((c: { id: string }) => c.id).sort()).toEqual(
          [sealedId, good].sort(),
        );
        // Viewers never see IDs, so nothing is flagged for them.
        const viewer = await get('/v1/contracts', org.tokens.viewer);
        expect(
          viewer.body.contracts.every((c: { idsUnreadable?: boolean }) => c.idsUnreadable === undefined),
        ).toBe(true);
        // A change that needs the current IDs is refused with a clear conflict, not a 500.
        const patch = await reader.request(`/v1/contracts/${sealedId}`, {
          method: 'PATCH',
          headers: {
            authorization: `Bearer ${org.tokens.member}`,
            'content-type': 'application/json',
            'if-match': `"${one.body.version}"`,
          },
          body: JSON.stringify({ label: 'renamed' }),
        });
        expect(patch.status).toBe(409);
        expect(((await patch.json()) as { detail: string }).detail).toContain('SUPPORTLINK_ENCRYPTION_KEY');
        const ready = await reader.request('/readyz');
        expect(ready.status).toBe(503);
        expect(((await ready.json()) as { detail: string }).detail).toMatch(
          readerKey ? /does not decrypt/ : /SUPPORTLINK_ENCRYPTION_KEY is not set/,
        );
      });
    }

    it('the server with the right key is ready and reads every row', async () => {
      expect((await h.req('GET', '/readyz')).status).toBe(200);
      const list = await h.req('GET', '/v1/contracts', { token: org.tokens.member });
      expect(list.body.contracts.every((c: { accessId: string | null }) => c.accessId !== null)).toBe(true);
    });

    it('a server without a key is ready while no stored ID is encrypted', async () => {
      const plain = await harness(dialect);
      try {
        const o = await plain.org();
        await plain.req('POST', '/v1/contracts', { token: o.tokens.member, body: sampleContract() });
        expect((await plain.req('GET', '/readyz')).status).toBe(200);
      } finally {
        await plain.close();
      }
    });
  });
});
