import { contractState } from './contract-state.js';
import type { Contract, IncidentEvent } from './types.js';

type Refund = Extract<IncidentEvent, { type: 'refunded' }>;

/**
 * Whether a refund gives back the used incidents it claims, under the ledger's own arithmetic:
 * one that would not (nothing used, or placed before a newer portal figure that already counts
 * it) is refused rather than stored as a no-op. `refundable` is what can be refunded now.
 * The API and the extension both ask here before recording a refund.
 */
export function refundCheck(
  contract: Contract,
  events: readonly IncidentEvent[],
  refund: Refund,
  now: number,
): { ok: true } | { ok: false; refundable: number } {
  const before = contractState(contract, events, now);
  const after = contractState(contract, [...events, refund], now);
  const given =
    typeof after.remaining === 'number' && typeof before.remaining === 'number'
      ? after.remaining - before.remaining
      : 0;
  return given >= (refund.count ?? 1) ? { ok: true } : { ok: false, refundable: before.refundable };
}
