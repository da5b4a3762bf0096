import { createRoute, z } from '@hono/zod-openapi';
import { type IncidentEvent as RulesEvent, refundCheck, WRITE_ROLE } from '@supportlink/rules';
import { requireRole } from '../auth/roles.js';
import type { Deps } from '../context.js';
import { getContractRow } from '../db/repos/contracts.js';
import { getEventRow, insertEvent, listEventsOfContract } from '../db/repos/events.js';
import type { ContractsTable, EventsTable } from '../db/schema.js';
import { conflict, notFound, Problem } from '../errors.js';
import { eventView } from '../lib/views.js';
import { EventCreate, IdParam, IncidentEvent } from '../schemas.js';
import { toRulesContract, toRulesEvent } from '../services/ledger.js';
import { bearer, createRouter, jsonBody, jsonResponse, problems } from './router.js';

const tags = ['events'];
type EventInput = z.infer<typeof EventCreate>;
type RefundEvent = Extract<RulesEvent, { type: 'refunded' }>;

/** The stored form of an event body; two bodies are "the same" when these columns match. */
function eventColumns(e: EventInput) {
  return {
    type: e.type,
    at: Date.parse(e.at),
    count: e.type === 'opened' || e.type === 'refunded' ? (e.count ?? 1) : null,
    remaining: e.type === 'observed' && e.remaining !== 'unlimited' ? e.remaining : null,
    remaining_unlimited: e.type === 'observed' && e.remaining === 'unlimited' ? 1 : 0,
    delta: e.type === 'adjusted' ? e.delta : null,
    portal: e.type === 'observed' ? (e.portal ?? null) : null,
    note: e.type === 'observed' ? null : (e.note ?? null),
  };
}

function samePayload(row: EventsTable, contractId: string, cols: ReturnType<typeof eventColumns>): boolean {
  return (
    row.contract_id === contractId &&
    (Object.keys(cols) as (keyof typeof cols)[]).every((k) => row[k] === cols[k])
  );
}

/**
 * A refund undoes an incident that was used: one the rules' arithmetic would not fully give
 * back (nothing used, or placed before a newer portal figure) is refused, never stored as a
 * no-op. The write runs after the organisation's revision bump, so refunds are serialised.
 */
async function refuseIneffectiveRefund(
  trx: Parameters<typeof listEventsOfContract>[0],
  contract: ContractsTable,
  refund: RefundEvent,
  now: number,
): Promise<void> {
  const rules = toRulesContract(contract);
  const events = (await listEventsOfContract(trx, contract.org_id, contract.id)).map(toRulesEvent);
  const checked = refundCheck(rules, events, refund, now);
  if (checked.ok) return;
  throw new Problem(
    422,
    'nothing-to-refund',
    'Nothing to refund',
    checked.refundable === 0
      ? 'No incident of this contract is used, so there is nothing to refund.'
      : `This refund would not give back ${refund.count ?? 1} used incident(s); ${checked.refundable} can be refunded now.`,
  );
}

export function eventRoutes(deps: Deps) {
  const app = createRouter();
  const db = deps.db.kysely;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/contracts/{id}/events',
      tags,
      summary: "A contract's incident ledger, oldest first",
      security: bearer,
      request: { params: IdParam },
      responses: {
        200: jsonResponse('Events', z.object({ events: z.array(IncidentEvent) })),
        ...problems(404),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      const contract = await getContractRow(db, p.orgId, id);
      if (!contract || contract.deleted) throw notFound('contract');
      const rows = await listEventsOfContract(db, p.orgId, id);
      return c.json({ events: rows.map(eventView) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/contracts/{id}/events',
      tags,
      summary: 'Append to the ledger; idempotent by the client id (same payload → 200, different → 409)',
      security: bearer,
      request: { params: IdParam, body: jsonBody(EventCreate) },
      responses: {
        200: jsonResponse('Already recorded with this id and payload', IncidentEvent),
        201: jsonResponse('Recorded', IncidentEvent),
        ...problems(400, 403, 404, 409, 422),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, WRITE_ROLE);
      const { id: contractId } = c.req.valid('param');
      const body = c.req.valid('json');
      const cols = eventColumns(body);
      const now = deps.clock.now();
      const { row, created } = await deps.writer.run(p.orgId, async (trx, revision) => {
        const existing = await getEventRow(trx, p.orgId, body.id);
        if (existing) {
          if (samePayload(existing, contractId, cols)) return { row: existing, created: false };
          throw conflict('id-in-use', 'An event with this id was recorded with a different payload.');
        }
        const contract = await getContractRow(trx, p.orgId, contractId);
        if (!contract || contract.deleted) throw notFound('contract');
        if (body.type === 'refunded') {
          const refund = { id: body.id, type: 'refunded', at: cols.at, count: cols.count ?? 1 } as const;
          await refuseIneffectiveRefund(trx, contract, refund, now);
        }
        const fresh: EventsTable = {
          org_id: p.orgId,
          id: body.id,
          contract_id: contractId,
          ...cols,
          created_at: now,
          created_by: p.memberId,
          deleted: 0,
          revision,
        };
        await insertEvent(trx, fresh);
        return { row: fresh, created: true };
      });
      return c.json(eventView(row), created ? 201 : 200);
    },
  );

  return app;
}
