import type { Kysely, Updateable } from 'kysely';
import { prepared } from '../prepared.js';
import type { ContractsTable, Database } from '../schema.js';

type Q = Kysely<Database>;

export async function insertContract(db: Q, row: ContractsTable): Promise<void> {
  await db.insertInto('contracts').values(row).execute();
}

/** Includes tombstones; callers decide whether a deleted contract counts. */
const selectContract = prepared(2, (db: Q, orgId: string, id: string) =>
  db.selectFrom('contracts').selectAll().where('org_id', '=', orgId).where('id', '=', id),
);

export async function getContractRow(db: Q, orgId: string, id: string): Promise<ContractsTable | undefined> {
  return (await selectContract(db, orgId, id)).rows[0];
}

const selectLiveContracts = prepared(1, (db: Q, orgId: string) =>
  db
    .selectFrom('contracts')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('deleted', '=', 0)
    .orderBy('created_at')
    .orderBy('id'),
);

export async function listContractRows(db: Q, orgId: string): Promise<ContractsTable[]> {
  return (await selectLiveContracts(db, orgId)).rows;
}

/** Applies the patch only if the row still has `expectedVersion`; returns whether it did. */
export async function updateContractIfVersion(
  db: Q,
  orgId: string,
  id: string,
  expectedVersion: number,
  patch: Updateable<ContractsTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('contracts')
    .set(patch)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** One live contract whose IDs are ciphertext, if any (served by `contracts_sealed_idx`). */
export async function findSealedContract(db: Q) {
  return db
    .selectFrom('contracts')
    .select(['org_id', 'id', 'access_id', 'contract_id', 'ids_sealed'])
    .where('ids_sealed', '=', 1)
    .where('deleted', '=', 0)
    .limit(1)
    .executeTakeFirst();
}
