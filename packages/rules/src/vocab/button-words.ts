/**
 * Words on the buttons SupportLink reacts to: Partner Center's Activate (dimmed when the role is
 * missing), the portals' Add contract and Link, and the Cancel / Close that dismiss a form.
 */
import { findTerms, lookupLabel, type VocabTable } from './match.js';

/** Partner Center's Activate (only the Partner Center script needs it). */
export const ACTIVATE_WORDS: VocabTable<'activate'> = {
  activate: {
    en: ['Activate@docs', 'Activate now'],
    cs: ['Aktivovat@pc'],
    de: ['Aktivieren@pc'],
    es: ['Activar@pc'],
    fr: ['Activer@pc'],
    hu: ['Aktiválás@pc', 'Aktiválja'],
    id: ['Aktifkan@docs'],
    it: ['Attiva@pc', 'Attivare'],
    ja: ['アクティブ化@pc', '有効化', '有効にする'],
    ko: ['활성화@pc'],
    nl: ['Activeren@pc'],
    pl: ['Aktywuj@pc'],
    'pt-BR': ['Ativar@pc'],
    'pt-PT': ['Ativar@pc'],
    ru: ['Активировать@pc'],
    sv: ['Aktivera@pc'],
    tr: ['Etkinleştir@pc'],
    'zh-CN': ['激活@seed', '立即激活', '启用'],
    'zh-TW': ['啟用@pc', '立即啟用'],
  },
};

export type FormButtonKind = 'add-contract' | 'link';

/** The buttons that open or submit a link form. */
export const FORM_BUTTON_WORDS: VocabTable<FormButtonKind> = {
  'add-contract': {
    en: ['Add contract@docs', 'Add a new plan@docs', 'Add a new support contract@docs'],
    cs: ['Přidat smlouvu@pc'],
    de: ['Vertrag hinzufügen@pc'],
    es: ['Agregar contrato@pc'],
    fr: ['Ajouter un contrat@pc'],
    hu: ['Szerződés hozzáadása@pc'],
    id: ['Tambahkan kontrak'],
    it: ['Aggiungi contratto@pc'],
    ja: ['コントラクトの追加@pc', '契約の追加'],
    ko: ['계약 추가'],
    nl: ['Contract toevoegen@pc'],
    pl: ['Dodaj kontrakt@pc', 'Dodaj umowę'],
    'pt-BR': ['Adicionar contrato@pc'],
    'pt-PT': ['Adicionar contrato@pc'],
    ru: ['Добавить контракт@pc'],
    sv: ['Lägg till kontrakt@pc'],
    tr: ['Sözleşme Ekle@pc', 'Anlaşma Ekle@pc'],
    'zh-CN': ['添加合同@seed'],
    'zh-TW': ['新增合約'],
  },
  link: {
    en: ['Link', 'Link support benefits@docs'],
    cs: ['Propojit', 'Propojit výhody podpory@pc'],
    de: ['Verknüpfen', 'Supportvorteile verknüpfen@pc'],
    es: ['Vincular', 'Vincular ventajas de soporte técnico@pc'],
    fr: ['Lier', 'Lier les avantages du support technique@pc'],
    hu: ['Összekapcsolás', 'Támogatási előnyök összekapcsolása@pc'],
    id: ['Tautkan', 'Tautkan manfaat dukungan'],
    it: ['Collega', 'Collega vantaggi di supporto@pc', 'Collegare i vantaggi del supporto@pc'],
    ja: ['リンク', 'サポートの特典をリンクする@pc'],
    ko: ['연결', '지원 혜택 연결', '지원 혜택 링크@pc'],
    nl: ['Koppelen', 'Ondersteuningsvoordelen koppelen@pc'],
    pl: ['Połącz', 'Połącz korzyści pomocy technicznej@pc'],
    'pt-BR': ['Vincular', 'Vincular benefícios de suporte@pc'],
    'pt-PT': ['Ligar', 'Ligar benefícios de suporte', 'Link support benefits@pc'],
    ru: ['Связать', 'Связать преимущества поддержки@pc'],
    sv: ['Länka', 'Länka supportförmåner@pc'],
    tr: ['Bağla', 'Destek avantajlarını bağlama@pc'],
    'zh-CN': ['链接', '链接支持权益@pc'],
    'zh-TW': ['連結', '連結支援權益'],
  },
};

/** The buttons that close a form without submitting it. */
export const DISMISS_WORDS: VocabTable<'cancel' | 'close'> = {
  cancel: {
    en: ['Cancel', 'Discard'],
    cs: ['Zrušit'],
    de: ['Abbrechen'],
    es: ['Cancelar'],
    fr: ['Annuler'],
    hu: ['Mégse'],
    id: ['Batal'],
    it: ['Annulla'],
    ja: ['キャンセル'],
    ko: ['취소'],
    nl: ['Annuleren'],
    pl: ['Anuluj'],
    'pt-BR': ['Cancelar'],
    'pt-PT': ['Cancelar'],
    ru: ['Отмена'],
    sv: ['Avbryt'],
    tr: ['İptal'],
    'zh-CN': ['取消'],
    'zh-TW': ['取消'],
  },
  close: {
    en: ['Close'],
    cs: ['Zavřít'],
    de: ['Schließen'],
    es: ['Cerrar'],
    fr: ['Fermer'],
    hu: ['Bezárás'],
    id: ['Tutup'],
    it: ['Chiudi'],
    ja: ['閉じる'],
    ko: ['닫기'],
    nl: ['Sluiten'],
    pl: ['Zamknij'],
    'pt-BR': ['Fechar'],
    'pt-PT': ['Fechar'],
    ru: ['Закрыть'],
    sv: ['Stäng'],
    tr: ['Kapat'],
    'zh-CN': ['关闭'],
    'zh-TW': ['關閉'],
  },
};

/** A button whose whole caption is Activate, in any portal language. */
export function isActivateButton(caption: string): boolean {
  return lookupLabel(ACTIVATE_WORDS, caption) !== null;
}

/** Add contract or Link, when that is the button's whole caption; null otherwise. */
export function formButtonKind(caption: string): FormButtonKind | null {
  return lookupLabel(FORM_BUTTON_WORDS, caption);
}

/**
 * A button that closes a form without submitting it (its caption or accessible name contains
 * Cancel, Close or Discard in any portal language): its click is not a link attempt.
 */
export function isDismissButton(name: string): boolean {
  return findTerms(DISMISS_WORDS, name).length > 0;
}
