import { compactText, foldText, stripLatinDiacritics } from '../text/normalize-text.js';
import type { ClassifyOptions, MessageLocale, MessageMatch } from '../types.js';
import { MESSAGE_INFO, PHRASES, type PhraseRule } from './catalog.js';
import { toMessageLocale } from './locale.js';
import { buildPhraseIndex, candidates, SCRIPTS, type Script } from './phrase-index.js';
import { SEGMENT_BREAK, splitSentences } from './sentences.js';

/** Shorter texts cannot hold any known message, in any script. */
const MIN_LENGTH = 6;
/** Texts in Latin script only are this long at least before they can hold a message. */
const MIN_LATIN_LENGTH = 18;
const NON_LATIN = /[\u0250-\uFFFF]/;
const LATIN_LETTERS = /[a-z][a-z\u00C0-\u024F]/i;
/** Nothing but printable ASCII and accented Latin letters: no other script, nothing else to fold. */
const ACCENTED_ONLY = /^[\x20-\x7E\u00C0-\u024F]*$/;
const HAS: Readonly<Record<Script, RegExp>> = {
  compact: /[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/,
  cyrillic: /[\u0400-\u04FF]/,
  latin: /[a-z]/,
};

const INDEX = buildPhraseIndex(PHRASES);
const ORDER = new Map(PHRASES.map((r, i) => [r, i]));

/**
 * Cheap test on raw text: false means the text certainly holds no known message (no rule's key
 * can be in it). Used by classifyMessage and exported for callers that scan whole pages.
 */
export function mayContainMessage(text: string): boolean {
  if (typeof text !== 'string' || text.length < MIN_LENGTH) return false;
  if (text.length < MIN_LATIN_LENGTH && !NON_LATIN.test(text)) return false;
  const first = INDEX.gate.exec(text);
  if (!first) return false;
  if (first[0].length > 1 || !INDEX.character.test(first[0])) return true;
  // An accented letter or another script's character: the keys of the other scripts (or another
  // character folding rewrites), then the Latin words in the text without its accents.
  if (!ACCENTED_ONLY.test(text) && INDEX.otherKeys.test(text)) return true;
  return LATIN_LETTERS.test(text) && INDEX.latinWords.test(stripLatinDiacritics(text));
}

interface Found {
  rule: PhraseRule;
  rank: number[];
}

/**
 * Which of several messages in one text is "the" message. A message that must not be ignored
 * wins over an ignorable one (a region holding both must never read "Safe to ignore"); then the
 * hinted locale, the more specific script, the earlier sentence, the catalogue order.
 */
function rank(rule: PhraseRule, hint: MessageLocale | null, script: number, sentence: number): number[] {
  return [
    Number(MESSAGE_INFO[rule.id].ignorable),
    Number(rule.locale !== hint),
    script,
    sentence,
    ORDER.get(rule)!,
  ];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/** Rules whose patterns all match somewhere in folded text, with their script's priority index. */
function wholeTextMatches(folded: string): Array<[PhraseRule, number]> {
  const hits: Array<[PhraseRule, number]> = [];
  for (let s = 0; s < SCRIPTS.length; s++) {
    const script = SCRIPTS[s]!;
    if (!HAS[script].test(folded)) continue;
    const subject = script === 'compact' ? compactText(folded) : folded;
    for (const rule of candidates(INDEX.scripts[script], subject)) {
      if (rule.all.every((re) => re.test(subject))) hits.push([rule, s]);
    }
  }
  return hits;
}

/**
 * Recognises a known portal message in a piece of UI text, whatever the page did to it
 * (line breaks, odd spaces, curly quotes, case, surrounding text). Null when none.
 *
 * A message is one message: a rule matches only when all its parts stand in one sentence of
 * the text, and never across a SEGMENT_BREAK (callers put one between separate page blocks).
 */
export function classifyMessage(text: string, options?: ClassifyOptions | null): MessageMatch | null {
  if (!mayContainMessage(text)) return null;
  const hint = toMessageLocale(options?.locale);
  let best: Found | null = null;
  let sentence = 0;
  const segments = text.includes(SEGMENT_BREAK) ? text.split(SEGMENT_BREAK) : [text];
  for (const segment of segments) {
    // A rule that fails on the whole text fails on each of its sentences: most texts end here.
    const hits = wholeTextMatches(foldText(segment));
    if (hits.length === 0) continue;
    for (const piece of splitSentences(segment)) {
      const folded = foldText(piece);
      for (const [rule, script] of hits) {
        const subject = SCRIPTS[script] === 'compact' ? compactText(folded) : folded;
        if (!rule.all.every((re) => re.test(subject))) continue;
        const r = rank(rule, hint, script, sentence);
        if (!best || better(r, best.rank)) best = { rule, rank: r };
      }
      sentence++;
    }
  }
  if (!best) return null;
  const { rule } = best;
  return {
    id: rule.id,
    ignorable: MESSAGE_INFO[rule.id].ignorable,
    locale: rule.locale,
    confidence: rule.provenance.confidence,
  };
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
