/**
 * Labels beside the Access ID and Contract ID on Partner Center's technical benefits page. Since
 * 2025-06 the page shows the remaining count and the activate-by date (L25, SH25: "… show the
 * remaining incident quantity and activate by (end date)"); only the English words are published,
 * the other languages are own renderings. Dates and count share the plan-list words.
 */
import { lookupLabel, type VocabTable } from './match.js';
import { PLAN_COLUMNS, type PlanColumn } from './plan-columns.js';

export type PartnerCenterLabel = PlanColumn | 'activate-by';

export const ACTIVATE_BY_LABELS: VocabTable<'activate-by'> = {
  'activate-by': {
    en: ['Activate by@docs', 'Activate before', 'Activation deadline', 'Activate-by date'],
    cs: ['Aktivovat do', 'Termín aktivace'],
    de: ['Aktivieren bis', 'Aktivierungsfrist'],
    es: ['Activar antes de', 'Activar antes del', 'Fecha límite de activación'],
    fr: ['À activer avant le', 'Activer avant le', "Date limite d'activation"],
    hu: ['Aktiválás határideje', 'Aktiválja eddig'],
    id: ['Aktifkan sebelum', 'Batas waktu aktivasi'],
    it: ['Attivare entro', 'Attiva entro', 'Scadenza attivazione'],
    ja: ['有効化の期限', 'アクティブ化の期限'],
    ko: ['활성화 기한'],
    nl: ['Activeren vóór', 'Activeringsdeadline'],
    pl: ['Aktywuj do', 'Termin aktywacji'],
    'pt-BR': ['Ativar até', 'Prazo de ativação'],
    'pt-PT': ['Ativar até', 'Prazo de ativação'],
    ru: ['Активировать до', 'Крайний срок активации'],
    sv: ['Aktivera senast', 'Aktivera före'],
    tr: ['Son etkinleştirme tarihi', 'Etkinleştirme son tarihi'],
    'zh-CN': ['激活截止日期', '激活截止时间', '请在此日期前激活'],
    'zh-TW': ['啟用截止日期', '啟用期限'],
  },
};

/** Which of the benefit's facts a Partner Center label names; null for other labels. */
export function partnerCenterLabel(label: string): PartnerCenterLabel | null {
  return lookupLabel(ACTIVATE_BY_LABELS, label) ?? lookupLabel(PLAN_COLUMNS, label);
}
