import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactText, foldText, normalizeText, toMessageLocale } from '../src/index.js';

describe('normalizeText', () => {
  it.each([
    ['NFKC full-width', '\uff21\uff23\uff23\uff25\uff33\uff33 \uff29\uff24', 'access id'],
    ['lower case', 'ACCESS ID', 'access id'],
    ['zero-width removed', 'ac\u200bcess\u2060 i\ufeffd\u00ad', 'access id'],
    ['nbsp and friends', 'a\u00a0b\u202fc\u2009d\u3000e', 'a b c d e'],
    ['collapse and trim', '  a \n\t b  ', 'a b'],
    ['curly quotes', '\u2018a\u2019 \u201cb\u201d \u201ec\u201f \u00abd\u00bb', '\'a\' "b" "c" "d"'],
    ['dashes', 'a\u2013b\u2014c\u2212d\u2011e', 'a-b-c-d-e'],
  ])('%s', (_label, input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('foldText strips Latin accents but keeps kana, Hangul and Cyrillic', () => {
    expect(foldText('Déjà associé, já está, è già, März')).toBe('deja associe, ja esta, e gia, marz');
    expect(foldText('ガギグ 한국어 учётной й')).toBe('ガギグ 한국어 учётной й');
    expect(compactText(foldText('访问 ID 已\n关联'))).toBe('访问id已关联');
  });

  it('takes an ASCII fast path that agrees with the general pipeline (fast-check)', () => {
    const reference = (t: string) =>
      t
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\u2018\u2019`]/g, "'")
        .replace(/\s+/g, ' ')
        .trim();
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        expect(normalizeText(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
    expect(normalizeText('  Already `quoted`   text ')).toBe("already 'quoted' text");
  });

  it('is idempotent (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toMessageLocale', () => {
  it.each([
    ['de-DE', 'de'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-PT'],
    ['pt_pt', 'pt-PT'],
    ['pt-AO', 'pt-PT'],
    ['pt-Latn-BR', 'pt-BR'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-MO', 'zh-TW'],
    ['zh-SG', 'zh-CN'],
    ['ZH_cn', 'zh-CN'],
    ['ja', 'ja'],
    ['cs-CZ', 'cs'],
    ['hu', 'hu'],
    ['id-ID', 'id'],
    ['in', 'id'],
    ['nl-BE', 'nl'],
    ['pl', 'pl'],
    ['sv-FI', 'sv'],
    ['tr-TR', 'tr'],
    ['fi', null],
    ['x', null],
    ['', null],
    [null, null],
  ] as const)('%s → %s', (tag, locale) => {
    expect(toMessageLocale(tag)).toBe(locale);
  });
});

describe('normalizeText: one-pass rewrite equals the step-by-step definition', () => {
  const stepByStep = (t: string) =>
    t
      .normalize('NFKC')
      .replace(
        /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\uFEFF]|\u034F|\u17B4|\u17B5/g,
        '',
      )
      .toLowerCase()
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u2035\u00B4\u0060\uFF07]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u300C\u300D\u300E\u300F\uFF02]/g, '"')
      .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
  it.each(['a\ufeffb', 'a \u200b b', 'a\ufeff b', ' \u00a0x\u2013y\u201cz\u201d ', 'ＡＢ\u3000ｃ'])(
    '%j',
    (s) => {
      expect(normalizeText(s)).toBe(stepByStep(s));
    },
  );
  it('for any text (fast-check)', () => {
    const noisy = fc
      .array(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 4 }),
          fc.constantFrom(
            ' ',
            '\u00a0',
            '\n',
            '\ufeff',
            '\u200b',
            '\u2019',
            '\u201c',
            '\u2014',
            '\uff0d',
            'A',
            'é',
          ),
        ),
        { maxLength: 24 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(noisy, (s) => {
        expect(normalizeText(s)).toBe(stepByStep(s));
      }),
      { numRuns: 3000 },
    );
  });
});
