import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../context.js';
import { changedSince } from '../db/repos/changed-since.js';
import { getOrg } from '../db/repos/orgs.js';
import { notFound, Problem } from '../errors.js';
import { contractView, eventView, linkView } from '../lib/views.js';
import { IncidentEvent, Link, SyncContract } from '../schemas.js';
import { cutPage } from '../services/sync-page.js';
import { bearer, createRouter, jsonResponse, problems } from './router.js';

const SyncQuery = z.object({
  since: z
    .string()
    .regex(/^\d{1,15}$/, 'Expected a cursor returned by a previous sync')
    .optional()
    .openapi({
      param: { name: 'since', in: 'query' },
      description: 'Cursor from the previous response; omit for a snapshot',
    }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .openapi({
      param: { name: 'limit', in: 'query' },
      description: 'Items per page (default 500, max 1000)',
    }),
});

const SyncResponse = z
  .object({
    cursor: z.string().openapi({ description: 'Pass as `since` next time' }),
    hasMore: z.boolean(),
    snapshot: z.boolean().openapi({ description: 'True for pages of a full snapshot (no `since`)' }),
    contracts: z.array(SyncContract),
    events: z.array(IncidentEvent),
    links: z.array(Link.extend({ deleted: z.boolean() })),
  })
  .openapi('SyncPage');

export function syncRoutes(deps: Deps) {
  const app = createRouter();
  const db = deps.db.kysely;
  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/sync',
      tags: ['sync'],
      summary:
        'Everything that changed since a cursor (contracts, events, links, tombstones), in revision order',
      security: bearer,
      request: { query: SyncQuery },
      responses: { 200: jsonResponse('A page of changes', SyncResponse), ...problems(400, 410) },
    }),
    async (c) => {
      const p = c.get('principal');
      const q = c.req.valid('query');
      const limit = q.limit ?? 500;
      const snapshot = q.since === undefined;
      const since = snapshot ? 0 : Number(q.since);
      const org = await getOrg(db, p.orgId);
      if (!org) throw notFound('organisation');
      const head = org.revision;
      if (since > head || (!snapshot && since < org.sync_floor)) {
        throw new Problem(
          410,
          'cursor-expired',
          'Gone',
          'This cursor can no longer be served; resync without `since`.',
        );
      }
      if (since === head) {
        return c.json(
          { cursor: String(head), hasMore: false, snapshot, contracts: [], events: [], links: [] },
          200,
        );
      }
      const withTombstones = !snapshot;
      const [contracts, events, links] = await Promise.all([
        changedSince(db, 'contracts', p.orgId, since, head, limit + 1, withTombstones),
        changedSince(db, 'events', p.orgId, since, head, limit + 1, withTombstones),
        changedSince(db, 'links', p.orgId, since, head, limit + 1, withTombstones),
      ]);
      const page = cutPage({ contracts, events, links }, limit, head);
      return c.json(
        {
          cursor: String(page.cursor),
          hasMore: page.hasMore,
          snapshot,
          contracts: page.contracts.map((r) => {
            const view = contractView(r, deps.secrets, p.role);
            return r.deleted
              ? { ...view, accessId: null, contractId: null, deleted: true }
              : { ...view, deleted: false };
          }),
          events: page.events.map(eventView),
          links: page.links.map((r) => ({ ...linkView(r), deleted: r.deleted === 1 })),
        },
        200,
      );
    },
  );
  return app;
}
