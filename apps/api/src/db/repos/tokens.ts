import type { Kysely } from 'kysely';
import type { Database, Role, TokensTable } from '../schema.js';

type Q = Kysely<Database>;

export interface TokenPrincipal {
  tokenId: string;
  orgId: string;
  memberId: string;
  memberName: string;
  role: Role;
  expiresAt: number | null;
  lastUsedAt: number | null;
}

export async function insertToken(
  db: Q,
  t: {
    id: string;
    orgId: string;
    memberId: string;
    name: string;
    hash: string;
    now: number;
    expiresAt: number | null;
  },
) {
  await db
    .insertInto('tokens')
    .values({
      id: t.id,
      org_id: t.orgId,
      member_id: t.memberId,
      name: t.name,
      hash: t.hash,
      created_at: t.now,
      expires_at: t.expiresAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
}

/** The live principal behind a token hash: not revoked, member not deleted. Expiry is checked by the caller. */
export async function findPrincipalByHash(db: Q, hash: string): Promise<TokenPrincipal | undefined> {
  const row = await db
    .selectFrom('tokens as t')
    .innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 't.org_id').onRef('m.id', '=', 't.member_id'))
    .select([
      't.id as tokenId',
      't.org_id as orgId',
      't.member_id as memberId',
      'm.name as memberName',
      'm.role as role',
      't.expires_at as expiresAt',
      't.last_used_at as lastUsedAt',
    ])
    .where('t.hash', '=', hash)
    .where('t.revoked_at', 'is', null)
    .where('m.deleted', '=', 0)
    .executeTakeFirst();
  return row;
}

export async function listTokensOfMember(db: Q, orgId: string, memberId: string): Promise<TokensTable[]> {
  return db
    .selectFrom('tokens')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('member_id', '=', memberId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function getToken(db: Q, id: string): Promise<TokensTable | undefined> {
  return db.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function revokeToken(db: Q, id: string, now: number): Promise<boolean> {
  const r = await db
    .updateTable('tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function revokeTokensOfMember(db: Q, orgId: string, memberId: string, now: number) {
  await db
    .updateTable('tokens')
    .set({ revoked_at: now })
    .where('org_id', '=', orgId)
    .where('member_id', '=', memberId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function touchToken(db: Q, id: string, now: number) {
  await db.updateTable('tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}
