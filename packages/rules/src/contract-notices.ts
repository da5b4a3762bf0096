import type { Contract, ContractProblem, ContractState } from './types.js';
import { dayNumber, dayOfInstant } from './utc-date.js';
import { EXPIRY_URGENT_DAYS, EXPIRY_WARNING_DAYS } from './wording.js';

/**
 * What a contract's state means for the person reading its card, most important first. Apps
 * word these; they do not re-decide them.
 * - `invalid`: the stored contract breaks a rule; nothing else is said about it (its count and
 *   dates cannot be trusted) — its problems say what to correct;
 * - `not-included`: the offer has no incidents for this benefit (e.g. Action Pack cloud) — never
 *   "none left", because none were ever there;
 * - `used-up`: incidents existed and are used (or a portal showed none left);
 * - `expiring`: started and ending within 30 days (`urgent` within 7; `days` 0 on the last day);
 * - `hidden-in-azure`: the Azure portal no longer lists the plan (cloud, expired or used up);
 * - `figure-unverified`: the count rests on a programme figure no source confirms and no portal
 *   has shown yet.
 */
export type ContractNotice =
  | { kind: 'invalid'; problems: ContractProblem[] }
  | { kind: 'not-started'; days: number }
  | { kind: 'expired'; days: number }
  | { kind: 'not-included' }
  | { kind: 'used-up' }
  | { kind: 'expiring'; days: number; urgent: boolean }
  | { kind: 'hidden-in-azure' }
  | { kind: 'figure-unverified' };

export function contractNotices(
  contract: Pick<Contract, 'benefit' | 'startDate'>,
  state: ContractState,
  now: number,
): ContractNotice[] {
  if (state.state === 'invalid')
    return [{ kind: 'invalid', problems: state.problems.filter((p) => p.severity === 'error') }];
  const notices: ContractNotice[] = [];
  const notIncluded = state.reasons.includes('no-allotment-for-benefit');
  if (state.state === 'not-started')
    notices.push({ kind: 'not-started', days: dayNumber(contract.startDate) - dayOfInstant(now) });
  if (state.state === 'expired') notices.push({ kind: 'expired', days: -state.daysToExpiry });
  if (notIncluded) notices.push({ kind: 'not-included' });
  else if (state.reasons.includes('no-incidents-left')) notices.push({ kind: 'used-up' });
  if (
    state.state !== 'expired' &&
    state.state !== 'not-started' &&
    state.daysToExpiry >= 0 &&
    state.daysToExpiry <= EXPIRY_WARNING_DAYS
  )
    notices.push({
      kind: 'expiring',
      days: state.daysToExpiry,
      urgent: state.daysToExpiry <= EXPIRY_URGENT_DAYS,
    });
  if (state.hiddenInAzure && contract.benefit === 'cloud' && !notIncluded)
    notices.push({ kind: 'hidden-in-azure' });
  if (state.confidence === 'unverified' && state.observedAt === null)
    notices.push({ kind: 'figure-unverified' });
  return notices;
}
