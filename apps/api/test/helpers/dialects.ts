import pg from 'pg';
import { testConfig } from '../../src/config.js';
import { connect, type Db, type DialectName } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createRunSchema } from './schemas.js';

const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export const postgresUrl = process.env.TEST_DATABASE_URL || DEFAULT_PG;

/**
 * SQLite always; PostgreSQL when reachable. Skipping PostgreSQL is allowed only locally:
 * under CI (CI=true) or with TEST_DATABASE_URL set, an unreachable server fails the suite.
 */
export async function availableDialects(): Promise<DialectName[]> {
  if (await postgresReachable(postgresUrl)) return ['sqlite', 'postgres'];
  if (process.env.CI === 'true' || process.env.TEST_DATABASE_URL) {
    throw new Error(
      `PostgreSQL is required here but not reachable at ${postgresUrl.replace(/\/\/[^@]*@/, '//')}`,
    );
  }
  return ['sqlite'];
}

export const dialects = await availableDialects();

export interface TestDb {
  db: Db;
  drop(): Promise<void>;
}

/** A fresh, migrated database: in-memory SQLite, or a throwaway PostgreSQL schema. */
export async function freshDb(dialect: DialectName, migrateUpTo?: string): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const db = connect(testConfig().database);
    await migrateToLatest(db, migrateUpTo);
    return { db, drop: () => db.close() };
  }
  const schema = await createRunSchema(postgresUrl);
  // Durability of the throwaway server is not under test here; skipping the commit flush keeps the suite fast.
  const db = connect(
    { kind: 'postgres', url: postgresUrl },
    { searchPath: schema, poolSize: 10, sessionSettings: { synchronous_commit: 'off' } },
  );
  await migrateToLatest(db, migrateUpTo);
  return {
    db,
    // The schema itself goes at the end of the run (helpers/schemas.ts).
    drop: () => db.close(),
  };
}

export interface SharedDb {
  /** What DATABASE_URL would be for a process (server, CLI) using this database. */
  url: string;
  /** A new connection (its own pool, caches and auth feed), as a second replica would have. */
  open(): Db;
  drop(): Promise<void>;
}

/**
 * A migrated database that several connections can share: a temporary SQLite file (WAL, so a second
 * process or connection sees commits at once) or a throwaway PostgreSQL schema.
 */
export async function sharedDb(dialect: DialectName): Promise<SharedDb> {
  const opened: Db[] = [];
  if (dialect === 'sqlite') {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'slk-shared-'));
    const path = join(dir, 'db.sqlite');
    const open = () => {
      const db = connect({ kind: 'sqlite', path });
      opened.push(db);
      return db;
    };
    await migrateToLatest(open());
    return {
      url: path,
      open,
      async drop() {
        for (const db of opened) await db.close().catch(() => {});
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = await createRunSchema(postgresUrl);
  const open = () => {
    const db = connect(
      { kind: 'postgres', url: postgresUrl },
      { searchPath: schema, poolSize: 5, sessionSettings: { synchronous_commit: 'off' } },
    );
    opened.push(db);
    return db;
  };
  await migrateToLatest(open());
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    open,
    async drop() {
      for (const db of opened) await db.close().catch(() => {});
    },
  };
}
