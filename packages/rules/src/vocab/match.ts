/**
 * Matching page text against vocabulary tables through the same folding as messages
 * (`foldText`: NFKC, lower case, Latin accents removed, spaces and quotes unified). Tables are
 * compiled on first use and cached, so a content script pays only for the tables it touches.
 */
import { compactText, foldText } from '../text/normalize-text.js';
import type { MessageLocale } from '../types.js';
import { termOf } from './sources.js';

/** One list of entries (`term` or `term@source`) per key and locale. */
export type VocabTable<K extends string> = Readonly<
  Record<K, Readonly<Record<MessageLocale, readonly string[]>>>
>;

/**
 * A product name pages keep in English: every other locale's list is empty, which the tables'
 * tests read as "the English name is what this language shows".
 */
export function englishOnly(terms: readonly string[]): Readonly<Record<MessageLocale, readonly string[]>> {
  const none: readonly string[] = [];
  return {
    en: terms,
    ...{ cs: none, de: none, es: none, fr: none, hu: none, id: none, it: none, ja: none, ko: none },
    ...{ nl: none, pl: none, 'pt-BR': none, 'pt-PT': none, ru: none, sv: none, tr: none },
    ...{ 'zh-CN': none, 'zh-TW': none },
  };
}

/** Scripts written without spaces between words (and Hangul, whose spacing varies): matched on compact text. */
const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
/** A letter or digit of a spaced script: a term must not start or end inside a word. */
const WORD_CHAR = 'a-z0-9\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
const EDGE_PUNCTUATION = /^[\s:：*＊.。·•()（）[\]-]+|[\s:：*＊.。·•()（）[\]-]+$/g;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folded words as a pattern with spaces and hyphens optional between them ("20pack", "20-pack", "20 pack"). */
export const wordsPattern = (folded: string) =>
  folded.split(/[ -]+/).filter(Boolean).map(escapeRegExp).join('[ -]?');

const LETTER_FOLDS: Record<string, string> = { ß: 'ss', ı: 'i', ё: 'е' };
const FOLDED_LETTERS = /[ßıё]/g;

/**
 * `foldText` plus the letters case mapping does not round-trip: "ß" → "ss" ("SCHLIESSEN"),
 * Turkish dotless "ı" → "i" ("TARİHİ", "ORTAĞI"), and "ё" → "е" (usually written "е").
 */
export function vocabFold(text: string): string {
  return foldText(text).replace(FOLDED_LETTERS, (ch) => LETTER_FOLDS[ch] ?? ch);
}

/** The form two labels share when they name the same thing: folded, no spaces, hyphens, dots or quotes. */
export function labelKey(text: string): string {
  return vocabFold(text)
    .replace(EDGE_PUNCTUATION, '')
    .replace(/[\s\-'.]/g, '');
}

/** Every term of a table with its key and locale, in table order. */
export function tableTerms<K extends string>(table: VocabTable<K>) {
  const out: Array<{ key: K; locale: MessageLocale; term: string }> = [];
  for (const key of Object.keys(table) as K[]) {
    const locales = table[key];
    for (const locale of Object.keys(locales) as MessageLocale[]) {
      for (const entry of locales[locale]) out.push({ key, locale, term: termOf(entry) });
    }
  }
  return out;
}

const labelMaps = new WeakMap<object, Map<string, string>>();

/** The key whose term the whole label is (trailing colon, asterisk and spacing aside), or null. */
export function lookupLabel<K extends string>(table: VocabTable<K>, label: string): K | null {
  let map = labelMaps.get(table);
  if (!map) {
    map = new Map();
    for (const { key, term } of tableTerms(table)) map.set(labelKey(term), key);
    labelMaps.set(table, map);
  }
  const key = labelKey(label);
  return key ? ((map.get(key) as K | undefined) ?? null) : null;
}

interface KeyPatterns {
  key: string;
  spaced: RegExp | null;
  compact: RegExp | null;
}

/**
 * A term as a pattern: spaces and hyphens optional between words, whole words only in spaced
 * scripts. A trailing `*` marks a stem ("локальн*" also finds "локальных").
 */
function termPattern(term: string): { source: string; compact: boolean } {
  const stem = term.endsWith('*');
  const folded = vocabFold(stem ? term.slice(0, -1) : term);
  if (HAS_CJK.test(folded)) {
    return { source: escapeRegExp(compactText(folded)).replace(/-/g, '-?'), compact: true };
  }
  const words = wordsPattern(folded);
  const end = stem ? '' : `(?![${WORD_CHAR}])`;
  return { source: `(?<![${WORD_CHAR}])${words}${end}`, compact: false };
}

const textPatterns = new WeakMap<object, KeyPatterns[]>();

function compile<K extends string>(table: VocabTable<K>): KeyPatterns[] {
  let compiled = textPatterns.get(table);
  if (compiled) return compiled;
  const byKey = new Map<string, { spaced: string[]; compact: string[] }>();
  for (const { key, term } of tableTerms(table)) {
    const lists = byKey.get(key) ?? { spaced: [], compact: [] };
    const pattern = termPattern(term);
    (pattern.compact ? lists.compact : lists.spaced).push(pattern.source);
    byKey.set(key, lists);
  }
  compiled = [...byKey].map(([key, { spaced, compact }]) => ({
    key,
    spaced: spaced.length ? new RegExp(spaced.join('|'), 'u') : null,
    compact: compact.length ? new RegExp(compact.join('|'), 'u') : null,
  }));
  textPatterns.set(table, compiled);
  return compiled;
}

/** Keys of every term found anywhere in the text, in table order. */
export function findTerms<K extends string>(table: VocabTable<K>, text: string): K[] {
  const folded = vocabFold(text);
  if (!folded) return [];
  const compact = HAS_CJK.test(folded) ? compactText(folded) : null;
  const found: K[] = [];
  for (const { key, spaced, compact: compactRe } of compile(table)) {
    if (spaced?.test(folded) || (compact !== null && compactRe?.test(compact))) found.push(key as K);
  }
  return found;
}
