import { type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Db } from './connect.js';
import * as m0001 from './migrations/0001_initial.js';
import * as m0002 from './migrations/0002_security.js';
import * as m0003 from './migrations/0003_alerts.js';
import * as m0004 from './migrations/0004_channel_secret_flag.js';
import * as m0005 from './migrations/0005_start_date_estimated.js';

const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_security': m0002,
  '0003_alerts': m0003,
  '0004_channel_secret_flag': m0004,
  '0005_start_date_estimated': m0005,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the schema up to date (or up to `target`, for tests of a migration's data step).
 * Kysely's migrator takes its own lock (a lock table row).
 */
export async function migrateToLatest(db: Db, target?: string): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one; pin it to ours
  // so a database holding several SupportLink schemas (e.g. test runs) cannot confuse it.
  let migrationTableSchema: string | undefined;
  if (db.dialect === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely);
    migrationTableSchema = rows[0]?.schema;
  }
  const migrator = new Migrator({
    db: db.kysely,
    provider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    // Two SQLite processes starting at once: the loser sees SQLITE_BUSY; retry after the winner commits.
    const busy =
      error instanceof Error &&
      /SQLITE_BUSY|database is locked/i.test(`${error.message} ${(error as { code?: string }).code}`);
    if (!busy || attempt >= 5) throw error;
    await new Promise((r) => setTimeout(r, 200 * attempt));
  }
}
