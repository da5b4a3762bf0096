import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Deps } from '../context.js';
import { findSealedContract } from '../db/repos/contracts.js';
import { Problem } from '../errors.js';
import { readIds } from '../lib/contract-ids.js';
import { createRouter, jsonResponse } from './router.js';

const Status = z.object({ status: z.string() }).openapi('Status');

const notReady = (detail: string) => new Problem(503, 'not-ready', 'Not ready', detail);

/** Why this server cannot serve the stored data, or null when it can. */
async function readinessProblem(deps: Deps): Promise<string | null> {
  try {
    await sql`select 1`.execute(deps.db.kysely);
  } catch {
    return 'The database is not reachable.';
  }
  const sealed = await findSealedContract(deps.db.kysely);
  if (!sealed || readIds(sealed, deps.secrets)) return null;
  return deps.secrets.encrypting
    ? 'SUPPORTLINK_ENCRYPTION_KEY does not decrypt the stored Access IDs and Contract IDs: start the server with the key that encrypted them.'
    : 'The database holds encrypted Access IDs and Contract IDs but SUPPORTLINK_ENCRYPTION_KEY is not set: start the server with the key that encrypted them.';
}

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
      summary: 'The database is reachable and the stored IDs can be decrypted with the configured key',
      responses: {
        200: jsonResponse('Ready', Status),
        503: { description: 'Database unreachable, or encrypted IDs without the key that opens them' },
      },
    }),
    async (c) => {
      const problem = await readinessProblem(deps).catch(() => 'The database is not reachable.');
      if (problem) throw notReady(problem);
      return c.json({ status: 'ready' }, 200);
    },
  );
  return app;
}
