import { describe, expect, it } from 'vitest';
import {
  ACTIVATE_BY_LABELS,
  ACTIVATE_WORDS,
  BENEFIT_NAMES,
  BENEFIT_WORDS,
  benefitInText,
  benefitNamedIn,
  DISMISS_WORDS,
  FIELD_LABELS,
  FORM_BUTTON_WORDS,
  findTerms,
  formButtonKind,
  isActivateButton,
  isDismissButton,
  labelKey,
  lookupLabel,
  MESSAGE_LOCALES,
  OFFER_NAMES,
  offerInText,
  offersInText,
  PACK_NAMES,
  PASSWORD_LABELS,
  PLAN_COLUMNS,
  PLAN_SECTIONS,
  packInText,
  parseEntry,
  partnerCenterLabel,
  planColumn,
  planSection,
  tableTerms,
  termOf,
  VOCAB_SOURCES,
  type VocabTable,
} from '../src/index.js';

/** Tables read as whole labels, and tables searched for inside longer text. */
const LABEL_TABLES: Record<string, VocabTable<string>> = {
  PLAN_COLUMNS,
  ACTIVATE_BY_LABELS,
  ACTIVATE_WORDS,
  FORM_BUTTON_WORDS,
  DISMISS_WORDS,
};
const TEXT_TABLES: Record<string, VocabTable<string>> = {
  FIELD_LABELS,
  PASSWORD_LABELS,
  BENEFIT_NAMES,
  BENEFIT_WORDS,
  OFFER_NAMES,
  DISMISS_WORDS,
  PLAN_SECTIONS,
};
const ALL_TABLES = { ...LABEL_TABLES, ...TEXT_TABLES };
/** Product names pages keep in English: a locale may list nothing of its own (`englishOnly`). */
const ENGLISH_NAME_TABLES = new Set<VocabTable<string>>([OFFER_NAMES, BENEFIT_NAMES]);

