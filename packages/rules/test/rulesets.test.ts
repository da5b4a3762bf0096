import { describe, expect, it } from 'vitest';
import {
  allotment,
  allotmentFact,
  RULES_VERSION,
  RULESET_IDS,
  rulesetForDate,
  rulesets,
} from '../src/index.js';
import type { Benefit, CompetencyCategory, OfferId, RulesetId } from '../src/types.js';

type Row = [
  source: string,
  ruleset: RulesetId,
  offer: OfferId,
  benefit: Benefit,
  competency: CompetencyCategory | null,
  expected: number | 'unlimited',
];

const TABLE: Row[] = [
  ['seed: entitlement table', 'mpn-2021', 'action-pack', 'on-premises', null, 10],
  ['seed: entitlement table', 'mpn-2021', 'silver', 'on-premises', null, 15],
  ['seed: entitlement table', 'mpn-2021', 'gold', 'on-premises', null, 20],
  ['seed: Action Pack has no cloud support', 'mpn-2021', 'action-pack', 'cloud', null, 0],
  ['seed: Action Pack has no cloud support', 'mpn-2021', 'action-pack', 'cloud', 'cloud', 0],
  ['seed: entitlement table', 'mpn-2021', 'silver', 'cloud', 'cloud', 'unlimited'],
  ['seed: entitlement table', 'mpn-2021', 'silver', 'cloud', 'other', 5],
  ['seed: entitlement table', 'mpn-2021', 'gold', 'cloud', 'cloud', 'unlimited'],
  ['seed: entitlement table', 'mpn-2021', 'gold', 'cloud', 'other', 10],
  [
    'rules: unknown competency counts as other (never promise unlimited)',
    'mpn-2021',
    'gold',
    'cloud',
    null,
    10,
  ],
  ['rules: offers outside the ruleset have nothing', 'mpn-2021', 'partner-launch', 'cloud', null, 0],
  ['PROGRAM-2026.md [S23]: 2023 table', 'ai-cloud-partner-2023', 'action-pack', 'on-premises', null, 10],
  ['PROGRAM-2026.md [S23]: 2023 table', 'ai-cloud-partner-2023', 'action-pack', 'cloud', null, 0],
  [
    'PROGRAM-2026.md [S23]: 2023 table',
    'ai-cloud-partner-2023',
    'solutions-partner',
    'on-premises',
    null,
    20,
  ],
  [
    'PROGRAM-2026.md [S23]: 2023 table',
    'ai-cloud-partner-2023',
    'solutions-partner',
    'cloud',
    null,
    'unlimited',
  ],
  ['PROGRAM-2026.md [S23]: 2023 table', 'ai-cloud-partner-2023', 'legacy-silver', 'on-premises', null, 15],
  [
    'PROGRAM-2026.md [S23]: 2023 table',
    'ai-cloud-partner-2023',
    'legacy-silver',
    'cloud',
    'cloud',
    'unlimited',
  ],
  ['PROGRAM-2026.md [S23]: 2023 table', 'ai-cloud-partner-2023', 'legacy-silver', 'cloud', 'other', 5],
  ['PROGRAM-2026.md [S23]: 2023 table', 'ai-cloud-partner-2023', 'legacy-gold', 'on-premises', null, 20],
  [
    'PROGRAM-2026.md [S23]: 2023 table',
    'ai-cloud-partner-2023',
    'legacy-gold',
    'cloud',
    'cloud',
    'unlimited',
  ],
  ['PROGRAM-2026.md [S23]: 2023 table', 'ai-cloud-partner-2023', 'legacy-gold', 'cloud', 'other', 10],
  [
    'PROGRAM-2026.md [D26]: 2026 table',
    'ai-cloud-partner-2026',
    'solutions-partner',
    'on-premises',
    null,
    20,
  ],
  ['PROGRAM-2026.md [D26]: 2026 table', 'ai-cloud-partner-2026', 'solutions-partner', 'cloud', null, 50],
  [
    'PROGRAM-2026.md [D26]: 2026 table',
    'ai-cloud-partner-2026',
    'partner-success-expanded',
    'on-premises',
    null,
    0,
  ],
  [
    'PROGRAM-2026.md [D26]: 2026 table',
    'ai-cloud-partner-2026',
    'partner-success-expanded',
    'cloud',
    null,
    5,
  ],
  [
    'PROGRAM-2026.md [D26]: 2026 table',
    'ai-cloud-partner-2026',
    'partner-success-core',
    'on-premises',
    null,
    0,
  ],
  ['PROGRAM-2026.md [D26]: 2026 table', 'ai-cloud-partner-2026', 'partner-success-core', 'cloud', null, 2],
  ['PROGRAM-2026.md [D26]: 2026 table', 'ai-cloud-partner-2026', 'partner-launch', 'on-premises', null, 0],
  ['PROGRAM-2026.md [D26]: 2026 table', 'ai-cloud-partner-2026', 'partner-launch', 'cloud', null, 0],
];

