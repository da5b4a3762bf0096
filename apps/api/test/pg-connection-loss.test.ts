// A PostgreSQL server that drops an idle pooled connection (restart, failover, an admin's
// pg_terminate_backend) must not take the API process down: the pool discards the client and
// the next query runs on a new connection.
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { connect } from '../src/db/connect.js';
import { dialects, postgresUrl } from './helpers/dialects.js';

describe.each(dialects.filter((d) => d === 'postgres'))('connection loss on %s', () => {
  it('an idle pooled connection killed by the server is dropped, not thrown, and the next query works', async () => {
    const db = connect(loadConfig({ DATABASE_URL: postgresUrl, LOG_LEVEL: 'silent' }).database);
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    try {
      const backend = sql<{ pid: number }>`select pg_backend_pid() as pid`;
      const { rows } = await backend.execute(db.kysely);
      const pid = rows[0]!.pid;
      await admin.query('select pg_terminate_backend($1)', [pid]);
      // Give the pool's idle client time to receive the termination.
      await new Promise((r) => setTimeout(r, 300));
      const again = await backend.execute(db.kysely);
      expect(again.rows[0]!.pid).not.toBe(pid);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      await admin.end();
      await db.close();
    }
  });
});
