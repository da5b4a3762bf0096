import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/roles.js';
import type { Deps } from '../context.js';
import { listAuditPage } from '../db/repos/audit.js';
import { iso } from '../lib/views.js';
import { bearer, createRouter, jsonResponse, problems } from './router.js';

const AuditQuery = z.object({
  before: z
    .string()
    .regex(/^\d{1,15}$/, 'Expected the `next` value of a previous page')
    .optional()
    .openapi({ param: { name: 'before', in: 'query' }, description: 'Entries older than this cursor' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .optional()
    .openapi({
      param: { name: 'limit', in: 'query' },
      description: 'Entries per page (default 100, max 500)',
    }),
});

const AuditEntry = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    detail: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');

const AuditPage = z
  .object({
    entries: z.array(AuditEntry),
    next: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `before` for older entries; null at the end' }),
  })
  .openapi('AuditPage');

function parseDetail(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export function auditRoutes(deps: Deps) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/audit',
      tags: ['audit'],
      summary:
        "The organisation's audit log, newest first (admins and owners); field names only, never secrets",
      security: bearer,
      request: { query: AuditQuery },
      responses: { 200: jsonResponse('A page of the audit log', AuditPage), ...problems(400, 403) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const q = c.req.valid('query');
      const limit = q.limit ?? 100;
      const rows = await listAuditPage(deps.db.kysely, p.orgId, {
        before: q.before === undefined ? null : Number(q.before),
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return c.json(
        {
          entries: page.map((r) => ({
            seq: Number(r.seq),
            at: iso(Number(r.at)),
            actorId: r.actor_id,
            actorName: r.actor_name ?? null,
            action: r.action,
            targetType: r.target_type,
            targetId: r.target_id,
            detail: parseDetail(r.detail),
          })),
          next: rows.length > limit && last ? String(last.seq) : null,
        },
        200,
      );
    },
  );
  return app;
}
