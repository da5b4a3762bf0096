/**
 * For tests: answers `send()` through fakeBrowser with the real background handlers
 * (storage, contract store, sync engine). Call after `fakeBrowser.reset()`.
 * fakeBrowser passes an empty sender, so messages are given `sender` — by default the options
 * page; pass `contentScriptSender()` to play a content script in a portal page.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService } from '../../background/service';
import type { FetchLike } from '../../sync/api-client';
import { SyncEngine } from '../../sync/engine';
import { createRouter } from '../router';
import { extensionSelf, type SenderInfo } from '../trust';

export function extensionPageSender(page = 'options.html'): SenderInfo {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${page}`) };
}

/** What Chrome and Firefox report for a content script: the extension's id, the page's URL and its tab. */
export function contentScriptSender(
  url = 'https://portal.azure.com/#view/Microsoft_Azure_Support',
): SenderInfo {
  return { id: fakeBrowser.runtime.id, url, tab: { id: 7, url } };
}

export function installFakeBackground(
  options: { now?: () => number; fetch?: FetchLike; sender?: SenderInfo } = {},
) {
  const engine = new SyncEngine(options);
  const service = createService({ ...options, engine, afterWrite: () => {} });
  const route = createRouter(service.handlers, extensionSelf(fakeBrowser.runtime));
  const sender = options.sender ?? extensionPageSender();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => route(message, sender));
  return { engine, service, route };
}
