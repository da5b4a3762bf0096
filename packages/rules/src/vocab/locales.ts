/**
 * The languages the Azure portal offers (its language picker: English, Čeština, Deutsch,
 * Español, Français, Magyar, Indonesia, Italiano, 日本語, 한국어, Nederlands, Polski,
 * Português (Brasil), Português (Portugal), Русский, Svenska, Türkçe, 中文(简体), 中文(繁體)).
 * Every vocabulary table has an entry list for each of them.
 */
export const VOCAB_LOCALES = [
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
] as const;

export type VocabLocale = (typeof VOCAB_LOCALES)[number];
