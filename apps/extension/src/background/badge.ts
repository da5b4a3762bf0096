import { EXPIRY_WARNING_DAYS, FEW_INCIDENTS_LEFT } from '@supportlink/rules';
import type { ContractView } from '../messaging/protocol';

export interface BadgeSpec {
  text: string;
  color: string | null;
}

export const BADGE_RED = '#b3261e';
export const BADGE_AMBER = '#a15c00';
export const BADGE_NEUTRAL = '#2b579a';

/**
 * The lowest remaining count among usable contracts ("∞" when all are unlimited);
 * red at 2 or fewer, amber when a usable contract ends within 30 days; nothing when none is usable.
 */
export function badgeFor(contracts: ContractView[]): BadgeSpec {
  const usable = contracts.filter((c) => c.state.usable);
  if (usable.length === 0) return { text: '', color: null };
  const counts = usable.map((c) => c.state.remaining).filter((r): r is number => typeof r === 'number');
  const lowest = counts.length ? Math.min(...counts) : null;
  const expiringSoon = usable.some((c) => c.state.daysToExpiry <= EXPIRY_WARNING_DAYS);
  const text = lowest === null ? '∞' : lowest > 999 ? '999+' : String(lowest);
  const color =
    lowest !== null && lowest <= FEW_INCIDENTS_LEFT ? BADGE_RED : expiringSoon ? BADGE_AMBER : BADGE_NEUTRAL;
  return { text, color };
}
