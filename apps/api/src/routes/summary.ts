import { createRoute, z } from '@hono/zod-openapi';
import { contractProblemText, forecast, RULES_VERSION } from '@supportlink/rules';
import type { Deps } from '../context.js';
import { listContractRows } from '../db/repos/contracts.js';
import { listEventsOfOrg } from '../db/repos/events.js';
import type { EventsTable } from '../db/schema.js';
import { BENEFITS, OFFER_IDS, RULESET_IDS } from '../lib/enums.js';
import { iso, isoOrNull } from '../lib/views.js';
import { ContractProblemSchema } from '../schemas.js';
import { ForecastBrief, forecastView } from '../services/forecast-view.js';
import { toRulesContract, toRulesEvent } from '../services/ledger.js';
import { bearer, createRouter, jsonResponse, problems } from './router.js';

const Allotment = z.union([z.number().int(), z.literal('unlimited')]);
const SummaryItem = z
  .object({
    id: z.string(),
    forecast: ForecastBrief,
    label: z.string().nullable(),
    ruleset: z.enum(RULESET_IDS),
    offer: z.enum(OFFER_IDS),
    benefit: z.enum(BENEFITS),
    startDate: z.string(),
    endDate: z.string(),
    startDateEstimated: z
      .boolean()
      .openapi({ description: 'The start date was estimated from the end date' }),
    remaining: Allotment,
    allotment: Allotment,
    state: z.enum(['active', 'expired', 'exhausted', 'not-started', 'invalid']),
    daysToExpiry: z.number().int(),
    hiddenInAzure: z.boolean(),
    usable: z.boolean(),
    reasons: z.array(z.string()),
    observedAt: z.string().nullable(),
    confidence: z.enum(['documented', 'unverified']),
    problems: z
      .array(ContractProblemSchema)
      .openapi({ description: 'Why the row is invalid (errors) or what to know about it (warnings)' }),
  })
  .openapi('SummaryItem');
const Summary = z
  .object({ generatedAt: z.string(), rulesVersion: z.string(), contracts: z.array(SummaryItem) })
  .openapi('Summary');

export function summaryRoutes(deps: Deps) {
  const app = createRouter();
  const db = deps.db.kysely;
  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/summary',
      tags: ['summary'],
      summary: 'Every contract with remaining incidents and state, computed by @supportlink/rules',
      security: bearer,
      responses: { 200: jsonResponse('What the popup shows', Summary), ...problems() },
    }),
    async (c) => {
      const p = c.get('principal');
      const now = deps.clock.now();
      const [contracts, events] = await Promise.all([
        listContractRows(db, p.orgId),
        listEventsOfOrg(db, p.orgId),
      ]);
      const byContract = new Map<string, EventsTable[]>();
      for (const e of events) {
        const list = byContract.get(e.contract_id);
        if (list) list.push(e);
        else byContract.set(e.contract_id, [e]);
      }
      const items = contracts.map((row) => {
        const projected = forecast(
          toRulesContract(row),
          (byContract.get(row.id) ?? []).map(toRulesEvent),
          now,
        );
        const state = projected.state;
        return {
          forecast: forecastView(projected),
          id: row.id,
          label: row.label,
          ruleset: row.ruleset,
          offer: row.offer,
          benefit: row.benefit,
          startDate: row.start_date,
          endDate: row.end_date,
          startDateEstimated: row.start_date_estimated === 1,
          remaining: state.remaining,
          allotment: state.allotment,
          state: state.state,
          daysToExpiry: state.daysToExpiry,
          hiddenInAzure: state.hiddenInAzure,
          usable: state.usable,
          reasons: state.reasons,
          observedAt: isoOrNull(state.observedAt),
          confidence: state.confidence,
          problems: state.problems.map((p) => ({ ...p, message: contractProblemText(p) })),
        };
      });
      return c.json({ generatedAt: iso(now), rulesVersion: RULES_VERSION, contracts: items }, 200);
    },
  );
  return app;
}
