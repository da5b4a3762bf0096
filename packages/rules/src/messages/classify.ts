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
const ANCHORS = new RegExp([...new Set(PHRASES.flatMap((p) => p.anchors))].join('|'), 'i');

/**
 * Cheap test on raw text: false means the text certainly holds no known message.
 * Used by classifyMessage and exported for callers that scan whole pages.
 */
export function mayContainMessage(text: string): boolean {
  if (text.length < MIN_LENGTH) return false;
  if (text.length < MIN_LATIN_LENGTH && !NON_LATIN.test(text)) return false;
  return ANCHORS.test(text) || SUSPICIOUS.test(text);
}

const orderCache = new Map<MessageLocale | null, readonly PhraseRule[]>();

/** Rules with the hinted locale's first; the rest keep catalogue order. */
function rulesFor(locale: MessageLocale | null): readonly PhraseRule[] {
  let rules = orderCache.get(locale);
  if (!rules) {
    rules = locale
      ? [...PHRASES.filter((r) => r.locale === locale), ...PHRASES.filter((r) => r.locale !== locale)]
      : PHRASES;
    orderCache.set(locale, rules);
  }
  return rules;
}

/**
 * Recognises a known portal message in a piece of UI text, whatever the page did to it
 * (line breaks, odd spaces, curly quotes, case, surrounding text). Null when none.
 */
export function classifyMessage(text: string, options: ClassifyOptions = {}): MessageMatch | null {
  if (!mayContainMessage(text)) return null;
  const spaced = foldText(text);
  const cjk = HAS_CJK.test(spaced);
  const cyrillic = HAS_CYRILLIC.test(spaced);
  const latin = HAS_LATIN.test(spaced);
  const compact = cjk ? compactText(spaced) : '';
  for (const rule of rulesFor(toMessageLocale(options.locale))) {
    let subject: string;
    if (COMPACT_LOCALES.has(rule.locale)) {
      if (!cjk) continue;
      subject = compact;
    } else if (rule.locale === 'ru') {
      if (!cyrillic) continue;
      subject = spaced;
    } else {
      if (!latin) continue;
      subject = spaced;
    }
    if (!subject.includes(rule.key)) continue;
    if (rule.all.every((re) => re.test(subject))) {
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
  options: ClassifyOptions = {},
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
