import { describe, expect, it } from 'vitest';
import {
  type CaptureSnapshot,
  packInText,
  packOffers,
  proposeCapture,
  readCaptureFields,
} from '../src/index.js';

const IDS = { accessId: '7f3e9a21-4b6c-4d2e', contractId: '55120987' };

function page(
  fields: Array<[string, string]>,
  sectionText: string,
  extra: Partial<CaptureSnapshot> = {},
): CaptureSnapshot {
  return { ...IDS, fields: fields.map(([label, value]) => ({ label, value })), sectionText, ...extra };
}

const codes = (problems: Array<{ code: string; field: string }>) =>
  problems.map((p) => `${p.field}:${p.code}`);

describe('proposeCapture: what the page says', () => {
  it('reads a 2026 card: pack name, offer, dates and count', () => {
    const p = proposeCapture(
      page(
        [
          ['Start date', '7/1/2025'],
          ['End date', '6/30/2026'],
          ['Incidents remaining', '4'],
          ['Activate by', '9/30/2025'],
        ],
        'Partner Cloud Support 5 · Partner Success Expanded · Access ID … Contract ID …',
        { locale: 'en-US' },
      ),
    );
    expect(p.benefit).toEqual({ value: 'cloud', origin: 'pack' });
    expect(p.offer).toEqual({ value: 'partner-success-expanded', origin: 'page' });
    expect(p.startDate).toEqual({ value: '2025-07-01', origin: 'page' });
    expect(p.endDate).toEqual({ value: '2026-06-30', origin: 'page' });
    expect(p.remaining).toBe(4);
    expect(p.activateBy).toBe('2025-09-30');
    expect(p.pack).toMatchObject({ label: 'Partner Cloud Support 5', incidents: 5 });
    expect(p.allotmentOverride).toBeNull();
    expect(p.problems).toEqual([]);
    expect(p.contract).toMatchObject({
      ...IDS,
      benefit: 'cloud',
      offer: 'partner-success-expanded',
      ruleset: 'ai-cloud-partner-2026',
      startDate: '2025-07-01',
      endDate: '2026-06-30',
    });
    expect(p.saved).toBeNull();
  });

  it('estimates a missing start date from the end date with the contract term, and says so', () => {
    const p = proposeCapture(page([['End date', '6/30/2026']], 'Partner Cloud Support 5'));
    expect(p.startDate).toEqual({ value: '2025-07-01', origin: 'estimated' });
    expect(p.contract?.startDate).toBe('2025-07-01');
    // The mark travels with the contract, so every later view can say "estimated".
    expect(p.contract?.startDateEstimated).toBe(true);
    const seen = proposeCapture(
      page(
        [
          ['Start date', '7/1/2025'],
          ['End date', '6/30/2026'],
        ],
        'Partner Cloud Support 5',
      ),
    );
    expect(seen.contract?.startDateEstimated).toBe(false);
  });

  it('never estimates over a start date the page shows but that is no real day: it reports it', () => {
    const p = proposeCapture(
      page(
        [
          ['Start date', '2026-02-30'],
          ['End date', '6/30/2026'],
        ],
        'Partner Cloud Support 5',
      ),
      { choices: { offer: 'partner-success-expanded' } },
    );
    expect(p.startDate).toEqual({ value: null, origin: null });
    expect(p.contract).toBeNull();
    expect(codes(p.problems)).toEqual(['startDate:date-impossible']);
    // A date the user types wrong is reported the same way, not replaced.
    const typed = proposeCapture(page([['End date', '6/30/2026']], 'Partner Cloud Support 5'), {
      choices: { offer: 'partner-success-expanded', startDate: '0050-01-01' },
    });
    expect(codes(typed.problems)).toEqual(['startDate:date-year-out-of-range']);
    // And a typed real day wins over the unreadable one.
    const fixed = proposeCapture(
      page(
        [
          ['Start date', '2026-02-30'],
          ['End date', '6/30/2026'],
        ],
        'Partner Cloud Support 5',
      ),
      { choices: { offer: 'partner-success-expanded', startDate: '2025-07-01' } },
    );
    expect(fixed.contract).toMatchObject({ startDate: '2025-07-01', startDateEstimated: false });
  });

  it('asks for the competency when it changes the count and the page does not say', () => {
    const card = page(
      [
        ['Start date', '3/1/2021'],
        ['End date', '2/28/2022'],
      ],
      'Gold · Cloud support',
    );
    const asked = proposeCapture(card, { choices: { offer: 'gold', benefit: 'cloud' } });
    expect(asked.competencyNeeded).toBe(true);
    expect(asked.competency).toEqual({ value: null, origin: null });
    expect(asked.contract).toBeNull();
    expect(codes(asked.problems)).toEqual(['competency:required']);
    const cloud = proposeCapture(card, { choices: { offer: 'gold', benefit: 'cloud', competency: 'cloud' } });
    expect(cloud.contract).toMatchObject({ ruleset: 'mpn-2021', competency: 'cloud' });
    // "Not sure" is a choice too: the smaller figure is counted, as in the Options form.
    const unsure = proposeCapture(card, { choices: { offer: 'gold', benefit: 'cloud', competency: null } });
    expect(unsure.contract).toMatchObject({ competency: null });
    // On-premises incidents do not depend on it: nothing is asked.
    const onPrem = proposeCapture(card, { choices: { offer: 'gold', benefit: 'on-premises' } });
    expect(onPrem.competencyNeeded).toBe(false);
    expect(onPrem.contract).not.toBeNull();
  });

  it('never takes today for missing dates: both are required and the contract waits', () => {
    const p = proposeCapture(page([], 'Partner Cloud Support 5 · Partner Success Expanded'));
    expect(p.startDate).toEqual({ value: null, origin: null });
    expect(p.endDate).toEqual({ value: null, origin: null });
    expect(p.contract).toBeNull();
    expect(codes(p.problems)).toEqual(expect.arrayContaining(['startDate:required', 'endDate:required']));
  });

  it('leaves the benefit to the user when the page does not say (no on-premises guess)', () => {
    const p = proposeCapture(
      page([['End date', '2026-06-30']], 'Technical support · Access ID · Contract ID'),
    );
    expect(p.benefit).toEqual({ value: null, origin: null });
    expect(p.offer).toEqual({ value: null, origin: null });
    expect(p.contract).toBeNull();
    expect(codes(p.problems)).toEqual(expect.arrayContaining(['benefit:required', 'offer:required']));
  });

  it('leaves the benefit open when the block names both', () => {
    const p = proposeCapture(page([], 'Signature Cloud Support and Microsoft Product Support'));
    expect(p.benefit.value).toBeNull();
  });

  it('falls back to a benefit named elsewhere on the page, by name only', () => {
    expect(
      proposeCapture(page([], 'Access ID · Contract ID', { pageText: 'Partner On-premises Support' }))
        .benefit,
    ).toEqual({ value: 'on-premises', origin: 'page' });
    expect(proposeCapture(page([], 'Access ID', { pageText: 'cloud products' })).benefit.value).toBeNull();
  });

  it('ignores a date that does not exist and a count that is not one', () => {
    const p = proposeCapture(
      page(
        [
          ['End date', '2026-02-30'],
          ['Remaining', 'n/a'],
        ],
        'Partner Cloud Support 5',
      ),
    );
    expect(p.endDate.value).toBeNull();
    expect(p.remaining).toBeNull();
  });

  it.each([
    [
      'de',
      [
        ['Startdatum', '01.07.2025'],
        ['Enddatum', '30.06.2026'],
        ['Verbleibende Incidents', '12'],
      ],
      'Microsoft-Produktsupport (lokal) · Solutions Partner',
      'on-premises',
      'solutions-partner',
    ],
    [
      'ja',
      [
        ['終了日', '2026/06/30'],
        ['残りのインシデント', '3'],
      ],
      '署名クラウド サポート · Partner Success Core',
      'cloud',
      'partner-success-core',
    ],
    [
      'zh-CN',
      [
        ['结束日期：', '2026年6月30日'],
        ['剩余事件', '2'],
      ],
      '签名云支持 · Partner Success Core',
      'cloud',
      'partner-success-core',
    ],
    [
      'tr',
      [
        ['Bitiş tarihi', '30.06.2026'],
        ['Kalan olaylar', '10'],
      ],
      'Microsoft Ürün Desteği · Solutions Partner',
      'on-premises',
      'solutions-partner',
    ],
  ] as const)('reads a localized card (%s)', (locale, fields, sectionText, benefit, offer) => {
    const p = proposeCapture(
      page(
        fields.map(([l, v]) => [l, v] as [string, string]),
        sectionText,
        { locale },
      ),
    );
    expect(p.benefit.value).toBe(benefit);
    expect(p.offer.value).toBe(offer);
    expect(p.endDate.value).toBe('2026-06-30');
    expect(p.remaining).not.toBeNull();
    expect(p.contract).not.toBeNull();
  });
});

