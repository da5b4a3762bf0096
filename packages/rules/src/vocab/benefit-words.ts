/**
 * How a page names the two benefits. Names are strong evidence (the programme's own names,
 * before and after the 2025-06 renames: "Signature Cloud Support" → "Partner Cloud Support",
 * "Microsoft Product Support" → "Partner On-premises Support"; L25); plain words ("cloud",
 * "on-premises") are weaker and count only when no name settles it.
 */
import type { Benefit } from '../types.js';
import { englishOnly, findTerms, type VocabTable } from './match.js';

export const BENEFIT_NAMES: VocabTable<Benefit> = {
  // The names stay English on most localized pages ("Signature Cloud Support" in de, nl, sv, tr).
  cloud: {
    ...englishOnly(['Partner Cloud Support@l25', 'Signature Cloud Support@docs', 'Signature Cloud@docs']),
    cs: ['Podpisová podpora cloudu@pc'],
    hu: ['Aláírási felhő támogatása@pc', 'Signature Felhőtámogatás@pc'],
    id: ['Dukungan Cloud Mitra@docs'],
    ja: ['署名クラウド サポート@pc', 'パートナー クラウド サポート'],
    ko: ['서명 클라우드 지원@pc', '파트너 클라우드 지원@docs'],
    pl: ['Obsługa podpisów w chmurze@pc'],
    'pt-PT': ['Suporte à nuvem de assinatura@pc', 'Suporte para a Nuvem de Assinatura@pc'],
    tr: ['Signature Bulut Desteği@pc', 'İş Ortağı Bulut Desteği'],
    'zh-CN': ['签名云支持@seed', '合作伙伴云支持'],
    'zh-TW': ['簽署雲端支援@pc', '簽名雲端支援@pc', '合作夥伴雲端支援'],
  },
  'on-premises': {
    ...englishOnly(['Partner On-premises Support@l25', 'Microsoft Product Support@docs']),
    cs: ['Podpora produktů Microsoftu@pc'],
    de: ['Microsoft-Produktsupport@pc'],
    es: ['soporte técnico de productos de Microsoft@pc'],
    hu: ['Microsoft terméktámogatás@pc'],
    id: ['Dukungan On-premises Mitra@docs', 'Dukungan Mitra Lokal@docs'],
    ja: ['Microsoft 製品サポート@pc', 'パートナー オンプレミス サポート'],
    ko: ['Microsoft 기술 지원@pc', '파트너 온-프레미스 지원@docs'],
    nl: ['Microsoft-productondersteuning@pc'],
    'pt-BR': ['suporte a produtos da Microsoft@pc'],
    'pt-PT': ['Suporte ao produto da Microsoft@pc', 'Suporte Local do Parceiro@docs'],
    ru: ['поддержка продуктов Майкрософт@pc'],
    sv: ['Microsofts produktsupport@pc'],
    tr: ['Microsoft Ürün Desteği@pc', 'İş Ortağı Şirket İçi Desteği'],
    'zh-CN': ['Microsoft 产品支持@seed', '合作伙伴本地支持'],
    'zh-TW': ['Microsoft 產品支援@pc', '合作夥伴內部部署支援'],
  },
};

export const BENEFIT_WORDS: VocabTable<Benefit> = {
  cloud: {
    en: ['cloud@docs'],
    cs: ['cloud*@pc'],
    de: ['Cloud*@pc'],
    es: ['nube@pc', 'cloud'],
    fr: ['cloud@pc'],
    hu: ['felhő*@pc'],
    id: ['cloud', 'awan'],
    it: ['cloud@pc'],
    ja: ['クラウド@pc'],
    ko: ['클라우드@pc'],
    nl: ['cloud*@pc'],
    pl: ['w chmurze@pc', 'chmur*'],
    'pt-BR': ['nuvem@pc'],
    'pt-PT': ['nuvem@pc'],
    ru: ['облачн*', 'облак*'],
    sv: ['moln*@pc'],
    tr: ['bulut*@pc'],
    'zh-CN': ['云@seed'],
    'zh-TW': ['雲端@pc'],
  },
  'on-premises': {
    en: ['on-premises@docs', 'on-premise@docs', 'on-prem'],
    cs: ['místní@pc'],
    de: ['lokal@pc', 'lokale', 'lokalen', 'lokaler'],
    es: ['local@pc', 'locales', 'en las instalaciones'],
    fr: ['local@pc', 'locaux', 'sur site'],
    hu: ['helyszíni@pc'],
    id: ['lokal', 'on-premise'],
    it: ['locale@pc', 'locali'],
    ja: ['オンプレミス@pc'],
    ko: ['온-프레미스@pc'],
    nl: ['on-premises@pc'],
    pl: ['lokaln*@pc'],
    'pt-BR': ['local@pc', 'locais'],
    'pt-PT': ['no local@pc', 'local'],
    ru: ['локальн*@pc'],
    sv: ['lokal@pc', 'lokala@pc', 'lokalt'],
    tr: ['şirket içi@pc'],
    'zh-CN': ['本地@seed'],
    'zh-TW': ['內部部署@pc'],
  },
};

function single(found: Benefit[]): Benefit | null {
  return found.length === 1 ? (found[0] as Benefit) : null;
}

/**
 * The benefit a block of page text is about: by name, else by plain word; null when it names
 * neither or both (the user then chooses).
 */
export function benefitInText(text: string): Benefit | null {
  const named = findTerms(BENEFIT_NAMES, text);
  if (named.length > 0) return single(named);
  return single(findTerms(BENEFIT_WORDS, text));
}

/** Like `benefitInText`, by name only: for text wider than the benefit's own block. */
export function benefitNamedIn(text: string): Benefit | null {
  return single(findTerms(BENEFIT_NAMES, text));
}
