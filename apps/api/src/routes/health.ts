import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Deps } from '../context.js';
import { Problem } from '../errors.js';
import { API_VERSION } from '../version.js';
import { createRouter, jsonResponse } from './router.js';

const Status = z.object({ status: z.string() }).openapi('Status');
const Health = z
  .object({
    status: z.literal('ok'),
    service: z
      .literal('supportlink-api')
      .openapi({ description: 'Tells a client this is a SupportLink server' }),
    version: z.string().openapi({
      example: API_VERSION,
      description: 'API version; the major part changes only with an incompatible change',
    }),
  })
  .openapi('Health');

export function healthRoutes(deps: Deps) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/healthz',
      tags: ['health'],
      summary: 'The process is up; which service and API version this is',
      responses: { 200: jsonResponse('Up', Health) },
    }),
    (c) => c.json({ status: 'ok' as const, service: 'supportlink-api' as const, version: API_VERSION }, 200),
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
