import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Drops tombstones (deleted contracts with their events and links) older than `before` and raises
 * the organisation's sync floor past them: a client whose cursor is older could miss a deletion,
 * so GET /v1/sync answers it with 410 and it takes a fresh snapshot.
 */
export async function compactTombstones(db: Kysely<Database>, orgId: string, before: number) {
  return db.transaction().execute(async (trx) => {
    const dead = await trx
      .selectFrom('contracts')
      .select(['id', 'revision'])
      .where('org_id', '=', orgId)
      .where('deleted', '=', 1)
      .where('updated_at', '<', before)
      .execute();
    if (dead.length === 0) return { removed: 0, floor: null };
    const ids = dead.map((d) => d.id);
    const floor = Math.max(...dead.map((d) => d.revision));
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await trx.deleteFrom('events').where('org_id', '=', orgId).where('contract_id', 'in', chunk).execute();
      await trx.deleteFrom('links').where('org_id', '=', orgId).where('contract_id', 'in', chunk).execute();
      await trx.deleteFrom('contracts').where('org_id', '=', orgId).where('id', 'in', chunk).execute();
    }
    const org = await trx
      .selectFrom('orgs')
      .select('sync_floor')
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('orgs')
      .set({ sync_floor: Math.max(org.sync_floor, floor) })
      .where('id', '=', orgId)
      .execute();
    return { removed: ids.length, floor };
  });
}
