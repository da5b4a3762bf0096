/**
 * The sync server's bearer token, kept where content scripts cannot read it.
 *
 * `browser.storage.local` is readable by every content script of the extension (code that runs
 * inside the portal pages), and `storage.session` is trusted-only but forgotten when the browser
 * closes. So the token lives in IndexedDB of the extension's own origin (chrome-extension://… or
 * moz-extension://…): the background and the extension's pages share that origin; a content script
 * gets the page's IndexedDB instead, in Chrome and Firefox alike. Nothing else stores it, and it is
 * never exported or logged.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { storage } from 'wxt/utils/storage';

const KEY = 'syncToken';

/** Where the first builds kept it (readable by content scripts); moved out on first read. */
const legacyItem = storage.defineItem<string | null>('local:syncToken', { fallback: null });

interface Opened {
  factory: IDBFactory;
  store: UseStore;
  migrated: Promise<void> | null;
}

// One handle per IndexedDB factory: the browser has one for the extension's life; tests swap in a
// fresh one per test, and that must start from an empty store and migrate again.
let opened: Opened | null = null;
function current(): Opened {
  if (!opened || opened.factory !== globalThis.indexedDB) {
    opened = {
      factory: globalThis.indexedDB,
      store: createStore('supportlink-secrets', 'secrets'),
      migrated: null,
    };
  }
  return opened;
}

async function ready(): Promise<UseStore> {
  const o = current();
  o.migrated ??= (async () => {
    const old = await legacyItem.getValue();
    if (old !== null && (await get<string>(KEY, o.store)) === undefined) await set(KEY, old, o.store);
    await legacyItem.removeValue({ removeMeta: true });
  })().catch((error: unknown) => {
    o.migrated = null; // try again on the next read
    throw error;
  });
  await o.migrated;
  return o.store;
}

export const syncTokenItem = {
  async getValue(): Promise<string | null> {
    return (await get<string>(KEY, await ready())) ?? null;
  },
  async setValue(token: string | null): Promise<void> {
    const store = await ready();
    if (token === null) await del(KEY, store);
    else await set(KEY, token, store);
  },
};
