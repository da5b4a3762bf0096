import type { Kysely } from 'kysely';
import { requireRole } from '../auth/roles.js';
import type { Deps, Principal } from '../context.js';
import { lockOrgForAuthChange } from '../db/repos/orgs.js';
import { findPrincipalByTokenId } from '../db/repos/tokens.js';
import type { Database, Role } from '../db/schema.js';
import { unauthorized } from '../errors.js';
import { payWriteCharge, takeWriteCharge } from '../lib/write-budget.js';

/**
 * Runs a member or token change as one transaction that (1) locks the organisation, so such changes
 * are serialised across every replica, (2) re-reads the acting token and member under that lock —
 * a token revoked or a role lowered a moment ago on another replica can no longer act, whatever
 * this process cached — and (3) checks the role against that fresh row. Afterwards this process
 * drops its token cache; other processes learn of the change through the database's auth feed.
 */
export async function authChange<T>(
  deps: Deps,
  principal: Principal,
  minRole: Role,
  fn: (trx: Kysely<Database>, actor: Principal) => Promise<T>,
): Promise<T> {
  const charge = takeWriteCharge();
  const result = await deps.db.kysely.transaction().execute(async (trx) => {
    await lockOrgForAuthChange(trx, principal.orgId);
    await payWriteCharge(trx, charge);
    const row = await findPrincipalByTokenId(trx, principal.tokenId);
    if (!row || (row.expiresAt !== null && row.expiresAt <= deps.clock.now())) {
      throw unauthorized('The token is invalid, revoked or expired.');
    }
    const { lastUsedAt: _unused, ...actor } = row;
    requireRole(actor.role, minRole);
    return fn(trx, actor);
  });
  deps.auth.invalidateAll();
  return result;
}
