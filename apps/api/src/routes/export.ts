import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/roles.js';
import type { Deps } from '../context.js';
import { recordAudit } from '../db/repos/audit.js';
import { exportOrg } from '../services/transfer.js';
import { bearer, createRouter, jsonResponse, problems } from './router.js';

const ExportFile = z
  .object({
    format: z.string().openapi({ example: 'supportlink-export' }),
    version: z.number().int(),
    exportedAt: z.string(),
    includesSecrets: z.boolean().openapi({ description: 'Always false here' }),
    org: z.object({ id: z.string(), name: z.string() }),
    members: z.array(z.record(z.string(), z.unknown())),
    contracts: z.array(z.record(z.string(), z.unknown())),
    events: z.array(z.record(z.string(), z.unknown())),
    links: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi('ExportFile');

export function exportRoutes(deps: Deps) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/export',
      tags: ['export'],
      summary:
        "The organisation's members, contracts, ledgers and links in the `cli import` format (admins and owners); Access ID and Contract ID are always null",
      security: bearer,
      responses: { 200: jsonResponse('The export file', ExportFile), ...problems(403) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const file = await exportOrg(deps.db.kysely, deps.secrets, p.orgId, false);
      await recordAudit(deps.db.kysely, {
        orgId: p.orgId,
        at: deps.clock.now(),
        actorId: p.memberId,
        action: 'org.export',
        targetType: 'org',
        targetId: p.orgId,
        detail: { contracts: file.contracts.length, events: file.events.length },
      });
      c.header('Cache-Control', 'no-store');
      c.header('Content-Disposition', 'attachment; filename="supportlink-export.json"');
      return c.json(file, 200);
    },
  );
  return app;
}
