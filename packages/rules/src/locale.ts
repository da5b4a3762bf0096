import type { UiLocale } from './types.js';

export const UI_LOCALES: readonly UiLocale[] = ['en', 'zh-CN'];

/** Each UI locale's name in its own language, for language pickers (the same in every UI language). */
export const UI_LOCALE_NAMES: Readonly<Record<UiLocale, string>> = { en: 'English', 'zh-CN': '简体中文' };

/** Maps any locale tag to a shipped UI locale: Chinese (Simplified or unspecified) → zh-CN, all else → en. */
export function toUiLocale(tag: string | null | undefined): UiLocale {
  const t = (tag ?? '').toLowerCase().replace(/_/g, '-');
  if (t === 'zh' || t === 'zh-cn' || t === 'zh-sg' || t.startsWith('zh-hans')) return 'zh-CN';
  if (t.startsWith('zh-cn-') || t.startsWith('zh-sg-')) return 'zh-CN';
  return 'en';
}

/**
 * The UI locale to show: the user's choice in settings when it names a shipped locale,
 * otherwise the first browser language we ship (Simplified Chinese → zh-CN), else English.
 */
export function resolveUiLocale(
  preference: string | null | undefined,
  browserLanguages: string | readonly string[] | null | undefined = [],
): UiLocale {
  if (preference === 'en' || preference === 'zh-CN') return preference;
  const languages = typeof browserLanguages === 'string' ? [browserLanguages] : (browserLanguages ?? []);
  for (const tag of languages) {
    const locale = toUiLocale(tag);
    if (locale !== 'en' || /^en(?:[-_]|$)/i.test(tag)) return locale;
  }
  return 'en';
}