const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** Latin accents dropped, as people type them (Cyrillic and kana keep their marks). */
const stripMarks = (text: string) =>
  text.replace(/[\u00c0-\u024f]/g, (ch) => ch.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
/** ASCII as a Japanese IME types it: full-width letters and digits, ideographic space. */
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

/** The ways a page writes the same words: case, accents dropped, non-breaking spaces, full width. */
function variants(term: string): Array<[string, string]> {
  return [
    ['as written', term],
    ['upper case', term.toUpperCase()],
    ['lower case', term.toLowerCase()],
    ['accents dropped', stripMarks(term)],
    ['non-breaking spaces', term.replace(/ /g, '\u00a0')],
    ['full width', fullWidth(term)],
    ['line break and zero-width space', term.replace(/ /g, '\n\u200b')],
  ];
}

const bare = (term: string) => term.replace(/\*$/, '');

describe('vocabulary tables: shape and provenance', () => {
  for (const [name, table] of Object.entries(ALL_TABLES)) {
    describe(name, () => {
      it('has entries for every Azure portal language, for every key', () => {
        for (const key of Object.keys(table)) {
          const locales = table[key] as Record<string, readonly string[]>;
          expect(Object.keys(locales).sort(), `${name}.${key}`).toEqual([...MESSAGE_LOCALES].sort());
          const least = (locale: string) => (locale !== 'en' && ENGLISH_NAME_TABLES.has(table) ? 0 : 1);
          for (const locale of MESSAGE_LOCALES) {
            expect(locales[locale]?.length, `${name}.${key}.${locale}`).toBeGreaterThanOrEqual(least(locale));
          }
        }
      });

      it('names a known source for every documented entry (a bare term is an own rendering)', () => {
        for (const key of Object.keys(table)) {
          for (const entries of Object.values(table[key] as Record<string, readonly string[]>)) {
            for (const entry of entries) {
              const parsed = parseEntry(entry);
              expect(parsed.term, entry).not.toContain('@');
              expect(parsed.term.trim(), entry).toBe(parsed.term);
              expect(parsed.confidence).toBe(parsed.source === 'own' ? 'unverified' : 'documented');
            }
          }
        }
      });
    });
  }

  it('reads an entry and its source', () => {
    expect(parseEntry('Zugriffs-ID@pc')).toEqual({
      term: 'Zugriffs-ID',
      source: 'pc',
      confidence: 'documented',
    });
    expect(parseEntry('Zugriffskennung')).toEqual({
      term: 'Zugriffskennung',
      source: 'own',
      confidence: 'unverified',
    });
    expect(parseEntry('a@b')).toEqual({ term: 'a@b', source: 'own', confidence: 'unverified' });
    expect(termOf('a@b')).toBe('a@b');
    expect(termOf('Zugriffs-ID@pc')).toBe('Zugriffs-ID');
    expect(Object.keys(VOCAB_SOURCES).sort()).toEqual(['docs', 'l25', 'own', 'pc', 'seed']);
  });

  it('never gives one label two meanings', () => {
    for (const [name, table] of Object.entries(LABEL_TABLES)) {
      const seen = new Map<string, string>();
      for (const { key, term } of tableTerms(table)) {
        const k = labelKey(term);
        if (seen.has(k)) expect(`${name}: ${term} → ${seen.get(k)}`).toBe(`${name}: ${term} → ${key}`);
        seen.set(k, key);
      }
    }
    // The Partner Center labels share the plan-list words: none of them may also be an activate-by label.
    for (const { term } of tableTerms(ACTIVATE_BY_LABELS)) expect(planColumn(term), term).toBeNull();
  });
});

describe('every term of every locale resolves, however the page writes it', () => {
  for (const [name, table] of Object.entries(LABEL_TABLES)) {
    it(`${name}: whole labels`, () => {
      for (const { key, locale, term } of tableTerms(table)) {
        for (const [how, text] of [
          ...variants(term),
          ['with a colon', `${term}:`],
          ['required mark', `${term} *`],
        ]) {
          expect(lookupLabel(table, text as string), `${locale} ${how}: ${JSON.stringify(text)}`).toBe(key);
        }
      }
    });
  }

  for (const [name, table] of Object.entries(TEXT_TABLES)) {
    it(`${name}: inside longer text`, () => {
      for (const { key, locale, term } of tableTerms(table)) {
        for (const [how, text] of variants(bare(term))) {
          const spaced = HAS_CJK.test(text) ? `请输入${text}。` : `Enter (${text}) here.`;
          expect(findTerms(table, text), `${locale} ${how}: ${JSON.stringify(text)}`).toContain(key);
          expect(
            findTerms(table, spaced),
            `${locale} ${how} in a sentence: ${JSON.stringify(spaced)}`,
          ).toContain(key);
        }
      }
    });
  }
});

describe('planColumn and partnerCenterLabel', () => {
  it.each([
    ['Start date', 'start'],
    ['End date:', 'end'],
    ['Incidents remaining', 'remaining'],
    ['Fecha de finalización', 'end'],
    ['Fecha de finalizacion', 'end'],
    ['DATA DE INÍCIO', 'start'],
    ['Başlangıç tarihi', 'start'],
    ['BAŞLANGIÇ TARİHİ', 'start'],
    ['Kalan olaylar', 'remaining'],
    ['Data rozpoczęcia', 'start'],
    ['Återstående incidenter', 'remaining'],
    ['Tanggal berakhir', 'end'],
    ['Befejező dátum', 'end'],
    ['剩余事件数', 'remaining'],
    ['剩 余 事 件', 'remaining'],
    ['結束日期：', 'end'],
    ['終了日', 'end'],
    ['남은 인시던트', 'remaining'],
    ['Дата окончания', 'end'],
  ])('plan column %j → %s', (label, kind) => {
    expect(planColumn(label)).toBe(kind);
  });

  it.each([
    'Start a new support request',
    'Contract ID',
    'Remaining time',
    'Startdatum der Anfrage',
    '',
    '   ',
    ':',
  ])('plan column %j → null', (label) => {
    expect(planColumn(label)).toBeNull();
  });

  it.each([
    ['Activate by', 'activate-by'],
    ['Aktivieren bis:', 'activate-by'],
    ['激活截止日期', 'activate-by'],
    ['Incidents remaining', 'remaining'],
    ['Enddatum', 'end'],
    ['Access ID', null],
  ])('Partner Center label %j → %s', (label, kind) => {
    expect(partnerCenterLabel(label)).toBe(kind);
  });
});

describe('benefitInText', () => {
  it.each([
    ['Partner Cloud Support', 'cloud'],
    ['Signature Cloud Support (cloud only)', 'cloud'],
    ['Partner On-premises Support', 'on-premises'],
    ['Microsoft Product Support — for recent on-premises products', 'on-premises'],
    ['Microsoft-Produktsupport (lokal)', 'on-premises'],
    ['签名云支持', 'cloud'],
    ['Microsoft 产品支持（本地）', 'on-premises'],
    ['存取識別碼 · 雲端', 'cloud'],
    ['Técnico para produtos na nuvem', 'cloud'],
    ['Локальных продуктов', 'on-premises'],
    ['Şirket içi ürünler', 'on-premises'],
    // A name settles it even when the other benefit's plain word appears beside it.
    ['Partner Cloud Support — use Services Hub for on-premises products', 'cloud'],
  ])('%j → %s', (text, benefit) => {
    expect(benefitInText(text)).toBe(benefit);
  });

  it.each([
    ['neither', 'Access ID 1234-5678 Contract ID 8765'],
    ['both names', 'Partner Cloud Support and Partner On-premises Support'],
    ['both words', 'cloud and on-premises'],
    ['a word inside another word', 'Locale settings, cloudy weather'],
    ['empty', ''],
  ])('%s → null', (_why, text) => {
    expect(benefitInText(text)).toBeNull();
  });

  it('benefitNamedIn ignores plain words', () => {
    expect(benefitNamedIn('cloud products')).toBeNull();
    expect(benefitNamedIn('Partner Cloud Support 5')).toBe('cloud');
  });
});

describe('offerInText', () => {
  it.each([
    ['Microsoft Action Pack', 'action-pack'],
    ['行動寶盒', 'action-pack'],
    ['Eylem Paketi', 'action-pack'],
    ['Solutions Partner for Azure', 'solutions-partner'],
    ['解决方案合作伙伴', 'solutions-partner'],
    ['Partner Success Core', 'partner-success-core'],
    ['Partner Success Expanded benefits', 'partner-success-expanded'],
    ['Partner Launch', 'partner-launch'],
    ['Gold competency', 'gold'],
    ['金牌资格', 'gold'],
    ['Legacy gold benefits pack', 'legacy-gold'],
    ['legacy Silver', 'legacy-silver'],
    ['Silberne Kompetenz? Silver-Kompetenz', 'silver'],
  ])('%j → %s', (text, offer) => {
    expect(offerInText(text)).toBe(offer);
  });

  it('lists several offers and then names none', () => {
    expect(offersInText('Solutions Partner · Partner Success Core')).toEqual([
      'solutions-partner',
      'partner-success-core',
    ]);
    expect(offerInText('Solutions Partner · Partner Success Core')).toBeNull();
    expect(offerInText('Goldfish and silverware')).toBeNull();
    expect(offerInText('')).toBeNull();
  });
});

describe('packInText (names before and after the 2025-06 renames)', () => {
  it.each([
    ['Partner support Gold 20pack', 'on-premises', 20, ['gold', 'legacy-gold'], 'before-2025-06'],
    ['PARTNER SUPPORT SILVER 15-PACK', 'on-premises', 15, ['silver', 'legacy-silver'], 'before-2025-06'],
    ['Partner support MAPS 10 pack', 'on-premises', 10, ['action-pack'], 'before-2025-06'],
    ['Partner Signature 5pack', 'cloud', 5, [], 'before-2025-06'],
    ['Signature 10-pack (Gold Hybrid Competency)', 'cloud', 10, [], 'before-2025-06'],
    ['Partner Cloud Support 5', 'cloud', 5, [], 'from-2025-06'],
    ['Plan: Partner On‑premises Support 20 (active)', 'on-premises', 20, [], 'from-2025-06'],
    ['Partner\u00a0Cloud\u00a0Support\u00a050', 'cloud', 50, [], 'from-2025-06'],
    ['Ｐａｒｔｎｅｒ Ｃｌｏｕｄ Ｓｕｐｐｏｒｔ ２', 'cloud', 2, [], 'from-2025-06'],
    // Learn ja-jp missing-support-plan and ko-kr benefits page translate the names.
    ['パートナー サポート ゴールド 20pack', 'on-premises', 20, ['gold', 'legacy-gold'], 'before-2025-06'],
    ['파트너 서명 5pack 지원 계획', 'cloud', 5, [], 'before-2025-06'],
    ['파트너 클라우드 지원 5', 'cloud', 5, [], 'from-2025-06'],
    ['파트너 온-프레미스 지원 20', 'on-premises', 20, [], 'from-2025-06'],
  ])('%j', (text, benefit, incidents, offers, era) => {
    const pack = packInText(text);
    expect(pack).toMatchObject({ benefit, incidents, offers, name: { era } });
  });

  it.each([
    'Partner Cloud Support',
    'Partner Cloud Support 5000',
    'Partner support Gold pack',
    'Partner Cloud Support 5x',
    '',
  ])('%j names no pack', (text) => {
    expect(packInText(text)).toBeNull();
  });

  it('every pack pattern has a number and a known source', () => {
    for (const { pattern } of PACK_NAMES) {
      expect(parseEntry(pattern).term).toContain('{n}');
      expect(parseEntry(pattern).source).not.toBe('own');
    }
  });
});

describe('button words', () => {
  it.each([
    ['Activate', true],
    ['  Aktivieren ', true],
    ['アクティブ化', true],
    ['激活', true],
    ['Etkinleştir', true],
    ['ETKİNLEŞTİR', true],
    ['Activated', false],
    ['Activate your benefits to see the IDs', false],
    ['Cancel', false],
  ])('isActivateButton(%j) → %s', (caption, activate) => {
    expect(isActivateButton(caption)).toBe(activate);
  });

  it.each([
    ['Add contract', 'add-contract'],
    ['Vertrag hinzufügen', 'add-contract'],
    ['Add a new plan', 'add-contract'],
    ['Link', 'link'],
    ['Supportvorteile verknüpfen', 'link'],
    ['SCHLIESSEN', null],
    ['Link support benefits to your account', null],
  ])('formButtonKind(%j) → %s', (caption, kind) => {
    expect(formButtonKind(caption)).toBe(kind);
  });

  it.each([
    ['Cancel', true],
    ['Close dialog', true],
    ['Abbrechen', true],
    ['キャンセル', true],
    ['关闭', true],
    ['Mégse', true],
    ['İptal', true],
    ['Link', false],
    ['Save', false],
    ['SCHLIESSEN', true],
    ['Cancellation policy', false],
    ['Closed cases', false],
  ])('isDismissButton(%j) → %s', (name, dismiss) => {
    expect(isDismissButton(name)).toBe(dismiss);
  });
});

describe('planSection (Services Hub step 2 headings, SH25 + localized editions)', () => {
  it.each([
    ['Types of support', 'usable'],
    ['Do you need to purchase or add more support plans?', 'add-or-purchase'],
    ['▸ Would you like to see unavailable support plans?', 'unavailable'],
    ['Möchten Sie nicht verfügbare Supportpläne anzeigen?', 'unavailable'],
    ['是否需要购买或添加更多支持计划？', 'add-or-purchase'],
    ['支持类型', 'usable'],
    ['Vill du se otillgängliga supportplaner?', 'unavailable'],
  ] as const)('%s → %s', (heading, section) => {
    expect(planSection(heading)).toBe(section);
  });
  it('ignores other headings', () => {
    expect(planSection('Support plans')).toBeNull();
    expect(planSection('Contact information')).toBeNull();
  });
});
