import { alertLabels } from '@supportlink/rules';
import type { Kysely } from 'kysely';
import type { DialectName } from '../db/connect.js';
import type { AlertOutboxTable, AlertsTable, Database } from '../db/schema.js';
import type { SecretBox } from '../lib/secret-box.js';
import { iso } from '../lib/views.js';
import type { Logger } from '../logger.js';
import { type OpenChannel, openChannel } from './channels.js';
import { sendEmail } from './email.js';
import { emailBody, webhookBody } from './formats.js';
import type { AlertMessage, AlertPayload } from './payload.js';
import { claimDeliveries, finishDelivery, getAlertRow, getChannelRow, logDelivery } from './repo.js';
import { postWebhook, type SendResult } from './webhook.js';

export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 3_600_000;
/** Longer than any send can take (webhook 10 s, SMTP ≤ 40 s): only a stopped replica loses its lease. */
export const LEASE_MS = 120_000;
const BATCH = 25;
const PARALLEL = 5;

/** Exponential backoff with ±50 % jitter, so replicas and receivers do not retry in lockstep. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.5 + random()));
}

export interface DeliverContext {
  db: Kysely<Database>;
  dialect: DialectName;
  secrets: SecretBox;
  logger: Logger;
  allowPrivateWebhooks: boolean;
  random?: () => number;
  now(): number;
}

export function messageOf(row: AlertsTable): AlertMessage {
  const p = JSON.parse(row.payload) as AlertPayload;
  return {
    id: row.id,
    condition: row.condition as AlertMessage['condition'],
    threshold: row.threshold,
    contractId: row.contract_id,
    memberId: row.member_id,
    firedAt: iso(row.fired_at),
    title: p.title,
    text: p.text,
    link: p.link,
    locale: p.locale,
    facts: p.facts,
  };
}

export function testMessage(
  locale: 'en' | 'zh-CN',
  linkBase: string | null,
  now: number,
  id: string,
): AlertMessage {
  const l = alertLabels(locale);
  return {
    id,
    condition: 'test',
    threshold: null,
    contractId: null,
    memberId: null,
    firedAt: iso(now),
    title: l.testTitle,
    text: l.testText,
    link: `${linkBase ?? ''}/`,
    locale,
    facts: null,
  };
}

export function send(
  ctx: Pick<DeliverContext, 'allowPrivateWebhooks'>,
  channel: OpenChannel,
  message: AlertMessage,
  deliveryId: string,
  test: boolean,
): Promise<SendResult> {
  if (channel.kind === 'webhook') {
    return postWebhook(channel.url, webhookBody(channel.config.format, message, deliveryId, test), {
      deliveryId,
      allowPrivate: ctx.allowPrivateWebhooks,
    });
  }
  return sendEmail(channel.config, channel.password, emailBody(message), deliveryId);
}

async function deliverOne(ctx: DeliverContext, claimed: AlertOutboxTable): Promise<void> {
  const { db } = ctx;
  const [channelRow, alertRow] = await Promise.all([
    getChannelRow(db, claimed.org_id, claimed.channel_id),
    getAlertRow(db, claimed.org_id, claimed.alert_id),
  ]);
  if (channelRow?.enabled !== 1 || !channelRow || !alertRow) {
    await finishDelivery(db, claimed, {
      status: 'cancelled',
      nextAttemptAt: claimed.next_attempt_at,
      now: ctx.now(),
    });
    return;
  }
  const started = performance.now();
  let result: SendResult;
  try {
    result = await send(ctx, openChannel(channelRow, ctx.secrets), messageOf(alertRow), claimed.id, false);
  } catch (err) {
    // e.g. the channel secret cannot be opened with the configured key.
    result = { ok: false, detail: `could not send (${(err as Error)?.name ?? 'error'})`, retryable: true };
  }
  const durationMs = Math.round(performance.now() - started);
  const now = ctx.now();
  const gaveUp = !result.ok && (!result.retryable || claimed.attempts >= MAX_ATTEMPTS);
  const nextAttemptAt = result.ok || gaveUp ? now : now + backoffMs(claimed.attempts, ctx.random);
  await db.transaction().execute(async (trx) => {
    const owned = await finishDelivery(trx, claimed, {
      status: result.ok ? 'delivered' : gaveUp ? 'failed' : 'pending',
      nextAttemptAt,
      now,
    });
    if (!owned) return;
    await logDelivery(trx, {
      org_id: claimed.org_id,
      outbox_id: claimed.id,
      alert_id: claimed.alert_id,
      channel_id: claimed.channel_id,
      at: now,
      attempt: claimed.attempts,
      status: result.ok ? 'delivered' : 'failed',
      detail: result.detail,
      duration_ms: durationMs,
      next_attempt_at: result.ok || gaveUp ? null : nextAttemptAt,
      gave_up: gaveUp ? 1 : 0,
      test: 0,
    });
  });
  if (!result.ok) {
    ctx.logger.warn('alert delivery failed', {
      org: claimed.org_id,
      channel: claimed.channel_id,
      attempt: claimed.attempts,
      detail: result.detail,
      gaveUp,
    });
  }
}

/** Delivers what is due, batch after batch, until nothing due is left; returns attempts made. */
export async function deliverDue(ctx: DeliverContext): Promise<number> {
  let attempts = 0;
  for (;;) {
    const claimed = await claimDeliveries(ctx.db, ctx.dialect, ctx.now(), LEASE_MS, BATCH);
    for (let i = 0; i < claimed.length; i += PARALLEL) {
      await Promise.all(claimed.slice(i, i + PARALLEL).map((row) => deliverOne(ctx, row)));
    }
    attempts += claimed.length;
    if (claimed.length < BATCH) return attempts;
  }
}
