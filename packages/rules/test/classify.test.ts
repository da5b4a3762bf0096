import { describe, expect, it } from 'vitest';
import {
  classifyMessage,
  findMessages,
  MESSAGE_INFO,
  MESSAGE_LOCALES,
  mayContainMessage,
  PHRASES,
} from '../src/index.js';
import { buildPhraseIndex, candidates, keyLiterals, scriptOf } from '../src/messages/phrase-index.js';
import type { MessageId, MessageLocale } from '../src/types.js';
import { NEGATIVE } from './corpus/negative.js';
import { POSITIVE } from './corpus/positive.js';

const LOCALES: MessageLocale[] = ['en', 'de', 'fr', 'es', 'pt-BR', 'it', 'ja', 'ko', 'ru', 'zh-CN', 'zh-TW'];
const IDS = Object.keys(MESSAGE_INFO) as MessageId[];
/** The ignorable error and the Partner Center messages are covered in every Azure portal language. */
const EVERY_LANGUAGE_IDS: MessageId[] = [
  'access-id-already-associated',
  'not-authorized-csp-only',
  'no-benefits-yet',
  'activation-role-missing',
];

describe('classifyMessage: positive corpus', () => {
  it.each(POSITIVE.map((p) => [p.source, p.id, p.locale, p.text] as const))(
    '%s → %s (%s): %s',
    (_s, id, locale, text) => {
      const match = classifyMessage(text);
      expect(match?.id).toBe(id);
      expect(match?.locale).toBe(locale);
      expect(match?.ignorable).toBe(id === 'access-id-already-associated');
    },
  );

  it('covers the Azure error and the Partner Center messages in all 19 Azure portal languages', () => {
    for (const id of EVERY_LANGUAGE_IDS) {
      for (const locale of MESSAGE_LOCALES) {
        expect(
          POSITIVE.some((p) => p.id === id && p.locale === locale),
          `${id} ${locale}`,
        ).toBe(true);
        expect(
          PHRASES.some((p) => p.id === id && p.locale === locale),
          `${id} ${locale}`,
        ).toBe(true);
      }
    }
  });

  it('covers every message id in every locale of PORTALS.md', () => {
    for (const id of IDS) {
      for (const locale of LOCALES) {
        expect(
          POSITIVE.some((p) => p.id === id && p.locale === locale),
          `${id} ${locale}`,
        ).toBe(true);
        expect(
          PHRASES.some((p) => p.id === id && p.locale === locale),
          `${id} ${locale}`,
        ).toBe(true);
      }
    }
  });
});

describe('classifyMessage: negative corpus (must never fire)', () => {
  it('holds at least 60 messages', () => {
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(60);
  });
  it.each(NEGATIVE.map((n) => [n.kind, n.text] as const))('%s: %s', (_kind, text) => {
    expect(classifyMessage(text)).toBeNull();
  });
});

describe('classifyMessage: what real pages do to text', () => {
  const en =
    'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID';
  it.each([
    ['PORTALS.md: line breaks', en.replace(/ /g, '\n')],
    ['PORTALS.md: non-breaking and zero-width spaces', en.replace(/ /g, '\u00a0').replace(/ID/g, 'I\u200bD')],
    ['PORTALS.md: casing', en.toUpperCase()],
    ['PORTALS.md: missing final period', en.replace(/\.$/, '')],
    ['PORTALS.md: surrounding text', `Error: ${en} Learn more`],
    ['PORTALS.md: icons and curly quotes', `\u24d8 \u201c${en}\u201d`],
    ['PORTALS.md: full-width forms', en.replace(/ID/g, '\uff29\uff24')],
    [
      'wording drift: "associated with" + "for a new"',
      'This access ID is already associated with an account. Contact your TAM.',
    ],
    [
      'wording drift: "has already been associated"',
      'This access id has already been associated to an account',
    ],
  ])('%s', (_label, text) => {
    expect(classifyMessage(text)?.id).toBe('access-id-already-associated');
  });

  it('survives a CJK message broken across lines anywhere', () => {
    expect(classifyMessage('此访问\nID 已与某个\n帐户关联。')?.id).toBe('access-id-already-associated');
    expect(classifyMessage('このアクセス\u00a0ID は既に\nアカウントに関連付けられています')?.locale).toBe(
      'ja',
    );
  });

  it('tries the hinted locale first, and still finds other languages', () => {
    expect(classifyMessage("You don't have permission to do this", { locale: 'de-DE' })?.locale).toBe('en');
    expect(classifyMessage('Sie haben keine Berechtigung, dies zu tun.', { locale: 'de-DE' })?.locale).toBe(
      'de',
    );
    expect(classifyMessage('此存取 ID 已與帳戶關聯', { locale: 'zh-Hant-TW' })?.locale).toBe('zh-TW');
    expect(classifyMessage('你无权执行此操作', { locale: 'zh_CN' })?.locale).toBe('zh-CN');
    expect(classifyMessage('Você não tem permissão para fazer isso.', { locale: 'pt' })?.locale).toBe(
      'pt-BR',
    );
    expect(classifyMessage('Nothing to see here at all today', { locale: 'xx' })).toBeNull();
  });

  it('reports unverified phrasings as unverified (PROGRAM-2026.md marks)', () => {
    expect(classifyMessage('此存取識別碼已與帳戶建立關聯。')?.confidence).toBe('unverified');
    expect(classifyMessage('This support plan has expired.')?.confidence).toBe('unverified');
    // A back-translation of the seed's 你无权执行此操作: our own rendering, not Microsoft's.
    expect(classifyMessage("You don't have permission to do this")?.confidence).toBe('unverified');
    expect(classifyMessage('You are not authorized for this action')?.confidence).toBe('documented');
    expect(classifyMessage("You aren't authorized for this action.")?.confidence).toBe('documented');
  });

  it('cites a public address and commit for every wording read in a localized edition', () => {
    for (const rule of PHRASES.filter((r) => r.provenance.source === 'S21')) {
      expect(rule.provenance.url, `${rule.id} ${rule.locale}`).toMatch(
        /^https:\/\/github\.com\/MicrosoftDocs\/partner-center-pr\.[a-z]{2}-[a-z]{2}\/blob\/[0-9a-f]{12,40}\//,
      );
      expect(rule.provenance.commit).toMatch(/^[0-9a-f]{12,40}$/);
    }
    for (const rule of PHRASES.filter((r) => r.provenance.source === 'own')) {
      expect(rule.provenance.confidence).toBe('unverified');
      expect(rule.provenance.section).toContain('own rendering');
    }
  });

  it('does not join sentences: a gap never crosses a full stop', () => {
    expect(
      classifyMessage('The access ID field is required. This email is already associated with an account.'),
    ).toBeNull();
  });

  it('ignores empty, tiny, non-string and non-message text', () => {
    expect(classifyMessage('')).toBeNull();
    expect(classifyMessage(null as unknown as string)).toBeNull();
    expect(classifyMessage("You don't have permission to do this", null)?.id).toBe('not-authorized-csp-only');
    expect(classifyMessage('Home')).toBeNull();
    expect(classifyMessage('Subscriptions and resources')).toBeNull();
    expect(classifyMessage('Привет, как дела у тебя сегодня?')).toBeNull();
    expect(classifyMessage('今日はいい天気ですね、散歩しましょう')).toBeNull();
  });
});

