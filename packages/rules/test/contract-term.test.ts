import { describe, expect, it } from 'vitest';
import { type CalendarDate, CONTRACT_TERM, estimateEndDate, estimateStartDate } from '../src/index.js';

const d = (s: string) => s as CalendarDate;

describe('contract term (KB: a contract lasts one year)', () => {
  it('rests on the KB with its confidence', () => {
    expect(CONTRACT_TERM.value).toEqual({ years: 1 });
    expect(CONTRACT_TERM.provenance).toMatchObject({ source: 'KB', confidence: 'documented' });
  });

  it.each([
    ['2026-01-01', '2026-12-31'],
    ['2026-07-15', '2027-07-14'],
    ['2028-03-01', '2029-02-28'],
    ['2027-03-01', '2028-02-29'],
  ])('a contract starting %s ends %s; the estimate goes both ways', (start, end) => {
    expect(estimateEndDate(d(start))).toEqual({ date: end, estimated: true, basis: CONTRACT_TERM });
    expect(estimateStartDate(d(end))).toEqual({ date: start, estimated: true, basis: CONTRACT_TERM });
  });

  it('estimates a start date even at the edge of the year range', () => {
    expect(estimateStartDate(d('2099-12-31')).date).toBe('2099-01-01');
  });
});
