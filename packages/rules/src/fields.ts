import type { FieldRole } from './types.js';
import { FIELD_LABELS } from './vocab/field-labels.js';
import { findTerms, vocabFold } from './vocab/match.js';

/** Longer "labels" are sentences (instructions, help text), not field names. */
const MAX_LABEL_LENGTH = 80;

/**
 * Which of the pair a form field holds, judged from its label, aria-label or placeholder
 * in any portal language (`FIELD_LABELS`). Null for other fields and for text naming both.
 */
export function fieldRole(labelText: string): FieldRole | null {
  const folded = vocabFold(labelText);
  if (folded.length === 0 || folded.length > MAX_LABEL_LENGTH) return null;
  const found = findTerms(FIELD_LABELS, folded);
  const access = found.includes('access-id');
  const contract = found.includes('contract-id') || found.includes('password');
  if (access === contract) return null;
  return access ? 'access-id' : 'contract-id';
}
