import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../messaging/client';
import { installFakeBackground } from '../messaging/testing/fake-background';
import { syncTokenItem } from './items';

const TOKEN = `slk_${'T'.repeat(43)}`;

/** Everything a content script could read through the extension storage API, as one string. */
async function whatContentScriptsCanRead(): Promise<string> {
  const areas = [fakeBrowser.storage.local, fakeBrowser.storage.sync, fakeBrowser.storage.session];
  return JSON.stringify(await Promise.all(areas.map((a) => a.get(null))));
}

describe('sync token storage (issue 10: content scripts cannot read it)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept out of every storage area content scripts can read, and still reaches the background', async () => {
    await syncTokenItem.setValue(TOKEN);
    expect(await syncTokenItem.getValue()).toBe(TOKEN);
    expect(await whatContentScriptsCanRead()).not.toContain(TOKEN);
    expect(await whatContentScriptsCanRead()).not.toContain('T'.repeat(20));
  });

  it('is saved by sync:configure from the options page without ever touching storage.local', async () => {
    installFakeBackground({ fetch: async () => new Response('{}', { status: 503 }) });
    await send('sync:configure', { mode: 'sync', serverUrl: 'https://sl.example.com', token: TOKEN });
    expect(await syncTokenItem.getValue()).toBe(TOKEN);
    expect(await whatContentScriptsCanRead()).not.toContain(TOKEN);
  });

  it('moves a token stored by an earlier build out of storage.local on first read', async () => {
    await fakeBrowser.storage.local.set({ syncToken: TOKEN, syncToken$: { v: 1 } });
    expect(await syncTokenItem.getValue()).toBe(TOKEN);
    expect(await fakeBrowser.storage.local.get(['syncToken', 'syncToken$'])).toEqual({});
    expect(await syncTokenItem.getValue()).toBe(TOKEN);
  });

  it('null removes it', async () => {
    await syncTokenItem.setValue(TOKEN);
    await syncTokenItem.setValue(null);
    expect(await syncTokenItem.getValue()).toBeNull();
  });
});
