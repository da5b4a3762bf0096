import type SQLite from 'better-sqlite3';
import pg from 'pg';

/**
 * Tells an API process when members or tokens may have changed somewhere else: another replica, the
 * CLI, or plain SQL. The token cache serves an entry only while `epoch()` still returns the value it
 * had when the entry was loaded; `null` means "cannot tell right now", and then nothing is served
 * from the cache.
 */
export interface AuthFeed {
  epoch(): number | null;
  close(): Promise<void>;
}

/**
 * SQLite: `PRAGMA data_version` changes whenever another connection (a second server process on the
 * same file, the CLI) commits. A read costs about a microsecond and no I/O, so it runs per request.
 * This process's own changes do not move it; the auth service drops its cache for those itself.
 */
export function sqliteAuthFeed(handle: SQLite.Database): AuthFeed {
  const version = handle.prepare('PRAGMA data_version').pluck();
  return {
    epoch: () => version.get() as number,
    close: async () => {},
  };
}

/** How often the listening connection proves it is alive. */
const HEARTBEAT_MS = 200;
/**
 * A cache entry is trusted only while the last completed heartbeat started less than this long ago.
 * Notifications committed before a heartbeat query starts reach us before its result does, so a
 * change is seen within FRESH_MS + HEARTBEAT_MS (< 1 s) even if the connection dies silently.
 */
const FRESH_MS = 700;
const RECONNECT_MS = 1000;
export const AUTH_CHANNEL = 'supportlink_auth';

/**
 * PostgreSQL: LISTEN on one extra connection; the triggers of migration 0002 NOTIFY with the schema
 * name on every token revocation and member change, whoever makes it. Started on first use, so
 * building an app or running the CLI opens no extra connection.
 */
export function postgresAuthFeed(clientConfig: pg.ClientConfig): AuthFeed {
  let counter = 0;
  let freshUntil = 0;
  let client: pg.Client | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let state: 'idle' | 'starting' | 'up' | 'closed' = 'idle';

  const down = () => {
    freshUntil = 0;
    counter++;
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
    const old = client;
    client = null;
    old?.end().catch(() => {});
    if (state === 'closed') return;
    state = 'starting';
    setTimeout(() => void start(), RECONNECT_MS).unref();
  };

  const beat = async (c: pg.Client) => {
    const started = performance.now();
    try {
      await c.query('select 1');
      if (c === client) freshUntil = started + FRESH_MS;
    } catch {
      if (c === client) down();
    }
  };

  const start = async () => {
    if (state === 'closed') return;
    state = 'starting';
    const c = new pg.Client(clientConfig);
    client = c;
    c.on('error', () => {
      if (c === client) down();
    });
    c.on('end', () => {
      if (c === client) down();
    });
    try {
      await c.connect();
      const { rows } = await c.query<{ schema: string }>('select current_schema() as schema');
      const schema = rows[0]?.schema;
      c.on('notification', (n) => {
        if (n.channel === AUTH_CHANNEL && n.payload === schema) counter++;
      });
      await c.query(`LISTEN ${AUTH_CHANNEL}`);
      if (c !== client || (state as string) === 'closed') {
        await c.end().catch(() => {});
        return;
      }
      state = 'up';
      counter++;
      heartbeat = setInterval(() => void beat(c), HEARTBEAT_MS);
      heartbeat.unref();
      await beat(c);
    } catch {
      if (c === client) down();
    }
  };

  return {
    epoch() {
      if (state === 'idle') void start();
      return performance.now() < freshUntil ? counter : null;
    },
    async close() {
      state = 'closed';
      freshUntil = 0;
      if (heartbeat) clearInterval(heartbeat);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
