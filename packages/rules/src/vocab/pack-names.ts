/**
 * Pack names as plan lists and Partner Center show them, before and after the 2025-06 renames
 * ("Partner support Gold 20pack" → "Partner On-premises Support 20", "Partner Signature 5pack"
 * → "Partner Cloud Support 5"; L25). A pack name says the benefit and the number of incidents;
 * the old names also say the offer family. Names are product names, kept in English.
 */
import type { Benefit, OfferId } from '../types.js';
import { vocabFold, wordsPattern as words } from './match.js';
import { termOf } from './sources.js';

export interface PackName {
  /** `{n}` stands for the number of incidents. */
  pattern: string;
  benefit: Benefit;
  /** Offers the name belongs to (empty: the name does not say; the count and date decide). */
  offers: readonly OfferId[];
  era: 'before-2025-06' | 'from-2025-06';
}

export const PACK_NAMES: readonly PackName[] = [
  {
    pattern: 'Partner support Gold {n}pack@docs',
    benefit: 'on-premises',
    offers: ['gold', 'legacy-gold'],
    era: 'before-2025-06',
  },
  {
    pattern: 'Support partenaire Gold {n}pack@docs',
    benefit: 'on-premises',
    offers: ['gold', 'legacy-gold'],
    era: 'before-2025-06',
  },
  {
    pattern: 'Partner support Silver {n}pack@l25',
    benefit: 'on-premises',
    offers: ['silver', 'legacy-silver'],
    era: 'before-2025-06',
  },
  {
    pattern: 'Partner support MAPS {n}pack@l25',
    benefit: 'on-premises',
    offers: ['action-pack'],
    era: 'before-2025-06',
  },
  { pattern: 'Partner Signature {n}pack@l25', benefit: 'cloud', offers: [], era: 'before-2025-06' },
  { pattern: 'Signature {n}-pack@docs', benefit: 'cloud', offers: [], era: 'before-2025-06' },
  { pattern: 'Partner On-premises Support {n}@l25', benefit: 'on-premises', offers: [], era: 'from-2025-06' },
  { pattern: 'Partner Cloud Support {n}@l25', benefit: 'cloud', offers: [], era: 'from-2025-06' },
  // Learn's machine-translated editions translate the names; portals may keep them in English.
  {
    pattern: 'パートナー サポート ゴールド {n}pack@docs',
    benefit: 'on-premises',
    offers: ['gold', 'legacy-gold'],
    era: 'before-2025-06',
  },
  {
    pattern: '파트너 지원 Gold {n}pack@docs',
    benefit: 'on-premises',
    offers: ['gold', 'legacy-gold'],
    era: 'before-2025-06',
  },
  { pattern: '파트너 서명 {n}pack@docs', benefit: 'cloud', offers: [], era: 'before-2025-06' },
  { pattern: '파트너 온-프레미스 지원 {n}@docs', benefit: 'on-premises', offers: [], era: 'from-2025-06' },
  { pattern: '파트너 클라우드 지원 {n}@docs', benefit: 'cloud', offers: [], era: 'from-2025-06' },
];

export interface PackMatch {
  name: PackName;
  /** The name as the pack is called, e.g. "Partner Cloud Support 5". */
  label: string;
  /** The text that matched, folded (`vocabFold`), so callers can look past it. */
  matched: string;
  benefit: Benefit;
  /** Incidents the pack holds. */
  incidents: number;
  offers: readonly OfferId[];
}

let compiled: RegExp[] | null = null;

function patterns(): RegExp[] {
  compiled ??= PACK_NAMES.map(({ pattern }) => {
    const [before = '', after = ''] = vocabFold(termOf(pattern)).split('{n}');
    const tail = words(after);
    return new RegExp(
      `(?<![a-z0-9])${words(before)}[ -]?(\\d{1,3})${tail ? `[ -]?${tail}` : ''}(?![a-z0-9])`,
    );
  });
  return compiled;
}

/** The first pack a block of page text names, or null. */
export function packInText(text: string): PackMatch | null {
  const folded = vocabFold(text);
  const list = patterns();
  for (let i = 0; i < list.length; i++) {
    const m = (list[i] as RegExp).exec(folded);
    const name = PACK_NAMES[i] as PackName;
    if (m) {
      const incidents = Number(m[1]);
      const label = termOf(name.pattern).replace('{n}', String(incidents));
      return { name, label, matched: m[0], benefit: name.benefit, incidents, offers: name.offers };
    }
  }
  return null;
}
