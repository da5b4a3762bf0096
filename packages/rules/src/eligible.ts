import { contractState } from './contract-state.js';
import { benefitForPage } from './pages.js';
import type { ContractWithEvents, EligibleContract, PageId } from './types.js';

/**
 * The contracts that suit a page (cloud for Azure, Power Platform and LCS; on-premises for
 * Services Hub and Engage Center), usable ones first, then by soonest expiry. Pages that
 * take no contract get an empty list; contracts with unreadable dates are left out.
 */
export function eligibleContracts<C extends ContractWithEvents>(
  page: PageId,
  contracts: readonly C[],
  now: number,
): EligibleContract<C>[] {
  const benefit = benefitForPage(page);
  if (benefit === null) return [];
  const eligible: EligibleContract<C>[] = [];
  for (const contract of contracts) {
    if (contract.benefit !== benefit) continue;
    try {
      const state = contractState(contract, contract.events ?? [], now);
      eligible.push({ contract, state, usable: state.usable });
    } catch {
      // A contract with an invalid date cannot be judged; the caller shows it elsewhere.
    }
  }
  return eligible.sort(
    (a, b) => Number(b.usable) - Number(a.usable) || a.state.daysToExpiry - b.state.daysToExpiry,
  );
}
