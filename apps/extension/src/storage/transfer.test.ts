import { describe, expect, it } from 'vitest';
import { saveCaptured } from './contracts';
import {
  exportContracts,
  ImportError,
  type ImportRowsError,
  mergeImport,
  parseExport,
  refusalsOf,
} from './transfer';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const { list } = saveCaptured(
  [],
  {
    accessId: 'A-1',
    contractId: 'C-1',
    benefit: 'cloud',
    offer: 'gold',
    ruleset: 'mpn-2021',
    competency: 'cloud',
    startDate: '2021-01-01',
    endDate: '2021-12-31',
    observedRemaining: 'unlimited',
  },
  NOW,
);

describe('export / import', () => {
  it('round-trips contracts with their ledger and links', () => {
    const json = exportContracts(list, NOW);
    expect(JSON.parse(json).contracts[0]).not.toHaveProperty('version');
    const back = parseExport(json, NOW);
    expect(back).toEqual([{ ...list[0], version: null, syncedAt: null }]);
  });

  it('names the field that is wrong', () => {
    const bad = (contracts: unknown) => () => parseExport(JSON.stringify({ contracts }), NOW);
    expect(() => parseExport('{nope', NOW)).toThrow('file: is not valid JSON');
    expect(bad([{ ...list[0], benefit: 'hybrid' }])).toThrow(
      'contracts[0].benefit: Choose cloud or on-premises support.',
    );
    expect(bad([{ ...list[0], endDate: '2021-13-45' }])).toThrow(
      'contracts[0].endDate: This day does not exist in the calendar.',
    );
    expect(bad([{ ...list[0], accessId: '' }])).toThrow('contracts[0].accessId: This field is required.');
    expect(bad([{ ...list[0], events: [{ id: 'e', type: 'opened', at: 'x' }] }])).toThrow(
      'contracts[0].events[0].at',
    );
    expect(bad('x')).toThrow(ImportError);
    // Every refused row and field at once, each with the rules' code.
    const twoRows = bad([
      list[0],
      { ...list[0], startDate: '2026-02-30', offer: 'nope' },
      { ...list[0], endDate: '0050-01-01' },
    ]);
    expect(twoRows).toThrow(
      /contracts\[1\]\.offer: .*\ncontracts\[1\]\.startDate: .*\ncontracts\[2\]\.endDate: The year must be between 2000 and 2099\./,
    );
    try {
      twoRows();
    } catch (error) {
      // The background answers these to the Options page, which words them in its own language.
      expect(refusalsOf(error as ImportRowsError).map((r) => `${r.row}:${r.problem.code}`)).toEqual([
        '1:unknown-offer',
        '1:date-impossible',
        '2:date-year-out-of-range',
      ]);
      expect((error as ImportError).problems.map((p) => p.code)).toEqual([
        'unknown-offer',
        'date-impossible',
        'date-year-out-of-range',
      ]);
    }
    expect(() => parseExport(JSON.stringify({ format: 'other', contracts: [] }), NOW)).toThrow('format');
  });

  it('merges by ID pair and unites events by id', () => {
    const incoming = parseExport(exportContracts(list, NOW), NOW).map((c) => ({
      ...c,
      events: [...c.events, { id: 'new', type: 'opened' as const, at: NOW, count: 1 }],
    }));
    const r = mergeImport(list, incoming);
    expect(r.added).toHaveLength(0);
    expect(r.updated).toHaveLength(1);
    expect(r.list).toHaveLength(1);
    expect(r.list[0]?.events.map((e) => e.id)).toEqual([list[0]?.events[0]?.id, 'new']);
  });
});
