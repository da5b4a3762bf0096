import { browser } from 'wxt/browser';
import { send } from '../../messaging/client';
import type { ContractView, SyncStatus } from '../../messaging/protocol';
import { copyText } from '../shared/copy';

export interface PopupApi {
  list(): Promise<ContractView[]>;
  status(): Promise<SyncStatus>;
  sync(): Promise<SyncStatus>;
  append(contractId: string, type: 'opened' | 'refunded', note?: string | null): Promise<ContractView>;
  /** Answers a contract's refused changes (send again, or drop them). */
  resolve(contractId: string, action: 'retry' | 'discard'): Promise<SyncStatus>;
  openOptions(): void;
  copy(text: string): Promise<boolean>;
}

export const popupApi: PopupApi = {
  list: async () => (await send('contracts:list', {})).contracts,
  status: async () => (await send('sync:status', {})).status,
  sync: async () => (await send('sync:now', {})).status,
  append: async (contractId, type, note = null) =>
    (await send('events:append', { contractId, event: { type, count: 1, note } })).contract,
  resolve: async (contractId, action) => (await send('sync:refused', { contractId, action })).status,
  openOptions: () => {
    void browser.runtime.openOptionsPage();
  },
  copy: copyText,
};
