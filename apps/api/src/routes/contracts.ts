import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { WRITE_ROLE } from '@supportlink/rules';
import { requireRole } from '../auth/roles.js';
import type { Deps } from '../context.js';
import { recordAudit } from '../db/repos/audit.js';
import {
  getContractRow,
  insertContract,
  listContractRows,
  updateContractIfVersion,
} from '../db/repos/contracts.js';
import { conflict, notFound, Problem } from '../errors.js';
import { contractEtag, contractView } from '../lib/views.js';
import { Contract, ContractCreate, ContractPatch, IdParam } from '../schemas.js';
import {
  changedFields,
  checkContractFields,
  columnsOf,
  fieldsOfRow,
  sameFields,
} from '../services/contracts.js';
import { bearer, createRouter, jsonBody, jsonResponse, problems } from './router.js';

const tags = ['contracts'];
const IfMatch = z.object({
  'if-match': z.string().optional().openapi({ description: 'The ETag you edited; required', example: '"3"' }),
});
const etagHeader = { ETag: { schema: { type: 'string' as const }, description: 'The contract version' } };

/** The version an If-Match header names: 428 when missing, 412 when it cannot match. */
function expectedVersion(header: string | undefined, current: number): number {
  if (!header) {
    throw new Problem(
      428,
      'precondition-required',
      'Precondition required',
      'Send If-Match with the ETag you edited.',
    );
  }
  const tags = header.split(',').map((t) => t.trim());
  if (tags.includes('*') || tags.includes(contractEtag(current))) return current;
  throw new Problem(
    412,
    'stale',
    'Precondition failed',
    'The contract changed since you read it; fetch it and retry.',
  );
}

