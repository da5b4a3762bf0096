import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/roles.js';
import type { Deps, Principal } from '../context.js';
import { recordAudit } from '../db/repos/audit.js';
import { countOwners, getMember, insertMember, listMembers, updateMember } from '../db/repos/members.js';
import { revokeTokenTree } from '../db/repos/tokens.js';
import type { MembersTable, Role } from '../db/schema.js';
import { conflict, forbidden, notFound } from '../errors.js';
import { memberView, tokenView } from '../lib/views.js';
import { IdParam, IssuedToken, Member, MemberCreate, MemberPatch, TokenCreate } from '../schemas.js';
import { authChange } from '../services/auth-change.js';
import { issueToken, mintedExpiry } from '../services/tokens.js';
import { bearer, createRouter, jsonBody, jsonResponse, problems } from './router.js';

const tags = ['members'];

/** Only owners may create, change, remove or mint tokens for owners, or hand out the owner role. */
function guardOwnerPower(actor: Principal, target: MembersTable | null, newRole?: Role) {
  if (actor.role === 'owner') return;
  if (target?.role === 'owner' || newRole === 'owner') throw forbidden('Only an owner can manage owners.');
}

export function memberRoutes(deps: Deps) {
  const app = createRouter();
  const db = deps.db.kysely;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/members',
      tags,
      summary: 'List members (admins and owners)',
      security: bearer,
      responses: { 200: jsonResponse('Members', z.object({ members: z.array(Member) })), ...problems(403) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const rows = await listMembers(db, p.orgId);
      return c.json({ members: rows.map(memberView) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/members',
      tags,
      summary: 'Add a member (admins and owners)',
      security: bearer,
      request: { body: jsonBody(MemberCreate) },
      responses: { 201: jsonResponse('Created', Member), ...problems(400, 403) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const body = c.req.valid('json');
      guardOwnerPower(p, null, body.role);
      const now = deps.clock.now();
      const id = randomUUID();
      await authChange(deps, p, 'admin', async (trx, actor) => {
        guardOwnerPower(actor, null, body.role);
        await insertMember(trx, { orgId: p.orgId, id, name: body.name, role: body.role, now });
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'member.create',
          targetType: 'member',
          targetId: id,
          detail: { role: body.role },
        });
      });
      const row = await getMember(db, p.orgId, id);
      if (!row) throw notFound('member');
      return c.json(memberView(row), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/v1/members/{id}',
      tags,
      summary: 'Rename a member or change their role (admins and owners)',
      security: bearer,
      request: { params: IdParam, body: jsonBody(MemberPatch) },
      responses: { 200: jsonResponse('Updated', Member), ...problems(400, 403, 404, 409) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const now = deps.clock.now();
      await authChange(deps, p, 'admin', async (trx, actor) => {
        const target = await getMember(trx, p.orgId, id);
        if (!target) throw notFound('member');
        guardOwnerPower(actor, target, body.role);
        if (
          target.role === 'owner' &&
          body.role &&
          body.role !== 'owner' &&
          (await countOwners(trx, p.orgId)) <= 1
        ) {
          throw conflict('last-owner', 'An organisation needs at least one owner.');
        }
        await updateMember(trx, p.orgId, id, body, now);
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'member.update',
          targetType: 'member',
          targetId: id,
          detail: { fields: Object.keys(body), ...(body.role ? { role: body.role } : {}) },
        });
      });
      const row = await getMember(db, p.orgId, id);
      if (!row) throw notFound('member');
      return c.json(memberView(row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/v1/members/{id}',
      tags,
      summary: 'Remove a member and revoke their tokens (admins and owners)',
      security: bearer,
      request: { params: IdParam },
      responses: { 204: { description: 'Removed' }, ...problems(403, 404, 409) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const { id } = c.req.valid('param');
      const now = deps.clock.now();
      await authChange(deps, p, 'admin', async (trx, actor) => {
        const target = await getMember(trx, p.orgId, id);
        if (!target) throw notFound('member');
        guardOwnerPower(actor, target);
        if (target.role === 'owner' && (await countOwners(trx, p.orgId)) <= 1) {
          throw conflict('last-owner', 'An organisation needs at least one owner.');
        }
        await updateMember(trx, p.orgId, id, { deleted: 1 }, now);
        // Their tokens and every token minted with them, e.g. for members they added.
        const revoked = await revokeTokenTree(trx, p.orgId, { memberId: id }, now);
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'member.delete',
          targetType: 'member',
          targetId: id,
          detail: { tokensRevoked: revoked },
        });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/members/{id}/tokens',
      tags,
      summary: 'Issue a token for a member, shown once (admins and owners)',
      security: bearer,
      request: { params: IdParam, body: jsonBody(TokenCreate) },
      responses: { 201: jsonResponse('Issued', IssuedToken), ...problems(400, 403, 404) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const now = deps.clock.now();
      const issued = await authChange(deps, p, 'admin', async (trx, actor) => {
        const target = await getMember(trx, p.orgId, id);
        if (!target) throw notFound('member');
        guardOwnerPower(actor, target);
        const result = await issueToken(trx, {
          orgId: p.orgId,
          memberId: id,
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
          detail: { member: id },
        });
        return result;
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ ...tokenView(issued.row), token: issued.token }, 201);
    },
  );

  return app;
}
