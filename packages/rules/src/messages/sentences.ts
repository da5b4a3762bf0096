/**
 * Marks a boundary between two pieces of a page that are not one text (block elements): callers
 * joining such pieces put it between them, and no message is ever read across it.
 */
export const SEGMENT_BREAK = '\u2029';

const CJK = String.raw`\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af`;
/**
 * Sentence ends in raw text: `! ?` (also full-width) before whitespace; `.` before whitespace and
 * a character that is not a lower-case letter, unless it ends a word of at most three letters
 * (abbreviations like "ds. technicznych" or "z. B." survive even an all-capitals page); the
 * ideographic `。！？` anywhere; `.` right before a CJK or Hangul character.
 */
const SENTENCE_END = new RegExp(
  [
    String.raw`(?<=[!?！？。])\s+`,
    String.raw`(?<=[.．])(?<!(?:^|[^\p{L}])\p{L}{1,3}[.．])\s+(?!\p{Ll})`,
    String.raw`(?<=[。！？])(?=\S)`,
    String.raw`(?<=[.．])(?=[${CJK}])`,
  ].join('|'),
  'u',
);

/** Splits text into sentences, each keeping its end mark. Run before folding, which loses case. */
export function splitSentences(text: string): string[] {
  return text.split(SENTENCE_END).filter((s) => s.trim().length > 0);
}
