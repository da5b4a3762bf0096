/**
 * An incident's case number travels inside the ledger note, which is one free-text field: as
 * "#<number>", then ": <note>" when there is one. No UI-language word is stored, so every
 * surface puts its own label ("Case", "案例") in front of the number when it shows it.
 * A refund that undoes a mistaken log carries the marker UNDO_EVENT_NOTE, labelled the same way.
 */

/** The API's limit for a note. */
export const EVENT_NOTE_MAX = 500;

export interface EventNote {
  /** The support case number, or null when none was given. */
  caseNumber: string | null;
  /** The rest of the note ('' when none). */
  text: string;
  /** Set when the event undoes a mistaken log (a refund stored with UNDO_EVENT_NOTE). */
  undo?: true;
}

/**
 * The note of a refund that undoes a mistaken log: a marker, not a word to show. A case number
 * has no colon, so composeEventNote never writes it; a plain note equal to it is escaped.
 */
export const UNDO_EVENT_NOTE = '#undo:';
// What the popup stored before the marker: the English button label.
const LEGACY_UNDO = 'Undo';

// The number is one token (no spaces, no colon); an empty one marks a plain note that itself
// begins with "#", so it is never read back as a case number.
const STORED = /^#([^\s:]*)(?:: ([\s\S]*))?$/;
// Notes the popup wrote before this format: "Case 123: text".
const LEGACY = /^Case ([^\s:]+)(?:: ([\s\S]*))?$/;

/** The note to store for a case number and a note; null when both are empty. */
export function composeEventNote(caseNumber: string, note: string): string | null {
  const number = caseNumber.trim().replace(/[\s:]+/g, '-');
  const text = note.trim();
  let stored: string | null;
  if (number) stored = text ? `#${number}: ${text}` : `#${number}`;
  else if (!text) stored = null;
  else stored = readsAsMarked(text) ? `#: ${text}` : text;
  return stored === null ? null : stored.slice(0, EVENT_NOTE_MAX);
}

function readsAsMarked(text: string): boolean {
  return STORED.test(text) || LEGACY.test(text) || text === UNDO_EVENT_NOTE || text === LEGACY_UNDO;
}

/** A stored note read back into its case number and text. */
export function readEventNote(stored: string | null | undefined): EventNote {
  if (!stored) return { caseNumber: null, text: '' };
  if (stored === UNDO_EVENT_NOTE || stored === LEGACY_UNDO) return { caseNumber: null, text: '', undo: true };
  const match = STORED.exec(stored) ?? LEGACY.exec(stored);
  if (!match) return { caseNumber: null, text: stored };
  return { caseNumber: match[1] || null, text: match[2] ?? '' };
}
