/**
 * Section headings of the Services Hub "Support for business" step 2 (SH25): usable plans are
 * listed under "Types of support"; "Do you need to purchase or add more support plans?" holds
 * Add contract; "Would you like to see unavailable support plans?" lists expired, used-up or
 * wrong-product plans. Localized headings come from the machine-translated editions of the seed's
 * article (`@pc`) and Services Hub's Learn pages (`@docs`); the portal's own strings may differ.
 */
import { findTerms, type VocabTable } from './match.js';

export type PlanSection = 'usable' | 'add-or-purchase' | 'unavailable';

export const PLAN_SECTIONS: VocabTable<PlanSection> = {
  usable: {
    en: ['Types of support@docs'],
    cs: ['Typy podpory'],
    de: ['Supportarten', 'Arten von Support'],
    es: ['Tipos de soporte'],
    fr: ['Types de support'],
    hu: ['Támogatás típusai', 'Támogatási típusok'],
    id: ['Jenis dukungan'],
    it: ['Tipi di supporto'],
    ja: ['サポートの種類'],
    ko: ['지원 유형'],
    nl: ['Ondersteuningstypen', 'Typen ondersteuning'],
    pl: ['Typy pomocy technicznej'],
    'pt-BR': ['Tipos de suporte'],
    'pt-PT': ['Tipos de suporte'],
    ru: ['Типы поддержки'],
    sv: ['Supporttyper'],
    tr: ['Destek türleri'],
    'zh-CN': ['支持类型@docs'],
    'zh-TW': ['支援類型'],
  },
  'add-or-purchase': {
    en: ['Do you need to purchase or add more support plans@docs'],
    cs: ['Potřebujete koupit nebo přidat další plány podpory@pc'],
    de: [
      'Müssen Sie weitere Supportpläne erwerben oder hinzufügen@pc',
      'Müssen Sie Supportpläne erwerben oder hinzufügen@pc',
    ],
    es: ['Necesita comprar o agregar más planes de soporte técnico@pc'],
    fr: ["Vous devez acheter ou ajouter d'autres plans de support@pc"],
    hu: ['Meg kell vásárolnia vagy további támogatási csomagokat kell hozzáadnia@pc'],
    id: ['Apakah Anda perlu membeli atau menambahkan paket dukungan lainnya'],
    it: ['È necessario acquistare o aggiungere altri piani di supporto@pc'],
    ja: ['サポート プランを購入または追加する必要があります@pc'],
    ko: ['추가 지원 플랜을 구입하거나 추가해야 합니까@pc', '지원 플랜을 구입하거나 추가해야 합니까@pc'],
    nl: ['Moet u meer ondersteuningsplannen kopen of toevoegen@pc'],
    pl: ['Czy musisz kupić lub dodać więcej planów pomocy technicznej@pc'],
    'pt-BR': ['Você precisa comprar ou adicionar mais planos de suporte@pc'],
    'pt-PT': ['Precisa de comprar ou adicionar mais planos de suporte@pc'],
    ru: [
      'Необходимо приобрести или добавить дополнительные планы поддержки@pc',
      'Вы хотите приобрести или добавить больше планов поддержки@pc',
    ],
    sv: ['Behöver du köpa eller lägga till fler supportavtal@pc'],
    tr: ['Daha fazla destek planı satın almak veya eklemek gerekiyor mu@pc'],
    'zh-CN': ['是否需要购买或添加更多支持计划@seed'],
    'zh-TW': ['是否需要購買或新增更多支援方案'],
  },
  unavailable: {
    en: ['Would you like to see unavailable support plans@docs', 'Unavailable support plans@docs'],
    cs: ['Chcete zobrazit nedostupné plány podpory@pc'],
    de: [
      'Möchten Sie nicht verfügbare Supportpläne anzeigen@pc',
      'Möchten Sie nicht verfügbare Supportpläne sehen@pc',
    ],
    es: ['Desea ver los planes de soporte técnico no disponibles@pc'],
    fr: [
      'Voulez-vous voir les plans de support indisponibles@pc',
      'Souhaitez-vous voir des plans de support non disponibles@docs',
    ],
    hu: ['Szeretné látni a nem elérhető támogatási csomagokat@pc'],
    id: ['Apakah Anda ingin melihat paket dukungan yang tidak tersedia'],
    it: [
      'Si desidera visualizzare i piani di supporto non disponibili@pc',
      'Si vuole visualizzare i piani di supporto non disponibili@pc',
    ],
    ja: ['使用できないサポートプランを表示しますか@pc', '利用できないサポート プランを確認しますか@docs'],
    ko: ['사용할 수 없는 지원 플랜을 확인하시겠습니까@pc'],
    nl: ['Wilt u niet-beschikbare ondersteuningsplannen zien@pc'],
    pl: ['Czy chcesz zobaczyć niedostępne plany pomocy technicznej@pc'],
    'pt-BR': ['Você gostaria de ver planos de suporte indisponíveis@pc'],
    'pt-PT': ['Gostaria de ver planos de suporte indisponíveis@pc'],
    ru: ['Вы хотите просмотреть недоступные планы поддержки@pc'],
    sv: ['Vill du se otillgängliga supportplaner@pc'],
    tr: ['Kullanılamayan destek planlarını görmek istiyor musunuz@pc'],
    'zh-CN': ['是否希望看到不可用的支持计划@seed', '是否要查看不可用的支持计划@pc'],
    'zh-TW': ['是否要查看無法使用的支援方案'],
  },
};

/** Which plan-list section a heading (or an expander's caption) names; null for other text. */
export function planSection(heading: string): PlanSection | null {
  return findTerms(PLAN_SECTIONS, heading)[0] ?? null;
}
