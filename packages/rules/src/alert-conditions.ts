import { type Forecast, type ForecastConfidence, forecast } from './forecast.js';
import type { Contract, IncidentEvent, PortalId } from './types.js';
import { FEW_INCIDENTS_LEFT } from './wording.js';

/** What a team is warned about before a benefit is lost. */
export const ALERT_CONDITIONS = [
  'expires-soon',
  'low-remaining',
  'runs-out-before-expiry',
  'hidden-in-azure',
  'member-not-linked',
] as const;
export type AlertConditionId = (typeof ALERT_CONDITIONS)[number];

export interface AlertPolicy {
  /** Warn when a contract with incidents left ends within this many days (each a threshold). */
  expiryDays: readonly number[];
  /** Warn when this many incidents or fewer are left (and more than zero). */
  remainingAtMost: number;
  /** The forecast must be at least this sure before "runs out before expiry" is said. */
  forecastMinConfidence: ForecastConfidence;
  /** Conditions switched off; missing means on. */
  conditions?: Partial<Record<AlertConditionId, boolean>>;
}

export const DEFAULT_ALERT_POLICY: AlertPolicy = {
  expiryDays: [30, 7],
  remainingAtMost: FEW_INCIDENTS_LEFT,
  forecastMinConfidence: 'medium',
};

/** An expired contract is news for this many days; after that it is history, not an alert. */
export const EXPIRED_NEWS_DAYS = 30;

export interface AlertFinding {
  /** Stable identity: one alert per key until the condition clears and returns. */
  key: string;
  condition: AlertConditionId;
  /** Days for `expires-soon`, incidents for `low-remaining`, else null. */
  threshold: number | null;
  contractId: string;
  memberId: string | null;
  /** Portals where teammates linked the contract but this member has not (`member-not-linked`). */
  portals: PortalId[];
  /** `hidden-in-azure`: why. */
  hiddenBecause: 'expired' | 'exhausted' | null;
  /**
   * Whether to tell anyone: the condition newly holds (its key is not active) and no tighter
   * threshold of the same condition newly holds with it (30 and 7 days at once → only 7 is sent).
   */
  announce: boolean;
}

export const alertKey = (
  condition: AlertConditionId,
  contractId: string,
  threshold: number | null = null,
  memberId: string | null = null,
) => `${condition}:${threshold ?? ''}:${contractId}:${memberId ?? ''}`;

const CONFIDENCE_RANK: Record<ForecastConfidence, number> = { low: 0, medium: 1, high: 2 };

const on = (policy: AlertPolicy, c: AlertConditionId) => policy.conditions?.[c] !== false;

function finding(
  condition: AlertConditionId,
  contractId: string,
  active: ReadonlySet<string>,
  extra: Partial<AlertFinding> = {},
): AlertFinding {
  const threshold = extra.threshold ?? null;
  const memberId = extra.memberId ?? null;
  const key = alertKey(condition, contractId, threshold, memberId);
  return {
    key,
    condition,
    threshold,
    contractId,
    memberId,
    portals: [],
    hiddenBecause: null,
    announce: !active.has(key),
    ...extra,
  };
}

/** Keeps only the tightest newly-holding threshold of each condition announced. */
function quietLooserThresholds(findings: AlertFinding[]): AlertFinding[] {
  const tightest = new Map<AlertConditionId, number>();
  for (const f of findings) {
    if (!f.announce || f.threshold === null) continue;
    const t = tightest.get(f.condition);
    if (t === undefined || f.threshold < t) tightest.set(f.condition, f.threshold);
  }
  return findings.map((f) =>
    f.announce && f.threshold !== null && f.threshold !== tightest.get(f.condition)
      ? { ...f, announce: false }
      : f,
  );
}

/**
 * The alert conditions that hold for one contract at `now`, given the keys already active (fired
 * and not yet cleared). A forecast that ran out before expiry keeps its alert until the projection
 * leaves at least two unused, so a pace near the edge does not flap from day to day.
 */
