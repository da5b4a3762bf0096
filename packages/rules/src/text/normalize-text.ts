/** Characters that render as nothing: zero-width spaces/joiners, word joiner, BOM, soft hyphen, bidi marks. */
export const INVISIBLE =
  /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\uFEFF]|\u034F|\u17B4|\u17B5/g;
/** Hyphen and dash look-alikes that pasted or localized text uses for "-". */
export const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SINGLE_QUOTE = /[\u2018\u2019\u201A\u201B\u2032\u2035\u00B4\u0060\uFF07]/;
const DOUBLE_QUOTE = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u300C\u300D\u300E\u300F\uFF02]/;
/** Everything the general path rewrites, in one pass: invisibles, quotes, dashes, whitespace runs. */
const REWRITE = new RegExp(
  `(?:${INVISIBLE.source})|${SINGLE_QUOTE.source}|${DOUBLE_QUOTE.source}|${DASHES.source}|\\s+`,
  'g',
);

const ONE_INVISIBLE = new RegExp(`^(?:${INVISIBLE.source})$`);

function rewrite(match: string): string {
  if (ONE_INVISIBLE.test(match)) return '';
  if (SINGLE_QUOTE.test(match)) return "'";
  if (DOUBLE_QUOTE.test(match)) return '"';
  if (match.search(DASHES) === 0) return '-';
  return ' ';
}

const PRINTABLE_ASCII = /^[ -~]*$/;

/** The same result as the general path for printable ASCII, at a fraction of the cost (page scans). */
function normalizeAscii(text: string): string {
  let t = text.toLowerCase();
  if (t.includes('`')) t = t.replace(/`/g, "'");
  if (t.includes('  ') || t.startsWith(' ') || t.endsWith(' ')) t = t.replace(/ +/g, ' ').trim();
  return t;
}

/**
 * Canonical form for comparing UI text: NFKC (full-width → ASCII), lower case, invisible
 * characters removed, every kind of space collapsed to one, curly quotes straightened,
 * dashes unified, trimmed.
 */
export function normalizeText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return normalizeAscii(text);
  const rewritten = text.normalize('NFKC').toLowerCase().replace(REWRITE, rewrite);
  // Removing an invisible character between two spaces leaves a double space behind.
  return (rewritten.includes('  ') ? rewritten.replace(/ {2,}/g, ' ') : rewritten).trim();
}

const LATIN_WITH_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const COMBINING = /[\u0300-\u036F]/g;

/** normalizeText plus Latin diacritics removed ("déjà" → "deja"), for wording-tolerant matching. */
export function foldText(text: string): string {
  // Printable ASCII stays printable ASCII: one check, not two (page scans fold many sentences).
  if (PRINTABLE_ASCII.test(text)) return normalizeAscii(text);
  const normalized = normalizeText(text);
  return PRINTABLE_ASCII.test(normalized) ? normalized : stripLatinDiacritics(normalized);
}

/** Each accented Latin letter met so far → its plain form (normalize() per letter is slow). */
const PLAIN_LETTER = new Map<string, string>();
const plainLetter = (ch: string): string => {
  let plain = PLAIN_LETTER.get(ch);
  if (plain === undefined) {
    plain = ch.normalize('NFD').replace(COMBINING, '').normalize('NFC');
    PLAIN_LETTER.set(ch, plain);
  }
  return plain;
};

/** Removes accents from Latin letters only; Cyrillic, kana and Hangul are left as they are. */
export function stripLatinDiacritics(text: string): string {
  return text.replace(LATIN_WITH_MARKS, plainLetter).replace(COMBINING, '');
}

/** Folded text with every space removed: CJK and Korean phrasing survives arbitrary line breaks. */
export function compactText(folded: string): string {
  return folded.replace(/ /g, '');
}
