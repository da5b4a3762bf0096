import { RULESET_IDS } from '../ids.js';
import type { OfferId, RulesetId } from '../types.js';
import { rulesets } from './table.js';

export {
  type RulesetBasis,
  type RulesetChoice,
  type RulesetQuery,
  rulesetChoice,
  rulesetFor,
} from './choose.js';
export { rulesets };

/** Bump whenever any fact, pattern or guidance text changes; the API serves it with an ETag. */
export const RULES_VERSION = '2026.11.30-1';

const byStart = [...RULESET_IDS].sort((a, b) => rulesets[b].validFrom.localeCompare(rulesets[a].validFrom));

/** Every offer once, the newest programme's first (the order a picker lists them in). */
export const OFFERS_NEWEST_FIRST: readonly OfferId[] = [
  ...new Set(byStart.flatMap((id) => Object.keys(rulesets[id].offers) as OfferId[])),
];

/**
 * @deprecated Use `rulesetFor({ offer, startDate })`: the date alone picks the wrong era for
 * offers that only one era has. Kept until every caller has moved.
 */
export function rulesetForDate(date: string | number | Date): RulesetId {
  const day =
    typeof date === 'string'
      ? date.slice(0, 10)
      : new Date(typeof date === 'number' ? date : date.getTime()).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a date: ${String(date)}`);
  for (const id of byStart) {
    if (day >= rulesets[id].validFrom) return id;
  }
  return 'mpn-2021';
}
