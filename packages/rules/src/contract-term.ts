import type { Fact } from './types.js';
import { addDays, addYears, type CalendarDate } from './utc-date.js';

/**
 * How long a contract lasts. KB 3020636 says one year (one localized edition says one year
 * plus 30 days, so an estimate from it can be a month off — hence "estimated").
 */
export const CONTRACT_TERM: Fact<{ years: number }> = {
  value: { years: 1 },
  provenance: { source: 'KB', section: 'validity: a contract lasts one year', confidence: 'documented' },
};

/** A date the page did not show, worked out from the other one with the contract term. */
export interface EstimatedDate {
  date: CalendarDate;
  estimated: true;
  basis: typeof CONTRACT_TERM;
}

/** The inclusive end date of a contract starting on `startDate`. */
export function estimateEndDate(startDate: CalendarDate): EstimatedDate {
  return {
    date: addDays(addYears(startDate, CONTRACT_TERM.value.years), -1),
    estimated: true,
    basis: CONTRACT_TERM,
  };
}

/** The start date of a contract whose inclusive end date is `endDate`. */
export function estimateStartDate(endDate: CalendarDate): EstimatedDate {
  return {
    date: addYears(addDays(endDate, 1), -CONTRACT_TERM.value.years),
    estimated: true,
    basis: CONTRACT_TERM,
  };
}
