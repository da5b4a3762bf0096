/**
 * How pages name the offers a contract comes from (Partner Center benefit cards, plan lists).
 * Programme and offer names are kept in English on localized pages (the localized editions of
 * the technical support article write "Action Pack", "Gold", "Silver" untranslated); a locale
 * lists its own words only where they differ.
 */
import type { OfferId } from '../types.js';
import { englishOnly, findTerms, type VocabTable } from './match.js';

export const OFFER_NAMES: VocabTable<OfferId> = {
  'legacy-gold': englishOnly(['legacy gold', 'gold legacy']),
  'legacy-silver': englishOnly(['legacy silver', 'silver legacy']),
  // "Gold" and "Silver" stay English on most localized pages ("Gold-Kompetenz", "Gold コンピテンシー").
  gold: {
    ...englishOnly(['Gold competency@docs', 'Gold']),
    cs: ['Zlatá kompetence@pc'],
    ko: ['골드 역량@pc'],
    'pt-PT': ['Competência do ouro@pc'],
    sv: ['Guldkompetens@pc'],
    'zh-CN': ['金牌@pc', '金级@seed'],
    'zh-TW': ['金級@pc'],
  },
  silver: {
    ...englishOnly(['Silver competency@docs', 'Silver']),
    cs: ['Kompetence stříbrného@pc'],
    de: ['Silber-Kompetenz'],
    ko: ['실버 역량@pc'],
    'pt-PT': ['Competência de prata@pc'],
    sv: ['Silverkompetens@pc'],
    'zh-CN': ['银牌@pc', '银级@seed', '银资格@pc'],
    'zh-TW': ['銀級@pc'],
  },
  'action-pack': {
    ...englishOnly(['Action Pack@docs', 'Microsoft Action Pack@docs']),
    cs: ['Akční balíček@pc'],
    tr: ['Eylem Paketi@pc'],
    'zh-TW': ['行動寶盒@pc'],
  },
  'solutions-partner': {
    ...englishOnly(['Solutions Partner']),
    ja: ['ソリューション パートナー'],
    ko: ['솔루션 파트너'],
    'zh-CN': ['解决方案合作伙伴'],
    'zh-TW': ['解決方案合作夥伴'],
  },
  'partner-success-core': englishOnly(['Partner Success Core']),
  'partner-success-expanded': englishOnly(['Partner Success Expanded']),
  'partner-launch': englishOnly(['Partner Launch']),
};

/** A legacy pack names its competency too: "legacy gold" is not also plain Gold. */
const NARROWER: Partial<Record<OfferId, OfferId>> = { gold: 'legacy-gold', silver: 'legacy-silver' };

/** Every offer a block of page text names (narrowest only), in table order. */
export function offersInText(text: string): OfferId[] {
  const found = findTerms(OFFER_NAMES, text);
  return found.filter((offer) => {
    const narrower = NARROWER[offer];
    return !(narrower && found.includes(narrower));
  });
}

/** The single offer a block of page text names, or null when it names none or several. */
export function offerInText(text: string): OfferId | null {
  const offers = offersInText(text);
  return offers.length === 1 ? (offers[0] as OfferId) : null;
}
