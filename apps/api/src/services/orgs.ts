import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../db/repos/audit.js';
import { insertMember } from '../db/repos/members.js';
import { countOrgs, insertOrg } from '../db/repos/orgs.js';
import type { Database } from '../db/schema.js';
import { issueToken } from './tokens.js';

export interface CreatedOrg {
  orgId: string;
  memberId: string;
  tokenId: string;
  token: string;
}

export async function createOrgWithOwner(
  db: Kysely<Database>,
  input: { orgName: string; ownerName: string; now: number },
): Promise<CreatedOrg> {
  return db.transaction().execute(async (trx) => {
    const orgId = randomUUID();
    const memberId = randomUUID();
    await insertOrg(trx, { id: orgId, name: input.orgName, now: input.now });
    await insertMember(trx, { orgId, id: memberId, name: input.ownerName, role: 'owner', now: input.now });
    const { row, token } = await issueToken(trx, {
      orgId,
      memberId,
      name: 'owner',
      expiresAt: null,
      now: input.now,
      parentId: null,
    });
    await recordAudit(trx, {
      orgId,
      at: input.now,
      actorId: null,
      action: 'org.create',
      targetType: 'org',
      targetId: orgId,
      detail: { owner: memberId },
    });
    return { orgId, memberId, tokenId: row.id, token };
  });
}

/** First start on an empty database: one organisation and its owner, or null if any exists. */
export async function bootstrapIfEmpty(db: Kysely<Database>, now: number): Promise<CreatedOrg | null> {
  if ((await countOrgs(db)) > 0) return null;
  return createOrgWithOwner(db, { orgName: 'My organisation', ownerName: 'Owner', now });
}
