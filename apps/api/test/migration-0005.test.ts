/** Migration 0005: contracts written before it keep their start date as seen (not estimated). */
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/db/migrate.js';
import { dialects, freshDb } from './helpers/dialects.js';
import { oldContractRow, oldOrgRow } from './helpers/old-rows.js';

describe.each(dialects)('migration 0005 on existing %s data', (dialect) => {
  it('adds start_date_estimated as 0 to every existing contract', async () => {
    const tdb = await freshDb(dialect, '0003_alerts');
    try {
      const db = tdb.db.kysely;
      const now = Date.now();
      await db
        .insertInto('orgs')
        .values(oldOrgRow(now, { auth_epoch: 0 }) as never)
        .execute();
      await db
        .insertInto('contracts')
        .values(
          oldContractRow('old', now, {
            ruleset: 'ai-cloud-partner-2026',
            offer: 'solutions-partner',
            label: null,
            access_id: 'A',
            contract_id: 'C',
            ids_sealed: 0,
          }) as never,
        )
        .execute();
      expect(await migrateToLatest(tdb.db)).toContain('0005_start_date_estimated');
      const rows = await db.selectFrom('contracts').select(['id', 'start_date_estimated']).execute();
      expect(rows).toEqual([{ id: 'old', start_date_estimated: 0 }]);
    } finally {
      await tdb.drop();
    }
  });
});
