import { INVISIBLE } from '../text/normalize-text.js';

/**
 * Marks a boundary between two pieces of a page that are not one text (block elements): callers
 * joining such pieces put it between them, and no message is ever read across it.
 */
export const SEGMENT_BREAK = '\u2029';

const CJK = String.raw`\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af`;
/**
 * Sentence ends in raw text: `! ?` (also full-width) before whitespace; `.` before whitespace and
 * a character that is not a lower-case letter, unless it ends an abbreviation-like word (one
 * letter, or two or three letters not all capitals: "z. B.", "ds.", "Nr." — but "…Access ID. The"
 * ends a sentence); the
 * ideographic `。！？` anywhere; `.` right before a CJK or Hangul character.
 */
const SENTENCE_END = new RegExp(
  [
    String.raw`(?<=[!?！？。])\s+`,
    // `(?![\s\p{Ll}])`: all the whitespace, so backtracking cannot stop before a lower-case word.
    String.raw`(?<=[.．])(?<!(?:^|[^\p{L}])(?:\p{L}|\p{Ll}{2,3}|\p{Lu}\p{Ll}{1,2})[.．])\s+(?![\s\p{Ll}])`,
    String.raw`(?<=[。！？])(?=\S)`,
    String.raw`(?<=[.．])(?=[${CJK}])`,
  ].join('|'),
  'u',
);

/**
 * Splits text into sentences, each keeping its end mark. Run before folding, which loses case;
 * invisible characters go first (folding drops them too), so "ds\u200b." is still an abbreviation.
 */
export function splitSentences(text: string): string[] {
  return text
    .replace(INVISIBLE, '')
    .split(SENTENCE_END)
    .filter((s) => s.trim().length > 0);
}
