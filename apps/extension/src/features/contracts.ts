import type { ContractView } from '../messaging/protocol';
import type { Services } from './types';

/**
 * Saved contracts, or null when the background cannot answer (logged, without data). Null is not
 * "no contracts": a caller that would say "none saved" says that they could not be read instead.
 */
export async function loadContracts(services: Services, featureId: string): Promise<ContractView[] | null> {
  try {
    return (await services.send('contracts:list', {})).contracts;
  } catch (error) {
    services.log(featureId, 'could not load contracts', error);
    return null;
  }
}
