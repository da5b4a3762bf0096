import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyMessage, mayContainMessage } from '../src/index.js';
import { NEGATIVE } from './corpus/negative.js';
import { POSITIVE } from './corpus/positive.js';
import { mutate, mutationArb } from './mutations.js';

describe('classifyMessage properties (fast-check)', () => {
  it('every known message still classifies the same after whitespace/invisible/quote/case/framing mutations', () => {
    fc.assert(
      fc.property(fc.constantFrom(...POSITIVE), mutationArb, (sample, m) => {
        const text = mutate(sample.text, m);
        const match = classifyMessage(text);
        expect(match?.id, JSON.stringify(text)).toBe(sample.id);
        expect(match?.locale).toBe(sample.locale);
        expect(mayContainMessage(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('every negative-corpus entry stays unmatched under the same mutations', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NEGATIVE), mutationArb, (sample, m) => {
        expect(classifyMessage(mutate(sample.text, m))).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('random unrelated text never matches', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        (text) => {
          expect(classifyMessage(text)).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('random sentences built from portal vocabulary (without the message phrases) never match', () => {
    const words = [
      'access',
      'ID',
      'account',
      'subscription',
      'tenant',
      'already',
      'exists',
      'support',
      'plan',
      'contract',
      'permission',
      'resource',
      'group',
      'benefits',
      'manager',
      'error',
      'the',
      'this',
      'is',
      'with',
      'a',
      'to',
      'Zugriffs-ID',
      'bereits',
      'déjà',
      'ya',
      '访问',
      '已',
      '关联',
      'アクセス',
      '既に',
      'уже',
      'incident',
      'remaining',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 5 }), (picked) => {
        // At most five words cannot spell a full message phrase in order with its verb.
        expect(classifyMessage(picked.join(' '))).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});
