import { RULESET_IDS } from '../ids.js';
import type { Ruleset, RulesetId } from '../types.js';
import { aiCloudPartner2023 } from './ai-cloud-partner-2023.js';
import { aiCloudPartner2026 } from './ai-cloud-partner-2026.js';
import { mpn2021 } from './mpn-2021.js';

/** Bump whenever any fact, pattern or guidance text changes; the API serves it with an ETag. */
export const RULES_VERSION = '2026.11.24-1';

export const rulesets: Readonly<Record<RulesetId, Ruleset>> = {
  'mpn-2021': mpn2021,
  'ai-cloud-partner-2023': aiCloudPartner2023,
  'ai-cloud-partner-2026': aiCloudPartner2026,
};

const byStart = [...RULESET_IDS].sort((a, b) => rulesets[b].validFrom.localeCompare(rulesets[a].validFrom));

/**
 * The ruleset describing a day (`YYYY-MM-DD`, a `Date` or epoch ms). Days before the
 * oldest ruleset fall back to it.
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
