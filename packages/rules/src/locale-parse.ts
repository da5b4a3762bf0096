import { normalizeText, stripLatinDiacritics } from './text/normalize-text.js';
import { isoDate } from './utc-date.js';

/**
 * Month names and abbreviations in the portal languages that write them (folded: lower case,
 * Latin accents removed): en, de, fr, es, pt, it, ru (nominative and genitive), nl, sv, pl,
 * cs (nominative and genitive), hu, tr, id. Own renderings of each language's calendar.
 */
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  'january januar janvier enero janeiro gennaio января январь januari stycznia styczen ledna leden ocak jan janv ene gen sty led oca',
  'february februar fevrier febrero fevereiro febbraio февраля февраль februari lutego luty unora unor subat feb fev fevr lut sub',
  'march marz mars marzo marco марта март maart marca marzec brezna brezen marcius mart maret mar mrz mrt bre',
  'april avril abril aprile апреля апрель kwietnia kwiecien dubna duben aprilis nisan apr avr abr kwi dub nis',
  'may mai mayo maio maggio мая май mei maj maja kvetna kveten majus mayıs mag kve',
  'june juni juin junio junho giugno июня июнь czerwca czerwiec cervna cerven junius haziran jun giu cze haz',
  'july juli juillet julio julho luglio июля июль lipca lipiec cervence cervenec julius temmuz jul juil lug lip tem',
  'august aout agosto августа август augustus augusti sierpnia sierpien srpna srpen augusztus agustos agustus aug ago sie srp agu',
  'september septembre septiembre setiembre setembro settembre сентября сентябрь wrzesnia wrzesien zari szeptember eylul sep sept set wrz eyl',
  'october oktober octobre octubre outubro ottobre октября октябрь pazdziernika pazdziernik rijna rijen ekim oct okt out ott paz rij eki',
  'november novembre noviembre novembro ноября ноябрь listopada listopad listopadu kasım nov lis kas',
  'december dezember decembre diciembre dezembro dicembre декабря декабрь grudnia grudzien prosince prosinec aralık desember dec dez dic des gru pro ara',
].map((names) => names.split(' '));

/** Month number (1–12) of a name or abbreviation in a supported language, or null if unknown or ambiguous. */
function monthOf(token: string): number | null {
  if (token.length < 3) return null;
  const exact = MONTH_NAMES.findIndex((names) => names.includes(token));
  if (exact >= 0) return exact + 1;
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
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/u;
const MONTH_DAY_YEAR = /(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u;
/** Hungarian: "2026. március 15." */
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})\.?\s+(\p{L}+)\.?\s+(\d{1,2})(?!\d)/u;

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
  m = YEAR_MONTH_DAY.exec(t);
  if (m) {
    const month = monthOf(m[2]!);
    if (month) return isoDate(Number(m[1]), month, Number(m[3]));
  }
  return null;
}

/** "Unlimited" in the portal languages (documented in the localized allotment tables: pc; others own). */
const UNLIMITED =
  /\b(unlimited|unbegrenzt|unbeschrankt|illimite|illimitee|ilimitado|ilimitada|illimitato|illimitata|infinite|onbeperkt|obegransat|obegransad|neomezen[oay]?|korlatlan|nieograniczon[aey]|sinirsiz|sınırsız|tidak terbatas)\b|неограничен|без ограничени|无限制|無限制|无限|無限|無制限|不限|무제한|제한 없음|∞/;
const NUMBER = /(?<![\d-])\d+(?!\d)/g;

/** A remaining-incidents cell: a whole number, `'unlimited'` in any supported language, or null. */
export function parseLocaleCount(text: string): number | 'unlimited' | null {
  const t = stripLatinDiacritics(normalizeText(text));
  if (UNLIMITED.test(t)) return 'unlimited';
  const numbers = t.match(NUMBER) ?? [];
  if (numbers.length !== 1 || /-\s*\d/.test(t)) return null;
  return Number(numbers[0]);
}
