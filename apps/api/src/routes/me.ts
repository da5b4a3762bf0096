import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../context.js';
import { getOrg } from '../db/repos/orgs.js';
import { notFound } from '../errors.js';
import { Role } from '../schemas.js';
import { bearer, createRouter, jsonResponse, problems } from './router.js';

const Me = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    member: z.object({ id: z.string(), name: z.string(), role: Role }),
    tokenId: z.string(),
  })
  .openapi('Me');

export function meRoutes(deps: Deps) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/me',
      tags: ['auth'],
      summary: 'Who this token belongs to',
      security: bearer,
      responses: { 200: jsonResponse('The caller', Me), ...problems() },
    }),
    async (c) => {
      const p = c.get('principal');
      const org = await getOrg(deps.db.kysely, p.orgId);
      if (!org) throw notFound('organisation');
      return c.json(
        {
          orgId: org.id,
          orgName: org.name,
          member: { id: p.memberId, name: p.memberName, role: p.role },
          tokenId: p.tokenId,
        },
        200,
      );
    },
  );
  return app;
}
