import { contractState } from '@supportlink/rules';
import type { ContractView, StoredContract } from '../messaging/protocol';

/** The instant unit tests stand at; `storedContract` was last updated then. */
export const TEST_NOW = Date.parse('2026-03-01T10:00:00Z');

/** A saved on-premises contract ending 2026-03-21 (20 days after TEST_NOW), with `over` applied. */
export function storedContract(over: Partial<StoredContract> = {}): StoredContract {
  return {
    id: 'c1',
    ruleset: 'ai-cloud-partner-2023',
    offer: 'solutions-partner',
    benefit: 'on-premises',
    competency: null,
    startDate: '2025-03-22',
    endDate: '2026-03-21',
    allotmentOverride: 20,
    label: 'Contoso on-premises',
    accessId: 'ACC-1',
    contractId: 'CON-1',
    events: [],
    links: [],
    version: null,
    updatedAt: TEST_NOW,
    syncedAt: null,
    ...over,
  };
}

/** A contract as the background hands it to pages: stored fields plus the rules' state at `now`. */
export function contractView(over: Partial<StoredContract> = {}, now = TEST_NOW): ContractView {
  const c = storedContract(over);
  return { ...c, state: contractState(c, c.events, now) };
}
