import type { MessageLocale } from '../types.js';

export const MESSAGE_LOCALES: readonly MessageLocale[] = [
  'en',
  'de',
  'fr',
  'es',
  'pt-BR',
  'it',
  'ja',
  'ko',
  'ru',
  'zh-CN',
  'zh-TW',
];

/** Maps a BCP 47 tag (`de-DE`, `pt`, `zh-Hant-HK`, `ZH_cn`) to a message locale, or null. */
export function toMessageLocale(tag: string | null | undefined): MessageLocale | null {
  if (!tag) return null;
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const lang = parts[0];
  if (lang === 'zh') {
    const rest = parts.slice(1);
    return rest.some((p) => p === 'tw' || p === 'hk' || p === 'mo' || p === 'hant') ? 'zh-TW' : 'zh-CN';
  }
  if (lang === 'pt') return 'pt-BR';
  return MESSAGE_LOCALES.find((l) => l === lang) ?? null;
}
