import { randomUUID } from 'node:crypto';
import { type AlertFinding, contractAlerts, type Forecast, membersNotLinked } from '@supportlink/rules';
import type { Kysely } from 'kysely';
import { listContractRows } from '../db/repos/contracts.js';
import { listEventsOfOrg } from '../db/repos/events.js';
import { listMembers } from '../db/repos/members.js';
import type { AlertsTable, ContractsTable, Database } from '../db/schema.js';
import type { SecretBox } from '../lib/secret-box.js';
import type { Logger } from '../logger.js';
import { toRulesContract, toRulesEvent } from '../services/ledger.js';
import { composeAlert, contractName } from './compose.js';
import {
  activateConditions,
  clearConditions,
  insertAlerts,
  insertOutbox,
  listActiveConditions,
  listChannelRows,
  listOrgLinks,
  pendingDelivery,
} from './repo.js';
import { loadSettings, policyOf } from './settings.js';

export interface EvaluateContext {
  db: Kysely<Database>;
  secrets: SecretBox;
  logger: Logger;
  publicUrl: string | null;
}

export interface EvaluateResult {
  fired: number;
  cleared: number;
  /** Contracts that could not be evaluated (reported in the log, the rest went on). */
  skipped: number;
}

interface Found {
  finding: AlertFinding;
  forecast: Forecast;
  row: ContractsTable;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * Evaluates one organisation at `now`: which conditions hold (rules package), which of them are
 * new (fire: alert + one outbox row per enabled channel) and which stopped holding (clear). Writes
 * happen in one transaction and only when something changed; one bad contract is logged and skipped.
 * Conditions switched off in the settings stop holding, so their alerts clear.
 */
export async function evaluateOrg(ctx: EvaluateContext, orgId: string, now: number): Promise<EvaluateResult> {
  const { db } = ctx;
  const { settings } = await loadSettings(db, orgId);
  const result: EvaluateResult = { fired: 0, cleared: 0, skipped: 0 };
  // Switched off: nothing fires and nothing clears, so switching back on does not repeat old alerts.
  if (!settings.enabled) return result;
  const [contracts, events, links, members, activeRows] = await Promise.all([
    listContractRows(db, orgId),
    listEventsOfOrg(db, orgId),
    listOrgLinks(db, orgId),
    listMembers(db, orgId),
    listActiveConditions(db, orgId),
  ]);
  const active = new Set(activeRows.map((r) => r.key));
  const policy = policyOf(settings);
  const eventsOf = groupBy(events, (e) => e.contract_id);
  const linksOf = groupBy(links, (l) => l.contract_id);
  const teamMembers = members.map((m) => ({ id: m.id, role: m.role }));

  const found: Found[] = [];
  for (const row of contracts) {
    try {
      const evaluated = contractAlerts(
        toRulesContract(row),
        (eventsOf.get(row.id) ?? []).map(toRulesEvent),
        now,
        policy,
        active,
      );
      const unlinked = membersNotLinked(
        row.id,
        evaluated.forecast.state.usable,
        (linksOf.get(row.id) ?? []).map((l) => ({ portal: l.portal, linkedBy: l.created_by })),
        teamMembers,
        policy,
        active,
      );
      for (const finding of [...evaluated.findings, ...unlinked]) {
        found.push({ finding, forecast: evaluated.forecast, row });
      }
    } catch (err) {
      result.skipped++;
      ctx.logger.warn('alert evaluation skipped a contract', {
        org: orgId,
        contract: row.id,
        error: (err as Error)?.name,
      });
    }
  }

  const holding = new Set(found.map((f) => f.finding.key));
  const toFire = found.filter((f) => !active.has(f.finding.key));
  const toClear = activeRows.filter((r) => !holding.has(r.key));
  if (toFire.length === 0 && toClear.length === 0) return result;

  const channels = (await listChannelRows(db, orgId)).filter((c) => c.enabled === 1);
  const memberName = new Map(members.map((m) => [m.id, m.name]));
  const names = new Map<string, string>();
  const nameOf = (row: ContractsTable) => {
    let name = names.get(row.id);
    if (name === undefined) {
      name = contractName(row, ctx.secrets);
      names.set(row.id, name);
    }
    return name;
  };

  const fire = [...new Map(toFire.map((f) => [f.finding.key, f])).values()].map((f) => ({
    ...f,
    alertId: f.finding.announce ? randomUUID() : null,
  }));
  await db.transaction().execute(async (trx) => {
    const fired = await activateConditions(
      trx,
      fire.map((f) => ({
        orgId,
        key: f.finding.key,
        contractId: f.finding.contractId,
        now,
        alertId: f.alertId,
      })),
    );
    const alerts: AlertsTable[] = [];
    for (const { finding, forecast, row, alertId } of fire) {
      if (!alertId || !fired.has(finding.key)) continue;
      const payload = composeAlert({
        finding,
        forecast,
        name: nameOf(row),
        endDate: row.end_date,
        memberName: finding.memberId ? (memberName.get(finding.memberId) ?? null) : null,
        locale: settings.locale,
        linkBase: settings.dashboardUrl ?? ctx.publicUrl,
      });
      alerts.push({
        org_id: orgId,
        id: alertId,
        key: finding.key,
        condition: finding.condition,
        threshold: finding.threshold,
        contract_id: finding.contractId,
        member_id: finding.memberId,
        fired_at: now,
        cleared_at: null,
        payload: JSON.stringify(payload),
      });
    }
    await insertAlerts(trx, alerts);
    await insertOutbox(
      trx,
      alerts.flatMap((a) => channels.map((c) => pendingDelivery(orgId, a.id, c.id, now))),
    );
    result.fired += alerts.length;
    result.cleared += await clearConditions(
      trx,
      orgId,
      toClear.map((r) => r.key),
      now,
    );
  });
  return result;
}
