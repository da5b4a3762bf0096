import { describe, expect, it } from 'vitest';
import { classifierFromData, classifyMessage, mayContainMessage, messageCatalogData } from '../src/index.js';
import { NEGATIVE } from './corpus/negative.js';
import { POSITIVE } from './corpus/positive.js';

/**
 * The extension's content scripts build the classifier from catalogue data the background serves
 * (structured clone, JSON-safe): it must decide exactly as the built-in one does.
 */
describe('classifierFromData(messageCatalogData())', () => {
  const data = JSON.parse(JSON.stringify(messageCatalogData()));
  const served = classifierFromData(data);

  it('classifies the positive corpus as classifyMessage does', () => {
    for (const { text, locale } of POSITIVE) {
      expect(served.classify(text, { locale })).toEqual(classifyMessage(text, { locale }));
      expect(served.classify(text)).toEqual(classifyMessage(text));
    }
  });

  it('rejects the negative corpus as classifyMessage does, prefilter included', () => {
    for (const { text } of NEGATIVE) {
      expect(served.classify(text)).toEqual(classifyMessage(text));
      expect(served.mayContain(text)).toBe(mayContainMessage(text));
    }
  });

  it('keeps every rule, its patterns and flags', () => {
    expect(data.phrases.length).toBeGreaterThan(50);
    expect(data.phrases.every((p: { all: unknown[] }) => p.all.length > 0)).toBe(true);
    expect(Object.keys(data.ignorable)).toContain('access-id-already-associated');
  });
});
