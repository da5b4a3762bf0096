/**
 * Marks a boundary between two pieces of a page that are not one text (block elements): callers
 * joining such pieces put it between them, and no message is ever read across it.
 */
export const SEGMENT_BREAK = '\u2029';

const CJK_NEXT = /(?<=\.)(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])/;
/**
 * Sentence ends in folded text (NFKC has turned full-width `．！？` into ASCII): `. ! ?` before
 * a space (so "1.5" and "contoso.com" stay whole), `! ?` and the ideographic `。` anywhere, and
 * `.` right before a CJK or Hangul character.
 */
const SENTENCE_END = new RegExp(String.raw`(?<=[.!?])\s|(?<=[。!?])\s?|${CJK_NEXT.source}`);

/** Splits folded text (see foldText) into sentences, each keeping its end mark. */
export function splitSentences(folded: string): string[] {
  return folded.split(SENTENCE_END).filter((s) => s.length > 0);
}
