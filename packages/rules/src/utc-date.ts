const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` string; throws RangeError for anything else. */
export function dayNumber(isoDay: string): number {
  const m = ISO_DAY.exec(isoDay);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${isoDay}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`not a calendar date: ${isoDay}`);
  }
  return ms / DAY_MS;
}

/** The UTC day number of an epoch-millisecond instant. */
export function dayOfInstant(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS);
}

/** `YYYY-MM-DD` when the parts form a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
