import { describe, expect, it } from 'vitest';
import type { ContractFields } from '../storage/types';
import { mergeContract } from './merge';

const base: ContractFields = {
  ruleset: 'ai-cloud-partner-2023',
  offer: 'solutions-partner',
  benefit: 'on-premises',
  competency: null,
  label: 'Main',
  accessId: 'ACCESS-1',
  contractId: 'CONTRACT-1',
  startDate: '2025-06-01',
  endDate: '2026-05-31',
  startDateEstimated: false,
  allotmentOverride: null,
};

describe('mergeContract', () => {
  it('keeps both sides’ edits of different fields', () => {
    const r = mergeContract(base, { ...base, label: 'Ours' }, { ...base, endDate: '2026-06-30' });
    expect(r.fields).toMatchObject({ label: 'Ours', endDate: '2026-06-30' });
    expect(r.changed).toEqual({ label: 'Ours' });
    expect(r.conflicts).toEqual([]);
  });

  it('keeps the server’s value where both changed a field', () => {
    const r = mergeContract(base, { ...base, label: 'Ours' }, { ...base, label: 'Theirs' });
    expect(r.fields.label).toBe('Theirs');
    expect(r.conflicts).toEqual(['label']);
  });

  it('sends nothing the rules refuse: our offer with their ruleset stays a conflict', () => {
    // We chose Action Pack; a teammate moved the contract to the 2026 rules, which have none.
    const r = mergeContract(
      base,
      { ...base, offer: 'action-pack' },
      { ...base, ruleset: 'ai-cloud-partner-2026', startDate: '2026-01-15', endDate: '2027-01-14' },
    );
    expect(r.changed).toEqual({});
    expect(r.fields).toMatchObject({ ruleset: 'ai-cloud-partner-2026', offer: 'solutions-partner' });
    expect(r.conflicts).toEqual(['offer']);
  });

  it('sends nothing the rules refuse: our end date before their new start date', () => {
    const r = mergeContract(base, { ...base, endDate: '2025-12-31' }, { ...base, startDate: '2026-01-01' });
    expect(r.changed).toEqual({});
    expect(r.fields).toMatchObject({ startDate: '2026-01-01', endDate: '2026-05-31' });
    expect(r.conflicts).toEqual(['endDate']);
  });
});
