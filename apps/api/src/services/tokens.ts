import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { generateToken, hashToken } from '../auth/token-secret.js';
import { insertToken } from '../db/repos/tokens.js';
import type { Database, TokensTable } from '../db/schema.js';

/** Creates a token for a member; the plain token is returned once and only its hash is stored. */
export async function issueToken(
  db: Kysely<Database>,
  t: { orgId: string; memberId: string; name: string; expiresAt: number | null; now: number },
): Promise<{ row: TokensTable; token: string }> {
  const token = generateToken();
  const row: TokensTable = {
    id: randomUUID(),
    org_id: t.orgId,
    member_id: t.memberId,
    name: t.name,
    hash: hashToken(token),
    created_at: t.now,
    expires_at: t.expiresAt,
    last_used_at: null,
    revoked_at: null,
  };
  await insertToken(db, {
    id: row.id,
    orgId: row.org_id,
    memberId: row.member_id,
    name: row.name,
    hash: row.hash,
    now: row.created_at,
    expiresAt: row.expires_at,
  });
  return { row, token };
}