export function contractRoutes(deps: Deps) {
  const app = createRouter();
  const db = deps.db.kysely;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/contracts',
      tags,
      summary: 'List contracts (viewers get accessId/contractId as null)',
      security: bearer,
      responses: {
        200: jsonResponse('Contracts', z.object({ contracts: z.array(Contract) })),
        ...problems(),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      const rows = await listContractRows(db, p.orgId);
      return c.json({ contracts: rows.map((r) => contractView(r, deps.secrets, p.role)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/contracts',
      tags,
      summary: 'Add a contract (members and above); idempotent when the client sends an id',
      security: bearer,
      request: { body: jsonBody(ContractCreate) },
      responses: {
        200: { ...jsonResponse('Already created with this id and payload', Contract), headers: etagHeader },
        201: { ...jsonResponse('Created', Contract), headers: etagHeader },
        ...problems(400, 403, 409),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, WRITE_ROLE);
      const body = c.req.valid('json');
      const fields = checkContractFields({
        ruleset: body.ruleset,
        offer: body.offer,
        benefit: body.benefit,
        competency: body.competency ?? null,
        label: body.label ?? null,
        accessId: body.accessId,
        contractId: body.contractId,
        startDate: body.startDate,
        endDate: body.endDate,
        startDateEstimated: body.startDateEstimated ?? false,
        allotmentOverride: body.allotmentOverride ?? null,
      });
      const id = body.id ?? randomUUID();
      const now = deps.clock.now();
      const { row, created } = await deps.writer.run(p.orgId, async (trx, revision) => {
        const existing = await getContractRow(trx, p.orgId, id);
        if (existing) {
          if (!existing.deleted && sameFields(fieldsOfRow(existing, deps.secrets), fields)) {
            return { row: existing, created: false };
          }
          throw conflict('id-in-use', 'A different contract already uses this id.');
        }
        const fresh = {
          org_id: p.orgId,
          id,
          ...columnsOf(p.orgId, id, fields, deps.secrets),
          version: 1,
          created_at: now,
          updated_at: now,
          created_by: p.memberId,
          updated_by: p.memberId,
          deleted: 0,
          revision,
        };
        await insertContract(trx, fresh);
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'contract.create',
          targetType: 'contract',
          targetId: id,
          detail: { ruleset: fields.ruleset, offer: fields.offer, benefit: fields.benefit },
        });
        return { row: fresh, created: true };
      });
      c.header('ETag', contractEtag(row.version));
      c.header('Location', `/v1/contracts/${encodeURIComponent(id)}`);
      return c.json(contractView(row, deps.secrets, p.role), created ? 201 : 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/contracts/{id}',
      tags,
      summary: 'One contract, with its ETag',
      security: bearer,
      request: { params: IdParam },
      responses: {
        200: { ...jsonResponse('The contract', Contract), headers: etagHeader },
        ...problems(404),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      const row = await getContractRow(db, p.orgId, id);
      if (!row || row.deleted) throw notFound('contract');
      c.header('ETag', contractEtag(row.version));
      return c.json(contractView(row, deps.secrets, p.role), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/v1/contracts/{id}',
      tags,
      summary: 'Change a contract; If-Match required (428 without, 412 when stale)',
      security: bearer,
      request: { params: IdParam, headers: IfMatch, body: jsonBody(ContractPatch) },
      responses: {
        200: { ...jsonResponse('Updated', Contract), headers: etagHeader },
        ...problems(400, 403, 404, 412, 428),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, WRITE_ROLE);
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const ifMatch = c.req.header('if-match');
      const now = deps.clock.now();
      const row = await deps.writer.run(p.orgId, async (trx, revision) => {
        const current = await getContractRow(trx, p.orgId, id);
        if (!current || current.deleted) throw notFound('contract');
        const version = expectedVersion(ifMatch, current.version);
        const before = fieldsOfRow(current, deps.secrets);
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        // A start date someone sends is no longer an estimate unless they say it still is.
        const seen = patch.startDate !== undefined && patch.startDateEstimated === undefined;
        const after = checkContractFields({
          ...before,
          ...(seen ? { startDateEstimated: false } : {}),
          ...defined,
        });
        const changes = {
          ...columnsOf(p.orgId, id, after, deps.secrets),
          version: version + 1,
          updated_at: now,
          updated_by: p.memberId,
          revision,
        };
        const next = { ...current, ...changes };
        const applied = await updateContractIfVersion(trx, p.orgId, id, version, changes);
        if (!applied)
          throw new Problem(412, 'stale', 'Precondition failed', 'The contract changed since you read it.');
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'contract.update',
          targetType: 'contract',
          targetId: id,
          detail: { fields: changedFields(before, after), version: next.version },
        });
        return next;
      });
      c.header('ETag', contractEtag(row.version));
      return c.json(contractView(row, deps.secrets, p.role), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/v1/contracts/{id}',
      tags,
      summary: 'Delete a contract (leaves a tombstone for sync); If-Match required',
      security: bearer,
      request: { params: IdParam, headers: IfMatch },
      responses: { 204: { description: 'Deleted' }, ...problems(403, 404, 412, 428) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, WRITE_ROLE);
      const { id } = c.req.valid('param');
      const ifMatch = c.req.header('if-match');
      const now = deps.clock.now();
      await deps.writer.run(p.orgId, async (trx, revision) => {
        const current = await getContractRow(trx, p.orgId, id);
        if (!current || current.deleted) throw notFound('contract');
        const version = expectedVersion(ifMatch, current.version);
        const applied = await updateContractIfVersion(trx, p.orgId, id, version, {
          deleted: 1,
          // The tombstone keeps no secrets.
          access_id: '',
          contract_id: '',
          ids_sealed: 0,
          version: version + 1,
          updated_at: now,
          updated_by: p.memberId,
          revision,
        });
        if (!applied)
          throw new Problem(412, 'stale', 'Precondition failed', 'The contract changed since you read it.');
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'contract.delete',
          targetType: 'contract',
          targetId: id,
        });
      });
      return c.body(null, 204);
    },
  );

  return app;
}
