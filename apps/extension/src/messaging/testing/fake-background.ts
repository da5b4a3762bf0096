/**
 * For tests: answers `send()` through fakeBrowser with the real background handlers
 * (storage, contract store, sync engine). Call after `fakeBrowser.reset()`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService } from '../../background/service';
import type { FetchLike } from '../../sync/api-client';
import { SyncEngine } from '../../sync/engine';
import { createRouter } from '../router';

export function installFakeBackground(options: { now?: () => number; fetch?: FetchLike } = {}) {
  const engine = new SyncEngine(options);
  const service = createService({ ...options, engine, afterWrite: () => {} });
  const route = createRouter(service.handlers, undefined);
  fakeBrowser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) =>
    route(message, sender),
  );
  return { engine, service };
}
