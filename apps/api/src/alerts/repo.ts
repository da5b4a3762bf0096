import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../db/connect.js';
import type {
  AlertChannelsTable,
  AlertConditionsTable,
  AlertDeliveriesTable,
  AlertOutboxTable,
  AlertsTable,
  Database,
  LinksTable,
} from '../db/schema.js';

type Q = Kysely<Database>;

/* ---- schedule: which organisation is due for evaluation ---- */

/** Gives every organisation a schedule row (due at once); safe to run from several replicas. */
export async function scheduleNewOrgs(db: Q): Promise<void> {
  await db
    .insertInto('alert_schedule')
    .columns(['org_id', 'next_run_at'])
    .expression((eb) =>
      eb
        .selectFrom('orgs')
        .select(['orgs.id', sql<number>`0`.as('next_run_at')])
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('alert_schedule').select('org_id').whereRef('alert_schedule.org_id', '=', 'orgs.id'),
            ),
          ),
        ),
    )
    .onConflict((oc) => oc.column('org_id').doNothing())
    .execute();
}

/**
 * Claims up to `limit` due organisations by moving their next run forward. On PostgreSQL rows
 * another replica is claiming are skipped (FOR UPDATE SKIP LOCKED); SQLite has one writer.
 */
export async function claimDueOrgs(
  db: Q,
  dialect: DialectName,
  now: number,
  everyMs: number,
  limit: number,
): Promise<string[]> {
  let due = db
    .selectFrom('alert_schedule')
    .select('org_id')
    .where('next_run_at', '<=', now)
    .orderBy('next_run_at')
    .limit(limit);
  if (dialect === 'postgres') due = due.forUpdate().skipLocked();
  const rows = await db
    .updateTable('alert_schedule')
    .set({ next_run_at: now + everyMs, last_run_at: now })
    .where('org_id', 'in', due)
    .returning('org_id')
    .execute();
  return rows.map((r) => r.org_id);
}

/* ---- what evaluation reads ---- */

export function listOrgLinks(
  db: Q,
  orgId: string,
): Promise<Pick<LinksTable, 'contract_id' | 'portal' | 'created_by'>[]> {
  return db
    .selectFrom('links')
    .select(['contract_id', 'portal', 'created_by'])
    .where('org_id', '=', orgId)
    .where('deleted', '=', 0)
    .execute();
}

