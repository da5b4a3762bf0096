/**
 * Issue 10, finding 8, in the real browser: code running in a portal page's content-script world
 * (the extension's own isolated world, with chrome.runtime and chrome.storage) can neither read the
 * sync token nor use the privileged messages. The checks run inside that world through the DevTools
 * protocol, exactly where a compromised content script would run.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, type InitResult, startApi } from '../harness/api.js';
import { type Browser, expectedExtensionId, launchWithExtension, until } from '../harness/suite.js';
import { connectSync, openOptions } from '../harness/ui.js';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/** The content-script world of `page`'s main frame, found among the page's execution contexts. */
async function contentScriptWorld(
  page: Page,
  extensionId: string,
): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = await until(
    'the SupportLink content script world',
    async () =>
      contexts.find(
        (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`,
      ),
    (c) => c !== undefined,
    15_000,
  );
  return { cdp, contextId: (world as ExecutionContext).id };
}

async function evaluateIn<T>(world: { cdp: CDPSession; contextId: number }, expression: string): Promise<T> {
  const r = (await world.cdp.send('Runtime.evaluate', {
    contextId: world.contextId,
    expression,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string } };
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
  return r.result.value;
}

describe('privileged actions and the sync token, seen from a portal page (real Chromium)', () => {
  let api: Api;
  let owner: InitResult;
  let b: Browser;

  beforeAll(async () => {
    const id = await expectedExtensionId();
    api = await startApi({ corsOrigins: [`chrome-extension://${id}`] });
    owner = api.init('Contoso', 'Olivia Owner');
    b = await launchWithExtension({ apiOrigin: api.origin });
    const options = await openOptions(b);
    await connectSync(options, api.origin, owner.token);
    await options.close();
  });
  afterAll(async () => {
    await b?.close();
    await api?.dispose();
  });

  it('the token is stored (the background can read it) but no content-script storage holds it', async () => {
    const fromBackground = await b.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('supportlink-secrets');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      return new Promise<unknown>((resolve) => {
        const get = db.transaction('secrets').objectStore('secrets').get('syncToken');
        get.onsuccess = () => resolve(get.result);
      });
    });
    expect(fromBackground).toBe(owner.token);

    const page = await b.newPage();
    await page.goto('https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview');
    const world = await contentScriptWorld(page, b.extensionId);
    const seen = await evaluateIn<{ local: string; sync: string; session: string; idb: string[] }>(
      world,
      `(async () => {
        const session = await chrome.storage.session?.get(null).then((v) => JSON.stringify(v), (e) => 'refused: ' + e.message);
        return {
          local: JSON.stringify(await chrome.storage.local.get(null)),
          sync: JSON.stringify(await chrome.storage.sync.get(null)),
          session: String(session),
          idb: (await indexedDB.databases()).map((d) => d.name),
        };
      })()`,
    );
    // The world is really ours and can read extension storage: the contracts and settings are there.
    expect(seen.local).toContain('settings');
    for (const area of [seen.local, seen.sync, seen.session]) {
      expect(area).not.toContain(owner.token);
      expect(area).not.toContain(owner.token.slice(4, 24));
    }
    expect(seen.idb).not.toContain('supportlink-secrets');
    await page.close();
  });

  it('privileged messages sent from the content-script world are refused; in-page features still work', async () => {
    const page = await b.newPage();
    await page.goto('https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview');
    const world = await contentScriptWorld(page, b.extensionId);
    const replies = await evaluateIn<Record<string, { ok: boolean; error?: string }>>(
      world,
      `(async () => {
        const ask = (type, payload) => chrome.runtime.sendMessage({ supportlink: 1, type, payload });
        return {
          export: await ask('data:export', {}),
          import: await ask('data:import', { json: '{}' }),
          members: await ask('team:members', {}),
          addMember: await ask('team:add-member', { name: 'Mallory', role: 'owner' }),
          createToken: await ask('team:create-token', { memberId: 'x' }),
          configure: await ask('sync:configure', { mode: 'sync', serverUrl: 'https://evil.example', token: null }),
          test: await ask('sync:test', { serverUrl: 'https://evil.example' }),
          list: await ask('contracts:list', {}),
        };
      })()`,
    );
    for (const type of ['export', 'import', 'members', 'addMember', 'createToken', 'configure', 'test']) {
      expect(replies[type], type).toMatchObject({
        ok: false,
        error: expect.stringMatching(/only available/),
      });
    }
    expect(replies.list?.ok).toBe(true);
    // Nothing changed on the server: still one member.
    const members = await api.json<{ members: unknown[] }>(owner.token, '/v1/members');
    expect(members.members).toHaveLength(1);
    await page.close();
  });
});
