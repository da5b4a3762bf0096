/** Characters that render as nothing: zero-width spaces/joiners, word joiner, BOM, soft hyphen, bidi marks. */
export const INVISIBLE =
  /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\uFEFF]|\u034F|\u17B4|\u17B5/g;
/** Hyphen and dash look-alikes that pasted or localized text uses for "-". */
export const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u00B4\u0060\uFF07]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u300C\u300D\u300E\u300F\uFF02]/g;
const WHITESPACE = /\s+/g;

/**
 * Canonical form for comparing UI text: NFKC (full-width → ASCII), lower case, invisible
 * characters removed, every kind of space collapsed to one, curly quotes straightened,
 * dashes unified, trimmed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(WHITESPACE, ' ')
    .trim();
}

const LATIN_WITH_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const COMBINING = /[\u0300-\u036F]/g;

/** normalizeText plus Latin diacritics removed ("déjà" → "deja"), for wording-tolerant matching. */
export function foldText(text: string): string {
  return stripLatinDiacritics(normalizeText(text));
}

/** Removes accents from Latin letters only; Cyrillic, kana and Hangul are left as they are. */
export function stripLatinDiacritics(text: string): string {
  return text
    .replace(LATIN_WITH_MARKS, (ch) => ch.normalize('NFD').replace(COMBINING, '').normalize('NFC'))
    .replace(COMBINING, '');
}

/** Folded text with every space removed: CJK and Korean phrasing survives arbitrary line breaks. */
export function compactText(folded: string): string {
  return folded.replace(/ /g, '');
}