export function listActiveConditions(db: Q, orgId: string): Promise<AlertConditionsTable[]> {
  return db
    .selectFrom('alert_conditions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('active', '=', 1)
    .execute();
}

export function listChannelRows(db: Q, orgId: string): Promise<AlertChannelsTable[]> {
  return db
    .selectFrom('alert_channels')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('deleted', '=', 0)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function getChannelRow(db: Q, orgId: string, id: string): Promise<AlertChannelsTable | undefined> {
  return db
    .selectFrom('alert_channels')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
}

/* ---- firing and clearing ---- */

/** Rows per multi-row statement: well under SQLite's bound-parameter limit. */
const CHUNK = 400;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Marks conditions active and returns the keys this call moved from "not active" to "active" (new,
 * or cleared before). The unique key plus `where active = 0` make "fire once" hold even when two
 * replicas evaluate the same organisation at the same moment: the second sees the row active.
 */
export async function activateConditions(
  db: Q,
  rows: { orgId: string; key: string; contractId: string; now: number; alertId: string | null }[],
): Promise<Set<string>> {
  const fired = new Set<string>();
  for (const part of chunks(rows)) {
    const out = await db
      .insertInto('alert_conditions')
      .values(
        part.map((r) => ({
          org_id: r.orgId,
          key: r.key,
          contract_id: r.contractId,
          active: 1,
          since: r.now,
          cleared_at: null,
          alert_id: r.alertId,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['org_id', 'key'])
          .doUpdateSet((eb) => ({
            active: 1,
            since: eb.ref('excluded.since'),
            cleared_at: null,
            alert_id: eb.ref('excluded.alert_id'),
          }))
          .where('alert_conditions.active', '=', 0),
      )
      .returning('key')
      .execute();
    for (const r of out) fired.add(r.key);
  }
  return fired;
}

/** Clears active conditions (and stamps their alerts); returns how many this call cleared. */
export async function clearConditions(db: Q, orgId: string, keys: string[], now: number): Promise<number> {
  let cleared = 0;
  for (const part of chunks(keys)) {
    const out = await db
      .updateTable('alert_conditions')
      .set({ active: 0, cleared_at: now })
      .where('org_id', '=', orgId)
      .where('key', 'in', part)
      .where('active', '=', 1)
      .returning('alert_id')
      .execute();
    cleared += out.length;
    const alertIds = out.flatMap((r) => (r.alert_id ? [r.alert_id] : []));
    if (alertIds.length > 0) {
      await db
        .updateTable('alerts')
        .set({ cleared_at: now })
        .where('org_id', '=', orgId)
        .where('id', 'in', alertIds)
        .where('cleared_at', 'is', null)
        .execute();
    }
  }
  return cleared;
}

/** What evaluation depends on besides the date: the org's revision, its members and settings. */
export async function evaluationStamp(db: Q, orgId: string): Promise<string> {
  const row = await db
    .selectFrom('orgs')
    .select((eb) => [
      'orgs.revision',
      eb
        .selectFrom('members')
        .select((m) => m.fn.countAll<number | string>().as('n'))
        .where('members.org_id', '=', orgId)
        .as('members'),
      eb
        .selectFrom('members')
        .select((m) => m.fn.max('members.updated_at').as('t'))
        .where('members.org_id', '=', orgId)
        .as('members_at'),
      eb
        .selectFrom('alert_settings')
        .select('alert_settings.updated_at')
        .where('alert_settings.org_id', '=', orgId)
        .as('settings_at'),
    ])
    .where('orgs.id', '=', orgId)
    .executeTakeFirst();
  return row ? `${row.revision}|${row.members}|${row.members_at}|${row.settings_at}` : 'gone';
}

export async function insertAlerts(db: Q, rows: AlertsTable[]): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('alerts').values(part).execute();
}

export async function insertOutbox(db: Q, rows: AlertOutboxTable[]): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('alert_outbox').values(part).execute();
}

/** A new outbox row: one alert to one channel, due now. */
export function pendingDelivery(
  orgId: string,
  alertId: string,
  channelId: string,
  now: number,
): AlertOutboxTable {
  return {
    id: randomUUID(),
    org_id: orgId,
    alert_id: alertId,
    channel_id: channelId,
    status: 'pending',
    attempts: 0,
    next_attempt_at: now,
    lease_until: null,
    created_at: now,
    finished_at: null,
  };
}

/**
 * Queues the warnings in force (fired, not cleared) for a channel just added, so an admin who adds
 * a channel after an alert fired still receives it; later alerts reach it through evaluation.
 */
export async function queueHoldingAlerts(
  db: Q,
  orgId: string,
  channelId: string,
  now: number,
): Promise<number> {
  const holding = await db
    .selectFrom('alerts')
    .select('id')
    .where('org_id', '=', orgId)
    .where('cleared_at', 'is', null)
    .execute();
  await insertOutbox(
    db,
    holding.map((a) => pendingDelivery(orgId, a.id, channelId, now)),
  );
  return holding.length;
}

/* ---- the outbox ---- */

/**
 * Claims due deliveries: pending ones whose time has come and sending ones whose lease expired (the
 * replica sending them stopped). Each claim bumps `attempts`; a late result from an expired lease is
 * then ignored (see finishDelivery), so one replica owns each attempt.
 */
export async function claimDeliveries(
  db: Q,
  dialect: DialectName,
  now: number,
  leaseMs: number,
  limit: number,
): Promise<AlertOutboxTable[]> {
  let due = db
    .selectFrom('alert_outbox')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('lease_until', '<=', now)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(limit);
  if (dialect === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('alert_outbox')
    .set((eb) => ({ status: 'sending', lease_until: now + leaseMs, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

/** Records an attempt's outcome if this attempt still owns the row; returns whether it did. */
export async function finishDelivery(
  db: Q,
  claimed: AlertOutboxTable,
  outcome: { status: 'delivered' | 'pending' | 'failed' | 'cancelled'; nextAttemptAt: number; now: number },
): Promise<boolean> {
  const r = await db
    .updateTable('alert_outbox')
    .set({
      status: outcome.status,
      next_attempt_at: outcome.nextAttemptAt,
      lease_until: null,
      finished_at: outcome.status === 'pending' ? null : outcome.now,
    })
    .where('id', '=', claimed.id)
    .where('status', '=', 'sending')
    .where('attempts', '=', claimed.attempts)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function logDelivery(db: Q, row: Omit<AlertDeliveriesTable, 'seq'>): Promise<void> {
  await db.insertInto('alert_deliveries').values(row).execute();
}

export async function cancelChannelDeliveries(
  db: Q,
  orgId: string,
  channelId: string,
  now: number,
): Promise<void> {
  await db
    .updateTable('alert_outbox')
    .set({ status: 'cancelled', finished_at: now, lease_until: null })
    .where('org_id', '=', orgId)
    .where('channel_id', '=', channelId)
    .where('status', 'in', ['pending', 'sending'])
    .execute();
}

export function getAlertRow(db: Q, orgId: string, id: string): Promise<AlertsTable | undefined> {
  return db
    .selectFrom('alerts')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}
