import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/connect.js';
import type { SecretBox } from '../lib/secret-box.js';
import type { Logger } from '../logger.js';
import { openChannel } from './channels.js';
import { type DeliverContext, deliverDue, send, testMessage } from './deliver.js';
import { type EvaluateResult, evaluateOrg } from './evaluate.js';
import { claimDueOrgs, evaluationStamp, getChannelRow, logDelivery, scheduleNewOrgs } from './repo.js';
import { loadSettings } from './settings.js';
import type { SendResult } from './webhook.js';

export interface AlertsDeps {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  secrets: SecretBox;
  /** Jitter source for retry delays (tests pin it). */
  random?: () => number;
}

const ORG_BATCH = 100;

export interface PassResult extends EvaluateResult {
  /** Organisations claimed in this pass. */
  orgs: number;
  /** Of those, skipped because nothing they depend on changed since this replica last evaluated them. */
  unchanged: number;
}

const DAY_MS = 86_400_000;

/**
 * Server-side alerts: evaluation of due organisations and delivery of the outbox, driven by
 * `tick()`. Every step claims its work in the database, so any number of replicas can tick at once.
 */
export function createAlerts(deps: AlertsDeps) {
  const { db, clock, config, logger, secrets } = deps;
  const evaluateCtx = { db: db.kysely, secrets, logger, publicUrl: config.publicUrl };
  const deliverCtx: DeliverContext = {
    db: db.kysely,
    dialect: db.dialect,
    secrets,
    logger,
    allowPrivateWebhooks: config.alertsAllowPrivateWebhooks,
    now: () => clock.now(),
    ...(deps.random ? { random: deps.random } : {}),
  };

  /**
   * What each organisation's last evaluation here depended on: its revision (every contract, event
   * and link write bumps it), members, settings and the UTC day (every condition works in whole
   * days). Same stamp, same result: the organisation is skipped. Kept in memory; another replica's
   * evaluation is simply not known here, which costs a re-evaluation, never a wrong answer.
   */
  const stamps = new Map<string, string>();

  /** Evaluates every organisation that is due (each at most once per ALERTS_EVALUATE_EVERY_SECONDS). */
  async function evaluateDue(): Promise<PassResult> {
    const total: PassResult = { orgs: 0, unchanged: 0, fired: 0, cleared: 0, skipped: 0 };
    await scheduleNewOrgs(db.kysely);
    for (;;) {
      const now = clock.now();
      const orgs = await claimDueOrgs(
        db.kysely,
        db.dialect,
        now,
        config.alertsEvaluateEverySeconds * 1000,
        ORG_BATCH,
      );
      for (const orgId of orgs) {
        try {
          const stamp = `${await evaluationStamp(db.kysely, orgId)}|${Math.floor(now / DAY_MS)}`;
          if (stamps.get(orgId) === stamp) {
            total.unchanged++;
            continue;
          }
          const r = await evaluateOrg(evaluateCtx, orgId, now);
          stamps.set(orgId, stamp);
          total.fired += r.fired;
          total.cleared += r.cleared;
          total.skipped += r.skipped;
        } catch (err) {
          logger.error('alert evaluation failed for an organisation', {
            org: orgId,
            error: (err as Error)?.name,
          });
        }
      }
      total.orgs += orgs.length;
      if (orgs.length < ORG_BATCH) return total;
    }
  }

  /** Sends a test message to one channel now and records the attempt in the delivery log. */
  async function sendTest(
    orgId: string,
    channelId: string,
  ): Promise<(SendResult & { durationMs: number }) | null> {
    const row = await getChannelRow(db.kysely, orgId, channelId);
    if (!row) return null;
    const { settings } = await loadSettings(db.kysely, orgId);
    const deliveryId = randomUUID();
    const message = testMessage(
      settings.locale,
      settings.dashboardUrl ?? config.publicUrl,
      clock.now(),
      deliveryId,
    );
    const started = performance.now();
    let result: SendResult;
    try {
      result = await send(deliverCtx, openChannel(row, secrets), message, deliveryId, true);
    } catch (err) {
      result = { ok: false, detail: `could not send (${(err as Error)?.name ?? 'error'})`, retryable: false };
    }
    const durationMs = Math.round(performance.now() - started);
    await logDelivery(db.kysely, {
      org_id: orgId,
      outbox_id: null,
      alert_id: null,
      channel_id: channelId,
      at: clock.now(),
      attempt: 1,
      status: result.ok ? 'delivered' : 'failed',
      detail: result.detail,
      duration_ms: durationMs,
      next_attempt_at: null,
      gave_up: 0,
      test: 1,
    });
    return { ...result, durationMs };
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function tick(): Promise<void> {
    try {
      const evaluated = await evaluateDue();
      const attempts = await deliverDue(deliverCtx);
      if (evaluated.fired || evaluated.cleared || attempts) {
        logger.info('alerts tick', { ...evaluated, deliveries: attempts });
      }
    } catch (err) {
      logger.error('alerts tick failed', { error: (err as Error)?.name, message: (err as Error)?.message });
    }
  }

  const schedule = () => {
    if (stopped || config.alertsTickSeconds <= 0) return;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = null;
        schedule();
      });
    }, config.alertsTickSeconds * 1000);
    timer.unref();
  };

  return {
    evaluateOrg: (orgId: string) => evaluateOrg(evaluateCtx, orgId, clock.now()),
    evaluateDue,
    deliverDue: () => deliverDue(deliverCtx),
    tick,
    sendTest,
    /** Starts the loop (ALERTS_TICK_SECONDS; 0 leaves it off). */
    start() {
      stopped = false;
      schedule();
    },
    /** Stops the loop and waits for a tick in progress. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export type Alerts = ReturnType<typeof createAlerts>;
