/** Migration 0002_security's data step on rows written by the previous version. */
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/db/migrate.js';
import { readIds, secretContext } from '../src/lib/contract-ids.js';
import { createSecretBox } from '../src/lib/secret-box.js';
import { dialects, freshDb } from './helpers/dialects.js';
import { oldContractRow, oldOrgRow } from './helpers/old-rows.js';

const KEY = Buffer.alloc(32, 7);

describe.each(dialects)('migration 0002 on existing %s data', (dialect) => {
  it('flags the IDs the old server encrypted and leaves user text that merely starts with "enc1:" alone', async () => {
    const tdb = await freshDb(dialect, '0001_initial');
    try {
      const db = tdb.db.kysely;
      const now = Date.now();
      await db
        .insertInto('orgs')
        .values(oldOrgRow(now, { revision: 3 }) as never)
        .execute();
      const box = createSecretBox(KEY);
      const row = (id: string, accessId: string, contractId: string) =>
        oldContractRow(id, now, { access_id: accessId, contract_id: contractId });
      const sealed = row(
        'sealed',
        box.seal('REAL-ACCESS', secretContext('o1', 'sealed', 'access_id')),
        box.seal('REAL-CONTRACT', secretContext('o1', 'sealed', 'contract_id')),
      );
      await db
        .insertInto('contracts')
        .values([
          sealed,
          row('typed', 'enc1:AAAA', 'CONTRACT-1'),
          row('half', sealed.access_id, 'enc1:not base64!'),
        ] as never)
        .execute();
      expect(await migrateToLatest(tdb.db, '0002_security')).toEqual(['0002_security']);
      const flags = await db.selectFrom('contracts').select(['id', 'ids_sealed']).orderBy('id').execute();
      expect(flags).toEqual([
        { id: 'half', ids_sealed: 0 },
        { id: 'sealed', ids_sealed: 1 },
        { id: 'typed', ids_sealed: 0 },
      ]);
      const rows = await db.selectFrom('contracts').selectAll().orderBy('id').execute();
      expect(rows.map((r) => readIds(r, box))).toEqual([
        { accessId: sealed.access_id, contractId: 'enc1:not base64!' },
        { accessId: 'REAL-ACCESS', contractId: 'REAL-CONTRACT' },
        { accessId: 'enc1:AAAA', contractId: 'CONTRACT-1' },
      ]);
    } finally {
      await tdb.drop();
    }
  });
});
