/**
 * Guidance text comes from the background (`guidance:get`), which holds the rules package's
 * catalogues in both languages; bundling them here would put ~9 KB (gzipped) into every
 * portal frame. When the background cannot answer, cards show what they can without it.
 */
import type { Guidance, GuidanceKey, UiLocale } from '@supportlink/rules';
import type { Send } from './types';

export function guidanceClient(locale: UiLocale, send: Send): (key: GuidanceKey) => Promise<Guidance> {
  const cache = new Map<GuidanceKey, Promise<Guidance>>();
  return (key) => {
    let pending = cache.get(key);
    if (!pending) {
      pending = send('guidance:get', { key, locale }).then(
        (reply) => reply.guidance,
        () => {
          cache.delete(key); // try again next time: the background may have been restarting
          return { key, locale, title: '', body: '', steps: [], links: [], unverified: false };
        },
      );
      cache.set(key, pending);
    }
    return pending;
  };
}
