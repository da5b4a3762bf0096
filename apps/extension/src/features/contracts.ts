import type { ContractView } from '../messaging/protocol';
import type { Services } from './types';

/** Saved contracts, or an empty list when the background cannot answer (logged, without data). */
export async function loadContracts(services: Services, featureId: string): Promise<ContractView[]> {
  try {
    return (await services.send('contracts:list', {})).contracts;
  } catch (error) {
    services.log(featureId, 'could not load contracts', error);
    return [];
  }
}

/** Latest `observed` count in a contract's ledger, if any. */
export function lastObserved(contract: ContractView): ContractView['state']['remaining'] | null {
  let latest: { at: number; remaining: ContractView['state']['remaining'] } | null = null;
  for (const event of contract.events) {
    if (event.type === 'observed' && (!latest || event.at >= latest.at)) latest = event;
  }
  return latest ? latest.remaining : null;
}
