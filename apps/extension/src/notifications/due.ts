/**
 * Which browser notifications are due: the same conditions the team server alerts on (the rules'
 * contractAlerts with the default policy), computed from the contracts this browser holds. Each
 * condition is announced once, and again only after it cleared and came back.
 */
import {
  type AlertFacts,
  alertText,
  contractAlerts,
  DEFAULT_ALERT_POLICY,
  normalizeId,
  type UiLocale,
} from '@supportlink/rules';
import type { StoredContract } from '../messaging/protocol';

export interface DueNotification {
  /** The condition's key: stable, so the same warning is never shown twice at once. */
  key: string;
  contractId: string;
  title: string;
  message: string;
}

const squash = (s: string) => s.replace(/[\s\u200b-\u200d\u2060\ufeff_.-]+/g, '').toUpperCase();

/**
 * The label, unless it contains the contract's own Access ID or Contract ID (people paste them in):
 * notifications show on the desktop, so they name the contract without its IDs.
 */
export function safeName(c: StoredContract, fallback: string): string {
  const label = c.label?.trim();
  if (!label) return fallback;
  const squashed = squash(label);
  for (const id of [c.accessId, c.contractId]) {
    const plain = squash(normalizeId(id).value);
    if (plain.length >= 4 && squashed.includes(plain)) return fallback;
  }
  return label;
}

export function dueNotifications(
  contracts: readonly StoredContract[],
  now: number,
  active: readonly string[],
  locale: UiLocale,
  fallbackName: (c: StoredContract) => string,
): { notify: DueNotification[]; active: string[] } {
  const known = new Set(active);
  const holding: string[] = [];
  const notify: DueNotification[] = [];
  for (const c of contracts) {
    let result: ReturnType<typeof contractAlerts>;
    try {
      result = contractAlerts(c, c.events, now, DEFAULT_ALERT_POLICY, known);
    } catch {
      continue; // One unreadable contract never stops the others' warnings.
    }
    const { forecast: f, findings } = result;
    for (const finding of findings) {
      holding.push(finding.key);
      if (!finding.announce) continue;
      const facts: AlertFacts = {
        condition: finding.condition,
        name: safeName(c, fallbackName(c)),
        remaining: f.remaining,
        allotment: f.state.allotment,
        endDate: c.endDate,
        daysToExpiry: f.state.daysToExpiry,
        pacePerMonth: f.pacePerMonth === null ? null : Math.round(f.pacePerMonth * 10) / 10,
        runsOutOn: f.runsOutOn,
        unusedAtExpiry: f.unusedAtExpiry,
        hiddenBecause: finding.hiddenBecause,
        memberName: null,
        portals: finding.portals,
      };
      const words = alertText(facts, locale);
      notify.push({ key: finding.key, contractId: c.id, title: words.title, message: words.text });
    }
  }
  return { notify, active: holding };
}
