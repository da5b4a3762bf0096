/**
 * The dashboard's UI strings in English and Simplified Chinese. Add a key to `en.ts` first; the
 * zh-CN catalog is typed against it, so a missing translation fails typecheck. Placeholders are
 * `{name}`. Which wording applies (state, forecast kind) is decided by @supportlink/rules.
 */
import { isCalendarDate, type UiLocale } from '@supportlink/rules';
import { en } from './en';
import { zhCN } from './zh-CN';

export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;
export const LOCALES: readonly UiLocale[] = ['en', 'zh-CN'];

const catalogs: Record<UiLocale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };
let current: UiLocale = 'en';

export function setLocale(locale: UiLocale): void {
  current = locale;
}

export function getLocale(): UiLocale {
  return current;
}

export function t(key: MessageKey, params?: Params, locale: UiLocale = current): string {
  const template = catalogs[locale][key] ?? catalogs.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function cachedFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = dateFormats.get(key);
  if (!f) {
    f = make();
    dateFormats.set(key, f);
  }
  return f;
}

/** A calendar date (`YYYY-MM-DD`, a UTC day) as "12 March 2026" / "2026年3月12日". */
export function formatDay(day: string, opts: { year?: boolean } = {}): string {
  // The rules' calendar rule: Date.parse would show 2026-02-30 as 2 March.
  if (!isCalendarDate(day)) return day;
  const at = Date.parse(`${day}T00:00:00Z`);
  const withYear = opts.year !== false;
  const f = cachedFormat(
    `day:${current}:${withYear}`,
    () =>
      new Intl.DateTimeFormat(current === 'zh-CN' ? 'zh-CN' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        ...(withYear ? { year: 'numeric' } : {}),
        timeZone: 'UTC',
      }),
  );
  return f.format(at);
}

/** An instant (ISO string or epoch ms) in the viewer's time zone, to the minute. */
export function formatInstant(at: string | number): string {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (!Number.isFinite(ms)) return String(at);
  const f = cachedFormat(
    `instant:${current}`,
    () =>
      new Intl.DateTimeFormat(current === 'zh-CN' ? 'zh-CN' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
      }),
  );
  return f.format(ms);
}

export function formatNumber(n: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(current, { maximumFractionDigits }).format(n);
}
