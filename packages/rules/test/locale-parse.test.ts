import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocaleCount, parseLocaleDate } from '../src/index.js';

describe('parseLocaleDate (PORTALS.md: dates come in the page locale)', () => {
  it.each([
    ['ja/zh', '2026/3/1', undefined, '2026-03-01'],
    ['ISO', '2026-03-01', undefined, '2026-03-01'],
    ['ISO with time', '2026-03-01T10:00:00Z', undefined, '2026-03-01'],
    ['en-US M/D/Y', '3/1/2026', 'en-US', '2026-03-01'],
    ['en M/D/Y by default', '3/1/2026', undefined, '2026-03-01'],
    ['en-GB D/M/Y', '1/3/2026', 'en-GB', '2026-03-01'],
    ['fr D/M/Y', '01/03/2026', 'fr-FR', '2026-03-01'],
    ['a part above 12 settles it', '13/3/2026', 'en-US', '2026-03-13'],
    ['a part above 12 settles it', '3/13/2026', 'de-DE', '2026-03-13'],
    ['de/ru dotted', '01.03.2026', undefined, '2026-03-01'],
    ['nl dashed', '1-3-2026', 'nl', '2026-03-01'],
    ['en-GB long', '1 March 2026', undefined, '2026-03-01'],
    ['en-US long', 'March 1, 2026', undefined, '2026-03-01'],
    ['en-US short month', 'Mar 1, 2026', undefined, '2026-03-01'],
    ['ordinal', 'March 1st, 2026', undefined, '2026-03-01'],
    ['de long', '1. März 2026', undefined, '2026-03-01'],
    ['fr long', '1 mars 2026', undefined, '2026-03-01'],
    ['fr août', '15 août 2026', undefined, '2026-08-15'],
    ['es long', '1 de marzo de 2026', undefined, '2026-03-01'],
    ['pt long', '1 de março de 2026', undefined, '2026-03-01'],
    ['it long', '1 marzo 2026', undefined, '2026-03-01'],
    ['ru long', '1 марта 2026 г.', undefined, '2026-03-01'],
    ['ja', '2026年3月1日', undefined, '2026-03-01'],
    ['ko', '2026. 3. 1.', undefined, '2026-03-01'],
    ['ko words', '2026년 3월 1일', undefined, '2026-03-01'],
    ['full-width digits', '２０２６／３／１', undefined, '2026-03-01'],
    ['surrounding text', 'End date: 12/31/2026', undefined, '2026-12-31'],
    ['leap day', '2028-02-29', undefined, '2028-02-29'],
    ['nl long', '15 maart 2026', 'nl', '2026-03-15'],
    ['sv long', '15 mars 2026', 'sv', '2026-03-15'],
    ['pl genitive', '15 października 2026', 'pl', '2026-10-15'],
    ['cs genitive', '15. června 2026', 'cs', '2026-06-15'],
    ['cs nominative beats the longer July name', '15. červen 2026', 'cs', '2026-06-15'],
    ['hu year first', '2026. március 15.', 'hu', '2026-03-15'],
    ['hu numeric', '2026. 03. 15.', 'hu', '2026-03-15'],
    ['tr long', '15 Ağustos 2026', 'tr', '2026-08-15'],
    ['tr dotless', '15 Kasım 2026', 'tr', '2026-11-15'],
    ['id long', '15 Desember 2026', 'id', '2026-12-15'],
    ['pt-PT numeric', '15/03/2026', 'pt-PT', '2026-03-15'],
  ])('%s: %s (%s) → %s', (_label, text, locale, iso) => {
    expect(parseLocaleDate(text, locale)).toBe(iso);
  });

  it.each([
    ['not a date', 'Windows 10'],
    ['impossible day', '2026-02-30'],
    ['impossible month', '13/13/2026'],
    ['unknown month name', '1 Brumaire 2026'],
    ['ambiguous abbreviation', '1 jui 2026'],
    ['too-short month token', 'ma 1, 2026'],
    ['cs: "čer" could be June or July', '15. čer 2026'],
    ['hu: unknown month word', '2026. brumaire 15.'],
    ['empty', ''],
  ])('%s: %j → null', (_label, text) => {
    expect(parseLocaleDate(text)).toBeNull();
  });
});

describe('parseLocaleCount (PORTALS.md: remaining incidents)', () => {
  it.each([
    ['5', 5],
    ['０', 0],
    ['５', 5],
    [' 12 ', 12],
    ['5 incidents', 5],
    ['剩余 3 个事件', 3],
    ['Unlimited', 'unlimited'],
    ['unbegrenzt', 'unlimited'],
    ['Illimité', 'unlimited'],
    ['Ilimitado', 'unlimited'],
    ['illimitato', 'unlimited'],
    ['无限制', 'unlimited'],
    ['無制限', 'unlimited'],
    ['無限制', 'unlimited'],
    ['무제한', 'unlimited'],
    ['Неограниченно', 'unlimited'],
    ['Onbeperkt', 'unlimited'],
    ['Obegränsat', 'unlimited'],
    ['Neomezeno', 'unlimited'],
    ['Korlátlan', 'unlimited'],
    ['Nieograniczona liczba', 'unlimited'],
    ['Sınırsız', 'unlimited'],
    ['Tidak terbatas', 'unlimited'],
    ['제한 없음', 'unlimited'],
  ] as const)('%j → %j', (text, value) => {
    expect(parseLocaleCount(text)).toBe(value);
  });

  it.each(['', 'none', '5 of 10', '-1', '\u22121'])('%j → null', (text) => {
    expect(parseLocaleCount(text)).toBeNull();
  });
});

describe('parseLocaleDate round trip (fast-check)', () => {
  const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const DE = [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ];
  it('reads back every real date in every supported format', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(2000, 0, 1)),
          max: new Date(Date.UTC(2099, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const y = date.getUTCFullYear();
          const m = date.getUTCMonth() + 1;
          const d = date.getUTCDate();
          const iso = date.toISOString().slice(0, 10);
          const cases: Array<[string, string | undefined]> = [
            [iso, undefined],
            [`${y}/${m}/${d}`, 'ja'],
            [`${y}年${m}月${d}日`, 'zh-CN'],
            [`${y}. ${m}. ${d}.`, 'ko'],
            [`${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`, 'de'],
            [`${m}/${d}/${y}`, 'en-US'],
            [`${d}/${m}/${y}`, 'fr'],
            [`${d} ${MONTHS[m - 1]} ${y}`, 'en-GB'],
            [`${MONTHS[m - 1]} ${d}, ${y}`, 'en-US'],
            [`${d}. ${DE[m - 1]} ${y}`, 'de'],
          ];
          for (const [text, locale] of cases) expect(parseLocaleDate(text, locale), text).toBe(iso);
        },
      ),
      { numRuns: 500 },
    );
  });
});
