import {
  type AlertFacts,
  type AlertFinding,
  alertText,
  type Forecast,
  normalizeId,
  rulesets,
} from '@supportlink/rules';
import type { ContractsTable } from '../db/schema.js';
import { readIds } from '../lib/contract-ids.js';
import type { SecretBox } from '../lib/secret-box.js';
import { type AlertPayload, dashboardLink } from './payload.js';

const squash = (s: string) => s.replace(/[\s\u200b-\u200d\u2060\ufeff_.-]+/g, '').toUpperCase();

/**
 * The contract's name for alert text: its label, unless the label contains the contract's own
 * Access ID or Contract ID (people paste them into labels), or the IDs cannot be checked; then the
 * offer and benefit names. Alerts go to chat rooms and mailboxes, so they never carry the IDs.
 */
export function contractName(row: ContractsTable, secrets: SecretBox): string {
  const ruleset = rulesets[row.ruleset];
  const fallback = `${ruleset?.offers[row.offer]?.name ?? row.offer} — ${ruleset?.benefits[row.benefit]?.name ?? row.benefit}`;
  const label = row.label?.trim();
  if (!label) return fallback;
  const ids = readIds(row, secrets);
  if (!ids) return fallback;
  const squashed = squash(label);
  for (const id of [ids.accessId, ids.contractId]) {
    const plain = squash(normalizeId(id).value);
    if (plain.length >= 4 && squashed.includes(plain)) return fallback;
  }
  return label;
}

export function composeAlert(opts: {
  finding: AlertFinding;
  forecast: Forecast;
  name: string;
  endDate: string;
  memberName: string | null;
  locale: 'en' | 'zh-CN';
  linkBase: string | null;
}): AlertPayload {
  const { finding, forecast: f } = opts;
  const facts: AlertFacts = {
    condition: finding.condition,
    name: opts.name,
    remaining: f.remaining,
    allotment: f.state.allotment,
    endDate: opts.endDate,
    daysToExpiry: f.state.daysToExpiry,
    pacePerMonth: f.pacePerMonth === null ? null : Math.round(f.pacePerMonth * 10) / 10,
    runsOutOn: f.runsOutOn,
    unusedAtExpiry: f.unusedAtExpiry,
    hiddenBecause: finding.hiddenBecause,
    memberName: opts.memberName,
    portals: finding.portals,
  };
  const words = alertText(facts, opts.locale);
  return {
    title: words.title,
    text: words.text,
    link: dashboardLink(opts.linkBase, finding.contractId),
    locale: words.locale,
    facts,
  };
}
