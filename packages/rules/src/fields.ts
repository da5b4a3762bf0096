import type { FieldRole } from './types.js';
import { FIELD_LABELS, PASSWORD_LABELS } from './vocab/field-labels.js';
import { findTerms, vocabFold } from './vocab/match.js';

/** Longer "labels" are sentences (instructions, help text), not field names. */
const MAX_LABEL_LENGTH = 80;

function roleOf(labelText: string, password: boolean): FieldRole | null {
  const folded = vocabFold(labelText);
  if (folded.length === 0 || folded.length > MAX_LABEL_LENGTH) return null;
  const found = findTerms(FIELD_LABELS, folded);
  const access = found.includes('access-id');
  const contract =
    found.includes('contract-id') || (password && findTerms(PASSWORD_LABELS, folded).length > 0);
  if (access === contract) return null;
  return access ? 'access-id' : 'contract-id';
}

/**
 * Which of the pair a form field holds, judged from its label, aria-label or placeholder
 * in any portal language (`FIELD_LABELS`). Null for other fields and for text naming both.
 */
export function fieldRole(labelText: string): FieldRole | null {
  return roleOf(labelText, false);
}

/** `fieldRole` for Power Platform and LCS, whose contract ID field is called "Password" (`PASSWORD_LABELS`). */
export function fieldRoleWithPassword(labelText: string): FieldRole | null {
  return roleOf(labelText, true);
}
