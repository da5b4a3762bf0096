/**
 * The series of a contract's chart: incidents opened and refunded per day, portal observations,
 * the remaining count over time (every point computed by the rules' contractState, so the line
 * and the headline number cannot disagree) and the forecast line to the end date.
 */
import { type Contract, contractState, type IncidentEvent, isCalendarDate } from '@supportlink/rules';

const DAY_MS = 86_400_000;

export interface Projection {
  from: string;
  fromRemaining: number;
  to: string;
  toRemaining: number;
}

/** uPlot's aligned columns: x in seconds, one value (or null) per x for each series. */
export interface ChartSeries {
  x: number[];
  remaining: (number | null)[];
  opened: (number | null)[];
  refunded: (number | null)[];
  observed: (number | null)[];
  forecast: (number | null)[];
  unlimited: boolean;
}

/** A calendar day's start (ms), or NaN when the rules' calendar refuses it (no rolled-over days). */
const dayStart = (iso: string) => (isCalendarDate(iso) ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN);
const dayOf = (at: number) => Math.floor(at / DAY_MS);

interface DayPoint {
  opened: number;
  refunded: number;
  observed: number | null;
}

function byDay(events: readonly IncidentEvent[]): Map<number, DayPoint> {
  const days = new Map<number, DayPoint>();
  for (const e of [...events].sort((a, b) => a.at - b.at)) {
    if (!Number.isFinite(e.at)) continue;
    const d = dayOf(e.at);
    const p = days.get(d) ?? { opened: 0, refunded: 0, observed: null };
    if (e.type === 'opened') p.opened += e.count ?? 1;
    else if (e.type === 'refunded') p.refunded += e.count ?? 1;
    else if (e.type === 'observed' && e.remaining !== 'unlimited') p.observed = e.remaining;
    days.set(d, p);
  }
  return days;
}

/** Remaining at the end of each given day: contractState over the events up to that day. */
function remainingByDay(
  contract: Contract,
  sorted: readonly IncidentEvent[],
  days: readonly number[],
  now: number,
) {
  const out = new Map<number, number | null>();
  let upTo = 0;
  for (const d of days) {
    const end = (d + 1) * DAY_MS;
    while (upTo < sorted.length && (sorted[upTo] as IncidentEvent).at < end) upTo++;
    const { remaining } = contractState(contract, sorted.slice(0, upTo), Math.min(now, end - 1));
    out.set(d, remaining === 'unlimited' ? null : remaining);
  }
  return out;
}

export function chartSeries(
  contract: Contract,
  events: readonly IncidentEvent[],
  projection: Projection | null,
  now: number,
): ChartSeries {
  const perDay = byDay(events);
  const start = dayOf(dayStart(contract.startDate));
  const end = dayOf(dayStart(contract.endDate));
  const today = dayOf(now);
  const days = new Set<number>(perDay.keys());
  for (const d of [start, end, Math.min(Math.max(today, start), end)]) if (Number.isFinite(d)) days.add(d);
  const fromDay = projection ? dayOf(dayStart(projection.from)) : null;
  const toDay = projection ? dayOf(dayStart(projection.to)) : null;
  if (fromDay !== null && Number.isFinite(fromDay)) days.add(fromDay);
  if (toDay !== null && Number.isFinite(toDay)) days.add(toDay);
  const ordered = [...days].filter(Number.isFinite).sort((a, b) => a - b);

  const sorted = events.filter((e) => Number.isFinite(e.at)).sort((a, b) => a.at - b.at);
  const lastKnown = Math.min(today, end);
  const measured = ordered.filter((d) => d <= lastKnown);
  const remaining = remainingByDay(contract, sorted, measured, now);
  const unlimited = contractState(contract, sorted, now).remaining === 'unlimited';

  const s: ChartSeries = {
    x: [],
    remaining: [],
    opened: [],
    refunded: [],
    observed: [],
    forecast: [],
    unlimited,
  };
  for (const d of ordered) {
    const p = perDay.get(d);
    s.x.push((d * DAY_MS) / 1000);
    s.remaining.push(unlimited || d < start ? null : (remaining.get(d) ?? null));
    s.opened.push(p && p.opened > 0 ? p.opened : null);
    s.refunded.push(p && p.refunded > 0 ? p.refunded : null);
    s.observed.push(p?.observed ?? null);
    s.forecast.push(
      projection && d === fromDay
        ? projection.fromRemaining
        : projection && d === toDay
          ? projection.toRemaining
          : null,
    );
  }
  return s;
}
