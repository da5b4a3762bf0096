import { type Kysely, sql } from 'kysely';
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
    parentId: string | null;
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
      parent_id: t.parentId,
    })
    .execute();
}

const principalColumns = [
  't.id as tokenId',
  't.org_id as orgId',
  't.member_id as memberId',
  'm.name as memberName',
  'm.role as role',
  't.expires_at as expiresAt',
  't.last_used_at as lastUsedAt',
] as const;

function livePrincipals(db: Q) {
  return db
    .selectFrom('tokens as t')
    .innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 't.org_id').onRef('m.id', '=', 't.member_id'))
    .select(principalColumns)
    .where('t.revoked_at', 'is', null)
    .where('m.deleted', '=', 0);
}

/** The live principal behind a token hash: not revoked, member not deleted. Expiry is checked by the caller. */
export async function findPrincipalByHash(db: Q, hash: string): Promise<TokenPrincipal | undefined> {
  return livePrincipals(db).where('t.hash', '=', hash).executeTakeFirst();
}

/** The same, by token id: re-reads the acting principal inside a locked transaction. */
export async function findPrincipalByTokenId(db: Q, id: string): Promise<TokenPrincipal | undefined> {
  return livePrincipals(db).where('t.id', '=', id).executeTakeFirst();
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

/**
 * Revokes the given tokens (by id, or every token of a member) and every token minted from them,
 * at any depth. One statement, so on PostgreSQL it sees tokens minted up to its own start; callers
 * hold the organisation lock, which minting also takes, so nothing can be minted in between.
 * Returns how many tokens were live and are now revoked.
 */
export async function revokeTokenTree(
  db: Q,
  orgId: string,
  roots: { tokenId: string } | { memberId: string },
  now: number,
): Promise<number> {
  const seed =
    'tokenId' in roots
      ? sql`select id from tokens where org_id = ${orgId} and id = ${roots.tokenId}`
      : sql`select id from tokens where org_id = ${orgId} and member_id = ${roots.memberId}`;
  const result = await sql`
    with recursive tree(id) as (
      ${seed}
      union
      select t.id from tokens t join tree on t.parent_id = tree.id where t.org_id = ${orgId}
    )
    update tokens set revoked_at = ${now}
    where org_id = ${orgId} and revoked_at is null and id in (select id from tree)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function touchToken(db: Q, id: string, now: number) {
  await db.updateTable('tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}
