import { describe, expect, it } from 'vitest';
import type { CapturedContract, StoredContract } from '../messaging/protocol';
import {
  appendEvent,
  NothingToRefundError,
  recordLink,
  remove,
  saveCaptured,
  toView,
  upsert,
} from './contracts';

const NOW = Date.parse('2026-03-01T10:00:00Z');
let n = 0;
const ids = () => `id-${++n}`;

const captured: CapturedContract = {
  accessId: ' ab12\u200bcd ',
  contractId: 'XY-99',
  benefit: 'on-premises',
  offer: 'solutions-partner',
  ruleset: 'ai-cloud-partner-2023',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
};

describe('contract store operations', () => {
  it('saves captured IDs cleaned, and the same pair again updates instead of duplicating', () => {
    const first = saveCaptured([], captured, NOW, ids);
    expect(first.created).toBe(true);
    expect(first.contract).toMatchObject({
      accessId: 'ab12cd',
      contractId: 'XY-99',
      version: null,
      events: [],
    });
    const again = saveCaptured(
      first.list,
      { ...captured, accessId: 'AB12CD', contractId: ' xy-99', observedRemaining: 12 },
      NOW + 1000,
      ids,
    );
    expect(again.created).toBe(false);
    expect(again.list).toHaveLength(1);
    expect(again.contract.events).toEqual([
      { id: expect.any(String), type: 'observed', at: NOW + 1000, remaining: 12, portal: 'partner-center' },
    ]);
    expect(toView(again.contract, NOW + 1000).state.remaining).toBe(12);
  });

  it('refuses an empty ID', () => {
    expect(() => saveCaptured([], { ...captured, accessId: ' \u200b ' }, NOW, ids)).toThrow(/required/);
  });

  it('never invents dates: a new pair without them is refused with the rules’ reasons', () => {
    const { startDate: _s, endDate: _e, ...undated } = captured;
    expect(() => saveCaptured([], undated, NOW, ids)).toThrow(/Start date.*required.*End date.*required/i);
    expect(() => saveCaptured([], { ...captured, endDate: '2025-12-31' }, NOW, ids)).toThrow(/End date/);
    expect(() => saveCaptured([], { ...captured, startDate: '2026-02-30' }, NOW, ids)).toThrow(/Start date/);
  });

  it('keeps the stored dates when an update from the page brings none, and the pack’s count', () => {
    const first = saveCaptured([], captured, NOW, ids);
    const { startDate: _s, endDate: _e, ...undated } = captured;
    const again = saveCaptured(first.list, { ...undated, allotmentOverride: 15 }, NOW + 1, ids);
    expect(again.contract).toMatchObject({
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      allotmentOverride: 15,
    });
    expect(toView(again.contract, NOW + 1).state.remaining).toBe(15);
  });

  it('computes counts with the rules package: 20 on-premises incidents, one logged → 19', () => {
    const { list, contract } = saveCaptured([], captured, NOW, ids);
    expect(toView(contract, NOW).state).toMatchObject({ state: 'active', remaining: 20, usable: true });
    const after = appendEvent(
      list,
      { contractId: contract.id, event: { type: 'opened', count: 1 } },
      NOW,
      ids,
    );
    expect(toView(after.contract, NOW).state.remaining).toBe(19);
  });

  it('refuses a refund when nothing is used (the count never rises above the allotment), allows one after a use', () => {
    const { list, contract } = saveCaptured([], captured, NOW, ids);
    const refund = { contractId: contract.id, event: { type: 'refunded' as const, count: 1 } };
    expect(() => appendEvent(list, refund, NOW, ids)).toThrow(NothingToRefundError);
    const used = appendEvent(
      list,
      { contractId: contract.id, event: { type: 'opened', count: 1 } },
      NOW,
      ids,
    );
    const back = appendEvent(used.list, refund, NOW + 1, ids);
    expect(toView(back.contract, NOW + 1).state.remaining).toBe(20);
    expect(() => appendEvent(back.list, refund, NOW + 2, ids)).toThrow(NothingToRefundError);
  });

  it('ignores an event whose client id is already stored (a retried message)', () => {
    const { list, contract } = saveCaptured([], captured, NOW, ids);
    const once = appendEvent(
      list,
      { contractId: contract.id, event: { id: 'e1', type: 'opened' } },
      NOW,
      ids,
    );
    const twice = appendEvent(
      once.list,
      { contractId: contract.id, event: { id: 'e1', type: 'opened' } },
      NOW,
      ids,
    );
    expect(twice.duplicate).toBe(true);
    expect(twice.contract.events).toHaveLength(1);
  });

  it('upsert validates with the rules and refuses a second contract with the same pair', () => {
    const base = {
      id: 'c1',
      ruleset: 'ai-cloud-partner-2023',
      offer: 'solutions-partner',
      benefit: 'cloud',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      label: null,
      accessId: 'A',
      contractId: 'B',
    } as const;
    const { list } = upsert([], base, NOW, ids);
    expect(() => upsert(list, { ...base, id: 'c2' }, NOW, ids)).toThrow(/already saved/);
    expect(() => upsert(list, { ...base, endDate: '2025-01-01' }, NOW, ids)).toThrow(/before the start/);
    expect(() => upsert(list, { ...base, startDate: '1/1/2026' }, NOW, ids)).toThrow(/YYYY-MM-DD/);
    expect(() => upsert(list, { ...base, endDate: '2026-02-30' }, NOW, ids)).toThrow(/does not exist/);
    expect(() => upsert(list, { ...base, startDate: '0026-01-01' }, NOW, ids)).toThrow(/2000 and 2099/);
    // The server would refuse it too (400): the offer is not part of the 2023 programme.
    expect(() => upsert(list, { ...base, offer: 'gold' }, NOW, ids)).toThrow(/not part of/);
    const edited = upsert(list, { ...base, label: '  Main  ' }, NOW, ids);
    expect(edited.created).toBe(false);
    expect(edited.contract.label).toBe('Main');
  });

  it('records one link per portal and account, refreshing its time', () => {
    const { list, contract } = saveCaptured([], captured, NOW, ids);
    const a = recordLink(list, contract.id, 'azure', ' ada@contoso.com ', NOW, ids);
    const b = recordLink(a.list, contract.id, 'azure', 'ada@contoso.com', NOW + 5, ids);
    expect(b.contract.links).toEqual([
      { id: a.link.id, portal: 'azure', account: 'ada@contoso.com', at: NOW + 5 },
    ]);
  });

  it('remove reports what it removed', () => {
    const { list, contract } = saveCaptured([], captured, NOW, ids);
    expect(remove(list, contract.id)).toEqual({ list: [], removed: contract });
    expect(remove(list, 'nope').removed).toBeNull();
  });

  it('unknown contracts are an error, not a silent no-op', () => {
    expect(() =>
      appendEvent([] as StoredContract[], { contractId: 'x', event: { type: 'opened' } }, NOW),
    ).toThrow(/Unknown contract/);
  });
});
