import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { generateToken, hashToken } from '../auth/token-secret.js';
import { insertToken } from '../db/repos/tokens.js';
import type { Database, TokensTable } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { iso } from '../lib/views.js';

/** Creates a token for a member; the plain token is returned once and only its hash is stored. */
export async function issueToken(
  db: Kysely<Database>,
  t: {
    orgId: string;
    memberId: string;
    name: string;
    expiresAt: number | null;
    now: number;
    /** The token that mints this one (its revocation revokes this one); null for the CLI and start-up. */
    parentId: string | null;
  },
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
    parent_id: t.parentId,
  };
  await insertToken(db, {
    id: row.id,
    orgId: row.org_id,
    memberId: row.member_id,
    name: row.name,
    hash: row.hash,
    now: row.created_at,
    expiresAt: row.expires_at,
    parentId: row.parent_id,
  });
  return { row, token };
}

const expiryError = (message: string) =>
  badRequest(`expiresAt: ${message}`, [{ field: 'expiresAt', in: 'body', message }]);

/**
 * The expiry of a token minted with a token that expires at `parentExpiresAt` (null: never).
 * A minted token never outlives the token that mints it: without `expiresAt` it inherits the
 * parent's expiry; asking for a later one, or for none while the parent expires, is refused.
 */
export function mintedExpiry(
  requested: string | null | undefined,
  parentExpiresAt: number | null,
  now: number,
): number | null {
  if (requested === undefined) return parentExpiresAt;
  const limit =
    parentExpiresAt === null ? '' : ` The token you are using expires at ${iso(parentExpiresAt)}.`;
  if (requested === null) {
    if (parentExpiresAt !== null)
      throw expiryError(`A token cannot outlive the token that creates it; set an expiry.${limit}`);
    return null;
  }
  const at = Date.parse(requested);
  if (at <= now) throw expiryError('Must be in the future.');
  if (parentExpiresAt !== null && at > parentExpiresAt)
    throw expiryError(`A token cannot outlive the token that creates it.${limit}`);
  return at;
}
