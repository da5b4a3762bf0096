/**
 * UI strings in English and Simplified Chinese.
 *
 * Catalogs (add a key to the English file first; the zh-CN file is typed against it,
 * so a missing translation fails typecheck):
 * - popup / options / background: src/i18n/catalogs/en.ts and src/i18n/catalogs/zh-CN.ts
 * - in-page features:             src/i18n/catalogs/content.en.ts and src/i18n/catalogs/content.zh-CN.ts
 *
 * Placeholders are `{name}`; `t('x', { name: 'A' })` replaces them. Guidance text itself
 * comes from `@supportlink/rules` (`guidance(key, locale)`), not from these catalogs.
 */
import type { UiLocale } from '@supportlink/rules';
import { contentEn } from './catalogs/content.en';
import { contentZhCN } from './catalogs/content.zh-CN';
import { en } from './catalogs/en';
import { zhCN } from './catalogs/zh-CN';

const english = { ...en, ...contentEn };
export type MessageKey = keyof typeof english;

const catalogs: Record<UiLocale, Record<MessageKey, string>> = {
  en: english,
  'zh-CN': { ...zhCN, ...contentZhCN },
};
export type Params = Record<string, string | number>;

let current: UiLocale = 'en';

export function setLocale(locale: UiLocale): void {
  current = locale;
  if (typeof document !== 'undefined' && document.documentElement && isExtensionPage()) {
    document.documentElement.lang = locale;
  }
}

export function getLocale(): UiLocale {
  return current;
}

export function t(key: MessageKey, params?: Params, locale: UiLocale = current): string {
  const template: string = catalogs[locale][key] ?? catalogs.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Only our own pages get their <html lang> changed; content scripts must not touch the portal's. */
function isExtensionPage(): boolean {
  const protocol = globalThis.location?.protocol ?? '';
  return protocol === 'chrome-extension:' || protocol === 'moz-extension:';
}
