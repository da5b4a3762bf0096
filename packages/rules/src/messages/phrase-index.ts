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
  /** Literal → rules whose key occurs whenever this literal does (substring closure), in catalogue order. */
  rules: ReadonlyMap<string, readonly PhraseRule[]>;
}

function buildScriptIndex(
  script: Script,
  rules: readonly PhraseRule[],
  order: Map<PhraseRule, number>,
): ScriptIndex {
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
  // Latin keys start words (the rules' patterns begin with \b): test the boundary once, not each key.
  const wordy = script === 'latin' ? literals.filter((l) => /^[a-z0-9]/.test(l)) : [];
  const rest = literals.filter((l) => !wordy.includes(l)).map(escapeLiteral);
  const sources = [
    ...(wordy.length ? [wordStarts(wordy.map(escapeLiteral))] : []),
    ...(rest.length ? [byFirstCharacter(rest)] : []),
  ];
  const source = sources.length ? sources.join('|') : '(?!)';
  return {
    scan: new RegExp(source, 'g'),
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

/**
 * One alternation of escaped literals grouped by first character, longest first within a group:
 * the engine tries one group per position instead of every literal.
 */
function byFirstCharacter(literals: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const literal of literals) {
    const first = literal.startsWith('\\') ? literal.slice(0, 2) : literal[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), literal.slice(first.length)]);
  }
  return [...byFirst]
    .map(([first, rests]) => {
      const sorted = rests.sort((a, b) => b.length - a.length);
      return sorted.includes('')
        ? `${first}(?:${sorted.filter(Boolean).join('|')})?`
        : `${first}(?:${sorted.join('|')})`;
    })
    .join('|');
}

/** Words that must start a word: the boundary is checked once per position, then one group. */
function wordStarts(words: readonly string[]): string {
  return words.length ? String.raw`\b(?:${byFirstCharacter(words)})` : '(?!)';
}

/** Drops every piece that contains another piece: the shorter one already lets its texts by. */
function covering(pieces: Iterable<string>): string[] {
  const all = [...new Set(pieces)];
  return all.filter((p) => !all.some((q) => q !== p && p.includes(q))).sort();
}

type Ranges = ReadonlyArray<readonly [number, number]>;
/** Accented Latin letters: folding removes the accent. */
const ACCENTED: Ranges = [
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
];
/** Scripts whose keys are not plain Latin words: Cyrillic, kana, CJK, Hangul. */
const OTHER_SCRIPTS: Ranges = [
  [0x400, 0x4ff],
  [0x3040, 0x30ff],
  [0x3400, 0x9fff],
  [0xac00, 0xd7af],
];
/**
 * Other characters folding rewrites or removes (invisibles, combining marks, Hangul jamo, kana
 * voicing marks, compatibility and full-width forms): they may hide a key from the raw tests.
 */
const REWRITTEN: Ranges = [
  [0xad, 0xad],
  [0x300, 0x36f],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x1100, 0x11ff],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x206a, 0x206f],
  [0x2100, 0x214f],
  [0x2460, 0x24ff],
  [0x3099, 0x309a],
  [0x3131, 0x318e],
  [0x3200, 0x33ff],
  [0xf900, 0xfaff],
  [0xfb00, 0xfb4f],
  [0xfeff, 0xfeff],
  [0xff00, 0xffef],
];
const SECOND_PASS: Ranges = [...ACCENTED, ...OTHER_SCRIPTS];
const inRanges = (code: number, ranges: Ranges) => ranges.some(([a, b]) => code >= a && code <= b);
const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
const charClass = (ranges: Ranges) =>
  `[${ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`;

export interface PhraseIndex {
  /**
   * First pass on raw text, case-insensitive: a Latin key word at a word start, or a character
   * of another script, an accented letter or one folding rewrites. The word boundary is checked
   * once per position and the words are grouped by first letter, so most positions cost one test.
   */
  gate: RegExp;
  /**
   * True for the code unit the first pass stopped at when the second pass decides (an accented
   * letter or another script's character); a word's last letter or another rewritten character
   * means the text passes. `gate` is global: read `lastIndex` after `test`.
   */
  isSecondPass: (code: number) => boolean;
  /** Second pass: the compact and Cyrillic keys, or a character folding rewrites… */
  otherKeys: RegExp;
  /** …the same for one script at a time (the one the first pass stopped at goes first)… */
  compactKeys: RegExp;
  cyrillicKeys: RegExp;
  /** …or the Latin key words, in the text with its Latin accents removed. */
  latinWords: RegExp;
  scripts: Readonly<Record<Script, ScriptIndex>>;
}

/** Indexes the catalogue: a two-pass prefilter for raw text, one keyword scan per script. */
export function buildPhraseIndex(phrases: readonly PhraseRule[]): PhraseIndex {
  const order = new Map(phrases.map((r, i) => [r, i]));
  const pieces: Record<Script, string[]> = { compact: [], cyrillic: [], latin: [] };
  const scripts = {} as Record<Script, ScriptIndex>;
  for (const script of SCRIPTS) {
    const rules = phrases.filter((r) => scriptOf(r.locale) === script);
    scripts[script] = buildScriptIndex(script, rules, order);
    for (const literal of scripts[script].rules.keys()) pieces[script].push(rawPiece(literal, script));
  }
  const latin = wordStarts(covering(pieces.latin));
  const stops = charClass([...ACCENTED, ...OTHER_SCRIPTS, ...REWRITTEN]);
  return {
    // The class first: irregexp then settles most positions with one range test.
    gate: new RegExp(`${stops}|${latin}`, 'gi'),
    isSecondPass: (code) => inRanges(code, SECOND_PASS),
    otherKeys: new RegExp(
      [...covering(pieces.compact), ...covering(pieces.cyrillic), charClass(REWRITTEN)].join('|'),
      'i',
    ),
    compactKeys: new RegExp(`${charClass(REWRITTEN)}|${byFirstCharacter(covering(pieces.compact))}`, 'i'),
    cyrillicKeys: new RegExp(`${charClass(REWRITTEN)}|${byFirstCharacter(covering(pieces.cyrillic))}`, 'i'),
    latinWords: new RegExp(latin, 'i'),
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
