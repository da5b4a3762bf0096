import type { PortalId } from '@supportlink/rules';
import type { Kysely } from 'kysely';
import type { Database, LinksTable } from '../schema.js';

type Q = Kysely<Database>;

export async function findLink(
  db: Q,
  orgId: string,
  contractId: string,
  portal: PortalId,
  account: string,
): Promise<LinksTable | undefined> {
  return db
    .selectFrom('links')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .where('portal', '=', portal)
    .where('account', '=', account)
    .executeTakeFirst();
}

export async function insertLink(db: Q, row: LinksTable): Promise<void> {
  await db.insertInto('links').values(row).execute();
}

export async function listLinksOfContract(db: Q, orgId: string, contractId: string): Promise<LinksTable[]> {
  return db
    .selectFrom('links')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .where('deleted', '=', 0)
    .orderBy('linked_at')
    .orderBy('id')
    .execute();
}
