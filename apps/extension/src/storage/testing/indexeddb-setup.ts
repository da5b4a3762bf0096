/**
 * Vitest setup: happy-dom has no IndexedDB, where the background keeps the sync token (see
 * ../sync-token.ts). Each test starts with an empty in-memory one, as a fresh profile would.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
