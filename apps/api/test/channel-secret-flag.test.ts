/**
 * A channel's secret is ciphertext only when its row says the server sealed it (migration 0004),
 * never because it starts with "enc1:": an SMTP password may, and must still work and stay hidden.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { channelSecretContext, readSecret } from '../src/alerts/channels.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { AlertChannelsTable } from '../src/db/schema.js';
import { createSecretBox } from '../src/lib/secret-box.js';
import { dialects, freshDb } from './helpers/dialects.js';
import { harness } from './helpers/harness.js';
import { oldOrgRow } from './helpers/old-rows.js';
import { smtpReceiver } from './helpers/receivers.js';

const KEY = randomBytes(32);
// Looks exactly like something the server sealed: the prefix and a long base64url body.
const LOOKALIKE_PASSWORD = `enc1:${'Q'.repeat(60)}`;

describe.each(dialects)('channel secret flag on %s', (dialect) => {
  it('migration 0004 flags the secrets the old server sealed and leaves plain text alone', async () => {
    const tdb = await freshDb(dialect, '0003_alerts');
    try {
      const db = tdb.db.kysely;
      const now = Date.now();
      await db
        .insertInto('orgs')
        .values(oldOrgRow(now) as never)
        .execute();
      const box = createSecretBox(KEY);
      const row = (id: string, kind: string, secret: string) => ({
        org_id: 'o1',
        id,
        kind,
        name: id,
        enabled: 1,
        config: kind === 'webhook' ? '{"format":"generic"}' : '{}',
        secret,
        secret_hint: null,
        created_at: now,
        updated_at: now,
        created_by: null,
        deleted: 0,
      });
      await db
        .insertInto('alert_channels')
        .values([
          row(
            'sealed',
            'webhook',
            box.seal('https://hooks.example/s3cret', channelSecretContext('o1', 'sealed')),
          ),
          row('plain-url', 'webhook', 'https://hooks.example/plain'),
          row('typed', 'email', 'enc1:short!'),
          row('none', 'email', ''),
        ] as never)
        .execute();
      expect(await migrateToLatest(tdb.db, '0004_channel_secret_flag')).toEqual(['0004_channel_secret_flag']);
      const rows = (await db
        .selectFrom('alert_channels')
        .selectAll()
        .orderBy('id')
        .execute()) as unknown as AlertChannelsTable[];
      expect(rows.map((r) => [r.id, r.secret_sealed])).toEqual([
        ['none', 0],
        ['plain-url', 0],
        ['sealed', 1],
        ['typed', 0],
      ]);
      expect(rows.map((r) => readSecret(r, box))).toEqual([
        '',
        'https://hooks.example/plain',
        'https://hooks.example/s3cret',
        'enc1:short!',
      ]);
    } finally {
      await tdb.drop();
    }
  });

  it.each([
    ['without an encryption key', null, 0],
    ['with an encryption key', KEY, 1],
  ] as const)(
    'an SMTP password that starts with "enc1:" works %s and is never shown',
    async (_name, key, sealed) => {
      const smtp = await smtpReceiver({ username: 'alerts', password: LOOKALIKE_PASSWORD });
      const h = await harness(dialect, { alertsAllowPrivateWebhooks: true, encryptionKey: key });
      try {
        const o = await h.org();
        const create = await h.req('POST', '/v1/alerts/channels', {
          token: o.tokens.admin,
          body: {
            name: 'Admins',
            kind: 'email',
            to: ['admins@example.com'],
            from: 'alerts@example.com',
            host: '127.0.0.1',
            port: smtp.port,
            security: 'none',
            username: 'alerts',
            password: LOOKALIKE_PASSWORD,
          },
        });
        expect(create.status, create.text).toBe(201);
        const stored = await h.tdb.db.kysely
          .selectFrom('alert_channels')
          .select(['secret', 'secret_sealed'])
          .where('id', '=', create.body.id)
          .executeTakeFirstOrThrow();
        expect(stored.secret_sealed).toBe(sealed);
        if (sealed) expect(stored.secret).not.toBe(LOOKALIKE_PASSWORD);
        else expect(stored.secret).toBe(LOOKALIKE_PASSWORD);

        const test = await h.req('POST', `/v1/alerts/channels/${create.body.id}/test`, {
          token: o.tokens.admin,
        });
        expect(test.body).toMatchObject({ ok: true, detail: 'SMTP 250' });
        expect(smtp.auths).toEqual(['alerts']);

        // A rename keeps the password as it was (patch merges the opened secret) and keeps it hidden.
        const renamed = await h.req('PATCH', `/v1/alerts/channels/${create.body.id}`, {
          token: o.tokens.admin,
          body: { name: 'Admins 2' },
        });
        expect(renamed.status, renamed.text).toBe(200);
        const again = await h.req('POST', `/v1/alerts/channels/${create.body.id}/test`, {
          token: o.tokens.admin,
        });
        expect(again.body).toMatchObject({ ok: true });
        const list = await h.req('GET', '/v1/alerts/channels', { token: o.tokens.admin });
        for (const r of [create, test, renamed, again, list])
          expect(r.text).not.toContain(LOOKALIKE_PASSWORD.slice(5));
        expect(list.body.channels[0].email.passwordSet).toBe(true);
      } finally {
        await h.close();
        await smtp.close();
      }
    },
  );
});
