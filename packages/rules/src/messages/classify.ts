import { compactText, foldText, INVISIBLE } from '../text/normalize-text.js';
import type { ClassifyOptions, MessageLocale, MessageMatch } from '../types.js';
import { COMPACT_LOCALES, MESSAGE_INFO, PHRASES, type PhraseRule } from './catalog.js';
import { toMessageLocale } from './locale.js';

/** Shorter texts cannot hold any known message, in any script. */
const MIN_LENGTH = 6;
/** Texts in Latin script only are this long at least before they can hold a message. */
const MIN_LATIN_LENGTH = 18;
const NON_LATIN = /[\u0250-\uFFFF]/;
const HAS_CJK =
  /[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/;
const HAS_CYRILLIC = /[\u0400-\u04FF]/;
const HAS_LATIN = /[a-z]/i;
/** Characters that normalisation rewrites or removes; their presence can hide an anchor. */
const SUSPICIOUS = new RegExp(
  `${INVISIBLE.source}|[\\u0300-\\u036F\\u1100-\\u11FF\\uF900-\\uFAFF\\uFB00-\\uFB4F\\uFF00-\\uFFEF]`,
);

const CJK_WORD = /^[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]+$/;
/** An anchor whose first character is a plain letter can be grouped under that letter. */
const LETTER_FIRST = /^[\p{L}](?![*+?{])/u;

/** True when `a|b` splits the whole source (grouping it under its first letter would change it). */
function splitsAtTop(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * One case-insensitive regex for all anchors, plus the suspicious characters (one scan per text).
 * Anchors are grouped by first letter so the engine tries one branch per position instead of
 * a hundred; CJK words tolerate whitespace between their characters.
 */
function buildAnchorPattern(anchors: readonly string[]): RegExp {
  const byFirst = new Map<string, Set<string>>();
  const singles = new Set<string>();
  const others = new Set<string>();
  for (const anchor of new Set(anchors)) {
    const source = CJK_WORD.test(anchor) ? [...anchor].join(String.raw`\s*`) : anchor;
    if (CJK_WORD.test(anchor) && anchor.length === 1) singles.add(anchor);
    else if (LETTER_FIRST.test(source) && !splitsAtTop(source)) {
      const first = source[0]!.toLowerCase();
      const rests = byFirst.get(first) ?? new Set<string>();
      rests.add(source.slice(1));
      byFirst.set(first, rests);
    } else others.add(source);
  }
  const parts = [...byFirst].map(([first, rests]) =>
    rests.has('') ? first : `${first}(?:${[...rests].sort((x, y) => y.length - x.length).join('|')})`,
  );
  if (singles.size > 0) parts.push(`[${[...singles].join('')}]`);
  parts.push(...others, SUSPICIOUS.source);
  return new RegExp(parts.join('|'), 'i');
}

const ANCHORS = buildAnchorPattern(PHRASES.flatMap((p) => p.anchors));

/**
 * Cheap test on raw text: false means the text certainly holds no known message.
 * Used by classifyMessage and exported for callers that scan whole pages.
 */
export function mayContainMessage(text: string): boolean {
  if (typeof text !== 'string' || text.length < MIN_LENGTH) return false;
  if (text.length < MIN_LATIN_LENGTH && !NON_LATIN.test(text)) return false;
  return ANCHORS.test(text);
}

interface RuleSets {
  latin: readonly PhraseRule[];
  cyrillic: readonly PhraseRule[];
  compact: readonly PhraseRule[];
}

const orderCache = new Map<MessageLocale | null, RuleSets>();

/** Rules split by the script they need, the hinted locale's first; the rest keep catalogue order. */
function rulesFor(locale: MessageLocale | null): RuleSets {
  let sets = orderCache.get(locale);
  if (!sets) {
    const ordered = locale
      ? [...PHRASES.filter((r) => r.locale === locale), ...PHRASES.filter((r) => r.locale !== locale)]
      : PHRASES;
    sets = {
      latin: ordered.filter((r) => r.locale !== 'ru' && !COMPACT_LOCALES.has(r.locale)),
      cyrillic: ordered.filter((r) => r.locale === 'ru'),
      compact: ordered.filter((r) => COMPACT_LOCALES.has(r.locale)),
    };
    orderCache.set(locale, sets);
  }
  return sets;
}

function firstMatch(rules: readonly PhraseRule[], subject: string): PhraseRule | null {
  for (const rule of rules) {
    if (subject.includes(rule.key) && rule.all.every((re) => re.test(subject))) return rule;
  }
  return null;
}

/**
 * Recognises a known portal message in a piece of UI text, whatever the page did to it
 * (line breaks, odd spaces, curly quotes, case, surrounding text). Null when none.
 */
export function classifyMessage(text: string, options?: ClassifyOptions | null): MessageMatch | null {
  if (!mayContainMessage(text)) return null;
  const spaced = foldText(text);
  const hint = toMessageLocale(options?.locale);
  const sets = rulesFor(hint);
  const tries: Array<[readonly PhraseRule[], string]> = [];
  if (HAS_CJK.test(spaced)) tries.push([sets.compact, compactText(spaced)]);
  if (HAS_CYRILLIC.test(spaced)) tries.push([sets.cyrillic, spaced]);
  if (HAS_LATIN.test(spaced)) tries.push([sets.latin, spaced]);
  // The hinted locale's script goes first, so a German page prefers German phrasing.
  if (hint) tries.sort((a, b) => Number(b[0][0]?.locale === hint) - Number(a[0][0]?.locale === hint));
  for (const [rules, subject] of tries) {
    const rule = firstMatch(rules, subject);
    if (rule) {
      const info = MESSAGE_INFO[rule.id];
      return {
        id: rule.id,
        ignorable: info.ignorable,
        locale: rule.locale,
        confidence: rule.provenance.confidence,
      };
    }
  }
  return null;
}

/** Classifies many text pieces (e.g. a page's text nodes); returns the matches with their index. */
export function findMessages(
  texts: Iterable<string>,
  options?: ClassifyOptions | null,
): Array<{ index: number; match: MessageMatch }> {
  const found: Array<{ index: number; match: MessageMatch }> = [];
  let index = 0;
  for (const text of texts) {
    const match = classifyMessage(text, options);
    if (match) found.push({ index, match });
    index++;
  }
  return found;
}
