import { RULESET_IDS } from '../ids.js';
import type { RulesetId } from '../types.js';
import { parseCalendarDate } from '../utc-date.js';
import { rulesets } from './table.js';

export interface RulesetQuery {
  /** An offer id; unknown strings are allowed (the choice then rests on the date alone). */
  offer: string;
  /** The contract's start date; missing or unreadable means "today's programme". */
  startDate?: string | null;
}

/**
 * Why a ruleset was chosen: `offer` — only one era has the offer; `start-date` — the era the
 * start date falls in has it; `nearest-era` — the start date's era lacks it, so the closest
 * earlier (or else the oldest) era that has it; `current` — no usable date, the newest era.
 */
export type RulesetBasis = 'offer' | 'start-date' | 'nearest-era' | 'current';

export interface RulesetChoice {
  ruleset: RulesetId;
  basis: RulesetBasis;
}

/** Oldest first. */
const ERAS = [...RULESET_IDS].sort((a, b) => rulesets[a].validFrom.localeCompare(rulesets[b].validFrom));

function eraOf(day: string): RulesetId {
  let era = ERAS[0] as RulesetId;
  for (const id of ERAS) if (day >= rulesets[id].validFrom) era = id;
  return era;
}

/** The ruleset a contract follows, and why. The offer decides when one era has it, else the start date. */
export function rulesetChoice(query: RulesetQuery): RulesetChoice {
  const offered = ERAS.filter((id) => Object.hasOwn(rulesets[id].offers, query.offer));
  const candidates = offered.length > 0 ? offered : ERAS;
  if (offered.length === 1) return { ruleset: offered[0] as RulesetId, basis: 'offer' };
  const parsed = parseCalendarDate(query.startDate);
  if (!parsed.ok) return { ruleset: candidates[candidates.length - 1] as RulesetId, basis: 'current' };
  const era = eraOf(parsed.date);
  if (candidates.includes(era)) return { ruleset: era, basis: 'start-date' };
  const earlier = candidates.filter((id) => rulesets[id].validFrom <= parsed.date);
  return { ruleset: (earlier[earlier.length - 1] ?? candidates[0]) as RulesetId, basis: 'nearest-era' };
}

/** The only way a contract's ruleset is chosen (Options form, capture, import, API). */
export function rulesetFor(query: RulesetQuery): RulesetId {
  return rulesetChoice(query).ruleset;
}
