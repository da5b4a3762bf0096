import { describe, expect, it } from 'vitest';
import {
  ALERT_CONDITIONS,
  type AlertFacts,
  alertKey,
  alertLabels,
  alertText,
  contractAlerts,
  DEFAULT_ALERT_POLICY,
  membersNotLinked,
  portalName,
} from '../src/index.js';
import type { Contract, IncidentEvent } from '../src/types.js';

const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const gold: Contract = {
  id: 'c1',
  ruleset: 'mpn-2021',
  offer: 'gold',
  benefit: 'on-premises',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
};
let n = 0;
const opened = (day: string, count?: number): IncidentEvent => ({
  id: `e${n++}`,
  type: 'opened',
  at: at(day),
  count,
});
const steady = ['01', '02', '03', '04', '05', '06', '07', '08'].flatMap((m) => [
  opened(`2026-${m}-05`),
  opened(`2026-${m}-15`),
]);

const conditionsOf = (r: ReturnType<typeof contractAlerts>) =>
  r.findings.map(
    (f) => `${f.condition}${f.threshold === null ? '' : `@${f.threshold}`}${f.announce ? '' : ' (quiet)'}`,
  );

describe('contractAlerts', () => {
  it.each([
    ['nothing to say mid-term with a slow pace', gold, [opened('2026-02-01')], '2026-06-01', []],
    ['expires within 30 days with incidents unused', gold, [], '2026-12-05', ['expires-soon@30']],
    [
      'both thresholds at once: only the tightest is announced',
      gold,
      [],
      '2026-12-28',
      ['expires-soon@30 (quiet)', 'expires-soon@7'],
    ],
    ['the last day still counts', gold, [], '2026-12-31', ['expires-soon@30 (quiet)', 'expires-soon@7']],
    ['remaining ≤ 2', gold, [opened('2026-02-01', 18)], '2026-03-01', ['low-remaining@2']],
    ['steady pace runs out before expiry', gold, steady, '2026-09-01', ['runs-out-before-expiry']],
    ['exhausted: hidden in Azure', gold, [opened('2026-02-01', 20)], '2026-03-01', ['hidden-in-azure']],
    ['just expired: hidden in Azure', gold, [], '2027-01-10', ['hidden-in-azure']],
    ['long expired: history, not news', gold, [], '2027-03-10', []],
    [
      'Action Pack cloud has no incidents: nothing was hidden, nothing to announce',
      {
        ...gold,
        ruleset: 'ai-cloud-partner-2023' as const,
        offer: 'action-pack' as const,
        benefit: 'cloud' as const,
      },
      [],
      '2026-03-01',
      [],
    ],
    ['not started: nothing', { ...gold, startDate: '2026-06-01' }, [], '2026-05-20', []],
    [
      'unlimited near expiry: no incidents to lose',
      { ...gold, benefit: 'cloud' as const, competency: 'cloud' as const },
      [],
      '2026-12-20',
      [],
    ],
  ])('%s', (_name, contract, events, now, expected) => {
    expect(conditionsOf(contractAlerts(contract, events, at(now)))).toEqual(expected);
  });

  it('an invalid stored row never alerts (not even "hidden in Azure")', () => {
    const bad = { ...gold, endDate: '2026-02-30' };
    expect(contractAlerts(bad, [], at('2026-02-20')).findings).toEqual([]);
    expect(
      contractAlerts({ ...gold, offer: 'partner-launch' as const }, [], at('2026-12-20')).findings,
    ).toEqual([]);
  });

  it('announces a finding once: an active key is reported but not announced', () => {
    const first = contractAlerts(gold, [], at('2026-12-05'));
    const active = new Set(first.findings.map((f) => f.key));
    const again = contractAlerts(gold, [], at('2026-12-06'), DEFAULT_ALERT_POLICY, active);
    expect(again.findings.map((f) => [f.key, f.announce])).toEqual([
      [alertKey('expires-soon', 'c1', 30), false],
    ]);
  });

  it('a tighter threshold is announced even while the looser one is active', () => {
    const active = new Set([alertKey('expires-soon', 'c1', 30)]);
    const r = contractAlerts(gold, [], at('2026-12-26'), DEFAULT_ALERT_POLICY, active);
    expect(conditionsOf(r)).toEqual(['expires-soon@30 (quiet)', 'expires-soon@7']);
  });

  it('follows the policy: thresholds, remaining and switched-off conditions', () => {
    const policy = {
      expiryDays: [60],
      remainingAtMost: 5,
      forecastMinConfidence: 'high' as const,
      conditions: { 'hidden-in-azure': false },
    };
    expect(conditionsOf(contractAlerts(gold, [opened('2026-02-01', 16)], at('2026-11-10'), policy))).toEqual([
      'expires-soon@60',
      'low-remaining@5',
    ]);
    expect(conditionsOf(contractAlerts(gold, [opened('2026-02-01', 20)], at('2026-03-01'), policy))).toEqual(
      [],
    );
  });

  it('a low-confidence forecast does not alert unless the policy accepts low', () => {
    const burst = [opened('2026-01-03', 12)];
    expect(conditionsOf(contractAlerts(gold, burst, at('2026-01-20')))).toEqual([]);
    const low = { ...DEFAULT_ALERT_POLICY, forecastMinConfidence: 'low' as const };
    expect(conditionsOf(contractAlerts(gold, burst, at('2026-01-20'), low))).toEqual([
      'runs-out-before-expiry',
    ]);
  });

  it('runs-out keeps its alert near the edge (hysteresis) and clears once clearly unused', () => {
    // 16 used by 1 September (244 days), 4 left, 121 days left: 16/244*121 ≈ 7.9 → runs out.
    const key = alertKey('runs-out-before-expiry', 'c1');
    const active = new Set([key]);
    // 10 used by 1 September: 10/244*121 ≈ 4.96 → 4 used, 10 − 4 = 6 unused: clears.
    const slow = steady.slice(0, 10);
    expect(contractAlerts(gold, slow, at('2026-09-01'), DEFAULT_ALERT_POLICY, active).findings).toEqual([]);
    // 10 used, 5 left (an adjustment took 5): 4.96 → 4 used, 1 unused: still near, stays active.
    const near: IncidentEvent[] = [...slow, { id: 'adj', type: 'adjusted', at: at('2026-08-20'), delta: -5 }];
    const r = contractAlerts(gold, near, at('2026-09-01'), DEFAULT_ALERT_POLICY, active);
    expect(r.forecast.kind).toBe('unused-at-expiry');
    expect(r.forecast.unusedAtExpiry).toBe(1);
    expect(r.findings.map((f) => [f.key, f.announce])).toEqual([[key, false]]);
    // Without the active key the same forecast says nothing.
    expect(contractAlerts(gold, near, at('2026-09-01')).findings).toEqual([]);
  });

  it('tells why a contract is hidden', () => {
    expect(contractAlerts(gold, [], at('2027-01-02')).findings[0]?.hiddenBecause).toBe('expired');
    expect(
      contractAlerts(gold, [opened('2026-02-01', 20)], at('2026-03-01')).findings[0]?.hiddenBecause,
    ).toBe('exhausted');
  });
});

