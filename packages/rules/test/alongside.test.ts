import { describe, expect, it } from 'vitest';
import { classifyMessage, MESSAGE_LOCALES, SEGMENT_BREAK } from '../src/index.js';
import { POSITIVE } from './corpus/positive.js';
import { UNRELATED_NOTICES } from './corpus/unrelated-notices.js';

const A = 'access-id-already-associated';
const ERRORS = POSITIVE.filter((p) => p.id === A);
/** The error as one sentence-closed text, so that whatever follows starts a sentence of its own. */
const closed = (text: string) =>
  /[.!?。！？]\s*$/.test(text) ? text : `${text}${/[\u3040-\u9fff]$/.test(text) ? '。' : '.'}`;

describe('match.alongside: other sentences sharing the message’s block', () => {
  it.each(ERRORS.map((p) => [p.locale, p.text] as const))(
    'the real wording (%s) has nothing alongside: %s',
    (locale, text) => {
      expect(classifyMessage(text, { locale })?.alongside).toEqual([]);
    },
  );

  it('lists an unrelated notice written in the same block, before or after the error, in every language', () => {
    for (const locale of MESSAGE_LOCALES) {
      // As the portal shows it, with a capital (one docs quote starts "cet ID d'accès").
      const quoted = ERRORS.find((p) => p.locale === locale)!.text;
      const error = quoted[0]!.toUpperCase() + quoted.slice(1);
      for (const notice of UNRELATED_NOTICES.filter((n) => n.locale === locale)) {
        const before = classifyMessage(`${notice.text} ${error}`, { locale });
        expect(before?.id, `${locale}: ${notice.text}`).toBe(A);
        expect(before?.alongside, `${locale}: ${notice.text}`).toEqual([notice.text]);
        const after = classifyMessage(`${closed(error)} ${notice.text}`, { locale });
        expect(after?.alongside, `${locale}: ${notice.text}`).toEqual([notice.text]);
      }
    }
  });

  it('lists other errors in the same text node, whatever they are about', () => {
    const error =
      'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.';
    expect(classifyMessage(`${error} The contract ID is not valid.`)?.alongside).toEqual([
      'The contract ID is not valid.',
    ]);
    expect(classifyMessage(`Request failed with status 500. ${error}`)?.alongside).toEqual([
      'Request failed with status 500.',
    ]);
    expect(
      classifyMessage(
        `此访问 ID 已关联到帐户。请联系技术客户经理获取新的访问 ID。合同 ID 无效，请检查后重试。`,
      )?.alongside,
    ).toEqual(['合同 ID 无效，请检查后重试。']);
  });

  it('does not list framing: a label, a link, a code or a correlation ID', () => {
    const error = 'This Access ID is already associated to an account.';
    for (const framing of [
      'Error: ',
      'Learn more. ',
      '(Code: 409). ',
      'Correlation ID: 8d3c2f1e-4b5a-11ee-be56-0242ac120002. ',
      'Details. ',
      'Correlation ID: 8d3c2f1e-4b5a-11ee-be56-0242ac12000e. Learn more ',
    ]) {
      expect(classifyMessage(`${framing}${error}`)?.alongside, framing).toEqual([]);
      expect(classifyMessage(`${error} ${framing.trim()}`)?.alongside, framing).toEqual([]);
    }
  });

  it('lists an unclosed sentence of five words, and a closed one of three', () => {
    const error = 'This Access ID is already associated to an account.';
    expect(classifyMessage(`${error} The contract ID is not valid`)?.alongside).toEqual([
      'The contract ID is not valid',
    ]);
    expect(classifyMessage(`${error} Invalid contract ID.`)?.alongside).toEqual(['Invalid contract ID.']);
    expect(classifyMessage(`${error} Invalid contract ID`)?.alongside).toEqual([]);
  });

  it('does not list what stands in another block (a title, a notice in its own box)', () => {
    const error = 'This Access ID is already associated to an account.';
    const notice = 'The subscription is already associated with a management group.';
    expect(classifyMessage(`Failed to link support benefits${SEGMENT_BREAK}${error}`)?.alongside).toEqual([]);
    expect(classifyMessage(`${notice}${SEGMENT_BREAK}${error}`)?.alongside).toEqual([]);
    expect(classifyMessage(`${error}${SEGMENT_BREAK}${notice}`)?.alongside).toEqual([]);
  });

  it('with wholeBox, lists the unknown sentences of every block of the box', () => {
    const error = 'This Access ID is already associated to an account.';
    const other = 'The contract ID is not valid.';
    expect(classifyMessage(`${error}${SEGMENT_BREAK}${other}`, { wholeBox: true })?.alongside).toEqual([
      other,
    ]);
    expect(classifyMessage(`${other}${SEGMENT_BREAK}${error}`, { wholeBox: true })?.alongside).toEqual([
      other,
    ]);
    expect(
      classifyMessage(`Failed to link${SEGMENT_BREAK}${error}${SEGMENT_BREAK}Learn more`, { wholeBox: true })
        ?.alongside,
    ).toEqual([]);
  });

  it('lists the unknown sentences of every block holding a part of the message', () => {
    const text = `This Access ID is already associated to an account. Saving failed for another reason.${SEGMENT_BREAK}Please contact your Technical Account Manager to obtain a new Access ID. The contract ID is not valid.`;
    expect(classifyMessage(text)?.alongside).toEqual([
      'Saving failed for another reason.',
      'The contract ID is not valid.',
    ]);
  });
});
