import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface AuditEntry {
  orgId: string;
  at: number;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  /** Field names and non-secret values only. */
  detail?: Record<string, unknown>;
}

export async function recordAudit(db: Kysely<Database>, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      org_id: e.orgId,
      at: e.at,
      actor_id: e.actorId,
      action: e.action,
      target_type: e.targetType,
      target_id: e.targetId,
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}

export async function listAudit(db: Kysely<Database>, orgId: string) {
  return db.selectFrom('audit_log').selectAll().where('org_id', '=', orgId).orderBy('seq').execute();
}

/** One page of the organisation's audit log, newest first, with the actor's name (removed members too). */
export async function listAuditPage(
  db: Kysely<Database>,
  orgId: string,
  opts: { before: number | null; limit: number },
) {
  let q = db
    .selectFrom('audit_log')
    .leftJoin('members', (j) =>
      j.onRef('members.org_id', '=', 'audit_log.org_id').onRef('members.id', '=', 'audit_log.actor_id'),
    )
    .select([
      'audit_log.seq',
      'audit_log.at',
      'audit_log.actor_id',
      'audit_log.action',
      'audit_log.target_type',
      'audit_log.target_id',
      'audit_log.detail',
      'members.name as actor_name',
    ])
    .where('audit_log.org_id', '=', orgId);
  if (opts.before !== null) q = q.where('audit_log.seq', '<', opts.before);
  return q.orderBy('audit_log.seq', 'desc').limit(opts.limit).execute();
}