describe('membersNotLinked', () => {
  const members = [
    { id: 'ann', role: 'owner' as const },
    { id: 'bob', role: 'member' as const },
    { id: 'vic', role: 'viewer' as const },
  ];

  it('a member without a link where a teammate linked', () => {
    const r = membersNotLinked('c1', true, [{ portal: 'azure', linkedBy: 'ann' }], members);
    expect(r.map((f) => [f.memberId, f.portals, f.key])).toEqual([
      ['bob', ['azure'], alertKey('member-not-linked', 'c1', null, 'bob')],
    ]);
  });

  it('lists every portal missing, and nothing once each member linked', () => {
    const links = [
      { portal: 'serviceshub' as const, linkedBy: 'ann' },
      { portal: 'azure' as const, linkedBy: 'ann' },
      { portal: 'azure' as const, linkedBy: 'bob' },
    ];
    expect(membersNotLinked('c1', true, links, members).map((f) => [f.memberId, f.portals])).toEqual([
      ['bob', ['serviceshub']],
    ]);
    const all = [...links, { portal: 'serviceshub' as const, linkedBy: 'bob' }];
    expect(membersNotLinked('c1', true, all, members)).toEqual([]);
  });

  it('imported links (no member) count as team use; unused contracts and viewers never alert', () => {
    expect(
      membersNotLinked('c1', true, [{ portal: 'azure', linkedBy: null }], members).map((f) => f.memberId),
    ).toEqual(['ann', 'bob']);
    expect(membersNotLinked('c1', true, [], members)).toEqual([]);
    expect(membersNotLinked('c1', false, [{ portal: 'azure', linkedBy: 'ann' }], members)).toEqual([]);
    const off = { ...DEFAULT_ALERT_POLICY, conditions: { 'member-not-linked': false } };
    expect(membersNotLinked('c1', true, [{ portal: 'azure', linkedBy: 'ann' }], members, off)).toEqual([]);
  });

  it('an active key is not announced again', () => {
    const active = new Set([alertKey('member-not-linked', 'c1', null, 'bob')]);
    const [f] = membersNotLinked(
      'c1',
      true,
      [{ portal: 'azure', linkedBy: 'ann' }],
      members,
      DEFAULT_ALERT_POLICY,
      active,
    );
    expect(f?.announce).toBe(false);
  });
});

