import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { createAlerts } from './alerts/service.js';
import { limitWrites, requireAuth } from './auth/middleware.js';
import { createAuthService } from './auth/service.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { AppEnv, Deps } from './context.js';
import type { Db } from './db/connect.js';
import { createWriter } from './db/write.js';
import { createErrorHandler, Problem, problemResponse } from './errors.js';
import { createSecretBox } from './lib/secret-box.js';
import { rejectUnstorableText } from './lib/text-guard.js';
import { createLogger, type Logger } from './logger.js';
import { alertRoutes } from './routes/alerts.js';
import { alertChannelRoutes } from './routes/alerts-channels.js';
import { auditRoutes } from './routes/audit.js';
import { contractRoutes } from './routes/contracts.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { linkRoutes } from './routes/links.js';
import { meRoutes } from './routes/me.js';
import { memberRoutes } from './routes/members.js';
import { rulesRoutes } from './routes/rules.js';
import { summaryRoutes } from './routes/summary.js';
import { syncRoutes } from './routes/sync.js';
import { tokenRoutes } from './routes/tokens.js';
import { dashboardRoutes } from './web/dashboard.js';

export interface AppOptions {
  db: Db;
  clock: Clock;
  config: Config;
  logger?: Logger;
}

export const API_VERSION = '1.0.0';

/** Builds the HTTP app. No I/O happens here: the database handle is opened by the caller. */
export function createApp({ db, clock, config, logger = createLogger(config.logLevel) }: AppOptions) {
  const deps: Deps = {
    db,
    clock,
    config,
    logger,
    secrets: createSecretBox(config.encryptionKey),
    auth: createAuthService(db, clock, config.tokenCacheTtlSeconds, logger),
    writer: createWriter(db),
  };
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    // Path only (no query string), never headers or bodies.
    logger.debug('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  if (config.corsOrigins.length > 0) {
    const allowed = new Set(config.corsOrigins);
    app.use(
      '*',
      cors({
        origin: (origin) => (allowed.has(origin) ? origin : null),
        allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'],
        exposeHeaders: ['ETag', 'Location', 'Retry-After'],
        maxAge: 600,
      }),
    );
  }
  app.use(
    '*',
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      onError: (c) =>
        problemResponse(
          c,
          new Problem(
            413,
            'payload-too-large',
            'Payload too large',
            `Bodies are limited to ${config.bodyLimitBytes} bytes.`,
          ),
        ),
    }),
  );

  app.route('/', healthRoutes(deps));
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'SupportLink sync API',
      version: API_VERSION,
      description:
        "Keeps a partner team's support contracts, incident ledgers and link records in sync. Errors are application/problem+json.",
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A SupportLink token (slk_…)',
  });
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'SupportLink API' }));
  // The team dashboard (apps/dashboard's build) at `/`, with its own strict CSP.
  app.route('/', dashboardRoutes());

  app.use('/v1/*', requireAuth(deps));
  app.use('/v1/*', limitWrites(deps));
  app.use('/v1/*', rejectUnstorableText());
  app.route('/', meRoutes(deps));
  app.route('/', memberRoutes(deps));
  app.route('/', tokenRoutes(deps));
  app.route('/', contractRoutes(deps));
  app.route('/', eventRoutes(deps));
  app.route('/', linkRoutes(deps));
  app.route('/', summaryRoutes(deps));
  app.route('/', syncRoutes(deps));
  app.route('/', rulesRoutes(deps));
  app.route('/', auditRoutes(deps));
  app.route('/', exportRoutes(deps));
  const alerts = createAlerts(deps);
  app.route('/', alertRoutes(deps, alerts));
  app.route('/', alertChannelRoutes(deps, alerts));

  app.notFound((c) => problemResponse(c, new Problem(404, 'not-found', 'Not found', 'No such route.')));
  app.onError(createErrorHandler(logger));
  return app;
}

export type App = ReturnType<typeof createApp>;
