import { createRoute, z } from '@hono/zod-openapi';
import { ALERT_CONDITIONS } from '@supportlink/rules';
import { messageOf } from '../alerts/deliver.js';
import type { Alerts } from '../alerts/service.js';
import {
  AlertSettingsInput,
  AlertSettingsView,
  loadSettings,
  normalizeSettings,
  saveSettings,
} from '../alerts/settings.js';
import { requireRole } from '../auth/roles.js';
import type { Deps } from '../context.js';
import { recordAudit } from '../db/repos/audit.js';
import { badRequest } from '../errors.js';
import { iso, isoOrNull } from '../lib/views.js';
import { ClientId } from '../schemas.js';
import { bearer, createRouter, jsonBody, jsonResponse, problems } from './router.js';

const tags = ['alerts'];

const Facts = z
  .object({
    condition: z.enum(ALERT_CONDITIONS),
    name: z.string(),
    remaining: z.union([z.number().int(), z.literal('unlimited')]),
    allotment: z.union([z.number().int(), z.literal('unlimited')]),
    endDate: z.string(),
    daysToExpiry: z.number().int(),
    pacePerMonth: z.number().nullable(),
    runsOutOn: z.string().nullable(),
    unusedAtExpiry: z.number().int().nullable(),
    hiddenBecause: z.enum(['expired', 'exhausted']).nullable(),
    memberName: z.string().nullable(),
    portals: z.array(z.string()),
  })
  .openapi('AlertFacts');

const Alert = z
  .object({
    id: z.string(),
    condition: z.enum(ALERT_CONDITIONS),
    threshold: z.number().int().nullable(),
    contractId: z
      .string()
      .openapi({ description: "The contract record's id (never the secret Contract ID)" }),
    memberId: z.string().nullable(),
    firedAt: z.string(),
    clearedAt: z.string().nullable(),
    active: z.boolean(),
    title: z.string(),
    text: z.string(),
    link: z.string(),
    locale: z.enum(['en', 'zh-CN']),
    facts: Facts,
    deliveries: z.object({
      pending: z.number().int(),
      delivered: z.number().int(),
      failed: z.number().int(),
    }),
  })
  .openapi('Alert');

const Cursor = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'Use the `next` value of the previous page')
  .optional();
const Limit = z.coerce.number().int().min(1).max(200).default(50);

const encodeCursor = (firedAt: number, id: string) => Buffer.from(`${firedAt}:${id}`).toString('base64url');
function decodeCursor(raw: string): { firedAt: number; id: string } {
  const [t, ...rest] = Buffer.from(raw, 'base64url').toString('utf8').split(':');
  const firedAt = Number(t);
  const id = rest.join(':');
  if (!Number.isSafeInteger(firedAt) || !id) {
    throw badRequest('before: not a cursor from this API', [
      { field: 'before', in: 'query', message: 'Use the `next` value of the previous page' },
    ]);
  }
  return { firedAt, id };
}

const Delivery = z
  .object({
    id: z.string(),
    at: z.string(),
    channelId: z.string(),
    channelName: z.string().nullable(),
    alertId: z.string().nullable(),
    test: z.boolean(),
    attempt: z.number().int(),
    status: z.enum(['delivered', 'failed']),
    detail: z.string(),
    durationMs: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    gaveUp: z.boolean(),
  })
  .openapi('AlertDelivery');