describe('alertText', () => {
  const base: AlertFacts = {
    condition: 'expires-soon',
    name: 'Gold on-prem',
    remaining: 18,
    allotment: 20,
    endDate: '2026-03-26',
    daysToExpiry: 25,
    pacePerMonth: 0.5,
    runsOutOn: null,
    unusedAtExpiry: 18,
    hiddenBecause: null,
    memberName: null,
    portals: [],
  };

  it('says the issue sentence: incidents unused and days to expiry', () => {
    const t = alertText(base, 'en');
    expect(t.title).toBe('Gold on-prem: 18 incidents unused, expires in 25 days');
    expect(t.text).toContain('ends on 2026-03-26 with 18 of 20 incidents left');
    expect(t.text).toContain('about 18 incidents will be left unused');
    expect(alertText({ ...base, daysToExpiry: 0, remaining: 1 }).title).toBe(
      'Gold on-prem: 1 incident unused, expires today',
    );
    expect(alertText({ ...base, daysToExpiry: 1 }).title).toContain('expires in 1 day');
  });

  it('every condition has words in English and Simplified Chinese, and each differs', () => {
    const cases: AlertFacts[] = [
      base,
      { ...base, condition: 'low-remaining', remaining: 2 },
      { ...base, condition: 'runs-out-before-expiry', runsOutOn: '2026-03-20', unusedAtExpiry: null },
      { ...base, condition: 'hidden-in-azure', hiddenBecause: 'expired' },
      { ...base, condition: 'hidden-in-azure', hiddenBecause: 'exhausted', remaining: 0 },
      { ...base, condition: 'member-not-linked', memberName: 'Bob', portals: ['azure', 'serviceshub'] },
    ];
    expect(new Set(cases.map((c) => c.condition))).toEqual(new Set(ALERT_CONDITIONS));
    for (const locale of ['en', 'zh-CN'] as const) {
      const texts = cases.map((c) => alertText(c, locale));
      expect(new Set(texts.map((t) => t.title)).size).toBe(cases.length);
      for (const t of texts) {
        expect(t.locale).toBe(locale);
        expect(t.title).toContain('Gold on-prem');
        if (locale === 'zh-CN') expect(t.text).toMatch(/[\u4e00-\u9fff]/);
        else expect(t.text).not.toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(alertText(cases[5] as AlertFacts, 'en').text).toContain('the Azure portal, Services Hub');
    expect(alertText(cases[5] as AlertFacts, 'zh-CN').text).toContain('Azure 门户、Services Hub');
    expect(alertText(cases[2] as AlertFacts, 'zh-CN').title).toContain('2026-03-20');
  });

  it('expired text mentions unused incidents only when there were some', () => {
    const hidden = { ...base, condition: 'hidden-in-azure' as const, hiddenBecause: 'expired' as const };
    expect(alertText(hidden).text).toContain('with 18 incidents unused');
    expect(alertText({ ...hidden, remaining: 0 }).text).not.toContain('unused');
    expect(alertText({ ...hidden, remaining: 0 }, 'zh-CN').text).not.toContain('未使用');
  });

  it('falls back for a member without a name and for missing forecast dates', () => {
    const m = alertText({ ...base, condition: 'member-not-linked', portals: ['lcs'] });
    expect(m.title).toBe('A member has not linked Gold on-prem');
    expect(alertText({ ...base, condition: 'member-not-linked', portals: ['lcs'] }, 'zh').title).toContain(
      '一位成员',
    );
    const r = alertText({ ...base, condition: 'runs-out-before-expiry', pacePerMonth: null });
    expect(r.title).toContain('2026-03-26');
    expect(
      alertText({ ...base, condition: 'runs-out-before-expiry', pacePerMonth: null }, 'zh-CN').text,
    ).toContain('0');
    expect(alertText({ ...base, daysToExpiry: 0 }, 'zh-CN').title).toContain('今天到期');
    expect(alertText({ ...base, unusedAtExpiry: null }, 'zh-CN').text).not.toContain('按当前速度');
  });

  it('labels around an alert in both languages', () => {
    expect(alertLabels('en').runsOutAround('2026-05-01')).toBe('runs out around 2026-05-01');
    expect(alertLabels('en').unusedAtExpiry(1)).toBe('1 unused at expiry');
    expect(alertLabels('en').unusedAtExpiry(14)).toBe('14 unused at expiry');
    expect(alertLabels('zh-CN').runsOutAround('2026-05-01')).toBe('约 2026-05-01 用完');
    expect(alertLabels('zh-CN').unusedAtExpiry(14)).toBe('到期时约 14 个未使用');
    expect(Object.keys(alertLabels('zh-CN'))).toEqual(Object.keys(alertLabels('en')));
    expect(alertLabels('zh-CN').testTitle).not.toBe(alertLabels('en').testTitle);
  });

  it('portal names in both languages', () => {
    expect(portalName('power-platform')).toBe('the Power Platform admin center');
    expect(portalName('power-platform', 'zh-Hans')).toBe('Power Platform 管理中心');
  });
});
