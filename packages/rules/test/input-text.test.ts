import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTextProblem, textProblem } from '../src/index.js';

describe('textProblem (what cannot be stored as sent)', () => {
  it.each([
    ['plain ASCII', 'Gold on-prem', null],
    ['CJK and emoji (surrogate pairs)', '合同 😀 𝔸', null],
    ['empty', '', null],
    ['NUL alone', '\u0000', 'nul'],
    ['NUL inside', 'ACCESS\u0000-1', 'nul'],
    ['lone high surrogate at the end', 'abc\uD83D', 'lone-surrogate'],
    ['lone high surrogate before a letter', '\uD83Dx', 'lone-surrogate'],
    ['lone low surrogate', 'x\uDE00y', 'lone-surrogate'],
    ['reversed pair', '\uDE00\uD83D', 'lone-surrogate'],
    ['other control characters are storable', 'a\u0001\u001f\u007f', null],
  ] as const)('%s', (_label, value, expected) => {
    expect(textProblem(value)).toBe(expected);
  });

  it('agrees with the platform definition of well-formed text on random UTF-16', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const wellFormed = Buffer.from(s, 'utf8').toString('utf8') === s;
        const problem = textProblem(s);
        if (s.includes('\u0000')) expect(problem).toBe('nul');
        else expect(problem === null).toBe(wellFormed);
      }),
      { numRuns: 500 },
    );
  });
});

describe('findTextProblem (walks a parsed JSON body)', () => {
  it('names the first offending field by its dotted path', () => {
    expect(findTextProblem({ label: 'ok', accessId: 'A\u0000' })).toEqual({
      field: 'accessId',
      problem: 'nul',
    });
    expect(findTextProblem({ events: [{ note: 'fine' }, { note: 'x\uD800' }] })).toEqual({
      field: 'events.1.note',
      problem: 'lone-surrogate',
    });
    expect(findTextProblem('\u0000')).toEqual({ field: '(root)', problem: 'nul' });
    expect(findTextProblem(['a', ['b', '\uDC00']], ['body'])).toEqual({
      field: 'body.1.1',
      problem: 'lone-surrogate',
    });
  });

  it('checks object keys, naming their position rather than echoing them', () => {
    expect(findTextProblem({ nested: { 'bad\u0000key': 1 } })).toEqual({
      field: 'nested.(key)',
      problem: 'nul',
    });
  });

  it('ignores numbers, booleans and null, and accepts clean nested values', () => {
    expect(findTextProblem({ a: 1, b: true, c: null, d: [1, 'x', { e: '😀' }] })).toBeNull();
    expect(findTextProblem(undefined)).toBeNull();
  });

  it('stops at a bounded depth instead of recursing without end', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 200; i++) deep = [deep];
    expect(findTextProblem(deep)).toBeNull();
    let shallow: unknown = '\u0000';
    for (let i = 0; i < 10; i++) shallow = { x: shallow };
    expect(findTextProblem(shallow)?.field).toBe('x.x.x.x.x.x.x.x.x.x');
  });
});
