/**
 * The message classifier as a function of its catalogue, so that a content script can build it
 * from catalogue data the background serves (`catalogData` → `classifierFromData`) instead of
 * bundling the catalogue of every language into every portal frame. `classifyMessage` is this
 * classifier over the built-in catalogue.
 */
import { compactText, foldText, stripLatinDiacritics } from '../text/normalize-text.js';
import type { ClassifyOptions, MessageId, MessageLocale, MessageMatch, Provenance } from '../types.js';
import type { PhraseRule } from './catalog.js';
import { toMessageLocale } from './locale.js';
import { buildPhraseIndex, candidates, SCRIPTS, type Script } from './phrase-index.js';
import { SEGMENT_BREAK, splitSentences } from './sentences.js';

export interface MessageCatalog {
  phrases: readonly PhraseRule[];
  /** Whether each message is one the user may ignore (decides which of two messages wins). */
  ignorable: Readonly<Record<MessageId, boolean>>;
}

export interface MessageClassifier {
  /** Cheap test on raw text: false means the text certainly holds no known message. */
  mayContain(text: string): boolean;
  /** The known message in a piece of UI text, or null (see `classifyMessage`). */
  classify(text: string, options?: ClassifyOptions | null): MessageMatch | null;
}

/** A catalogue as plain data (structured-clone and JSON safe): regexes as source and flags. */
export interface MessageCatalogData {
  phrases: Array<{
    id: MessageId;
    locale: MessageLocale;
    key: string;
    all: Array<[source: string, flags: string]>;
    provenance: Provenance;
  }>;
  ignorable: Readonly<Record<MessageId, boolean>>;
}

export function catalogToData(catalog: MessageCatalog): MessageCatalogData {
  return {
    phrases: catalog.phrases.map((r) => ({
      id: r.id,
      locale: r.locale,
      key: r.key,
      all: r.all.map((re) => [re.source, re.flags] as [string, string]),
      provenance: { ...r.provenance },
    })),
    ignorable: { ...catalog.ignorable },
  };
}

export function catalogFromData(data: MessageCatalogData): MessageCatalog {
  return {
    phrases: data.phrases.map((r) => ({
      ...r,
      all: r.all.map(([source, flags]) => new RegExp(source, flags)),
    })),
    ignorable: data.ignorable,
  };
}

export function classifierFromData(data: MessageCatalogData): MessageClassifier {
  return createClassifier(catalogFromData(data));
}