describe('proposeCapture: pack names before and after the 2025 renames', () => {
  it('takes the offer family from an old pack name and the era from the start date', () => {
    const mpn = proposeCapture(
      page(
        [
          ['Start date', '2021-07-01'],
          ['End date', '2022-06-30'],
        ],
        'Partner support Gold 20pack',
      ),
    );
    expect(mpn.offer).toEqual({ value: 'gold', origin: 'pack' });
    expect(mpn.benefit).toEqual({ value: 'on-premises', origin: 'pack' });
    expect(mpn.contract?.ruleset).toBe('mpn-2021');
    const legacy = proposeCapture(
      page(
        [
          ['Start date', '2023-05-01'],
          ['End date', '2024-04-30'],
        ],
        'Partner support Gold 20pack',
      ),
    );
    expect(legacy.offer).toEqual({ value: 'legacy-gold', origin: 'pack' });
    expect(legacy.contract?.ruleset).toBe('ai-cloud-partner-2023');
  });

  it('offers the programme offers that grant the pack count when the name gives only a count', () => {
    const pack = packInText('Partner On-premises Support 20');
    expect(pack).not.toBeNull();
    expect(packOffers(pack!, '2026-02-01')).toEqual(['solutions-partner']);
    expect(packOffers(pack!, '2023-05-01')).toEqual(
      expect.arrayContaining(['solutions-partner', 'legacy-gold']),
    );
    const p = proposeCapture(
      page(
        [
          ['Start date', '2023-05-01'],
          ['End date', '2024-04-30'],
        ],
        'Partner On-premises Support 20',
      ),
    );
    expect(p.offer.value).toBeNull();
    expect(p.offerOptions).toEqual(packOffers(pack!, '2023-05-01'));
  });

  it('keeps the pack count as an override when it differs from the programme figure', () => {
    const p = proposeCapture(
      page(
        [
          ['Start date', '2021-07-01'],
          ['End date', '2022-06-30'],
        ],
        'Partner support Gold 15pack',
      ),
    );
    expect(p.offer.value).toBe('gold');
    expect(p.allotmentOverride).toBe(15);
    expect(p.contract?.allotmentOverride).toBe(15);
  });
});

