import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { type AuthFeed, postgresAuthFeed, sqliteAuthFeed } from './auth-feed.js';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** The raw better-sqlite3 handle (SQLite only), for pragmas and integrity checks. */
  sqlite: SQLite.Database | null;
  /** Changes made to members and tokens by other processes (see auth-feed.ts). */
  authFeed: AuthFeed;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** PostgreSQL only: schema to use via search_path (tests use one per run). */
  searchPath?: string;
  poolSize?: number;
  /** PostgreSQL only: extra `-c name=value` session settings (tests turn synchronous_commit off). */
  sessionSettings?: Record<string, string>;
}

// int8 (bigint) columns hold epoch milliseconds and revisions: return them as numbers, like SQLite does.
const INT8_OID = 20;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

function pgSessionOptions(options: ConnectOptions): string | undefined {
  const settings = {
    ...(options.searchPath ? { search_path: options.searchPath } : {}),
    ...options.sessionSettings,
  };
  const parts = Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`);
  return parts.length ? parts.join(' ') : undefined;
}

export function openSqlite(path: string): SQLite.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const handle = new SQLite(path);
  handle.pragma('journal_mode = WAL');
  // FULL: a commit is fsynced before the API acknowledges it (see README, "Durability").
  handle.pragma('synchronous = FULL');
  handle.pragma('busy_timeout = 5000');
  handle.pragma('foreign_keys = ON');
  return handle;
}

/**
 * Kysely's SQLite driver prepares every query afresh; the profile showed preparing as a large
 * share of a cheap request, so reuse statements by SQL text (bounded). Kysely runs them with
 * all()/run() one at a time on the single connection, so sharing a statement is safe.
 */
function withStatementCache(handle: SQLite.Database, max = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sqlText: string) {
      let stmt = cache.get(sqlText);
      if (!stmt) {
        stmt = handle.prepare(sqlText);
        if (cache.size >= max) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
        cache.set(sqlText, stmt);
      }
      return stmt;
    },
    close() {
      cache.clear();
      handle.close();
    },
  };
}

export function connect(config: DatabaseConfig, options: ConnectOptions = {}): Db {
  if (config.kind === 'sqlite') {
    const handle = openSqlite(config.path);
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(handle) }),
    });
    return {
      kysely,
      dialect: 'sqlite',
      sqlite: handle,
      authFeed: sqliteAuthFeed(handle),
      close: () => kysely.destroy(),
    };
  }
  const clientConfig = { connectionString: config.url, types: pgTypes, options: pgSessionOptions(options) };
  const pool = new pg.Pool({ ...clientConfig, max: options.poolSize ?? 10 });
  // An idle client dropped by the server (restart, failover, a dropped database) is emitted here;
  // without a listener that would crash the process. The pool discards it, and the next query
  // opens a new connection and reports its own error if the server is still away.
  pool.on('error', () => {});
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const authFeed = postgresAuthFeed(clientConfig);
  return {
    kysely,
    dialect: 'postgres',
    sqlite: null,
    authFeed,
    close: async () => {
      await authFeed.close();
      await kysely.destroy();
    },
  };
}