export function contractAlerts(
  contract: Contract,
  events: readonly IncidentEvent[],
  now: number,
  policy: AlertPolicy = DEFAULT_ALERT_POLICY,
  active: ReadonlySet<string> = new Set(),
): { forecast: Forecast; findings: AlertFinding[] } {
  const f = forecast(contract, events, now);
  const s = f.state;
  const out: AlertFinding[] = [];
  const left = typeof s.remaining === 'number' ? s.remaining : null;
  const running = s.state === 'active';

  if (on(policy, 'expires-soon') && running && left !== null && left > 0) {
    for (const days of new Set(policy.expiryDays)) {
      if (s.daysToExpiry <= days) out.push(finding('expires-soon', contract.id, active, { threshold: days }));
    }
  }
  if (on(policy, 'low-remaining') && running && left !== null && left > 0 && left <= policy.remainingAtMost) {
    out.push(finding('low-remaining', contract.id, active, { threshold: policy.remainingAtMost }));
  }
  if (on(policy, 'runs-out-before-expiry') && running) {
    const key = alertKey('runs-out-before-expiry', contract.id);
    const sure = CONFIDENCE_RANK[f.confidence] >= CONFIDENCE_RANK[policy.forecastMinConfidence];
    const holds = f.kind === 'runs-out' && sure;
    const stillNear = active.has(key) && f.kind === 'unused-at-expiry' && (f.unusedAtExpiry ?? 0) <= 1;
    if (holds || stillNear) out.push(finding('runs-out-before-expiry', contract.id, active));
  }
  if (on(policy, 'hidden-in-azure')) {
    const recentlyExpired = s.state === 'expired' && -s.daysToExpiry <= EXPIRED_NEWS_DAYS;
    // An offer without incidents for the benefit (Action Pack cloud) never had a plan to lose.
    const neverIncluded = s.reasons.includes('no-allotment-for-benefit');
    if ((recentlyExpired || s.state === 'exhausted') && !neverIncluded) {
      out.push(
        finding('hidden-in-azure', contract.id, active, {
          hiddenBecause: s.state === 'expired' ? 'expired' : 'exhausted',
        }),
      );
    }
  }
  return { forecast: f, findings: quietLooserThresholds(out) };
}

export interface LinkRecord {
  portal: PortalId;
  /** The member who recorded the link; null for imported records. */
  linkedBy: string | null;
}

export interface TeamMember {
  id: string;
  role: 'owner' | 'admin' | 'member' | 'viewer';
}

/**
 * Members who have not linked a contract their team uses: for each portal where someone linked
 * the contract, every member (viewers excluded: they do not open incidents) without a link record
 * of their own there. Only for a usable contract: linking one that is hidden helps no one.
 */
export function membersNotLinked(
  contractId: string,
  usable: boolean,
  links: readonly LinkRecord[],
  members: readonly TeamMember[],
  policy: AlertPolicy = DEFAULT_ALERT_POLICY,
  active: ReadonlySet<string> = new Set(),
): AlertFinding[] {
  if (!usable || !on(policy, 'member-not-linked')) return [];
  const usedIn = new Set<PortalId>();
  const linkedBy = new Map<string, Set<PortalId>>();
  for (const link of links) {
    usedIn.add(link.portal);
    if (link.linkedBy === null) continue;
    const own = linkedBy.get(link.linkedBy) ?? new Set<PortalId>();
    own.add(link.portal);
    linkedBy.set(link.linkedBy, own);
  }
  const out: AlertFinding[] = [];
  for (const member of members) {
    if (member.role === 'viewer') continue;
    const own = linkedBy.get(member.id);
    const missing = [...usedIn].filter((p) => !own?.has(p)).sort();
    if (missing.length === 0) continue;
    out.push(finding('member-not-linked', contractId, active, { memberId: member.id, portals: missing }));
  }
  return out;
}
