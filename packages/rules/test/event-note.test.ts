import { describe, expect, it } from 'vitest';
import { composeEventNote, EVENT_NOTE_MAX, readEventNote, UNDO_EVENT_NOTE } from '../src/event-note.js';

describe('event note with a case number', () => {
  it('stores the number without a UI-language word, and reads it back', () => {
    const stored = composeEventNote(' 2603010040001234 ', ' VM will not boot ');
    expect(stored).toBe('#2603010040001234: VM will not boot');
    expect(stored).not.toMatch(/Case|案例/);
    expect(readEventNote(stored)).toEqual({ caseNumber: '2603010040001234', text: 'VM will not boot' });
    expect(readEventNote(composeEventNote('123', ''))).toEqual({ caseNumber: '123', text: '' });
    expect(composeEventNote(' ', ' ')).toBeNull();
  });

  it('a plain note is kept as typed, and one that looks like a case number is never read as one', () => {
    expect(composeEventNote('', 'Called the partner desk')).toBe('Called the partner desk');
    expect(readEventNote('Called the partner desk')).toEqual({
      caseNumber: null,
      text: 'Called the partner desk',
    });
    for (const note of ['#1: urgent', '#42', 'Case 7: typed by hand']) {
      expect(readEventNote(composeEventNote('', note))).toEqual({ caseNumber: null, text: note });
    }
    expect(readEventNote('#1 priority')).toEqual({ caseNumber: null, text: '#1 priority' });
  });

  it('reads notes written before (the English "Case 123: text") and keeps within the API limit', () => {
    expect(readEventNote('Case 123: VM down')).toEqual({ caseNumber: '123', text: 'VM down' });
    expect(readEventNote(null)).toEqual({ caseNumber: null, text: '' });
    expect(composeEventNote('9', 'x'.repeat(600))?.length).toBe(EVENT_NOTE_MAX);
    expect(readEventNote(composeEventNote('12 34', 'a'))).toEqual({ caseNumber: '12-34', text: 'a' });
  });

  it('an undo is a marker, not a UI word, read back as undo; older "Undo" notes too', () => {
    expect(UNDO_EVENT_NOTE).not.toMatch(/^(Undo|撤销)$/);
    expect(readEventNote(UNDO_EVENT_NOTE)).toEqual({ caseNumber: null, text: '', undo: true });
    expect(readEventNote('Undo')).toEqual({ caseNumber: null, text: '', undo: true });
    expect(readEventNote(composeEventNote('123', '')).undo).toBeUndefined();
  });

  it('a plain note equal to the undo marker (or the old "Undo") is kept as typed, never read as an undo', () => {
    for (const note of [UNDO_EVENT_NOTE, 'Undo']) {
      const read = readEventNote(composeEventNote('', note));
      expect(read).toEqual({ caseNumber: null, text: note });
      expect(read.undo).toBeUndefined();
    }
    expect(readEventNote(composeEventNote('undo', '')).undo).toBeUndefined();
  });
});
