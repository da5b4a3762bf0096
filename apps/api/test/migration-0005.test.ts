/** Migration 0005: contracts written before it keep their start date as seen (not estimated). */
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/db/migrate.js';
import { dialects, freshDb } from './helpers/dialects.js';

describe.each(dialects)('migration 0005 on existing %s data', (dialect) => {
  it('adds start_date_estimated as 0 to every existing contract', async () => {
    const tdb = await freshDb(dialect, '0003_alerts');
    try {
      const db = tdb.db.kysely;
      const now = Date.now();
      await db
        .insertInto('orgs')
        .values({ id: 'o1', name: 'o', revision: 1, sync_floor: 0, auth_epoch: 0, created_at: now } as never)
        .execute();
      await db
        .insertInto('contracts')
        .values({
          org_id: 'o1',
          id: 'old',
          ruleset: 'ai-cloud-partner-2026',
          offer: 'solutions-partner',
          benefit: 'cloud',
          competency: null,
          label: null,
          access_id: 'A',
          contract_id: 'C',
          ids_sealed: 0,
          start_date: '2026-01-01',
          end_date: '2026-12-31',
          allotment_override: null,
          allotment_override_unlimited: 0,
          version: 1,
          created_at: now,
          updated_at: now,
          created_by: null,
          updated_by: null,
          deleted: 0,
          revision: 1,
        } as never)
        .execute();
      expect(await migrateToLatest(tdb.db)).toContain('0005_start_date_estimated');
      const rows = await db.selectFrom('contracts').select(['id', 'start_date_estimated']).execute();
      expect(rows).toEqual([{ id: 'old', start_date_estimated: 0 }]);
    } finally {
      await tdb.drop();
    }
  });
});
