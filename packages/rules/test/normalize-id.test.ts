import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeId } from '../src/index.js';
import { INVISIBLES, WHITESPACE } from './mutations.js';

describe('normalizeId (DOMAIN.md: formats — normalise, warn, never reject)', () => {
  it.each([
    ['clean value', 'AB12-CD34-EF56', 'AB12-CD34-EF56', []],
    ['trims', '  1234567890\n', '1234567890', ['changed-whitespace']],
    ['spaces and line breaks from e-mail', '1234 5678\r\n9012', '123456789012', ['changed-whitespace']],
    ['non-breaking space', '1234\u00a05678', '12345678', ['changed-whitespace']],
    ['zero-width characters', '12\u200b34\u200d56\ufeff78', '12345678', ['removed-invisible']],
    ['en dash', 'ab12\u2013cd34', 'ab12-cd34', ['unified-dashes']],
    [
      'all dash look-alikes',
      'a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h\ufe63i\uff0dj',
      'a-b-c-d-e-f-g-h-i-j',
      ['unified-dashes'],
    ],
    ['full-width forms', '\uff21\uff22\uff11\uff12\uff13\uff14', 'AB1234', []],
    ['empty', '   ', '', ['changed-whitespace', 'empty']],
    ['short', 'A1', 'A1', ['unusual-length']],
    ['long', 'x'.repeat(65), 'x'.repeat(65), ['unusual-length']],
    ['odd characters kept', 'AB#12/34', 'AB#12/34', ['unusual-characters']],
  ] as const)('%s', (_label, raw, value, warnings) => {
    const r = normalizeId(raw);
    expect(r.value).toBe(value);
    expect([...r.warnings].sort()).toEqual([...warnings].sort());
  });

  it('is idempotent and never throws (fast-check)', () => {
    const noisy = fc
      .array(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 6 }),
          fc.constantFrom(
            ...WHITESPACE,
            ...INVISIBLES,
            '\u2013',
            '\uff0d',
            '\u00b4',
            '\u0301',
            'A',
            '7',
            '-',
          ),
        ),
        { maxLength: 20 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(noisy, (raw) => {
        const once = normalizeId(raw);
        const twice = normalizeId(once.value);
        expect(twice.value).toBe(once.value);
        expect(
          twice.warnings.filter((w) => w !== 'unusual-length' && w !== 'unusual-characters' && w !== 'empty'),
        ).toEqual([]);
        expect(once.value).not.toMatch(/\s/);
      }),
      { numRuns: 3000 },
    );
  });

  it('tolerates non-string input from untyped callers', () => {
    expect(normalizeId(undefined as unknown as string)).toEqual({ value: '', warnings: ['empty'] });
  });
});
