import type { Kysely } from 'kysely';
import type { Database, MembersTable, Role } from '../schema.js';

type Q = Kysely<Database>;

export async function insertMember(
  db: Q,
  m: { orgId: string; id: string; name: string; role: Role; now: number },
) {
  await db
    .insertInto('members')
    .values({
      org_id: m.orgId,
      id: m.id,
      name: m.name,
      role: m.role,
      created_at: m.now,
      updated_at: m.now,
      deleted: 0,
    })
    .execute();
}

export async function getMember(db: Q, orgId: string, id: string): Promise<MembersTable | undefined> {
  return db
    .selectFrom('members')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
}

export async function listMembers(db: Q, orgId: string): Promise<MembersTable[]> {
  return db
    .selectFrom('members')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('deleted', '=', 0)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function updateMember(
  db: Q,
  orgId: string,
  id: string,
  patch: { name?: string; role?: Role; deleted?: number },
  now: number,
): Promise<void> {
  await db
    .updateTable('members')
    .set({ ...patch, updated_at: now })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function countOwners(db: Q, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('members')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('org_id', '=', orgId)
    .where('role', '=', 'owner')
    .where('deleted', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
