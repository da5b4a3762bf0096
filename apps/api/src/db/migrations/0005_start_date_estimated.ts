import type { Kysely } from 'kysely';

// Frozen: never edit after release and never import application code; add a new file instead.
//
// - contracts.start_date_estimated: 1 when nobody saw the start date (Partner Center showed only the
//   end date and the capture worked it out with the contract term). Existing rows were seen or typed: 0.

// biome-ignore lint/suspicious/noExplicitAny: frozen migrations must not depend on the app's current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('contracts')
    .addColumn('start_date_estimated', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
