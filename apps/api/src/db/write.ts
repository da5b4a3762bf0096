import type { Kysely } from 'kysely';
import { bumpRevision } from './repos/orgs.js';
import type { Database } from './schema.js';

/**
 * Runs `fn` in a transaction that first bumps the organisation's revision; every row the
 * transaction writes carries that revision, which is what GET /v1/sync pages by.
 */
export function orgWrite<T>(
  db: Kysely<Database>,
  orgId: string,
  fn: (trx: Kysely<Database>, revision: number) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const revision = await bumpRevision(trx, orgId);
    return fn(trx, revision);
  });
}
