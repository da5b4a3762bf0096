import type { Confidence } from '../types.js';

/**
 * Where a vocabulary entry comes from. An entry is written `term@source`; a bare `term` is our
 * own rendering (unverified: the portal's real wording may differ).
 */
export const VOCAB_SOURCES = {
  docs: {
    title:
      "Microsoft's documentation: Partner Center technical support article (S23), Services Hub Learn pages partner-incidents-remaining and missing-support-plan (SH25, incl. their zh-CN, fr and ja editions), the Learn id-id, ko-kr and pt-pt editions of partner-center/benefits/mpn-benefits-technical-support (2025 renames), Power Platform admin center help (PP26)",
    confidence: 'documented',
  },
  pc: {
    title:
      'Localized editions of the Partner Center technical support article, MicrosoftDocs/partner-center-pr.<locale>, partner-center/mpn-benefits-technical-support.md (2021, machine-translated)',
    confidence: 'documented',
  },
  seed: {
    title: 'The zh-CN edition of the same article (the seed document, 2021)',
    confidence: 'documented',
  },
  l25: {
    title: 'The 2025-06 renames of benefits and packs (L25, PROGRAM-2026.md "Found later")',
    confidence: 'documented',
  },
  own: {
    title: 'Own rendering: the words a portal in this language plausibly shows; not seen in a public source',
    confidence: 'unverified',
  },
} as const satisfies Record<string, { title: string; confidence: Confidence }>;

export type VocabSourceId = keyof typeof VOCAB_SOURCES;
/** The tags alone, so matching code does not bundle the titles. */
const SOURCE_IDS: readonly string[] = ['docs', 'pc', 'seed', 'l25', 'own'] satisfies VocabSourceId[];

export interface VocabEntry {
  term: string;
  source: VocabSourceId;
  confidence: Confidence;
}

/** The term of an entry without its source tag (what the matcher needs; no source titles bundled). */
export function termOf(entry: string): string {
  const at = entry.lastIndexOf('@');
  return at > 0 && SOURCE_IDS.includes(entry.slice(at + 1)) ? entry.slice(0, at) : entry;
}

/** Splits `term@source` (a bare term is `own`). */
export function parseEntry(entry: string): VocabEntry {
  const at = entry.lastIndexOf('@');
  const tag = at > 0 ? entry.slice(at + 1) : '';
  const known = SOURCE_IDS.includes(tag);
  const source: VocabSourceId = known ? (tag as VocabSourceId) : 'own';
  return { term: known ? entry.slice(0, at) : entry, source, confidence: VOCAB_SOURCES[source].confidence };
}
