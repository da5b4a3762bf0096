import type { Kysely } from 'kysely';
import { prepared } from '../prepared.js';
import type { Database, OrgsTable } from '../schema.js';

type Q = Kysely<Database>;

export async function insertOrg(db: Q, org: { id: string; name: string; now: number }): Promise<void> {
  await db
    .insertInto('orgs')
    .values({ id: org.id, name: org.name, revision: 0, sync_floor: 0, auth_epoch: 0, created_at: org.now })
    .execute();
}

const selectOrg = prepared(1, (db: Q, id: string) => db.selectFrom('orgs').selectAll().where('id', '=', id));

export async function getOrg(db: Q, id: string): Promise<OrgsTable | undefined> {
  return (await selectOrg(db, id)).rows[0];
}

export async function countOrgs(db: Q): Promise<number> {
  const row = await db
    .selectFrom('orgs')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Bumps the organisation's revision and returns the new value. Called first inside each write
 * transaction: in PostgreSQL the row lock orders concurrent writers, so revisions commit in order.
 */
const bump = prepared(1, (db: Q, orgId: string) =>
  db
    .updateTable('orgs')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', orgId)
    .returning('revision'),
);

export async function bumpRevision(trx: Q, orgId: string): Promise<number> {
  const row = (await bump(trx, orgId)).rows[0];
  if (!row) throw new Error('organisation vanished during a write');
  return Number(row.revision);
}

/**
 * First statement of every member or token change. On PostgreSQL the update takes the organisation's
 * row lock until commit, so two such changes (on any replica) run one after the other and each sees
 * the other's result — the last owner cannot be demoted twice. On SQLite it takes the write lock
 * before anything is read, so the transaction never has to upgrade a stale read.
 */
const lockForAuth = prepared(1, (db: Q, orgId: string) =>
  db
    .updateTable('orgs')
    .set((eb) => ({ auth_epoch: eb('auth_epoch', '+', 1) }))
    .where('id', '=', orgId)
    .returning('id'),
);

export async function lockOrgForAuthChange(trx: Q, orgId: string): Promise<void> {
  const row = (await lockForAuth(trx, orgId)).rows[0];
  if (!row) throw new Error('organisation vanished during a member or token change');
}
