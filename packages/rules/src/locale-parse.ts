import { normalizeText, stripLatinDiacritics } from './text/normalize-text.js';
import { isoDate } from './utc-date.js';

const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  [
    'january',
    'januar',
    'janvier',
    'enero',
    'janeiro',
    'gennaio',
    'января',
    'январь',
    'jan',
    'janv',
    'ene',
    'gen',
  ],
  [
    'february',
    'februar',
    'fevrier',
    'febrero',
    'fevereiro',
    'febbraio',
    'февраля',
    'февраль',
    'feb',
    'fev',
    'fevr',
  ],
  ['march', 'marz', 'mars', 'marzo', 'marco', 'марта', 'март', 'mar', 'mrz'],
  ['april', 'avril', 'abril', 'aprile', 'апреля', 'апрель', 'apr', 'avr', 'abr'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'мая', 'май', 'mag'],
  ['june', 'juni', 'juin', 'junio', 'junho', 'giugno', 'июня', 'июнь', 'jun', 'giu'],
  ['july', 'juli', 'juillet', 'julio', 'julho', 'luglio', 'июля', 'июль', 'jul', 'juil', 'lug'],
  ['august', 'aout', 'agosto', 'августа', 'август', 'aug', 'ago'],
  [
    'september',
    'septembre',
    'septiembre',
    'setiembre',
    'setembro',
    'settembre',
    'сентября',
    'сентябрь',
    'sep',
    'sept',
    'set',
  ],
  [
    'october',
    'oktober',
    'octobre',
    'octubre',
    'outubro',
    'ottobre',
    'октября',
    'октябрь',
    'oct',
    'okt',
    'out',
    'ott',
  ],
  ['november', 'novembre', 'noviembre', 'novembro', 'ноября', 'ноябрь', 'nov'],
  [
    'december',
    'dezember',
    'decembre',
    'diciembre',
    'dezembro',
    'dicembre',
    'декабря',
    'декабрь',
    'dec',
    'dez',
    'dic',
  ],
];

/** Month number (1–12) of a name or abbreviation in a supported language, or null if unknown or ambiguous. */
function monthOf(token: string): number | null {
  if (token.length < 3) return null;
  const months = new Set<number>();
  MONTH_NAMES.forEach((names, i) => {
    if (names.some((name) => name.startsWith(token))) months.add(i + 1);
  });
  return months.size === 1 ? [...months][0]! : null;
}

/** Locales writing numeric dates month first. Anything else writes day first. */
function monthFirst(locale: string | null | undefined): boolean {
  if (!locale) return true;
  const tag = locale.toLowerCase().replace(/_/g, '-');
  return tag === 'en' || tag === 'en-us' || tag === 'en-ph' || tag === 'en-ca';
}

const YEAR_FIRST = /(\d{4})\s*(?:[-/.年년]\s*)(\d{1,2})\s*(?:[-/.月월]\s*)(\d{1,2})(?!\d)/;
const NUMERIC_YEAR_LAST = /(?<!\d)(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/;
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?([a-zа-яё]+)\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/;
const MONTH_DAY_YEAR = /([a-zа-яё]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/;

/**
 * A date as Services Hub and Partner Center print it, in the page's locale, as
 * `YYYY-MM-DD`; null when there is no real calendar date in the text.
 * Numeric dates with `/` or `-` are month first for `en`/`en-US` (and when no locale is given),
 * day first for every other locale, unless a part above 12 settles it.
 */
export function parseLocaleDate(text: string, locale?: string | null): string | null {
  const t = stripLatinDiacritics(normalizeText(text));
  let m = YEAR_FIRST.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC_YEAR_LAST.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    let dayFirst = m[2] === '.' || !monthFirst(locale);
    if (a > 12) dayFirst = true;
    else if (b > 12) dayFirst = false;
    return dayFirst ? isoDate(year, b, a) : isoDate(year, a, b);
  }
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = monthOf(m[2]!);
    if (month) return isoDate(Number(m[3]), month, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const month = monthOf(m[1]!);
    if (month) return isoDate(Number(m[3]), month, Number(m[2]));
  }
  return null;
}

const UNLIMITED =
  /\b(unlimited|unbegrenzt|unbeschrankt|illimite|illimitee|ilimitado|ilimitada|illimitato|illimitata|infinite)\b|неограничен|без ограничени|无限制|無限制|无限|無限|無制限|不限|무제한|∞/;
const NUMBER = /(?<![\d-])\d+(?!\d)/g;

/** A remaining-incidents cell: a whole number, `'unlimited'` in any supported language, or null. */
export function parseLocaleCount(text: string): number | 'unlimited' | null {
  const t = stripLatinDiacritics(normalizeText(text));
  if (UNLIMITED.test(t)) return 'unlimited';
  const numbers = t.match(NUMBER) ?? [];
  if (numbers.length !== 1 || /-\s*\d/.test(t)) return null;
  return Number(numbers[0]);
}
