import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { WRITE_ROLE } from '@supportlink/rules';
import { requireRole } from '../auth/roles.js';
import type { Deps } from '../context.js';
import { recordAudit } from '../db/repos/audit.js';
import { getContractRow } from '../db/repos/contracts.js';
import { findLink, insertLink, listLinksOfContract } from '../db/repos/links.js';
import type { LinksTable } from '../db/schema.js';
import { notFound } from '../errors.js';
import { PORTAL_IDS } from '../lib/enums.js';
import { linkView } from '../lib/views.js';
import { ClientId, IdParam, Link, LinkPut } from '../schemas.js';
import { bearer, createRouter, jsonBody, jsonResponse, problems } from './router.js';

const tags = ['links'];
const LinkParams = z.object({
  id: ClientId.openapi({ param: { name: 'id', in: 'path' } }),
  portal: z.enum(PORTAL_IDS).openapi({ param: { name: 'portal', in: 'path' } }),
});

export function linkRoutes(deps: Deps) {
  const app = createRouter();
  const db = deps.db.kysely;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/contracts/{id}/links',
      tags,
      summary: 'Where this contract was already linked, by whom (account) and when',
      security: bearer,
      request: { params: IdParam },
      responses: { 200: jsonResponse('Links', z.object({ links: z.array(Link) })), ...problems(404) },
    }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      const contract = await getContractRow(db, p.orgId, id);
      if (!contract || contract.deleted) throw notFound('contract');
      const rows = await listLinksOfContract(db, p.orgId, id);
      return c.json({ links: rows.map(linkView) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/v1/contracts/{id}/links/{portal}',
      tags,
      summary: 'Record that an account linked this contract in a portal (idempotent per account)',
      security: bearer,
      request: { params: LinkParams, body: jsonBody(LinkPut) },
      responses: {
        200: jsonResponse('Already recorded', Link),
        201: jsonResponse('Recorded', Link),
        ...problems(400, 403, 404),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, WRITE_ROLE);
      const { id: contractId, portal } = c.req.valid('param');
      const body = c.req.valid('json');
      const now = deps.clock.now();
      const { row, created } = await deps.writer.run(p.orgId, async (trx, revision) => {
        const contract = await getContractRow(trx, p.orgId, contractId);
        if (!contract || contract.deleted) throw notFound('contract');
        const existing = await findLink(trx, p.orgId, contractId, portal, body.account);
        if (existing) return { row: existing, created: false };
        const fresh: LinksTable = {
          org_id: p.orgId,
          id: randomUUID(),
          contract_id: contractId,
          portal,
          account: body.account,
          linked_at: body.linkedAt ? Date.parse(body.linkedAt) : now,
          created_by: p.memberId,
          updated_at: now,
          deleted: 0,
          revision,
        };
        await insertLink(trx, fresh);
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'link.create',
          targetType: 'link',
          targetId: fresh.id,
          detail: { contract: contractId, portal },
        });
        return { row: fresh, created: true };
      });
      return c.json(linkView(row), created ? 201 : 200);
    },
  );

  return app;
}
