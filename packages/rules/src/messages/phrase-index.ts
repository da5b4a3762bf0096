import { compactText, foldText } from '../text/normalize-text.js';
import type { MessageLocale } from '../types.js';
import type { PhraseRule } from './catalog.js';
import { COMPACT_LOCALES } from './scripts.js';

/**
 * Which form of a sentence a rule reads: `compact` (CJK and Hangul, spaces removed), `cyrillic`
 * or `latin` (folded, single spaces). Listed in priority order: when rules of two scripts match
 * one sentence, the more specific script's reading wins (a Japanese sentence quoting English).
 */
export type Script = 'compact' | 'cyrillic' | 'latin';
export const SCRIPTS: readonly Script[] = ['compact', 'cyrillic', 'latin'];
const CYRILLIC_LOCALES: ReadonlySet<MessageLocale> = new Set(['ru']);

export function scriptOf(locale: MessageLocale): Script {
  if (COMPACT_LOCALES.has(locale)) return 'compact';
  return CYRILLIC_LOCALES.has(locale) ? 'cyrillic' : 'latin';
}

/** The literals of a rule's key (alternatives separated by `|`), in the form its script reads. */
export function keyLiterals(rule: PhraseRule): string[] {
  const script = scriptOf(rule.locale);
  return rule.key
    .split('|')
    .map((k) => (script === 'compact' ? compactText(foldText(k)) : foldText(k)))
    .filter((k) => k.length > 0);
}

const escapeLiteral = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** One script's keyword index: a single scan over all its key literals, each mapped to its rules. */
export interface ScriptIndex {
  /** Global regex of every literal, longest first. */
  scan: RegExp;
  /** The same without the global flag: does any literal occur at all? */
  any: RegExp;
  /** Literal → rules whose key occurs whenever this literal does (substring closure), in catalogue order. */
  rules: ReadonlyMap<string, readonly PhraseRule[]>;
}

function buildScriptIndex(rules: readonly PhraseRule[], order: Map<PhraseRule, number>): ScriptIndex {
  const own = new Map<string, PhraseRule[]>();
  for (const rule of rules) {
    for (const literal of keyLiterals(rule)) {
      const list = own.get(literal) ?? [];
      list.push(rule);
      own.set(literal, list);
    }
  }
  const literals = [...own.keys()].sort((a, b) => b.length - a.length);
  // A scan reports only the longest literal at a position; the shorter ones it contains come along.
  const closed = new Map<string, readonly PhraseRule[]>();
  for (const literal of literals) {
    const all = new Set<PhraseRule>();
    for (const [other, list] of own) if (literal.includes(other)) for (const r of list) all.add(r);
    closed.set(
      literal,
      [...all].sort((a, b) => order.get(a)! - order.get(b)!),
    );
  }
  const source = literals.length ? literals.map(escapeLiteral).join('|') : '(?!)';
  return {
    scan: new RegExp(source, 'g'),
    any: new RegExp(source),
    rules: closed,
  };
}

/**
 * What raw page text must contain where a folded literal occurs: for Latin and Cyrillic the
 * literal's longest plain word (spaces, quotes and dashes vary on pages); for compact scripts
 * the whole literal with optional whitespace between its characters (pages break lines anywhere).
 */
export function rawPiece(literal: string, script: Script): string {
  if (script === 'compact') return [...literal].map(escapeLiteral).join(String.raw`\s*`);
  const words = literal.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return escapeLiteral(words.sort((a, b) => b.length - a.length)[0] ?? literal);
}

/** Drops every piece that contains another piece: the shorter one already lets its texts by. */
function covering(pieces: Iterable<string>): string[] {
  const all = [...new Set(pieces)];
  return all.filter((p) => !all.some((q) => q !== p && p.includes(q))).sort();
}

/**
 * Characters folding rewrites or removes (accented Latin letters, invisibles, combining marks,
 * Hangul jamo, kana voicing marks, compatibility and full-width forms): a text holding one may
 * hide a key from the raw word test, so it always goes on to the full check.
 */
const REWRITTEN = String.raw`\u00AD\u00C0-\u024F\u034F\u0300-\u036F\u061C\u1100-\u11FF\u115F\u1160\u17B4\u17B5\u180E\u1E00-\u1EFF\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\u2100-\u214F\u2460-\u24FF\u3099\u309A\u3131-\u318E\u3200-\u33FF\uF900-\uFAFF\uFB00-\uFB4F\uFEFF\uFF00-\uFFEF`;
/** Scripts whose keys are not plain Latin words: CJK, kana, Hangul, Cyrillic. */
const OTHER_SCRIPTS = String.raw`\u0400-\u04FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF`;

export interface PhraseIndex {
  /**
   * First test on raw text, case-insensitive, one pass: a Latin key word, a character folding
   * rewrites, or any CJK/Hangul/Cyrillic character. Its cost grows with the number of distinct
   * Latin key words only, so keys are chosen rare and short words shared.
   */
  gate: RegExp;
  /** For texts the gate let by on a CJK/Hangul/Cyrillic character: the keys of those scripts. */
  otherGate: RegExp;
  /** Matches when the gate's match was such a character (so `otherGate` decides). */
  otherChar: RegExp;
  scripts: Readonly<Record<Script, ScriptIndex>>;
}

/** Indexes the catalogue: one prefilter for raw text, one keyword scan per script. */
export function buildPhraseIndex(phrases: readonly PhraseRule[]): PhraseIndex {
  const order = new Map(phrases.map((r, i) => [r, i]));
  const pieces: Record<Script, string[]> = { compact: [], cyrillic: [], latin: [] };
  const scripts = {} as Record<Script, ScriptIndex>;
  for (const script of SCRIPTS) {
    const rules = phrases.filter((r) => scriptOf(r.locale) === script);
    scripts[script] = buildScriptIndex(rules, order);
    for (const literal of scripts[script].rules.keys()) pieces[script].push(rawPiece(literal, script));
  }
  const latin = covering(pieces.latin);
  const other = [...covering(pieces.compact), ...covering(pieces.cyrillic)];
  return {
    gate: new RegExp([...latin, `[${REWRITTEN}${OTHER_SCRIPTS}]`].join('|'), 'i'),
    otherGate: new RegExp([...other, ...latin, `[${REWRITTEN}]`].join('|'), 'i'),
    otherChar: new RegExp(`^[${OTHER_SCRIPTS}]$`),
    scripts,
  };
}

/** Rules of `script` whose key occurs in `subject` (a sentence in that script's form), catalogue order. */
export function candidates(index: ScriptIndex, subject: string): Set<PhraseRule> {
  const found = new Set<PhraseRule>();
  const scan = index.scan;
  scan.lastIndex = 0;
  for (let m = scan.exec(subject); m; m = scan.exec(subject)) {
    for (const rule of index.rules.get(m[0])!) found.add(rule);
    // Look again one character on: a literal may start inside the one just found.
    scan.lastIndex = m.index + 1;
  }
  return found;
}
