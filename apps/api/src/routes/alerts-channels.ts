import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import {
  ChannelCreate,
  ChannelPatch,
  ChannelView,
  channelColumns,
  channelFields,
  channelView,
  checkPatchFits,
  checkWebhookTarget,
} from '../alerts/channels.js';
import {
  cancelChannelDeliveries,
  getChannelRow,
  listChannelRows,
  queueHoldingAlerts,
} from '../alerts/repo.js';
import type { Alerts } from '../alerts/service.js';
import { requireRole } from '../auth/roles.js';
import type { Deps } from '../context.js';
import { recordAudit } from '../db/repos/audit.js';
import type { AlertChannelsTable, Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { IdParam } from '../schemas.js';
import { bearer, createRouter, jsonBody, jsonResponse, problems } from './router.js';

const tags = ['alerts'];

const TestResult = z
  .object({
    ok: z.boolean(),
    status: z.enum(['delivered', 'failed']),
    detail: z.string().openapi({ description: 'e.g. "HTTP 204", "SMTP 250", "timeout after 10 s"' }),
    durationMs: z.number().int(),
  })
  .openapi('AlertChannelTestResult');

/** The newest attempt per channel, for the list. */
async function lastDeliveries(db: Kysely<Database>, orgId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { at: number; status: 'delivered' | 'failed' }>();
  const newest = db
    .selectFrom('alert_deliveries')
    .select(['channel_id', (eb) => eb.fn.max('seq').as('seq')])
    .where('org_id', '=', orgId)
    .where('channel_id', 'in', ids)
    .groupBy('channel_id');
  const rows = await db
    .selectFrom('alert_deliveries as d')
    .innerJoin(newest.as('n'), (j) => j.onRef('n.seq', '=', 'd.seq'))
    .select(['d.channel_id', 'd.at', 'd.status'])
    .execute();
  return new Map(rows.map((r) => [r.channel_id, { at: r.at, status: r.status }]));
}

export function alertChannelRoutes(deps: Deps, alerts: Alerts) {
  const app = createRouter();
  const db = deps.db.kysely;
  const view = async (orgId: string, row: AlertChannelsTable) =>
    channelView(row, (await lastDeliveries(db, orgId, [row.id])).get(row.id) ?? null);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/alerts/channels',
      tags,
      summary: 'Where alerts are sent (admins and owners); secrets are never shown',
      security: bearer,
      responses: {
        200: jsonResponse('Channels', z.object({ channels: z.array(ChannelView) })),
        ...problems(403),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const rows = await listChannelRows(db, p.orgId);
      const last = await lastDeliveries(
        db,
        p.orgId,
        rows.map((r) => r.id),
      );
      return c.json({ channels: rows.map((r) => channelView(r, last.get(r.id) ?? null)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/alerts/channels',
      tags,
      summary: 'Add a webhook (generic, Teams, Slack) or e-mail channel (admins and owners)',
      security: bearer,
      request: { body: jsonBody(ChannelCreate) },
      responses: { 201: jsonResponse('Created', ChannelView), ...problems(400, 403) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const body = c.req.valid('json');
      if (body.kind === 'webhook') checkWebhookTarget(body.url, deps.config.alertsAllowPrivateWebhooks);
      const now = deps.clock.now();
      const id = randomUUID();
      const row: AlertChannelsTable = {
        org_id: p.orgId,
        id,
        kind: body.kind,
        name: body.name,
        enabled: body.enabled === false ? 0 : 1,
        ...channelColumns(p.orgId, id, body.kind, body, deps.secrets),
        created_at: now,
        updated_at: now,
        created_by: p.memberId,
        deleted: 0,
      };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('alert_channels').values(row).execute();
        if (row.enabled === 1) await queueHoldingAlerts(trx, p.orgId, id, now);
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'alerts.channel.create',
          targetType: 'alert_channel',
          targetId: id,
          detail: { kind: body.kind },
        });
      });
      return c.json(channelView(row, null), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/v1/alerts/channels/{id}',
      tags,
      summary: 'Change a channel; `url` and `password` replace the stored secret (admins and owners)',
      security: bearer,
      request: { params: IdParam, body: jsonBody(ChannelPatch) },
      responses: { 200: jsonResponse('Updated', ChannelView), ...problems(400, 403, 404) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const now = deps.clock.now();
      const updated = await db.transaction().execute(async (trx) => {
        const row = await getChannelRow(trx, p.orgId, id);
        if (!row) throw notFound('alert channel');
        checkPatchFits(row.kind, patch);
        if (row.kind === 'webhook' && patch.url)
          checkWebhookTarget(patch.url, deps.config.alertsAllowPrivateWebhooks);
        const { name, enabled, ...fields } = patch;
        const merged = { ...channelFields(row, deps.secrets), ...fields };
        const next: AlertChannelsTable = {
          ...row,
          name: name ?? row.name,
          enabled: enabled === undefined ? row.enabled : enabled ? 1 : 0,
          ...channelColumns(p.orgId, id, row.kind, merged, deps.secrets),
          updated_at: now,
        };
        await trx
          .updateTable('alert_channels')
          .set({
            name: next.name,
            enabled: next.enabled,
            config: next.config,
            secret: next.secret,
            secret_sealed: next.secret_sealed,
            secret_hint: next.secret_hint,
            updated_at: now,
          })
          .where('org_id', '=', p.orgId)
          .where('id', '=', id)
          .execute();
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'alerts.channel.update',
          targetType: 'alert_channel',
          targetId: id,
          detail: { fields: Object.keys(patch) },
        });
        return next;
      });
      return c.json(await view(p.orgId, updated), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/v1/alerts/channels/{id}',
      tags,
      summary: 'Remove a channel; its pending deliveries are cancelled (admins and owners)',
      security: bearer,
      request: { params: IdParam },
      responses: { 204: { description: 'Removed' }, ...problems(403, 404) },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const { id } = c.req.valid('param');
      const now = deps.clock.now();
      await db.transaction().execute(async (trx) => {
        const row = await getChannelRow(trx, p.orgId, id);
        if (!row) throw notFound('alert channel');
        await trx
          .updateTable('alert_channels')
          .set({ deleted: 1, enabled: 0, secret: '', secret_sealed: 0, secret_hint: null, updated_at: now })
          .where('org_id', '=', p.orgId)
          .where('id', '=', id)
          .execute();
        await cancelChannelDeliveries(trx, p.orgId, id, now);
        await recordAudit(trx, {
          orgId: p.orgId,
          at: now,
          actorId: p.memberId,
          action: 'alerts.channel.delete',
          targetType: 'alert_channel',
          targetId: id,
        });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/alerts/channels/{id}/test',
      tags,
      summary: 'Send a test alert to a channel now and report what happened (admins and owners)',
      security: bearer,
      request: { params: IdParam },
      responses: {
        200: jsonResponse('The attempt, also in the delivery log', TestResult),
        ...problems(403, 404),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      requireRole(p.role, 'admin');
      const { id } = c.req.valid('param');
      const r = await alerts.sendTest(p.orgId, id);
      if (!r) throw notFound('alert channel');
      return c.json(
        {
          ok: r.ok,
          status: r.ok ? ('delivered' as const) : ('failed' as const),
          detail: r.detail,
          durationMs: r.durationMs,
        },
        200,
      );
    },
  );

  return app;
}
