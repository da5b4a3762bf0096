/**
 * The one calendar-date rule: `YYYY-MM-DD`, a day that exists, a year in YEAR_RANGE.
 * Every path (form, capture, import, API, contract state) parses dates here.
 */

/** A `YYYY-MM-DD` string that passed `parseCalendarDate`. */
export type CalendarDate = string & { readonly __calendarDate: true };

export type DateProblemCode = 'date-format' | 'date-impossible' | 'date-year-out-of-range';

export type DateParse =
  | { ok: true; date: CalendarDate /** Days since 1970-01-01. */; day: number }
  | { ok: false; problem: DateProblemCode };

/** Contract dates outside these years are typos (0050, 2206), never real programme dates. */
export const YEAR_RANGE = { min: 2000, max: 2099 } as const;

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch ms of a UTC day; unlike `Date.UTC`, years 0–99 stay years 0–99. */
function utcMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function format(ms: number): CalendarDate {
  const d = new Date(ms);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}` as CalendarDate;
}

function fromParts(year: number, month: number, day: number): DateParse {
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return { ok: false, problem: 'date-year-out-of-range' };
  if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, problem: 'date-impossible' };
  const ms = utcMs(year, month, day);
  if (new Date(ms).getUTCDate() !== day) return { ok: false, problem: 'date-impossible' };
  return { ok: true, date: format(ms), day: ms / DAY_MS };
}

/** Parses a contract date. Never throws; anything but a `YYYY-MM-DD` day in range is a typed problem. */
export function parseCalendarDate(text: unknown): DateParse {
  const m = typeof text === 'string' ? ISO_DAY.exec(text) : null;
  if (!m) return { ok: false, problem: 'date-format' };
  return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isCalendarDate(text: unknown): text is CalendarDate {
  return parseCalendarDate(text).ok;
}

/** Days since 1970-01-01 of a calendar date; throws RangeError for anything `parseCalendarDate` refuses. */
export function dayNumber(isoDay: string): number {
  const parsed = parseCalendarDate(isoDay);
  if (!parsed.ok) throw new RangeError(`not a calendar date (${parsed.problem})`);
  return parsed.day;
}

/** The UTC day number of an epoch-millisecond instant. */
export function dayOfInstant(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS);
}

/** The UTC calendar day of an instant (today: `dateOfInstant(Date.now())`). */
export function dateOfInstant(epochMs: number): CalendarDate {
  return format(dayOfInstant(epochMs) * DAY_MS);
}

/** `YYYY-MM-DD` when the parts form a calendar date in range, else null. */
export function isoDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const parsed = fromParts(year, month, day);
  return parsed.ok ? parsed.date : null;
}

/** Year, month, day of a parsed date (arithmetic may leave YEAR_RANGE; the shape stays). */
function partsOf(date: CalendarDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = partsOf(date);
  return format(utcMs(y, m, d + days));
}

/** The same day `years` years later; 29 February becomes 1 March in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const [y, m, d] = partsOf(date);
  return format(utcMs(y + years, m, d));
}
