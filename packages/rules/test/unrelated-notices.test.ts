import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyMessage, MESSAGE_LOCALES, SEGMENT_BREAK, splitSentences } from '../src/index.js';
import type { MessageLocale } from '../src/types.js';
import { FIELD_LABELS } from '../src/vocab/field-labels.js';
import { POSITIVE } from './corpus/positive.js';
import { ACCESS_ID_OTHER, SUBJECTLESS_NOTICES, UNRELATED_NOTICES } from './corpus/unrelated-notices.js';
import { mutate, mutationArb } from './mutations.js';

const A = 'access-id-already-associated';
const labels = (key: 'access-id' | 'contract-id', locale: MessageLocale) =>
  (FIELD_LABELS[key][locale] ?? []).map((term) => term.replace(/@.*$/, ''));
/** How a label and the text after it reach the classifier when a page region is read as one. */
const JOINS = [' ', '\n', ': ', ' * ', '\u00a0', ' *\n'];
/** The whole first sentence of the real error in each language, from the positive corpus. */
const realError = (locale: MessageLocale) =>
  POSITIVE.filter((p) => p.id === A && p.locale === locale).map((p) => splitSentences(p.text)[0]!);

describe('unrelated "already associated / linked" notices (negative corpus, 19 languages)', () => {
  it('has the three notices in every Azure portal language, each marked as our own rendering', () => {
    for (const locale of MESSAGE_LOCALES) {
      const kinds = UNRELATED_NOTICES.filter((n) => n.locale === locale).map((n) => n.kind);
      expect(new Set(kinds), locale).toEqual(
        new Set(['subscription-management-group', 'email-account', 'tenant-billing-account']),
      );
    }
    expect(UNRELATED_NOTICES.every((n) => n.provenance === 'own rendering')).toBe(true);
  });

  it.each(UNRELATED_NOTICES.map((n) => [n.locale, n.kind, n.text] as const))(
    '%s %s: never a known message, alone or beside the form labels',
    (locale, _kind, text) => {
      expect(classifyMessage(text)).toBeNull();
      expect(classifyMessage(text, { locale })).toBeNull();
      const around = [...labels('access-id', locale), ...labels('access-id', 'en')];
      for (const label of around) {
        for (const join of JOINS) {
          expect(classifyMessage(`${label}${join}${text}`, { locale }), `${label}|${text}`).toBeNull();
          expect(classifyMessage(`${text}${join}${label}`, { locale })).toBeNull();
          for (const contract of labels('contract-id', locale)) {
            expect(classifyMessage(`${label}${join}${contract}${join}${text}`)).toBeNull();
            expect(classifyMessage(`${contract}${join}${label}${join}${text}`)).toBeNull();
          }
        }
      }
    },
  );

  it.each(Object.entries(SUBJECTLESS_NOTICES).flatMap(([l, texts]) => texts!.map((t) => [l, t] as const)))(
    '%s subject-less notice "%s": never a message alone, nor across a block boundary from the label',
    (locale, text) => {
      expect(classifyMessage(text)).toBeNull();
      for (const label of labels('access-id', locale as MessageLocale)) {
        expect(classifyMessage(`${label}${SEGMENT_BREAK}${text}`)).toBeNull();
        expect(classifyMessage(`${label} *${SEGMENT_BREAK}${SEGMENT_BREAK}${text}`)).toBeNull();
      }
    },
  );

  it.each(Object.entries(ACCESS_ID_OTHER).flatMap(([l, texts]) => texts.map((t) => [l, t] as const)))(
    '%s other Access ID problem "%s": never the ignorable error',
    (locale, text) => {
      expect(classifyMessage(text)?.ignorable ?? false).toBe(false);
      expect(classifyMessage(text, { locale })?.ignorable ?? false).toBe(false);
      for (const label of labels('access-id', locale as MessageLocale)) {
        expect(classifyMessage(`${label} ${text}`)?.ignorable ?? false).toBe(false);
      }
    },
  );

  it('never lets the advice sentence ("contact your TAM for a new Access ID") make another Access ID error ignorable', () => {
    let checked = 0;
    for (const locale of MESSAGE_LOCALES) {
      const advice = POSITIVE.filter((p) => p.id === A && p.locale === locale)
        .flatMap((p) => splitSentences(p.text).slice(1))
        .filter((sentence) => classifyMessage(sentence)?.id === A);
      for (const other of ACCESS_ID_OTHER[locale]) {
        for (const sentence of advice) {
          expect(classifyMessage(`${other} ${sentence}`)?.ignorable ?? false, `${other} ${sentence}`).toBe(
            false,
          );
          const ended = /[.。!?！？]$/.test(sentence) ? sentence : `${sentence}.`;
          expect(classifyMessage(`${ended} ${other}`, { locale })?.ignorable ?? false, ended).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('keeps finding the real error beside the same labels and notices, in every language', () => {
    for (const locale of MESSAGE_LOCALES) {
      const errors = realError(locale);
      expect(errors.length, locale).toBeGreaterThan(0);
      const notices = UNRELATED_NOTICES.filter((n) => n.locale === locale).map((n) => n.text);
      for (const error of errors) {
        for (const label of labels('access-id', locale)) {
          const region = [label, notices[0], error, notices[1]].join(SEGMENT_BREAK);
          expect(classifyMessage(region, { locale })?.id, `${locale}: ${region}`).toBe(A);
          expect(classifyMessage(`${label} ${error}`)?.id, `${locale}: ${error}`).toBe(A);
        }
      }
    }
  });

  it('stays unmatched under what pages do to text (whitespace, invisibles, case, framing)', () => {
    const samples = UNRELATED_NOTICES.flatMap((n) =>
      labels('access-id', n.locale).map((label) => ({ label, text: n.text })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...samples), mutationArb, fc.constantFrom(...JOINS), (s, m, join) => {
        expect(classifyMessage(mutate(s.text, m))).toBeNull();
        expect(classifyMessage(mutate(`${s.label}${join}${s.text}`, m))).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('never lets a region holding a real error of another kind read as ignorable', () => {
    const csp = POSITIVE.find((p) => p.id === 'not-authorized-csp-only' && p.locale === 'en')!.text;
    const error = realError('en')[0]!;
    expect(classifyMessage(`${error} ${csp}`)?.ignorable).toBe(false);
    expect(classifyMessage(`${csp} ${error}`)?.ignorable).toBe(false);
  });
});

describe('splitSentences', () => {
  it.each([
    ['Latin stops before a capital', 'One thing. Another thing! A third? Yes', 4],
    [
      'numbers, domains and abbreviations stay whole',
      'Version 1.5 of contoso.com, z. B. hier, ds. technicznych',
      1,
    ],
    ['ideographic stops, with or without a space', '此订阅已与管理组关联。此访问 ID 已关联到帐户。 好', 3],
    ['a Latin stop right before CJK', 'Access ID.此订阅', 2],
    ['empty pieces dropped', ' . ', 1],
    [
      'a sentence ending in an all-capitals word ("ID.")',
      'Contact your TAM for a new Access ID. The Access ID is not valid.',
      2,
    ],
    ['whitespace runs before a lower-case word do not split', 'menedżerem ds. \n technicznych, aby', 1],
    ['an invisible character inside an abbreviation', 'menedżerem ds\u200b. \n technicznych', 1],
    [
      'a stop before a lower-case word after runs of spaces',
      'Manager\u200b. \n to obtain a new Access ID',
      1,
    ],
  ])('%s', (_label, text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });
});