export function alertRoutes(deps: Deps, alerts: Alerts) {
  const app = createRouter();
  const db = deps.db.kysely;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/alerts',
      tags,
      summary: 'Fired alerts, newest first',
      security: bearer,
      request: {
        query: z.object({
          limit: Limit,
          before: Cursor,
          active: z
            .enum(['true', 'false'])
            .optional()
            .openapi({ description: 'Only alerts still holding (or cleared)' }),
        }),
      },
      responses: {
        200: jsonResponse('Alerts', z.object({ alerts: z.array(Alert), next: z.string().nullable() })),
        ...problems(400),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      const q = c.req.valid('query');
      let query = db
        .selectFrom('alerts')
        .selectAll()
        .where('org_id', '=', p.orgId)
        .orderBy('fired_at', 'desc')
        .orderBy('id', 'desc')
        .limit(q.limit + 1);
      if (q.before) {
        const cur = decodeCursor(q.before);
        query = query.where((eb) =>
          eb.or([
            eb('fired_at', '<', cur.firedAt),
            eb.and([eb('fired_at', '=', cur.firedAt), eb('id', '<', cur.id)]),
          ]),
        );
      }
      if (q.active === 'true') query = query.where('cleared_at', 'is', null);
      if (q.active === 'false') query = query.where('cleared_at', 'is not', null);
      const rows = await query.execute();
      const page = rows.slice(0, q.limit);
      const counts = page.length
        ? await db
            .selectFrom('alert_outbox')
            .select(['alert_id', 'status', (eb) => eb.fn.countAll<number | string>().as('n')])
            .where('org_id', '=', p.orgId)
            .where(
              'alert_id',
              'in',
              page.map((r) => r.id),
            )
            .groupBy(['alert_id', 'status'])
            .execute()
        : [];
      const tally = new Map<string, { pending: number; delivered: number; failed: number }>();
      for (const r of counts) {
        const t = tally.get(r.alert_id) ?? { pending: 0, delivered: 0, failed: 0 };
        if (r.status === 'pending' || r.status === 'sending') t.pending += Number(r.n);
        else if (r.status === 'delivered') t.delivered += Number(r.n);
        else if (r.status === 'failed') t.failed += Number(r.n);
        tally.set(r.alert_id, t);
      }
      const last = page[page.length - 1];
      return c.json(
        {
          alerts: page.map((r) => {
            const m = messageOf(r);
            return {
              ...m,
              condition: r.condition as (typeof ALERT_CONDITIONS)[number],
              contractId: r.contract_id,
              clearedAt: isoOrNull(r.cleared_at),
              active: r.cleared_at === null,
              facts: m.facts as z.infer<typeof Facts>,
              deliveries: tally.get(r.id) ?? { pending: 0, delivered: 0, failed: 0 },
            };
          }),
          next: rows.length > q.limit && last ? encodeCursor(last.fired_at, last.id) : null,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/alerts/evaluate',
      tags,
      summary: 'Evaluate alert conditions for your organisation now (admins and owners)',
      security: bearer,
      responses: {
        200: jsonResponse(
          'What changed',
          z.object({ fired: z.number().int(), cleared: z.number().int(), skipped: z.number().int() }),
        ),
        ...problems(403),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      return c.json(await alerts.evaluateOrg(p.orgId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/alerts/settings',
      tags,
      summary: 'Alert settings (admins and owners)',
      security: bearer,
      responses: { 200: jsonResponse('Settings', AlertSettingsView), ...problems(403) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const { settings, updatedAt } = await loadSettings(db, p.orgId);
      return c.json({ ...settings, updatedAt: isoOrNull(updatedAt) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/v1/alerts/settings',
      tags,
      summary: 'Replace the alert settings; omitted fields take their defaults (admins and owners)',
      security: bearer,
      request: { body: jsonBody(AlertSettingsInput) },
      responses: { 200: jsonResponse('Settings', AlertSettingsView), ...problems(400, 403) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const settings = normalizeSettings(c.req.valid('json'));
      const now = deps.clock.now();
      await db.transaction().execute(async (trx) => {
        await saveSettings(trx, p.orgId, settings, now, p.memberId);
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'alerts.settings.update',
          targetType: 'alert_settings',
          targetId: p.orgId,
          detail: { enabled: settings.enabled },
        });
      });
      return c.json({ ...settings, updatedAt: iso(now) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/alerts/deliveries',
      tags,
      summary: 'The delivery log: one row per attempt, newest first (admins and owners)',
      security: bearer,
      request: {
        query: z.object({
          limit: Limit,
          before: z
            .string()
            .regex(/^\d{1,15}$/, 'Use the `next` value of the previous page')
            .optional(),
          channelId: ClientId.optional(),
        }),
      },
      responses: {
        200: jsonResponse(
          'Deliveries',
          z.object({ deliveries: z.array(Delivery), next: z.string().nullable() }),
        ),
        ...problems(400, 403),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const q = c.req.valid('query');
      let query = db
        .selectFrom('alert_deliveries as d')
        .leftJoin('alert_channels as ch', (j) =>
          j.onRef('ch.org_id', '=', 'd.org_id').onRef('ch.id', '=', 'd.channel_id'),
        )
        .selectAll('d')
        .select('ch.name as channel_name')
        .where('d.org_id', '=', p.orgId)
        .orderBy('d.seq', 'desc')
        .limit(q.limit + 1);
      if (q.before) query = query.where('d.seq', '<', Number(q.before));
      if (q.channelId) query = query.where('d.channel_id', '=', q.channelId);
      const rows = await query.execute();
      const page = rows.slice(0, q.limit);
      const last = page[page.length - 1];
      return c.json(
        {
          deliveries: page.map((r) => ({
            id: String(r.seq),
            at: iso(r.at),
            channelId: r.channel_id,
            channelName: r.channel_name,
            alertId: r.alert_id,
            test: r.test === 1,
            attempt: r.attempt,
            status: r.status,
            detail: r.detail,
            durationMs: r.duration_ms,
            nextAttemptAt: isoOrNull(r.next_attempt_at),
            gaveUp: r.gave_up === 1,
          })),
          next: rows.length > q.limit && last ? String(last.seq) : null,
        },
        200,
      );
    },
  );

  return app;
}
