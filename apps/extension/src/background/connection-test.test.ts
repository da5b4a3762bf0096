/**
 * Issue 10, finding 8: the stored token is sent only to the server it was saved for. A connection
 * test to another address must bring its own token; a new server address starts without one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../messaging/client';
import { installFakeBackground } from '../messaging/testing/fake-background';
import { settingsItem, syncTokenItem } from '../storage/items';

const SAVED = 'https://sl.example.com';
const OTHER = 'https://attacker.example.net';
const TOKEN = `slk_${'K'.repeat(43)}`;
const me = { orgId: 'o', orgName: 'Contoso', member: { id: 'm', name: 'Ada', role: 'owner' }, tokenId: 't' };

const health = { status: 'ok', service: 'supportlink-api', version: '1.0.0' };

function recordingFetch() {
  return vi.fn(
    async (input: string, _init?: RequestInit) =>
      new Response(JSON.stringify(new URL(input).pathname === '/healthz' ? health : me), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
  );
}

/** Every request's origin and Authorization header; the connection test first asks /healthz, without one. */
const authorizations = (fetch: ReturnType<typeof recordingFetch>) =>
  fetch.mock.calls.map(([url, init]) => ({
    origin: new URL(url).origin,
    path: new URL(url).pathname,
    authorization: new Headers(init?.headers).get('authorization'),
  }));

describe('connection test and server changes', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await settingsItem.setValue({ ...(await settingsItem.getValue()), mode: 'sync', serverUrl: SAVED });
    await syncTokenItem.setValue(TOKEN);
  });

  it('a test of another address without a token is refused before any request: the stored token stays home', async () => {
    const fetch = recordingFetch();
    installFakeBackground({ fetch });
    for (const serverUrl of [
      OTHER,
      'http://127.0.0.1:9999',
      `${SAVED}.attacker.example`,
      'https://SL.example.com:8443',
    ]) {
      const r = await send('sync:test', { serverUrl });
      expect(r.ok, serverUrl).toBe(false);
      expect(r.error).toMatch(/token/i);
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a test of the saved server (however it is typed) uses the stored token', async () => {
    const fetch = recordingFetch();
    installFakeBackground({ fetch });
    for (const serverUrl of [SAVED, `${SAVED}/`, ' https://SL.EXAMPLE.COM ']) {
      expect((await send('sync:test', { serverUrl })).ok, serverUrl).toBe(true);
    }
    expect(authorizations(fetch)).toEqual(
      Array(3)
        .fill([
          { origin: SAVED, path: '/healthz', authorization: null },
          { origin: SAVED, path: '/v1/me', authorization: `Bearer ${TOKEN}` },
        ])
        .flat(),
    );
  });

  it('a test of another address with a typed token sends only that token there', async () => {
    const fetch = recordingFetch();
    installFakeBackground({ fetch });
    expect((await send('sync:test', { serverUrl: OTHER, token: 'slk_typed' })).ok).toBe(true);
    expect(authorizations(fetch)).toEqual([
      { origin: OTHER, path: '/healthz', authorization: null },
      { origin: OTHER, path: '/v1/me', authorization: 'Bearer slk_typed' },
    ]);
  });

  it('saving a new server address without a token drops the old token instead of sending it there', async () => {
    const fetch = recordingFetch();
    installFakeBackground({ fetch });
    await send('sync:configure', { mode: 'sync', serverUrl: OTHER });
    expect(await syncTokenItem.getValue()).toBeNull();
    expect(authorizations(fetch).filter((c) => c.authorization?.includes(TOKEN))).toEqual([]);
    // Re-saving the same address keeps the token; a new address with a new token keeps the new one.
    await send('sync:configure', { mode: 'sync', serverUrl: OTHER, token: 'slk_other' });
    await send('sync:configure', { mode: 'sync', serverUrl: OTHER });
    expect(await syncTokenItem.getValue()).toBe('slk_other');
  });
});
