import type { Kysely } from 'kysely';
import type { Database, EventsTable } from '../schema.js';

type Q = Kysely<Database>;

export async function insertEvent(db: Q, row: EventsTable): Promise<void> {
  await db.insertInto('events').values(row).execute();
}

export async function getEventRow(db: Q, orgId: string, id: string): Promise<EventsTable | undefined> {
  return db
    .selectFrom('events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listEventsOfContract(db: Q, orgId: string, contractId: string): Promise<EventsTable[]> {
  return db
    .selectFrom('events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .where('deleted', '=', 0)
    .orderBy('at')
    .orderBy('revision')
    .execute();
}

/** Every live event of the organisation (callers drop those of deleted contracts), for the summary. */
export async function listEventsOfOrg(db: Q, orgId: string): Promise<EventsTable[]> {
  return db
    .selectFrom('events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('deleted', '=', 0)
    .orderBy('contract_id')
    .orderBy('at')
    .orderBy('revision')
    .execute();
}

export async function eventsChangedSince(
  db: Q,
  orgId: string,
  since: number,
  upTo: number,
  limit: number,
  includeDeleted: boolean,
): Promise<EventsTable[]> {
  let q = db
    .selectFrom('events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('revision', '>', since)
    .where('revision', '<=', upTo);
  if (!includeDeleted) q = q.where('deleted', '=', 0);
  return q.orderBy('revision').orderBy('id').limit(limit).execute();
}
