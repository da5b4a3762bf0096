import { contractState } from './contract-state.js';
import { benefitForPage } from './pages.js';
import type { Benefit, ContractState, ContractWithEvents, EligibleContract, PageId } from './types.js';

/** What ordering needs of a contract whose state is already known (the extension's views). */
export interface RankedContract {
  benefit: Benefit;
  state: Pick<ContractState, 'state' | 'usable' | 'daysToExpiry'>;
}

/**
 * The contracts that suit a page, from states already computed: the page's benefit (cloud for
 * Azure, Power Platform and LCS; on-premises for Services Hub and Engage Center), invalid ones
 * left out, usable ones first, then soonest expiry. Pages that take no contract get [].
 */
export function orderForPage<C extends RankedContract>(page: PageId, contracts: readonly C[]): C[] {
  const benefit = benefitForPage(page);
  if (benefit === null) return [];
  return contracts
    .filter((c) => c.benefit === benefit && c.state.state !== 'invalid')
    .sort(
      (a, b) =>
        Number(b.state.usable) - Number(a.state.usable) || a.state.daysToExpiry - b.state.daysToExpiry,
    );
}

/** `orderForPage` for stored contracts: computes each state with `contractState` at `now`. */
export function eligibleContracts<C extends ContractWithEvents>(
  page: PageId,
  contracts: readonly C[],
  now: number,
): EligibleContract<C>[] {
  const ranked = contracts.map((contract) => {
    const state = contractState(contract, contract.events ?? [], now);
    return { contract, state, benefit: contract.benefit, usable: state.usable };
  });
  return orderForPage(page, ranked).map(({ contract, state, usable }) => ({ contract, state, usable }));
}
