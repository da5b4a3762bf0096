import { describe, expect, it } from 'vitest';
import {
  CONTRACT_PROBLEM_CODES,
  type ContractProblem,
  contractFieldName,
  contractProblemText,
  validateContract,
  validateTerms,
} from '../src/index.js';

const valid = {
  accessId: ' AB12-CD34 ',
  contractId: '9988\u200b7766',
  offer: 'solutions-partner',
  benefit: 'cloud',
  startDate: '2026-03-01',
  endDate: '2027-02-28',
};

const codes = (problems: ContractProblem[]) => problems.map((p) => `${p.field}:${p.code}:${p.severity}`);

describe('validateContract', () => {
  it('accepts a contract, normalises the IDs and picks the ruleset with rulesetFor', () => {
    const r = validateContract(valid);
    expect(r).toEqual({
      ok: true,
      problems: [],
      value: {
        accessId: 'AB12-CD34',
        contractId: '99887766',
        offer: 'solutions-partner',
        benefit: 'cloud',
        ruleset: 'ai-cloud-partner-2026',
        competency: null,
        startDate: '2026-03-01',
        endDate: '2027-02-28',
        startDateEstimated: false,
        allotmentOverride: null,
      },
    });
    // Only `true` marks an estimated start date.
    expect(validateContract({ ...valid, startDateEstimated: true }).value?.startDateEstimated).toBe(true);
    expect(validateContract({ ...valid, startDateEstimated: 'yes' }).value?.startDateEstimated).toBe(false);
    expect(validateContract({ ...valid, ruleset: 'auto' }).value?.ruleset).toBe('ai-cloud-partner-2026');
    expect(validateContract({ ...valid, ruleset: 'ai-cloud-partner-2023' }).value?.ruleset).toBe(
      'ai-cloud-partner-2023',
    );
  });

  it.each([
    [
      'empty IDs',
      { accessId: ' \u200b ', contractId: undefined },
      ['accessId:required:error', 'contractId:required:error'],
    ],
    ['impossible date', { endDate: '2026-02-30' }, ['endDate:date-impossible:error']],
    ['year 0050', { startDate: '0050-03-01' }, ['startDate:date-year-out-of-range:error']],
    ['bad format', { startDate: '03/01/2026' }, ['startDate:date-format:error']],
    [
      'missing dates',
      { startDate: '', endDate: null },
      ['startDate:required:error', 'endDate:required:error'],
    ],
    ['end before start', { endDate: '2026-02-01' }, ['endDate:end-before-start:error']],
    [
      'Action Pack under the 2026 rules',
      { offer: 'action-pack', ruleset: 'ai-cloud-partner-2026' },
      ['offer:offer-not-in-ruleset:error'],
    ],
    ['unknown ruleset', { ruleset: 'mpn-1999' }, ['ruleset:unknown-ruleset:error']],
    ['unknown offer', { offer: 'platinum' }, ['offer:unknown-offer:error']],
    ['no offer', { offer: '' }, ['offer:required:error']],
    ['unknown benefit', { benefit: 'hybrid' }, ['benefit:unknown-benefit:error']],
    ['no benefit', { benefit: undefined }, ['benefit:required:error']],
    ['unknown competency', { competency: 'gold' }, ['competency:unknown-competency:error']],
    ['negative override', { allotmentOverride: -1 }, ['allotmentOverride:allotment-invalid:error']],
    ['fractional override', { allotmentOverride: 2.5 }, ['allotmentOverride:allotment-invalid:error']],
    ['huge override', { allotmentOverride: 100_001 }, ['allotmentOverride:allotment-invalid:error']],
    ['text override', { allotmentOverride: 'lots' }, ['allotmentOverride:allotment-invalid:error']],
  ])('%s → typed problems naming the field', (_name, change, expected) => {
    const r = validateContract({ ...valid, ...change });
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(codes(r.problems)).toEqual(expected);
  });

  it('warns, without refusing, when the offer has no incidents of the benefit (Action Pack: no cloud)', () => {
    const r = validateContract({
      ...valid,
      offer: 'action-pack',
      startDate: '2023-05-01',
      endDate: '2024-04-30',
    });
    expect(r.ok).toBe(true);
    expect(r.value?.ruleset).toBe('ai-cloud-partner-2023');
    expect(r.problems).toEqual([
      {
        field: 'benefit',
        code: 'no-incidents-for-benefit',
        severity: 'warning',
        offer: 'action-pack',
        benefit: 'cloud',
      },
    ]);
    // A purchased pack (override) grants incidents: no warning.
    expect(validateContract({ ...valid, offer: 'action-pack', allotmentOverride: 5 }).problems).toEqual([]);
    // Gold with a non-cloud competency still has cloud incidents.
    const gold = {
      ...valid,
      offer: 'gold',
      startDate: '2021-05-01',
      endDate: '2022-04-30',
      competency: 'other',
    };
    expect(validateContract(gold).problems).toEqual([]);
  });

  it('accepts unlimited and zero overrides', () => {
    expect(validateContract({ ...valid, allotmentOverride: 'unlimited' }).value?.allotmentOverride).toBe(
      'unlimited',
    );
    expect(validateContract({ ...valid, allotmentOverride: 0 }).value?.allotmentOverride).toBe(0);
  });

  it('validateTerms ignores the IDs (for stored contracts)', () => {
    const { accessId: _a, contractId: _c, ...terms } = valid;
    expect(validateTerms(terms).ok).toBe(true);
    expect(validateContract(terms).ok).toBe(false);
  });
});

describe('problem text', () => {
  const sample = (code: ContractProblem['code']): ContractProblem => ({
    code,
    field: 'offer',
    severity: 'error',
    offer: 'action-pack',
    ruleset: 'ai-cloud-partner-2026',
    benefit: 'cloud',
  });

  it.each(CONTRACT_PROBLEM_CODES)('%s has a sentence in en and zh-CN', (code) => {
    const en = contractProblemText(sample(code), 'en');
    const zh = contractProblemText(sample(code), 'zh-CN');
    expect(en).toMatch(/^[A-Z"].+\.$/);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toBe(en);
  });

  it('names the offer and ruleset', () => {
    expect(contractProblemText(sample('offer-not-in-ruleset'))).toBe(
      'Action Pack is not part of Microsoft AI Cloud Partner Program (2026).',
    );
    expect(contractProblemText({ code: 'offer-not-in-ruleset', field: 'offer', severity: 'error' })).toBe(
      'This offer is not part of the chosen ruleset.',
    );
    expect(contractProblemText(sample('no-incidents-for-benefit'), 'zh-Hans-CN')).toContain('云');
    expect(contractProblemText({ ...sample('no-incidents-for-benefit'), benefit: 'on-premises' })).toContain(
      'on-premises',
    );
    expect(contractProblemText(sample('date-year-out-of-range'), 'de')).toBe(
      'The year must be between 2000 and 2099.',
    );
  });

  it('names fields in both locales', () => {
    expect(contractFieldName('startDate')).toBe('Start date');
    expect(contractFieldName('accessId', 'zh-CN')).toBe('访问 ID');
  });
});
