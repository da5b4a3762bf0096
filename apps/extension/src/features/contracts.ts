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