describe('proposeCapture: the user decides, validation speaks', () => {
  it('takes the user’s choices over the page', () => {
    const p = proposeCapture(page([['End date', '2026-06-30']], 'Partner Cloud Support 5'), {
      choices: {
        benefit: 'cloud',
        offer: 'partner-success-core',
        startDate: '2025-08-01',
        endDate: '2026-07-31',
      },
    });
    expect(p.offer).toEqual({ value: 'partner-success-core', origin: 'choice' });
    expect(p.startDate).toEqual({ value: '2025-08-01', origin: 'choice' });
    expect(p.endDate).toEqual({ value: '2026-07-31', origin: 'choice' });
    expect(p.offerOptions).toContain('partner-success-core');
  });

  it('passes on the rules’ problems: end before start, an offer the programme no longer has', () => {
    const p = proposeCapture(page([], 'Partner Cloud Support 5'), {
      choices: { offer: 'action-pack', startDate: '2026-08-01', endDate: '2026-07-31' },
    });
    expect(p.contract).toBeNull();
    expect(codes(p.problems)).toEqual(expect.arrayContaining(['endDate:end-before-start']));
  });

  it('warns without refusing when the offer has no incidents of that benefit', () => {
    const p = proposeCapture(page([], 'Microsoft Action Pack · Signature Cloud Support'), {
      choices: { startDate: '2021-07-01', endDate: '2022-06-30' },
    });
    expect(p.offer.value).toBe('action-pack');
    expect(p.contract).not.toBeNull();
    expect(p.problems.map((x) => [x.code, x.severity])).toEqual([['no-incidents-for-benefit', 'warning']]);
  });
});

describe('proposeCapture: a pair already saved', () => {
  const saved = {
    benefit: 'cloud' as const,
    offer: 'partner-success-expanded' as const,
    startDate: '2025-07-01',
    endDate: '2026-06-30',
    remaining: 5,
  };

  it('says nothing is newer when the page agrees or shows nothing', () => {
    expect(proposeCapture(page([], 'Partner Cloud Support 5'), { saved }).saved).toEqual({
      remaining: 5,
      endDate: '2026-06-30',
      newer: [],
    });
    expect(
      proposeCapture(page([['Incidents remaining', '5']], 'Partner Cloud Support 5'), { saved }).saved?.newer,
    ).toEqual([]);
  });

  it('offers the page’s newer count and end date', () => {
    const p = proposeCapture(
      page(
        [
          ['Incidents remaining', '3'],
          ['End date', '2027-06-30'],
        ],
        'Partner Cloud Support 5',
      ),
      { saved },
    );
    expect(p.saved?.newer).toEqual(['remaining', 'endDate']);
    expect(p.endDate).toEqual({ value: '2027-06-30', origin: 'page' });
    // The saved start date is the user's; it wins over an estimate.
    expect(p.startDate).toEqual({ value: '2025-07-01', origin: 'saved' });
  });

  it('fills what the page does not say from the saved contract', () => {
    const p = proposeCapture(page([], 'Access ID · Contract ID'), { saved });
    expect(p.benefit).toEqual({ value: 'cloud', origin: 'saved' });
    expect(p.offer).toEqual({ value: 'partner-success-expanded', origin: 'saved' });
    expect(p.contract).not.toBeNull();
  });
});

describe('readCaptureFields', () => {
  it('keeps the first value of each kind and skips labels it does not know', () => {
    expect(
      readCaptureFields({
        fields: [
          { label: 'Tenant', value: 'contoso' },
          { label: 'End date', value: '2026-06-30' },
          { label: 'Expires', value: '2027-01-01' },
          { label: 'Remaining', value: 'Unlimited' },
        ],
      }),
    ).toEqual({
      startDate: null,
      endDate: '2026-06-30',
      activateBy: null,
      remaining: 'unlimited',
      unreadable: {},
    });
  });
});
