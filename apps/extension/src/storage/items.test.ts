import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, settingsItem, syncTokenItem } from './items';

describe('stored items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns the defaults when nothing is stored', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(await syncTokenItem.getValue()).toBeNull();
  });

  it('migrates v1 settings, where the language was "auto", to v2', async () => {
    await fakeBrowser.storage.local.set({
      settings: { mode: 'sync', serverUrl: 'https://sl.example', language: 'auto', autoFill: false },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      mode: 'sync',
      serverUrl: 'https://sl.example',
      language: null,
      autoFill: false,
      dismissedHelp: [],
    });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
  });

  it('keeps an explicit language through the migration', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'zh-CN' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect((await settingsItem.getValue()).language).toBe('zh-CN');
  });

  it('keeps the token in the local area only', async () => {
    await syncTokenItem.setValue('secret-token');
    expect(await fakeBrowser.storage.local.get('syncToken')).toEqual({ syncToken: 'secret-token' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
