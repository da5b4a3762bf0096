import type { Allotment } from './types.js';
import { dayNumber, dayOfInstant } from './utc-date.js';

/**
 * What the urgency order needs to know about a contract: its state and, when there is one, its
 * forecast. A `forecast()` result, or the summary the API sends, both carry these fields.
 */
export interface UrgencyFacts {
  /** A contract state name (`active`, `expired`, `exhausted`, `not-started`, `invalid`). */
  state: string;
  daysToExpiry: number;
  remaining: Allotment;
  forecast?: { kind: string; runsOutOn: string | null; unusedAtExpiry: number | null } | null;
  /** A change to this contract was refused (by the server, say): someone must act on it. */
  needsAction?: boolean;
}

/**
 * Tiers, most urgent first: a row that cannot be evaluated or whose change was refused (someone
 * must fix it); incidents that
 * will run out or be lost; unlimited support still running; used up but not yet expired (hidden
 * in Azure); not started; expired.
 */
const TIER = { invalid: 0, finite: 1, unlimited: 2, exhausted: 3, 'not-started': 4, expired: 5 } as const;

export interface Urgency {
  tier: number;
  /** Days until the thing that matters in this tier happens (smaller is sooner). */
  days: number;
  /** Incidents at stake: projected unused at expiry, or remaining now. */
  atStake: number;
}

/** Days from `now` to a `YYYY-MM-DD` day, or null when there is no valid day. */
function daysUntil(day: string | null, now: number): number | null {
  if (!day) return null;
  try {
    return dayNumber(day) - dayOfInstant(now);
  } catch {
    return null;
  }
}

/**
 * How urgent a contract is. Among contracts with a finite count, the one whose incidents run out
 * or expire unused soonest comes first (a forecast "runs out on" counts from that day, "unused
 * at expiry" from the end date); on a tie, the one with more incidents at stake.
 */
export function urgencyOf(c: UrgencyFacts, now: number): Urgency {
  const remaining = typeof c.remaining === 'number' ? c.remaining : 0;
  if (c.needsAction) return { tier: TIER.invalid, days: 0, atStake: 0 };
  switch (c.state) {
    case 'expired':
      // The most recently expired first.
      return { tier: TIER.expired, days: -c.daysToExpiry, atStake: 0 };
    case 'not-started':
      return { tier: TIER['not-started'], days: c.daysToExpiry, atStake: remaining };
    case 'exhausted':
      return { tier: TIER.exhausted, days: c.daysToExpiry, atStake: 0 };
    case 'active':
      break;
    default:
      return { tier: TIER.invalid, days: 0, atStake: 0 };
  }
  if (c.remaining === 'unlimited') return { tier: TIER.unlimited, days: c.daysToExpiry, atStake: 0 };
  const runsOutIn = c.forecast?.kind === 'runs-out' ? daysUntil(c.forecast.runsOutOn, now) : null;
  if (runsOutIn !== null)
    return { tier: TIER.finite, days: Math.min(runsOutIn, c.daysToExpiry), atStake: remaining };
  const unused =
    c.forecast?.kind === 'unused-at-expiry' ? (c.forecast.unusedAtExpiry ?? remaining) : remaining;
  return { tier: TIER.finite, days: c.daysToExpiry, atStake: unused };
}

/** Sort comparator: most urgent first (see `urgencyOf`). Stable for equal urgency. */
export function compareUrgency(a: UrgencyFacts, b: UrgencyFacts, now: number): number {
  const x = urgencyOf(a, now);
  const y = urgencyOf(b, now);
  return x.tier - y.tier || x.days - y.days || y.atStake - x.atStake;
}

/** A copy of `list` in urgency order. */
export function byUrgency<T extends UrgencyFacts>(list: readonly T[], now: number): T[] {
  const keyed = list.map((item) => ({ item, u: urgencyOf(item, now) }));
  keyed.sort((a, b) => a.u.tier - b.u.tier || a.u.days - b.u.days || b.u.atStake - a.u.atStake);
  return keyed.map((k) => k.item);
}
