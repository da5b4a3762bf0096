import { toUiLocale, UI_LOCALES } from '../locale.js';
import type { Guidance, GuidanceKey, UiLocale } from '../types.js';
import { en } from './en.js';
import { GUIDANCE_KEYS, type GuidanceTable, type ShippedGuidanceKey } from './keys.js';
import { zhCN } from './zh-CN.js';

export { GUIDANCE_KEYS };
export const GUIDANCE_LOCALES: readonly UiLocale[] = UI_LOCALES;

const TABLES: Readonly<Record<UiLocale, GuidanceTable>> = { en, 'zh-CN': zhCN };

export { toUiLocale };

export function hasGuidance(key: string): key is ShippedGuidanceKey {
  return (GUIDANCE_KEYS as readonly string[]).includes(key);
}

/** Keys that share another key's text: the reactblade frame is part of the Azure support blades. */
const ALIASES: Readonly<Partial<Record<GuidanceKey, ShippedGuidanceKey>>> = {
  'page:azure-reactblade': 'page:azure-support-plans',
};

/**
 * Help text for a message, a diagnosis scenario or a page, in the requested locale
 * (any tag; Simplified Chinese gets zh-CN, everything else English). Throws RangeError
 * for a string that is not a guidance key.
 */
export function guidance(key: GuidanceKey, locale: string | null = 'en'): Guidance {
  const shipped = hasGuidance(key) ? key : ALIASES[key];
  if (!shipped) throw new RangeError(`no guidance for ${String(key)}`);
  const uiLocale = toUiLocale(locale);
  const text = TABLES[uiLocale][shipped];
  const copy: Guidance = {
    key,
    locale: uiLocale,
    ...text,
    steps: [...text.steps],
    links: text.links.map((l) => ({ ...l })),
  };
  if (text.sections)
    copy.sections = text.sections.map((s) => ({
      ...s,
      points: [...s.points],
      links: s.links.map((l) => ({ ...l })),
    }));
  return copy;
}
