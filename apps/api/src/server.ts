import { serve } from '@hono/node-server';
import { createAlerts } from './alerts/service.js';
import { createApp } from './app.js';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { connect } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { writeStats } from './db/write.js';
import { createSecretBox } from './lib/secret-box.js';
import { createLogger } from './logger.js';
import { bootstrapIfEmpty } from './services/orgs.js';

/** The only place that reads the environment, opens the database and listens on a socket. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`supportlink-api: invalid configuration: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const db = connect(config.database);
  const applied = await migrateToLatest(db);
  if (applied.length > 0) logger.info('migrations applied', { migrations: applied });

  const created = await bootstrapIfEmpty(db.kysely, systemClock.now());
  const app = createApp({ db, clock: systemClock, config, logger });
  // Alert evaluation and delivery run in every replica; each claims its work in the database.
  const alerts = createAlerts({
    db,
    clock: systemClock,
    config,
    logger,
    secrets: createSecretBox(config.encryptionKey),
  });
  alerts.start();

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    const base = `http://${host}:${info.port}`;
    process.stdout.write(`supportlink-api listening on ${base}\n`);
    if (created) {
      // Printed once, on the first start with an empty database; only its hash is stored.
      process.stdout.write(`First start: created organisation ${created.orgId} with an owner.\n`);
      process.stdout.write(`Owner token (shown once, keep it safe): ${created.token}\n`);
      process.stdout.write(`API docs: ${base}/docs\n`);
    }
  });
  server.on('error', (err: NodeJS.ErrnoException) => {
    process.stderr.write(
      `supportlink-api: cannot listen on ${config.host}:${config.port}: ${err.code ?? err.message}\n`,
    );
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const force = setTimeout(() => {
      logger.warn('drain timed out; closing remaining connections');
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, 10_000);
    force.unref();
    // close() stops accepting and waits for in-flight requests; idle keep-alive sockets are closed now.
    server.close(async () => {
      logger.info('stopped', {
        writes: writeStats.writes,
        commits: writeStats.commits,
        transactionMs: Math.round(writeStats.transactionMs),
      });
      try {
        await alerts.stop();
        await db.close();
      } finally {
        process.exit(0);
      }
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: Error) => {
  process.stderr.write(`supportlink-api: failed to start: ${err.message}\n`);
  process.exit(1);
});