/** Shorter texts cannot hold any known message, in any script. */
const MIN_LENGTH = 6;
/** Texts in Latin script only are this long at least before they can hold a message. */
const MIN_LATIN_LENGTH = 18;
const NON_LATIN = /[\u0250-\uFFFF]/;
const LATIN_LETTERS = /[a-z][a-z\u00C0-\u024F]/i;
/** Nothing but printable ASCII and accented Latin letters: no other script, nothing else to fold. */
const ACCENTED_ONLY = /^[\x20-\x7E\u00C0-\u024F]*$/;
const COMPACT_RAW = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;
const CYRILLIC_RAW = /[\u0400-\u04FF]/;
/** A character of the compact or Cyrillic scripts (their union, for one scan). */
const NOT_LATIN_SCRIPT =
  /[\u0400-\u04FF\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;
const HAS: Readonly<Record<Script, RegExp>> = {
  compact: /[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/,
  cyrillic: /[\u0400-\u04FF]/,
  latin: /[a-z]/,
};

/**
 * Cheap test on raw text: false means the text certainly holds no known message (no rule's key
 * can be in it). Used by classifyMessage and exported for callers that scan whole pages.
 */
function mayContain(ctx: Built, text: string): boolean {
  if (typeof text !== 'string' || text.length < MIN_LENGTH) return false;
  if (text.length < MIN_LATIN_LENGTH && !NON_LATIN.test(text)) return false;
  const gate = ctx.index.gate;
  gate.lastIndex = 0;
  if (!gate.test(text)) return false;
  const stop = text.charCodeAt(gate.lastIndex - 1);
  if (!ctx.index.isSecondPass(stop)) return true;
  // An accented letter or another script's character: the keys of the other scripts (or another
  // character folding rewrites), then the Latin words in the text without its accents.
  const { otherKeys, compactKeys, cyrillicKeys } = ctx.index;
  if (stop < 0x250) {
    if (!ACCENTED_ONLY.test(text) && otherKeys.test(text)) return true;
  } else if (stop <= 0x4ff) {
    if (cyrillicKeys.test(text) || (COMPACT_RAW.test(text) && compactKeys.test(text))) return true;
  } else if (compactKeys.test(text) || (CYRILLIC_RAW.test(text) && cyrillicKeys.test(text))) {
    return true;
  }
  return LATIN_LETTERS.test(text) && ctx.index.latinWords.test(stripLatinDiacritics(text));
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
function rank(
  ctx: Built,
  rule: PhraseRule,
  hint: MessageLocale | null,
  script: number,
  sentence: number,
): number[] {
  return [
    Number(ctx.ignorable[rule.id]),
    Number(rule.locale !== hint),
    script,
    sentence,
    ctx.order.get(rule)!,
  ];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/** Rules whose patterns all match somewhere in folded text, with their script's priority index. */
function wholeTextMatches(ctx: Built, folded: string): Array<[PhraseRule, number]> {
  const hits: Array<[PhraseRule, number]> = [];
  // Most page texts are Latin only: one scan rules out both other scripts.
  const other = NOT_LATIN_SCRIPT.test(folded);
  for (let s = 0; s < SCRIPTS.length; s++) {
    const script = SCRIPTS[s]!;
    if (script !== 'latin' && !other) continue;
    if (!HAS[script].test(folded)) continue;
    const subject = script === 'compact' ? compactText(folded) : folded;
    for (const rule of candidates(ctx.index.scripts[script], subject)) {
      if (rule.all.every((re) => re.test(subject))) hits.push([rule, s]);
    }
  }
  return hits;
}

/** Ignorable messages whose key (its subject, e.g. "access ID") a folded sentence mentions. */
function ignorableMentioned(ctx: Built, folded: string): Set<MessageId> {
  const ids = new Set<MessageId>();
  for (let s = 0; s < SCRIPTS.length; s++) {
    const script = SCRIPTS[s]!;
    if (!HAS[script].test(folded)) continue;
    const subject = script === 'compact' ? compactText(folded) : folded;
    for (const rule of candidates(ctx.index.scripts[script], subject)) {
      if (ctx.ignorable[rule.id]) ids.add(rule.id);
    }
  }
  return ids;
}

/** Tokens that are codes, IDs or numbers (any digit) say nothing; words have two letters at least. */
const WORD = /^[^\d]*\p{L}{2}/u;
const COMPACT_LETTER = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;

const CLOSED = /[.!?。！？．]\s*$/u;

/**
 * A sentence that could be a message of its own, not framing like "Error:", "Learn more" or
 * "Correlation ID: … Learn more": three words closed as a sentence, or five words anyway.
 */
function readsLikeMessage(sentence: string): boolean {
  if ((sentence.match(COMPACT_LETTER)?.length ?? 0) >= 6) return true;
  const needed = CLOSED.test(sentence) ? 3 : 5;
  let words = 0;
  for (const token of sentence.split(/\s+/)) if (WORD.test(token) && ++words >= needed) return true;
  return false;
}

const unknownSentences = (segment: string) =>
  splitSentences(segment)
    .filter(readsLikeMessage)
    .map((s) => s.trim());

/**
 * Matches of one segment, sentence by sentence. An ignorable message is dropped when another
 * sentence of the segment speaks of its subject without being part of it ("This Access ID has
 * expired. Please contact your Technical Account Manager to obtain a new Access ID."): the
 * advice sentence alone must not turn a different Access ID error into "Safe to ignore".
 */
function segmentMatches(
  ctx: Built,
  segment: string,
  hits: Array<[PhraseRule, number]>,
  firstSentence: number,
): { found: Array<[PhraseRule, number, number]>; sentences: number; unknown: string[] } {
  const found: Array<[PhraseRule, number, number]> = [];
  const unknown: string[] = [];
  const vetoed = new Set<MessageId>();
  const checkSubjects = hits.some(([rule]) => ctx.ignorable[rule.id]);
  const pieces = splitSentences(segment);
  pieces.forEach((piece, i) => {
    const folded = foldText(piece);
    const matched = new Set<MessageId>();
    for (const [rule, script] of hits) {
      const subject = SCRIPTS[script] === 'compact' ? compactText(folded) : folded;
      if (!rule.all.every((re) => re.test(subject))) continue;
      matched.add(rule.id);
      found.push([rule, script, firstSentence + i]);
    }
    if (checkSubjects) for (const id of ignorableMentioned(ctx, folded)) if (!matched.has(id)) vetoed.add(id);
    if (matched.size === 0 && readsLikeMessage(piece)) unknown.push(piece.trim());
  });
  return { found: found.filter(([rule]) => !vetoed.has(rule.id)), sentences: pieces.length, unknown };
}

/**
 * Recognises a known portal message in a piece of UI text, whatever the page did to it
 * (line breaks, odd spaces, curly quotes, case, surrounding text). Null when none.
 *
 * A message is one message: a rule matches only when all its parts stand in one sentence of
 * the text, and never across a SEGMENT_BREAK (callers put one between separate page blocks).
 */
function classify(ctx: Built, text: string, options?: ClassifyOptions | null): MessageMatch | null {
  if (!mayContain(ctx, text)) return null;
  const hint = toMessageLocale(options?.locale);
  let best: Found | null = null;
  let sentence = 0;
  /** Per segment: the ids matched there and its unknown sentences. */
  const read: Array<{ ids: Set<MessageId>; unknown: string[] }> = [];
  const segments = text.includes(SEGMENT_BREAK) ? text.split(SEGMENT_BREAK) : [text];
  for (const segment of segments) {
    // A rule that fails on the whole text fails on each of its sentences: most texts end here.
    const hits = wholeTextMatches(ctx, foldText(segment));
    if (hits.length === 0) {
      if (options?.wholeBox) read.push({ ids: new Set(), unknown: unknownSentences(segment) });
      continue;
    }
    const { found, sentences, unknown } = segmentMatches(ctx, segment, hits, sentence);
    for (const [rule, script, at] of found) {
      const r = rank(ctx, rule, hint, script, at);
      if (!best || better(r, best.rank)) best = { rule, rank: r };
    }
    read.push({ ids: new Set(found.map(([rule]) => rule.id)), unknown });
    sentence += sentences;
  }
  if (!best) return null;
  const { rule } = best;
  return {
    id: rule.id,
    ignorable: ctx.ignorable[rule.id],
    locale: rule.locale,
    confidence: rule.provenance.confidence,
    alongside: read.filter((s) => options?.wholeBox || s.ids.has(rule.id)).flatMap((s) => s.unknown),
  };
}

interface Built {
  index: ReturnType<typeof buildPhraseIndex>;
  order: Map<PhraseRule, number>;
  ignorable: Readonly<Record<MessageId, boolean>>;
}

export function createClassifier(catalog: MessageCatalog): MessageClassifier {
  const ctx: Built = {
    index: buildPhraseIndex(catalog.phrases),
    order: new Map(catalog.phrases.map((r, i) => [r, i])),
    ignorable: catalog.ignorable,
  };
  return {
    mayContain: (text) => mayContain(ctx, text),
    classify: (text, options) => classify(ctx, text, options),
  };
}
