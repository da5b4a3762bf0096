/**
 * Column and card labels of a support plan list (Services Hub "Types of support" and
 * "Unavailable support plans": start date, end date, incidents remaining; SH25). Partner
 * Center's benefit cards use the same words for their dates and count.
 */
import { lookupLabel, type VocabTable } from './match.js';

export type PlanColumn = 'start' | 'end' | 'remaining';

export const PLAN_COLUMNS: VocabTable<PlanColumn> = {
  start: {
    en: ['Start date@docs', 'Start', 'Valid from'],
    cs: ['Datum zahájení@pc', 'Počáteční datum'],
    de: ['Startdatum@pc', 'Anfangsdatum', 'Beginn'],
    es: ['Fecha de inicio@pc'],
    fr: ['Date de début@pc'],
    hu: ['Kezdő dátum', 'Kezdés dátuma'],
    id: ['Tanggal mulai'],
    it: ['Data di inizio@pc', 'Data inizio'],
    ja: ['開始日@pc'],
    ko: ['시작 날짜@pc', '시작일'],
    nl: ['Begindatum@pc', 'Ingangsdatum'],
    pl: ['Data rozpoczęcia', 'Data początkowa'],
    'pt-BR': ['Data de início@pc'],
    'pt-PT': ['Data de início@pc'],
    ru: ['Дата начала@pc'],
    sv: ['Startdatum@pc'],
    tr: ['Başlangıç tarihi@pc'],
    'zh-CN': ['开始日期@seed', '开始时间', '生效日期'],
    'zh-TW': ['開始日期', '生效日期'],
  },
  end: {
    en: ['End date@docs', 'Expiration date', 'Expiry date', 'Expires', 'End', 'Valid to', 'Valid until'],
    cs: ['Datum ukončení@pc', 'Datum vypršení platnosti'],
    de: ['Enddatum@pc', 'Ablaufdatum'],
    es: ['Fecha de finalización@pc', 'Fecha de fin', 'Fecha de vencimiento', 'Fecha de expiración'],
    fr: ['Date de fin@pc', "Date d'expiration", "Date d'échéance"],
    hu: ['Befejező dátum', 'Záró dátum', 'Lejárati dátum', 'Lejárat dátuma'],
    id: ['Tanggal berakhir', 'Tanggal selesai', 'Tanggal kedaluwarsa'],
    it: ['Data di fine@pc', 'Data fine', 'Data di scadenza'],
    ja: ['終了日@pc', '有効期限'],
    ko: ['종료 날짜@pc', '종료일', '만료일', '만료 날짜'],
    nl: ['Einddatum@pc', 'Vervaldatum'],
    pl: ['Data zakończenia', 'Data wygaśnięcia'],
    'pt-BR': ['Data de término@pc', 'Data de fim', 'Data de validade', 'Data de expiração'],
    'pt-PT': ['Data de fim@pc', 'Data de término', 'Data de expiração'],
    ru: ['Дата окончания@pc', 'Дата истечения срока'],
    sv: ['Slutdatum@pc', 'Utgångsdatum'],
    tr: ['Bitiş tarihi@pc', 'Son kullanma tarihi'],
    'zh-CN': ['结束日期@docs', '到期日期', '终止日期', '截止日期', '到期日'],
    'zh-TW': ['結束日期', '到期日期', '到期日', '終止日期'],
  },
  remaining: {
    en: ['Incidents remaining@docs', 'Remaining incidents', 'Incidents left', 'Remaining'],
    cs: ['Zbývající incidenty@pc', 'Zbývá incidentů', 'Zbývá'],
    de: ['Verbleibende Incidents@pc', 'Verbleibende Vorfälle', 'Verbleibend'],
    es: ['Incidentes restantes@pc', 'Restantes'],
    fr: ['Incidents restants@pc', 'Restants'],
    hu: ['Fennmaradó incidensek', 'Hátralévő incidensek', 'Fennmaradó'],
    id: ['Insiden tersisa', 'Sisa insiden', 'Tersisa'],
    it: ['Eventi imprevisti rimanenti@pc', 'Incidenti rimanenti', 'Rimanenti'],
    ja: ['残りのインシデント@pc', '残りのインシデント数', '残りインシデント数', '残り'],
    ko: ['남은 인시던트@pc', '남은 인시던트 수', '남은 수'],
    nl: ['Resterende incidenten@pc', 'Resterend'],
    pl: ['Pozostałe zdarzenia@pc', 'Pozostałe incydenty', 'Pozostało'],
    'pt-BR': ['Incidentes restantes@pc', 'Restantes'],
    'pt-PT': ['Incidentes restantes@pc', 'Restantes'],
    ru: ['Осталось инцидентов', 'Оставшиеся инциденты', 'Осталось'],
    sv: ['Återstående incidenter@pc', 'Kvarvarande incidenter', 'Återstående'],
    tr: ['Kalan olaylar@pc', 'Kalan olay sayısı', 'Kalan'],
    'zh-CN': ['剩余事件@docs', '剩余事件数', '剩余事件数量', '剩余的事件', '剩余'],
    'zh-TW': ['剩餘事件', '剩餘事件數', '剩餘'],
  },
};

/** Which plan column a header or card label names, in any portal language; null for other labels. */
export function planColumn(label: string): PlanColumn | null {
  return lookupLabel(PLAN_COLUMNS, label);
}
