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
});

describe('push queue', () => {
  beforeEach(() => fakeBrowser.reset());

  it('enqueue never mutates the shared fallback array', async () => {
    const { enqueue } = await import('./queue');
    const { pushQueueItem } = await import('./items');
    await enqueue([{ kind: 'contract:create', contractId: 'c1' }], 1);
    fakeBrowser.reset();
    expect(await pushQueueItem.getValue()).toEqual([]);
  });

  it('an update waiting for a contract is not queued twice', async () => {
    const { enqueue } = await import('./queue');
    const { pushQueueItem } = await import('./items');
    const base = {
      ruleset: 'mpn-2021',
      offer: 'gold',
      benefit: 'cloud',
      competency: null,
      label: null,
      accessId: 'a',
      contractId: 'b',
      startDate: '2021-01-01',
      endDate: '2021-12-31',
      startDateEstimated: false,
      allotmentOverride: null,
    } as const;
    await enqueue([{ kind: 'contract:update', contractId: 'c1', base }], 1);
    await enqueue([{ kind: 'contract:update', contractId: 'c1', base: { ...base, label: 'x' } }], 2);
    const queue = await pushQueueItem.getValue();
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ kind: 'contract:update', base: { label: null } });
  });
});