describe('mayContainMessage (page prefilter)', () => {
  it('lets every positive sample through', () => {
    for (const p of POSITIVE) expect(mayContainMessage(p.text), p.text).toBe(true);
  });
  it('drops short labels without a look at the patterns', () => {
    expect(mayContainMessage('Support plans')).toBe(false);
    expect(mayContainMessage('ID')).toBe(false);
    expect(mayContainMessage('Create a resource group now')).toBe(false);
  });
});

describe('findMessages', () => {
  it('returns the index of each matching text', () => {
    const found = findMessages([
      'Home',
      "You don't have permission to do this",
      'Help',
      '此访问 ID 已关联到帐户。',
    ]);
    expect(found.map((f) => [f.index, f.match.id])).toEqual([
      [1, 'not-authorized-csp-only'],
      [3, 'access-id-already-associated'],
    ]);
  });
});

describe('phrase index', () => {
  it('lets every key literal through the raw prefilter, accented, split and in upper case', () => {
    for (const rule of PHRASES) {
      for (const literal of keyLiterals(rule)) {
        const accented = literal.replace(/e/g, '\u00e9').replace(/a/g, '\u00e0');
        for (const form of [literal, literal.toUpperCase(), accented, [...literal].join('\n')]) {
          // Pages break lines anywhere only in CJK/Hangul words (texts without them never read compact).
          if (form.includes('\n') && !/[\u3040-\u9fff\uac00-\ud7af]/.test(literal)) continue;
          expect(mayContainMessage(`xxxxxxxxxxxxxxxxxx ${form} xxxxxxxxxx`), form).toBe(true);
        }
      }
    }
  });

  it('indexes an empty catalogue, keys that are prefixes of others and keys starting with a dash', () => {
    expect(buildPhraseIndex([]).gate.test('anything at all here, really')).toBe(false);
    const base = PHRASES.find((r) => r.locale === 'en')!;
    const rules = [
      { ...base, key: 'plan' },
      { ...base, key: 'planned' },
      { ...base, key: '-id' },
      { ...base, locale: 'ja' as const, key: 'アクセス' },
    ];
    const index = buildPhraseIndex(rules);
    expect(candidates(index.scripts.latin, 'a planned change').size).toBe(2);
    expect(candidates(index.scripts.latin, 'the access-id').has(rules[2]!)).toBe(true);
    expect(index.otherKeys.test('ア ク\nセ ス')).toBe(true);
  });

  it('finds every rule whose key occurs, also when keys overlap', () => {
    const index = buildPhraseIndex(PHRASES);
    for (const rule of PHRASES) {
      const script = scriptOf(rule.locale);
      for (const literal of keyLiterals(rule)) {
        // Latin keys start words (the index tests the word boundary); the others may stand anywhere.
        const text = script === 'latin' ? `x ${literal}x` : `x${literal}x`;
        expect(candidates(index.scripts[script], text).has(rule), literal).toBe(true);
      }
    }
  });
});

describe('classifyMessage on hostile input', () => {
  it.each([
    ['repeated anchors without sentence ends', 'support plan product expired '.repeat(4000)],
    ['one huge word', 'a'.repeat(200_000)],
    ['repeated CJK anchors', '支持计划访问权益事件'.repeat(10_000)],
    ['repeated IDs', 'access id already '.repeat(5000)],
  ])('stays fast: %s', (_label, text) => {
    const started = performance.now();
    classifyMessage(text);
    // Generous: catches quadratic blow-ups (seconds), not noise on a shared machine.
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
