import { contractState } from './contract-state.js';
import type { Allotment, Contract, ContractState, IncidentEvent } from './types.js';
import { type CalendarDate, dateOfInstant, dayOfInstant, parseCalendarDate } from './utc-date.js';

const DAY_MS = 86_400_000;
/** An average calendar month, for "incidents per month". */
const DAYS_PER_MONTH = 365.25 / 12;
/**
 * The pace divides what was used by the days of the term so far, but never by fewer than this:
 * one incident on the second day of a term is not a pace of fifteen a month.
 */
const MIN_PACE_DAYS = 30;

export type ForecastKind =
  /** At this pace the incidents run out on `runsOutOn`, before the end date. */
  | 'runs-out'
  /** At this pace `unusedAtExpiry` incidents (≥ 1) are still left when the contract expires. */
  | 'unused-at-expiry'
  /** Nothing left now. */
  | 'exhausted'
  /** Past the end date; `unusedAtExpiry` is what was left when it expired. */
  | 'expired'
  /** Before the start date: nothing to measure yet. */
  | 'not-started'
  /** Unlimited incidents: nothing runs out (the pace is still measured). */
  | 'unlimited'
  /** The contract row cannot be evaluated (contractState refused it). */
  | 'invalid';

export type ForecastConfidence = 'low' | 'medium' | 'high';

export type ForecastReason =
  /** Fewer than 3 incidents used: the pace rests on very little. */
  | 'few-events'
  /** Less than 60 days of the term have passed. */
  | 'short-history'
  /** Most of the use fell in one month: a burst, not a steady pace. */
  | 'bursty'
  /** No incident used so far in the term. */
  | 'no-usage-yet'
  /** A portal showed fewer incidents left than the ledger explains: use outside the ledger counted. */
  | 'unrecorded-usage'
  /** The allotment itself is not documented (see the ruleset's provenance). */
  | 'unverified-allotment';

/** Incidents used in one UTC calendar month. */
export interface MonthUsage {
  /** `YYYY-MM` */
  month: string;
  opened: number;
  refunded: number;
  /**
   * Use a portal observation revealed beyond the ledger (positive), or ledger use it showed did
   * not happen (negative; never more than the ledger recorded since the previous observation).
   */
  unrecorded: number;
  /** opened − refunded + unrecorded */
  used: number;
}

/** A straight line from today's count to where the pace takes it (for charts). */
export interface ForecastProjection {
  from: CalendarDate;
  fromRemaining: number;
  to: CalendarDate;
  toRemaining: number;
}

export interface Forecast {
  kind: ForecastKind;
  /** The contract state the forecast starts from (counts, state, days to expiry). */
  state: ContractState;
  remaining: Allotment;
  /** Net incidents used in the term so far. */
  used: number;
  /** Net incidents used per month over the term so far; null before the start date. */
  pacePerMonth: number | null;
  /** Every month from the first one with use or of the term to the current (or last) month. */
  months: MonthUsage[];
  /** `YYYY-MM-DD`, only for `runs-out`. */
  runsOutOn: CalendarDate | null;
  /** For `unused-at-expiry` (projected) and `expired` (what was left); else null. */
  unusedAtExpiry: number | null;
  projection: ForecastProjection | null;
  confidence: ForecastConfidence;
  reasons: ForecastReason[];
  /** What the pace rests on: incidents-used entries counted and days of the term elapsed. */
  basis: { usageEvents: number; days: number };
}

interface Usage {
  at: number;
  opened: number;
  refunded: number;
  unrecorded: number;
}

