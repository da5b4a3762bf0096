import { compactText, foldText } from '../text/normalize-text.js';
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
  return !INDEX.otherChar.test(first[0]) || INDEX.otherGate.test(text);
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

/** The scripts whose keys occur somewhere in folded text (by their priority index). */
function scriptsWithKeys(folded: string): number[] {
  const found: number[] = [];
  for (let s = 0; s < SCRIPTS.length; s++) {
    const script = SCRIPTS[s]!;
    if (!HAS[script].test(folded)) continue;
    const subject = script === 'compact' ? compactText(folded) : folded;
    if (INDEX.scripts[script].any.test(subject)) found.push(s);
  }
  return found;
}

/** Every rule that matches one sentence: all its patterns within that sentence alone. */
function* sentenceMatches(sentence: string, scripts: number[]): Generator<[PhraseRule, number]> {
  for (const s of scripts) {
    const script = SCRIPTS[s]!;
    const subject = script === 'compact' ? compactText(sentence) : sentence;
    for (const rule of candidates(INDEX.scripts[script], subject)) {
      if (rule.all.every((re) => re.test(subject))) yield [rule, s];
    }
  }
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
  for (const segment of text.split(SEGMENT_BREAK)) {
    const folded = foldText(segment);
    const scripts = scriptsWithKeys(folded);
    if (scripts.length === 0) continue;
    for (const piece of splitSentences(segment)) {
      for (const [rule, script] of sentenceMatches(foldText(piece), scripts)) {
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
