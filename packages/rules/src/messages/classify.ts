import type { ClassifyOptions, MessageId, MessageMatch } from '../types.js';
import { MESSAGE_INFO, PHRASES } from './catalog.js';
import {
  catalogToData,
  createClassifier,
  type MessageCatalog,
  type MessageCatalogData,
} from './classifier.js';

const CATALOG: MessageCatalog = {
  phrases: PHRASES,
  ignorable: Object.fromEntries(
    Object.entries(MESSAGE_INFO).map(([id, info]) => [id, info.ignorable]),
  ) as Record<MessageId, boolean>,
};
const BUILT_IN = createClassifier(CATALOG);

/**
 * Cheap test on raw text: false means the text certainly holds no known message (no rule's key
 * can be in it). Used by classifyMessage and exported for callers that scan whole pages.
 */
export function mayContainMessage(text: string): boolean {
  return BUILT_IN.mayContain(text);
}

/**
 * Recognises a known portal message in a piece of UI text, whatever the page did to it
 * (line breaks, odd spaces, curly quotes, case, surrounding text). Null when none.
 *
 * A message is one message: a rule matches only when all its parts stand in one sentence of
 * the text, and never across a SEGMENT_BREAK (callers put one between separate page blocks).
 */
export function classifyMessage(text: string, options?: ClassifyOptions | null): MessageMatch | null {
  return BUILT_IN.classify(text, options);
}

/** The built-in catalogue as plain data, for a classifier built elsewhere (`classifierFromData`). */
export function messageCatalogData(): MessageCatalogData {
  return catalogToData(CATALOG);
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
