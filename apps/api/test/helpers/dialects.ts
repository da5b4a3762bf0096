import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testConfig } from '../../src/config.js';
import { connect, type Db, type DialectName } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';

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
export async function freshDb(dialect: DialectName): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const db = connect(testConfig().database);
    await migrateToLatest(db);
    return { db, drop: () => db.close() };
  }
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  // Durability of the throwaway server is not under test here; skipping the commit flush keeps the suite fast.
  const db = connect(
    { kind: 'postgres', url: postgresUrl },
    { searchPath: schema, poolSize: 10, sessionSettings: { synchronous_commit: 'off' } },
  );
  await migrateToLatest(db);
  return {
    db,
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: postgresUrl });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}
