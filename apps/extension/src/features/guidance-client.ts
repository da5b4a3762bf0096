/**
 * Guidance text comes from the background (`guidance:get`), which holds the rules package's
 * catalogues in both languages; bundling them here would put ~9 KB (gzipped) into every
 * portal frame. Until the background answers, cards show what they can without it.
 */
import type { Guidance, GuidanceKey, UiLocale } from '@supportlink/rules';
import { browser } from 'wxt/browser';

export interface GuidanceRequest {
  key: GuidanceKey;
  locale: UiLocale;
}

export function guidanceClient(locale: UiLocale): (key: GuidanceKey) => Promise<Guidance> {
  const cache = new Map<GuidanceKey, Promise<Guidance>>();
  return (key) => {
    let pending = cache.get(key);
    if (!pending) {
      pending = request({ key, locale });
      cache.set(key, pending);
    }
    return pending;
  };
}

async function request(payload: GuidanceRequest): Promise<Guidance> {
  try {
    const reply = (await browser.runtime.sendMessage({ supportlink: 1, type: 'guidance:get', payload })) as
      | { ok: true; data: { guidance: Guidance } }
      | { ok: false; error: string }
      | undefined;
    if (reply?.ok) return reply.data.guidance;
  } catch {
    // No background (extension reloaded) or no handler yet: fall through.
  }
  return {
    key: payload.key,
    locale: payload.locale,
    title: '',
    body: '',
    steps: [],
    links: [],
    unverified: false,
  };
}
