/**
 * Every stored item, defined once. All live in `local:` — nothing goes to the browser's
 * own sync storage. The access token is not among them: `local:` is readable by content
 * scripts, so it lives in the extension origin's IndexedDB (see sync-token.ts).
 */
import type { UiLocale } from '@supportlink/rules';
import { storage } from 'wxt/utils/storage';
import type { ContractView, Settings, StoredContract, SyncStatus } from '../messaging/protocol';
import type { PendingMutation, SyncState } from './types';

export const DEFAULT_SETTINGS: Settings = {
  mode: 'local',
  serverUrl: null,
  language: null,
  autoFill: true,
  dismissedHelp: [],
};

/** Settings as the first builds stored them: the language was `'auto'` instead of `null`. */
interface SettingsV1 {
  mode?: 'local' | 'sync';
  serverUrl?: string | null;
  language?: 'auto' | UiLocale;
  autoFill?: boolean;
}

export function migrateSettingsV1(old: SettingsV1 | null | undefined): Settings {
  const language = old?.language === 'en' || old?.language === 'zh-CN' ? old.language : null;
  return {
    ...DEFAULT_SETTINGS,
    mode: old?.mode === 'sync' ? 'sync' : 'local',
    serverUrl: typeof old?.serverUrl === 'string' ? old.serverUrl : null,
    language,
    autoFill: old?.autoFill !== false,
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV1 },
});

export const contractsItem = storage.defineItem<StoredContract[]>('local:contracts', {
  fallback: [],
  version: 1,
  migrations: {},
});

export const INITIAL_SYNC_STATE: SyncState = {
  cursor: null,
  state: 'idle',
  lastSyncAt: null,
  message: null,
  failures: 0,
  nextAttemptAt: null,
  conflicts: [],
};

export const syncStateItem = storage.defineItem<SyncState>('local:syncState', {
  fallback: INITIAL_SYNC_STATE,
  version: 1,
  migrations: {},
});

export { syncTokenItem } from './sync-token';

export const pushQueueItem = storage.defineItem<PendingMutation[]>('local:pushQueue', {
  fallback: [],
  version: 1,
  migrations: {},
});

export interface PopupCache {
  contracts: ContractView[];
  status: SyncStatus | null;
  language: UiLocale | null;
  at: number;
}

/** What the popup paints first, computed by the background after every change. */
export const popupCacheItem = storage.defineItem<PopupCache | null>('local:popupCache', {
  fallback: null,
  version: 1,
  migrations: {},
});
