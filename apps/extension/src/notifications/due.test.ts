import { describe, expect, it } from 'vitest';
import type { StoredContract } from '../messaging/protocol';
import { storedContract } from '../testing/contracts';
import { dueNotifications, safeName } from './due';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const DAY = 86_400_000;

const contract = (over: Partial<StoredContract>) =>
  storedContract({ accessId: 'ACC-7F3A9C21', contractId: 'CON-5B8E0D44', ...over });
const fallback = () => 'Solutions Partner · On-premises';

describe('browser notifications due', () => {
  it('warns once about a contract ending in 20 days with incidents unused, the tightest threshold only', () => {
    const first = dueNotifications([contract({})], NOW, [], 'en', fallback);
    expect(first.notify.map((n) => n.key)).toEqual(['expires-soon:30:c1:']);
    expect(first.notify[0]?.title).toContain('Contoso on-premises');
    expect(first.notify[0]?.title).toContain('20 incidents unused');
    expect(first.active).toEqual(['expires-soon:30:c1:']);
    // Next minute: still holding, nothing new.
    expect(dueNotifications([contract({})], NOW + 60_000, first.active, 'en', fallback).notify).toEqual([]);
    // 13 days later the 7-day threshold holds too: that one is new.
    const later = dueNotifications([contract({})], NOW + 13 * DAY, first.active, 'en', fallback);
    expect(later.notify.map((n) => n.key)).toEqual(['expires-soon:7:c1:']);
  });

  it('says it again only after the condition cleared and came back', () => {
    const low = contract({
      endDate: '2026-12-31',
      allotmentOverride: 3,
      events: [{ id: 'e1', type: 'opened', at: NOW - DAY, count: 1, note: null }],
    });
    const a = dueNotifications([low], NOW, [], 'en', fallback);
    expect(a.notify.map((n) => n.key)).toEqual(['low-remaining:2:c1:']);
    const refunded = {
      ...low,
      events: [...low.events, { id: 'e2', type: 'refunded' as const, at: NOW, count: 1, note: null }],
    };
    const b = dueNotifications([refunded], NOW + 1000, a.active, 'en', fallback);
    expect(b.notify).toEqual([]);
    expect(b.active).toEqual([]);
    const c = dueNotifications([low], NOW + 2000, b.active, 'en', fallback);
    expect(c.notify.map((n) => n.key)).toEqual(['low-remaining:2:c1:']);
  });

  it('speaks Chinese, never shows the IDs, and one broken contract does not stop the rest', () => {
    const pasted = contract({ id: 'c2', label: 'Contoso ACC-7F3A9C21' });
    const broken = { ...contract({ id: 'c3' }), events: null } as unknown as StoredContract;
    const r = dueNotifications([broken, pasted], NOW, [], 'zh-CN', fallback);
    expect(r.notify).toHaveLength(1);
    const text = `${r.notify[0]?.title} ${r.notify[0]?.message}`;
    expect(text).toContain('Solutions Partner · On-premises');
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    for (const id of ['7F3A9C21', '5B8E0D44']) expect(text).not.toContain(id);
  });

  it('names a contract by its label unless the label carries one of its IDs', () => {
    expect(safeName(contract({}), 'fallback')).toBe('Contoso on-premises');
    expect(safeName(contract({ label: 'con 5b8e 0d44' }), 'fallback')).toBe('fallback');
    expect(safeName(contract({ label: '  ' }), 'fallback')).toBe('fallback');
  });
});
