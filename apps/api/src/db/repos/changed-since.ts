import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** The tables `GET /v1/sync` reads; each has `org_id`, `id`, `revision` and `deleted`. */
export type SyncedTable = 'contracts' | 'events' | 'links';

interface SyncedColumns {
  org_id: string;
  id: string;
  revision: number;
  deleted: number;
}

/** Rows of one synced table whose revision lies in (since, upTo], in sync order, served by `(org_id, revision)`. */
export async function changedSince<T extends SyncedTable>(
  db: Kysely<Database>,
  table: T,
  orgId: string,
  since: number,
  upTo: number,
  limit: number,
  includeDeleted: boolean,
): Promise<Database[T][]> {
  // Kysely cannot type a query whose table is a type parameter; the columns used are common to all three.
  let q = (db as unknown as Kysely<Record<SyncedTable, SyncedColumns>>)
    .selectFrom(table as SyncedTable)
    .selectAll()
    .where('org_id', '=', orgId)
    .where('revision', '>', since)
    .where('revision', '<=', upTo);
  if (!includeDeleted) q = q.where('deleted', '=', 0);
  return (await q.orderBy('revision').orderBy('id').limit(limit).execute()) as unknown as Database[T][];
}
