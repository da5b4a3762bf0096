import fc from 'fast-check';

/** What portals do to text: odd spaces, invisible characters, quotes, case, framing. */
export const WHITESPACE = [' ', '\u00a0', '\n', '\t', '\u2009', '\u202f', '\u3000', ' \n ', '\r\n', '  '];
export const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const PREFIXES = ['', 'Error: ', '\u26a0 ', 'Fehler: ', '错误：', '\u24d8\n', 'Link support benefits\n'];
const SUFFIXES = ['', ' Learn more', '\nLearn more', ' Weitere Informationen', ' 了解详细信息', ' \u2197'];
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

export interface Mutation {
  spaces: number[];
  invisibles: Array<{ at: number; which: number }>;
  breaks: Array<{ at: number; which: number }>;
  casing: boolean[];
  curlyQuotes: boolean;
  prefix: number;
  suffix: number;
  dropFinalStop: boolean;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  spaces: fc.array(fc.nat(WHITESPACE.length - 1), { minLength: 1, maxLength: 20 }),
  invisibles: fc.array(fc.record({ at: fc.nat(), which: fc.nat(INVISIBLES.length - 1) }), { maxLength: 6 }),
  breaks: fc.array(fc.record({ at: fc.nat(), which: fc.nat(WHITESPACE.length - 1) }), { maxLength: 4 }),
  casing: fc.array(fc.boolean(), { minLength: 1, maxLength: 32 }),
  curlyQuotes: fc.boolean(),
  prefix: fc.nat(PREFIXES.length - 1),
  suffix: fc.nat(SUFFIXES.length - 1),
  dropFinalStop: fc.boolean(),
});

function insertAt(text: string, at: number, piece: string): string {
  const i = at % (text.length + 1);
  return text.slice(0, i) + piece + text.slice(i);
}

/** A line break between two CJK characters, where source HTML or <br> can put one. */
function breakBetweenCjk(text: string, at: number, piece: string): string {
  const spots: number[] = [];
  for (let i = 1; i < text.length; i++) if (CJK.test(text[i - 1]!) && CJK.test(text[i]!)) spots.push(i);
  if (spots.length === 0) return text;
  const i = spots[at % spots.length]!;
  return text.slice(0, i) + piece + text.slice(i);
}

export function mutate(text: string, m: Mutation): string {
  let out = m.dropFinalStop ? text.replace(/[.。]$/, '') : text;
  let k = 0;
  out = out.replace(/ /g, () => WHITESPACE[m.spaces[k++ % m.spaces.length]!]!);
  out = [...out]
    .map((ch, i) => (m.casing[i % m.casing.length] ? ch.toUpperCase() : ch.toLowerCase()))
    .join('');
  if (m.curlyQuotes) out = out.replace(/'/g, '\u2019').replace(/"([^"]*)"/g, '\u201c$1\u201d');
  // Scripts without spaces between words can be broken between any two characters; Latin only at spaces.
  for (const b of m.breaks) out = breakBetweenCjk(out, b.at, WHITESPACE[b.which]!);
  for (const z of m.invisibles) out = insertAt(out, z.at, INVISIBLES[z.which]!);
  return PREFIXES[m.prefix] + out + SUFFIXES[m.suffix];
}
