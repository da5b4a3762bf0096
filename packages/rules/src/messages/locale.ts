import type { MessageLocale } from '../types.js';

/** The Azure portal's display languages, in the order of its language picker. */
export const MESSAGE_LOCALES: readonly MessageLocale[] = [
  'en',
  'cs',
  'de',
  'es',
  'fr',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'nl',
  'pl',
  'pt-BR',
  'pt-PT',
  'ru',
  'sv',
  'tr',
  'zh-CN',
  'zh-TW',
];

/** Regions that write Portuguese the European way (every Portuguese-speaking country but Brazil). */
const EUROPEAN_PORTUGUESE = new Set(['pt', 'ao', 'mz', 'cv', 'gw', 'st', 'tl', 'mo', 'gq', 'lu', 'ch']);
const TRADITIONAL_CHINESE = new Set(['tw', 'hk', 'mo', 'hant']);
/** Indonesian's retired code, which older Java and Android stacks still send. */
const ALIASES: Readonly<Record<string, MessageLocale>> = { in: 'id' };

/**
 * Maps a BCP 47 tag (`de-DE`, `pt-PT`, `zh-Hant-HK`, `ZH_cn`) to a message locale, or null.
 * Plain `pt` is Brazilian Portuguese (CLDR's default); `pt-PT`, `pt-AO`, … are European.
 * `zh` with a Hans script is Simplified even in Hong Kong; otherwise TW/HK/MO/Hant mean Traditional.
 */
export function toMessageLocale(tag: string | null | undefined): MessageLocale | null {
  if (!tag) return null;
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const lang = parts[0] ?? '';
  const rest = parts.slice(1);
  if (lang === 'zh') {
    if (rest.includes('hans')) return 'zh-CN';
    return rest.some((p) => TRADITIONAL_CHINESE.has(p)) ? 'zh-TW' : 'zh-CN';
  }
  if (lang === 'pt') return rest.some((p) => EUROPEAN_PORTUGUESE.has(p)) ? 'pt-PT' : 'pt-BR';
  return ALIASES[lang] ?? MESSAGE_LOCALES.find((l) => l === lang) ?? null;
}
