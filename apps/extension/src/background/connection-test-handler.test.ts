import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem, syncTokenItem } from '../storage/items';
import type { FetchLike } from '../sync/api-client';
import { SyncEngine } from '../sync/engine';
import { createService } from './service';

const SAVED = 'https://sl.example';
const OTHER = 'https://other.example';

function serviceRecording() {
  const seen: Array<{ url: string; auth: string | null }> = [];
  const fetch: FetchLike = async (url, init) => {
    seen.push({ url, auth: new Headers(init?.headers).get('Authorization') });
    if (url.endsWith('/healthz'))
      return Response.json({ status: 'ok', service: 'supportlink-api', version: '1.0.0' });
    return new Response(null, { status: 401 });
  };
  const service = createService({
    engine: new SyncEngine({ fetch }),
    fetch,
    extensionOrigin: () => 'chrome-extension://abc',
    hasHostPermission: async () => true,
  });
  const test = (payload: { serverUrl: string; token?: string | null }) =>
    (
      service.handlers['sync:test'] as (
        p: typeof payload,
        s: object,
      ) => Promise<{ report?: { problem: string | null } }>
    )(payload, {});
  return { seen, test };
}

describe('sync:test', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await settingsItem.setValue({ ...(await settingsItem.getValue()), mode: 'sync', serverUrl: SAVED });
    await syncTokenItem.setValue('slk_stored');
  });

  it('uses the stored token for the saved server only; another URL gets no token', async () => {
    const { seen, test } = serviceRecording();
    expect((await test({ serverUrl: OTHER })).report?.problem).toBe('no-token');
    expect(seen.every((r) => r.auth === null)).toBe(true);
    expect(seen.map((r) => r.url)).toEqual([`${OTHER}/healthz`]);

    await test({ serverUrl: SAVED });
    expect(seen.filter((r) => r.auth !== null)).toEqual([
      { url: `${SAVED}/v1/me`, auth: 'Bearer slk_stored' },
    ]);
  });

  it('a token typed in the form goes to the URL being tested', async () => {
    const { seen, test } = serviceRecording();
    expect((await test({ serverUrl: OTHER, token: 'slk_typed' })).report?.problem).toBe('token');
    expect(seen.filter((r) => r.auth !== null)).toEqual([
      { url: `${OTHER}/v1/me`, auth: 'Bearer slk_typed' },
    ]);
  });
});
