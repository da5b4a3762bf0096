import { readEventNote } from '@supportlink/rules';
import { t } from '../i18n';

/** A ledger note as read: the case number under the UI language's label ("Case 123 · text"), an undo as the label. */
export function noteText(note: string | null | undefined): string {
  const { caseNumber, text, undo } = readEventNote(note);
  if (undo) return t('ledger.undo');
  if (!caseNumber) return text;
  const label = t('ledger.case', { number: caseNumber });
  return text ? `${label} · ${text}` : label;
}
