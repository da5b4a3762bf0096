import { browser } from 'wxt/browser';
import { send } from '../../messaging/client';
import type { MessagePayload, MessageResponse } from '../../messaging/protocol';
import { popupCacheItem, syncTokenItem } from '../../storage/items';
import { normalizeServerUrl, originPattern, type Role } from '../../sync/api-client';
import { copyText } from '../shared/copy';

export const optionsApi = {
  settings: async () => (await send('settings:get', {})).settings,
  setSettings: async (patch: MessagePayload<'settings:set'>) => (await send('settings:set', patch)).settings,
  status: async () => (await send('sync:status', {})).status,
  configureSync: (input: MessagePayload<'sync:configure'>) => send('sync:configure', input),
  testConnection: (serverUrl: string, token: string | null) => send('sync:test', { serverUrl, token }),
  /** Only whether a token is stored; the token itself never comes back to the page. */
  conflicts: async () => (await send('sync:conflicts', {})).conflicts,
  clearConflicts: async () => {
    await send('sync:conflicts-clear', {});
  },
  hasToken: async () => Boolean(await syncTokenItem.getValue()),
  /**
   * Asks for the server's origin as an optional host permission. Must be called
   * synchronously inside the click handler (Firefox requires the user gesture).
   * Sync also works without it when the server allows this extension's origin (CORS).
   */
  requestOrigin: (serverUrl: string): Promise<boolean> => {
    let origin: string;
    try {
      origin = originPattern(normalizeServerUrl(serverUrl));
    } catch {
      return Promise.resolve(false);
    }
    try {
      return browser.permissions.request({ origins: [origin] }).catch(() => false);
    } catch {
      return Promise.resolve(false);
    }
  },
  /** Calls back whenever the background recomputed the contracts (a capture on a portal, a sync…). */
  onChange: (callback: () => void): (() => void) => popupCacheItem.watch(() => callback()),
  contracts: async () => (await send('contracts:list', {})).contracts,
  upsert: async (input: MessagePayload<'contracts:upsert'>) =>
    (await send('contracts:upsert', input)).contract,
  remove: async (id: string) => {
    await send('contracts:delete', { id });
  },
  /** Answers a contract's refused changes: send again, or drop them. */
  resolveRefused: async (contractId: string, action: 'retry' | 'discard') =>
    (await send('sync:refused', { contractId, action })).status,
  exportJson: async () => (await send('data:export', {})).json,
  importJson: (json: string) => send('data:import', { json }),
  members: (): Promise<MessageResponse<'team:members'>> => send('team:members', {}),
  addMember: (name: string, role: Role) => send('team:add-member', { name, role }),
  removeMember: async (memberId: string) => {
    await send('team:remove-member', { memberId });
  },
  createToken: (memberId: string) => send('team:create-token', { memberId }),
  ownTokens: async () => (await send('team:tokens', {})).tokens,
  revokeToken: async (tokenId: string) => {
    await send('team:revoke-token', { tokenId });
  },
  copy: copyText,
};

export type OptionsApi = typeof optionsApi;