const isoOfDay = (day: number): CalendarDate => dateOfInstant(day * DAY_MS);
/** Months since year 0 (UTC): cheap to compare and to step through. */
const monthOf = (at: number) => {
  const d = new Date(at);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const monthKey = (month: number) => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;

function countOf(count: number | undefined): number {
  if (count === undefined) return 1;
  return Number.isFinite(count) && count > 0 ? count : 0;
}

/**
 * Replays the ledger in time order into usage entries. Observations reconcile: a portal showing
 * fewer left than the ledger predicts is use outside the ledger; showing more takes back ledger use
 * since the previous observation (an over-count), never below zero. Adjustments change capacity,
 * not use. Ties: entries at the same instant as an observation happened before it (contractState).
 */
function usageOf(allotment: Allotment, events: readonly IncidentEvent[]): Usage[] {
  const ordered = events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        a.event.at - b.event.at ||
        Number(a.event.type === 'observed') - Number(b.event.type === 'observed') ||
        a.index - b.index,
    );
  const out: Usage[] = [];
  let predicted: Allotment = allotment;
  let sinceObservation = 0;
  for (const { event } of ordered) {
    if (!Number.isFinite(event.at)) continue;
    const entry: Usage = { at: event.at, opened: 0, refunded: 0, unrecorded: 0 };
    switch (event.type) {
      case 'opened':
        entry.opened = countOf(event.count);
        break;
      case 'refunded':
        entry.refunded = countOf(event.count);
        break;
      case 'adjusted':
        if (predicted !== 'unlimited' && Number.isFinite(event.delta)) predicted += event.delta;
        continue;
      case 'observed': {
        if (predicted !== 'unlimited' && event.remaining !== 'unlimited') {
          const gap = predicted - event.remaining;
          entry.unrecorded = gap > 0 ? gap : -Math.min(-gap, Math.max(0, sinceObservation));
        }
        predicted = event.remaining;
        sinceObservation = 0;
        if (entry.unrecorded !== 0) out.push(entry);
        continue;
      }
    }
    const net = entry.opened - entry.refunded;
    sinceObservation += net;
    if (predicted !== 'unlimited') predicted -= net;
    out.push(entry);
  }
  return out;
}

/** At most this many months are listed (a term is a year; stray dates must not explode the list). */
const MAX_MONTHS = 1200;

function monthsOf(usage: readonly Usage[], firstTermMonth: number | null, lastTermMonth: number | null) {
  const byMonth = new Map<number, MonthUsage>();
  let first = firstTermMonth ?? Number.POSITIVE_INFINITY;
  let last = lastTermMonth ?? Number.NEGATIVE_INFINITY;
  for (const u of usage) {
    const month = monthOf(u.at);
    let row = byMonth.get(month);
    if (!row) {
      row = { month: monthKey(month), opened: 0, refunded: 0, unrecorded: 0, used: 0 };
      byMonth.set(month, row);
    }
    row.opened += u.opened;
    row.refunded += u.refunded;
    row.unrecorded += u.unrecorded;
    row.used += u.opened - u.refunded + u.unrecorded;
    first = Math.min(first, month);
    last = Math.max(last, month);
  }
  const out: MonthUsage[] = [];
  for (let m = first; m <= last && out.length < MAX_MONTHS; m++) {
    out.push(byMonth.get(m) ?? { month: monthKey(m), opened: 0, refunded: 0, unrecorded: 0, used: 0 });
  }
  return out;
}

/** Most opened entries (at least 3, over at least 3 months) fell in one month. */
function isBursty(usage: readonly Usage[], monthCount: number): boolean {
  const perMonth = new Map<number, number>();
  let total = 0;
  for (const u of usage) {
    if (u.opened <= 0) continue;
    total += 1;
    const key = monthOf(u.at);
    perMonth.set(key, (perMonth.get(key) ?? 0) + 1);
  }
  const busiest = Math.max(0, ...perMonth.values());
  return total >= 3 && monthCount >= 3 && busiest / total >= 0.6;
}

function confidenceOf(
  usageEvents: number,
  days: number,
  bursty: boolean,
): { confidence: ForecastConfidence; reasons: ForecastReason[] } {
  const reasons: ForecastReason[] = [];
  if (usageEvents === 0) reasons.push('no-usage-yet');
  else if (usageEvents < 3) reasons.push('few-events');
  if (days < 60) reasons.push('short-history');
  if (bursty) reasons.push('bursty');
  let confidence: ForecastConfidence;
  if (usageEvents === 0) confidence = days >= 90 ? 'medium' : 'low';
  else if (usageEvents >= 6 && days >= 90) confidence = 'high';
  else if (usageEvents >= 3 && days >= 30) confidence = 'medium';
  else confidence = 'low';
  if (bursty) confidence = confidence === 'high' ? 'medium' : 'low';
  return { confidence, reasons };
}

