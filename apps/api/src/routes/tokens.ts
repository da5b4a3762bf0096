import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../context.js';
import { recordAudit } from '../db/repos/audit.js';
import { getToken, listTokensOfMember, revokeTokenTree } from '../db/repos/tokens.js';
import { notFound } from '../errors.js';
import { tokenView } from '../lib/views.js';
import { IdParam, IssuedToken, TokenCreate, TokenInfo } from '../schemas.js';
import { authChange } from '../services/auth-change.js';
import { issueToken, mintedExpiry } from '../services/tokens.js';
import { bearer, createRouter, jsonBody, jsonResponse, problems } from './router.js';

const tags = ['tokens'];

export function tokenRoutes(deps: Deps) {
  const app = createRouter();
  const db = deps.db.kysely;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/tokens',
      tags,
      summary: "The caller's own live tokens (never the token values)",
      security: bearer,
      responses: { 200: jsonResponse('Tokens', z.object({ tokens: z.array(TokenInfo) })), ...problems() },
    }),
    async (c) => {
      const p = c.get('principal');
      const rows = await listTokensOfMember(db, p.orgId, p.memberId);
      const now = deps.clock.now();
      return c.json(
        { tokens: rows.filter((r) => r.expires_at === null || r.expires_at > now).map(tokenView) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/tokens',
      tags,
      summary:
        'Create another token for oneself, shown once; it cannot outlive the token that creates it and is revoked with it',
      security: bearer,
      request: { body: jsonBody(TokenCreate) },
      responses: { 201: jsonResponse('Issued', IssuedToken), ...problems(400) },
    }),
    async (c) => {
      const p = c.get('principal');
      const body = c.req.valid('json');
      const now = deps.clock.now();
      const issued = await authChange(deps, p, 'viewer', async (trx, actor) => {
        const result = await issueToken(trx, {
          orgId: p.orgId,
          memberId: p.memberId,
          name: body.name ?? 'token',
          expiresAt: mintedExpiry(body.expiresAt, actor.expiresAt, now),
          now,
          parentId: actor.tokenId,
        });
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'token.create',
          targetType: 'token',
          targetId: result.row.id,
          detail: { member: p.memberId },
        });
        return result;
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ ...tokenView(issued.row), token: issued.token }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/v1/tokens/{id}',
      tags,
      summary: 'Revoke one of your own tokens, and every token minted with it',
      security: bearer,
      request: { params: IdParam },
      responses: { 204: { description: 'Revoked' }, ...problems(404) },
    }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      const now = deps.clock.now();
      await authChange(deps, p, 'viewer', async (trx) => {
        const token = await getToken(trx, id);
        if (
          !token ||
          token.org_id !== p.orgId ||
          token.member_id !== p.memberId ||
          token.revoked_at !== null
        ) {
          throw notFound('token');
        }
        const revoked = await revokeTokenTree(trx, p.orgId, { tokenId: id }, now);
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'token.revoke',
          targetType: 'token',
          targetId: id,
          detail: { tokensRevoked: revoked },
        });
      });
      return c.body(null, 204);
    },
  );

  return app;
}
