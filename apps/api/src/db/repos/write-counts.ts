import type { Kysely } from 'kysely';
import { prepared } from '../prepared.js';
import type { Database } from '../schema.js';

type Q = Kysely<Database>;

/**
 * Counts one write for a member in the window starting at `windowStart` (a new window restarts the
 * count) and returns the count including this write. One indexed upsert inside the write's own
 * transaction, so every replica sees the same count and SQLite pays no extra commit.
 */
const upsertCount = prepared(3, (db: Q, orgId: string, memberId: string, windowStart: number) =>
  db
    .insertInto('write_counts')
    .values({ org_id: orgId, member_id: memberId, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.columns(['org_id', 'member_id']).doUpdateSet((eb) => ({
        count: eb
          .case()
          .when('write_counts.window_start', '=', eb.ref('excluded.window_start'))
          .then(eb('write_counts.count', '+', 1))
          .else(1)
          .end(),
        window_start: eb.ref('excluded.window_start'),
      })),
    )
    .returning('count'),
);

export async function countWrite(db: Q, orgId: string, memberId: string, windowStart: number) {
  const row = (await upsertCount(db, orgId, memberId, windowStart)).rows[0];
  return Number(row?.count ?? 1);
}