/**
 * How fast a contract's incidents are being used and where that pace leads: "at this pace, runs
 * out on <date>" or "N unused at expiry". The pace is the net use (opened − refunded, plus use
 * that portal observations reveal) over the days of the term so far (at least 30), so a steady
 * team and a bursty one with the same total get the same pace; the confidence and its reasons
 * say how much that pace deserves to be trusted. Dates are whole UTC days like contractState.
 */
export function forecast(contract: Contract, events: readonly IncidentEvent[], now: number): Forecast {
  const state = contractState(contract, events, now);
  const usage = usageOf(state.allotment, events);
  const today = dayOfInstant(now);
  const startDate = parseCalendarDate(contract.startDate);
  const endDate = parseCalendarDate(contract.endDate);
  const start = startDate.ok ? startDate.day : null;
  const end = endDate.ok ? endDate.day : null;
  // contractState refuses rows that break a rule (`invalid`); the forecast then measures nothing.
  const valid = start !== null && end !== null && start <= end && state.state !== 'invalid';
  const lastDay = valid ? Math.min(today, end as number) : today;
  const days = valid ? Math.max(0, lastDay - (start as number) + 1) : 0;
  const used = Math.max(
    0,
    usage.reduce((sum, u) => sum + u.opened - u.refunded + u.unrecorded, 0),
  );
  const months = monthsOf(
    usage,
    valid && days > 0 ? monthOf((start as number) * DAY_MS) : null,
    valid && days > 0 ? monthOf(lastDay * DAY_MS) : null,
  );

  const usageEvents = usage.filter((u) => u.opened > 0 || u.unrecorded > 0).length;
  const bursty = isBursty(usage, months.length);
  const { confidence, reasons } = confidenceOf(usageEvents, days, bursty);
  if (usage.some((u) => u.unrecorded > 0)) reasons.push('unrecorded-usage');
  if (state.confidence === 'unverified') reasons.push('unverified-allotment');

  const paceDays = Math.max(days, MIN_PACE_DAYS);
  const perDay = days > 0 ? used / paceDays : 0;
  const base = {
    state,
    remaining: state.remaining,
    used,
    pacePerMonth: valid && days > 0 ? perDay * DAYS_PER_MONTH : null,
    months,
    runsOutOn: null,
    unusedAtExpiry: null,
    projection: null,
    confidence,
    reasons,
    basis: { usageEvents, days },
  };

  if (!valid) return { ...base, kind: 'invalid', pacePerMonth: null, confidence: 'low' };
  if (state.state === 'not-started') return { ...base, kind: 'not-started', pacePerMonth: null };
  if (state.state === 'expired') {
    const left = state.remaining === 'unlimited' ? null : state.remaining;
    return { ...base, kind: 'expired', unusedAtExpiry: left };
  }
  if (state.remaining === 'unlimited') return { ...base, kind: 'unlimited' };
  if (state.remaining <= 0) return { ...base, kind: 'exhausted' };
  return { ...base, ...project(state.remaining, used, paceDays, today, end as number) };
}

/**
 * Where the pace (`used` per `paceDays`) takes `remaining` incidents between today and the end day.
 * Integer arithmetic first, one division last, so exact cases land on exact days.
 */
function project(remaining: number, used: number, paceDays: number, today: number, end: number) {
  const daysLeft = end - today;
  // Days until the last incident is used at this pace; zero pace never runs out.
  const daysToEmpty = used > 0 ? Math.ceil((remaining * paceDays) / used) : Number.POSITIVE_INFINITY;
  if (daysToEmpty <= daysLeft) {
    const runsOutOn = isoOfDay(today + daysToEmpty);
    return {
      kind: 'runs-out' as const,
      runsOutOn,
      projection: { from: isoOfDay(today), fromRemaining: remaining, to: runsOutOn, toRemaining: 0 },
    };
  }
  // Whole incidents used by the end at this pace; the rest (at least one) is left unused.
  const unusedAtExpiry = remaining - Math.floor((used * daysLeft) / paceDays);
  return {
    kind: 'unused-at-expiry' as const,
    unusedAtExpiry,
    projection: {
      from: isoOfDay(today),
      fromRemaining: remaining,
      to: isoOfDay(end),
      toRemaining: unusedAtExpiry,
    },
  };
}
