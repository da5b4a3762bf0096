/**
 * Issue 10, finding 8: privileged actions are accepted only from the extension's own pages. Each is
 * sent from a content-script sender (what Chrome and Firefox report for code running in a portal
 * page: the extension's id, the page's URL, its tab) and must be refused without any effect.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contractsItem, settingsItem, syncTokenItem } from '../storage/items';
import { send } from './client';
import type { MessagePayload, MessageType } from './protocol';
import { contentScriptSender, extensionPageSender, installFakeBackground } from './testing/fake-background';
import { REFUSED_FROM_PAGE } from './trust';

const TOKEN = `slk_${'S'.repeat(43)}`;
const SERVER = 'https://sl.example.com';

const me = { orgId: 'o', orgName: 'Contoso', member: { id: 'm', name: 'Ada', role: 'owner' }, tokenId: 't' };

/** A fetch that answers like the API and records every call. */
function recordingFetch() {
  return vi.fn(async (input: string, init?: RequestInit) => {
    const path = new URL(input).pathname;
    const body =
      path === '/healthz'
        ? { status: 'ok', service: 'supportlink-api', version: '1.0.0' }
        : path === '/v1/me'
          ? me
          : path.endsWith('/tokens')
            ? { id: 'x', token: 'slk_new' }
            : { members: [] };
    void init;
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
}

const PRIVILEGED: { [T in MessageType]?: MessagePayload<T> } = {
  'data:export': {},
  'data:import': { json: JSON.stringify({ format: 'supportlink', version: 1, contracts: [] }) },
  'team:members': {},
  'team:add-member': { name: 'Mallory', role: 'owner' },
  'team:remove-member': { memberId: 'm' },
  'team:create-token': { memberId: 'm' },
  'team:tokens': {},
  'team:revoke-token': { tokenId: 't' },
  'sync:configure': { mode: 'sync', serverUrl: 'https://evil.example', token: null },
  'sync:test': { serverUrl: 'https://evil.example' },
  'sync:now': {},
  'sync:conflicts-clear': {},
  'contracts:upsert': {
    ruleset: 'ai-cloud-partner-2023',
    offer: 'solutions-partner',
    benefit: 'cloud',
    accessId: 'X',
    contractId: 'Y',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    label: null,
  } as MessagePayload<'contracts:upsert'>,
  'contracts:delete': { id: 'c1' },
};

async function seedSyncedProfile() {
  await settingsItem.setValue({ ...(await settingsItem.getValue()), mode: 'sync', serverUrl: SERVER });
  await syncTokenItem.setValue(TOKEN);
  await contractsItem.setValue([]);
}

describe('privileged messages (content scripts are refused)', () => {
  beforeEach(() => fakeBrowser.reset());

  for (const [type, payload] of Object.entries(PRIVILEGED) as [MessageType, never][]) {
    it(`${type} from a content script in a portal page is refused and changes nothing`, async () => {
      await seedSyncedProfile();
      const fetch = recordingFetch();
      installFakeBackground({ fetch, sender: contentScriptSender() });
      const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
      await expect(send(type, payload)).rejects.toThrow(REFUSED_FROM_PAGE);
      expect(fetch).not.toHaveBeenCalled();
      expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
      expect(await syncTokenItem.getValue()).toBe(TOKEN);
    });
  }

  it('the same messages from the popup, the options page and the options page opened in a tab are accepted', async () => {
    for (const sender of [
      extensionPageSender('popup.html'),
      extensionPageSender('options.html'),
      {
        ...extensionPageSender('options.html'),
        tab: { id: 3, url: fakeBrowser.runtime.getURL('/options.html') },
      },
    ]) {
      fakeBrowser.reset();
      await seedSyncedProfile();
      const fetch = recordingFetch();
      installFakeBackground({ fetch, sender });
      expect((await send('data:export', {})).json).toContain('supportlink');
      expect((await send('team:members', {})).me.orgName).toBe('Contoso');
      expect((await send('sync:test', { serverUrl: SERVER })).ok).toBe(true);
      expect(fetch).toHaveBeenCalled();
    }
  });

  it('a content script may do what in-page features need, and nothing beyond it', async () => {
    installFakeBackground({ sender: contentScriptSender() });
    const { contract } = await send('contracts:save-captured', {
      accessId: 'A-1',
      contractId: 'C-1',
      benefit: 'cloud',
      offer: 'solutions-partner',
      ruleset: 'ai-cloud-partner-2023',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    });
    const snapshot = { accessId: 'A-1', contractId: 'C-1', fields: [], sectionText: 'Partner Cloud Support' };
    expect((await send('capture:propose', { snapshot, locale: 'en' })).proposal.saved).not.toBeNull();
    await send('events:append', { contractId: contract.id, event: { type: 'opened' } });
    await send('links:record', { contractId: contract.id, portal: 'azure', account: null });
    expect((await send('contracts:list', {})).contracts).toHaveLength(1);
    expect((await send('settings:get', {})).settings.mode).toBe('local');
    expect((await send('settings:set', { dismissedHelp: ['x'] })).settings.dismissedHelp).toEqual(['x']);
    expect(
      (await send('guidance:get', { key: 'scenario:already-linked', locale: 'en' })).guidance.title,
    ).not.toBe('');
    // The message catalogue (public data) and the diagnosis of a message the page showed.
    expect((await send('messages:catalog', {})).catalog.phrases.length).toBeGreaterThan(0);
    expect(
      (await send('messages:diagnose', { message: 'access-id-already-associated', context: {} })).diagnosis
        .ignorable,
    ).toBe(true);
    // Settings other than the dismissed help panels belong to the options page.
    await expect(send('settings:set', { language: 'zh-CN' })).rejects.toThrow(REFUSED_FROM_PAGE);
    await expect(send('settings:set', { dismissedHelp: [], autoFill: false })).rejects.toThrow(
      REFUSED_FROM_PAGE,
    );
    expect((await settingsItem.getValue()).language).toBeNull();
  });

  it('every other message is page-only by default, including ones added later', async () => {
    const { service } = installFakeBackground({ sender: contentScriptSender() });
    const allowed = new Set([
      'contracts:list',
      'contracts:save-captured',
      'capture:propose',
      'events:append',
      'links:record',
      'settings:get',
      'settings:set',
      'guidance:get',
      'messages:catalog',
      'messages:diagnose',
      'i18n:content',
      'ui:css',
    ]);
    const others = Object.keys(service.handlers).filter((type) => !allowed.has(type));
    expect(others.length).toBeGreaterThanOrEqual(Object.keys(PRIVILEGED).length);
    for (const type of others) {
      await expect(send(type as MessageType, {} as never), type).rejects.toThrow(REFUSED_FROM_PAGE);
    }
  });

  it('a page on another origin that claims our id (e.g. a frame) is treated as a content script', async () => {
    installFakeBackground({
      sender: { id: fakeBrowser.runtime.id, url: 'chrome-extension://someone-else/options.html' },
    });
    await expect(send('data:export', {})).rejects.toThrow(REFUSED_FROM_PAGE);
  });
});
