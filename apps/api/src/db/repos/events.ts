import type { Kysely } from 'kysely';
import { prepared } from '../prepared.js';
import type { Database, EventsTable } from '../schema.js';

type Q = Kysely<Database>;

const EVENT_COLUMNS = [
  'org_id',
  'id',
  'contract_id',
  'type',
  'at',
  'count',
  'remaining',
  'remaining_unlimited',
  'delta',
  'portal',
  'note',
  'created_at',
  'created_by',
  'deleted',
  'revision',
] as const satisfies readonly (keyof EventsTable)[];

const insertEventRow = prepared(EVENT_COLUMNS.length, (db: Q, ...values: unknown[]) =>
  db
    .insertInto('events')
    .values(Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, values[i]])) as unknown as EventsTable),
);

export async function insertEvent(db: Q, row: EventsTable): Promise<void> {
  await insertEventRow(db, ...EVENT_COLUMNS.map((c) => row[c]));
}

const selectEvent = prepared(2, (db: Q, orgId: string, id: string) =>
  db.selectFrom('events').selectAll().where('org_id', '=', orgId).where('id', '=', id),
);

export async function getEventRow(db: Q, orgId: string, id: string): Promise<EventsTable | undefined> {
  return (await selectEvent(db, orgId, id)).rows[0];
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
const selectOrgEvents = prepared(1, (db: Q, orgId: string) =>
  db
    .selectFrom('events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('deleted', '=', 0)
    .orderBy('contract_id')
    .orderBy('at')
    .orderBy('revision'),
);

export async function listEventsOfOrg(db: Q, orgId: string): Promise<EventsTable[]> {
  return (await selectOrgEvents(db, orgId)).rows;
}
