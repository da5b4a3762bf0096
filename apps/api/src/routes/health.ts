import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Deps } from '../context.js';
import { Problem } from '../errors.js';
import { createRouter, jsonResponse } from './router.js';

const Status = z.object({ status: z.string() }).openapi('Status');

export function healthRoutes(deps: Deps) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/healthz',
      tags: ['health'],
      summary: 'The process is up',
      responses: { 200: jsonResponse('Up', Status) },
    }),
    (c) => c.json({ status: 'ok' }, 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/readyz',
      tags: ['health'],
      summary: 'The database is reachable',
      responses: { 200: jsonResponse('Ready', Status), 503: { description: 'Database unreachable' } },
    }),
    async (c) => {
      try {
        await sql`select 1`.execute(deps.db.kysely);
      } catch {
        throw new Problem(503, 'not-ready', 'Not ready', 'The database is not reachable.');
      }
      return c.json({ status: 'ready' }, 200);
    },
  );
  return app;
}
