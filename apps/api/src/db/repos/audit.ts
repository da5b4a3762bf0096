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