describe('allotment', () => {
  it.each(TABLE)('%s: %s %s %s %s → %s', (_source, ruleset, offer, benefit, competency, expected) => {
    expect(allotment({ ruleset, offer, benefit, competency })).toBe(expected);
  });

  it('carries the provenance of each fact (PROGRAM-2026.md: unverified marks)', () => {
    expect(allotmentFact({ ruleset: 'mpn-2021', offer: 'gold', benefit: 'on-premises' }).provenance).toEqual({
      source: 'seed',
      section: 'entitlement table',
      confidence: 'documented',
    });
    expect(
      allotmentFact({ ruleset: 'ai-cloud-partner-2023', offer: 'legacy-gold', benefit: 'cloud' }).provenance
        .source,
    ).toBe('S23');
    const d26 = allotmentFact({
      ruleset: 'ai-cloud-partner-2026',
      offer: 'solutions-partner',
      benefit: 'cloud',
    });
    expect(d26.provenance).toMatchObject({ source: 'D26', confidence: 'unverified' });
  });

  it('marks every 2026 allotment unverified and every mpn-2021 one documented', () => {
    for (const offer of Object.values(rulesets['ai-cloud-partner-2026'].offers)) {
      for (const rule of Object.values(offer.allotments)) {
        expect(rule.kind === 'flat' && rule.fact.provenance.confidence).toBe('unverified');
      }
    }
    for (const offer of Object.values(rulesets['mpn-2021'].offers)) {
      for (const rule of Object.values(offer.allotments)) {
        const facts = rule.kind === 'flat' ? [rule.fact] : Object.values(rule.byCompetency);
        for (const f of facts)
          expect(f.provenance).toMatchObject({ source: 'seed', confidence: 'documented' });
      }
    }
  });
});

describe('rulesets', () => {
  it('has the three eras', () => {
    expect(RULESET_IDS).toEqual(['mpn-2021', 'ai-cloud-partner-2023', 'ai-cloud-partner-2026']);
    for (const id of RULESET_IDS) expect(rulesets[id].id).toBe(id);
    expect(RULES_VERSION).toMatch(/\S/);
  });

  it('lists the seed cloud competencies (seed: cloud competency list)', () => {
    expect(rulesets['mpn-2021'].competencies.map((c) => c.name)).toEqual([
      'Security',
      'Cloud Business Applications',
      'Cloud Platform',
      'Cloud Productivity',
      'Enterprise Mobility Management',
      'Small and Midmarket Cloud Solutions',
    ]);
    expect(rulesets['mpn-2021'].competencies.every((c) => c.category === 'cloud')).toBe(true);
  });

  it.each([
    ['seed: Services Hub for on-premises', 'mpn-2021', 'on-premises', 'serviceshub'],
    ['seed: Azure portal for cloud', 'mpn-2021', 'cloud', 'azure'],
    ['PROGRAM-2026.md: Power Platform', 'ai-cloud-partner-2023', 'cloud', 'power-platform'],
    ['PROGRAM-2026.md: LCS', 'ai-cloud-partner-2026', 'cloud', 'lcs'],
    ['PROGRAM-2026.md [D26]: Engage Center', 'ai-cloud-partner-2026', 'on-premises', 'engagecenter'],
  ] as const)('%s', (_source, ruleset, benefit, portal) => {
    expect(rulesets[ruleset].benefits[benefit].portals.map((p) => p.value)).toContain(portal);
  });

  it('names the benefits as each era did (PROGRAM-2026.md [L25]: renames)', () => {
    expect(rulesets['mpn-2021'].benefits.cloud.name).toBe('Signature Cloud Support');
    expect(rulesets['mpn-2021'].benefits['on-premises'].name).toBe('Microsoft Product Support');
    expect(rulesets['ai-cloud-partner-2026'].benefits.cloud.name).toBe('Partner Cloud Support');
    expect(rulesets['ai-cloud-partner-2026'].benefits.cloud.formerNames).toContain('Signature Cloud Support');
  });

  it('gives every fact a source and a confidence', () => {
    for (const ruleset of Object.values(rulesets)) {
      const provenances = [
        ruleset.provenance,
        ...ruleset.notes.map((n) => n.provenance),
        ...ruleset.competencies.map((c) => c.provenance),
        ...Object.values(ruleset.benefits).flatMap((b) => [
          b.provenance,
          ...b.portals.map((p) => p.provenance),
        ]),
      ];
      for (const p of provenances) {
        expect(p.source).toMatch(/\S/);
        expect(['documented', 'unverified']).toContain(p.confidence);
      }
    }
  });
});

describe('rulesetForDate', () => {
  it.each([
    ['seed era', '2021-06-07', 'mpn-2021'],
    ['before the oldest ruleset', '2019-01-01', 'mpn-2021'],
    ['PROGRAM-2026.md: new programme starts 2022-10-03', '2022-10-03', 'ai-cloud-partner-2023'],
    ['PROGRAM-2026.md: day before', '2022-10-02', 'mpn-2021'],
    ['PROGRAM-2026.md: 2026 table', '2026-11-23', 'ai-cloud-partner-2026'],
  ] as const)('%s: %s → %s', (_s, day, id) => {
    expect(rulesetForDate(day)).toBe(id);
  });
  it('accepts epoch ms and Date', () => {
    expect(rulesetForDate(Date.UTC(2023, 9, 1))).toBe('ai-cloud-partner-2023');
    expect(rulesetForDate(new Date(Date.UTC(2021, 2, 4)))).toBe('mpn-2021');
  });
  it('rejects what is not a date', () => {
    expect(() => rulesetForDate('soon')).toThrow(RangeError);
    expect(() => rulesetForDate(Number.NaN)).toThrow(RangeError);
  });
});
