import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  type CalendarDate,
  dateOfInstant,
  isCalendarDate,
  parseCalendarDate,
  YEAR_RANGE,
} from '../src/index.js';
import { dayNumber, isoDate } from '../src/utc-date.js';

const d = (s: string) => s as CalendarDate;

describe('parseCalendarDate: one rule for every path', () => {
  it.each([
    ['2026-03-01', 20513],
    ['2000-01-01', 10957],
    ['2099-12-31', 47481],
    ['2028-02-29', 21243],
  ])('accepts %s (day %i since 1970)', (text, day) => {
    expect(parseCalendarDate(text)).toEqual({ ok: true, date: text, day });
  });

  it.each([
    ['2026-02-30', 'date-impossible'],
    ['2027-02-29', 'date-impossible'],
    ['2026-13-01', 'date-impossible'],
    ['2026-00-10', 'date-impossible'],
    ['2026-04-31', 'date-impossible'],
    ['2026-01-00', 'date-impossible'],
    ['0050-01-01', 'date-year-out-of-range'],
    ['1999-12-31', 'date-year-out-of-range'],
    ['2100-01-01', 'date-year-out-of-range'],
    ['0000-01-01', 'date-year-out-of-range'],
    ['2026-3-1', 'date-format'],
    ['2026-03-01T00:00:00Z', 'date-format'],
    [' 2026-03-01', 'date-format'],
    ['01/03/2026', 'date-format'],
    ['', 'date-format'],
    [null, 'date-format'],
    [20260301, 'date-format'],
  ])('refuses %s as %s', (text, problem) => {
    expect(parseCalendarDate(text)).toEqual({ ok: false, problem });
    expect(isCalendarDate(text)).toBe(false);
  });

  it('never maps year 0050 to 1950 and never throws (fast-check)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseCalendarDate(s);
        if (r.ok) expect(Number(r.date.slice(0, 4))).toBeGreaterThanOrEqual(YEAR_RANGE.min);
      }),
    );
    expect(() => dayNumber('0050-01-01')).toThrow(RangeError);
  });

  it('round-trips every day in range with its day number (fast-check)', () => {
    const min = dayNumber('2000-01-01');
    const max = dayNumber('2099-12-31');
    fc.assert(
      fc.property(fc.integer({ min, max }), (day) => {
        const date = dateOfInstant(day * 86_400_000 + 3_600_000);
        expect(parseCalendarDate(date)).toEqual({ ok: true, date, day });
      }),
    );
  });
});

describe('date arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays(d('2026-02-28'), 1)).toBe('2026-03-01');
    expect(addDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(d('2026-01-01'), -1)).toBe('2025-12-31');
    expect(addDays(d('2099-12-31'), 1)).toBe('2100-01-01');
  });
  it('adds years; 29 February becomes 1 March in a common year', () => {
    expect(addYears(d('2026-03-15'), 1)).toBe('2027-03-15');
    expect(addYears(d('2028-02-29'), 1)).toBe('2029-03-01');
    expect(addYears(d('2026-01-01'), -1)).toBe('2025-01-01');
  });
  it('isoDate builds a date from parts with the same rule', () => {
    expect(isoDate(2026, 3, 1)).toBe('2026-03-01');
    expect(isoDate(2026, 2, 30)).toBeNull();
    expect(isoDate(50, 1, 1)).toBeNull();
    expect(isoDate(2026.5, 1, 1)).toBeNull();
  });
});
