import { contractState } from '@supportlink/rules';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import type { ContractView, StoredContract, SyncStatus } from '../../messaging/protocol';
import type { PopupApi } from './api';
import { Popup } from './Popup';

const NOW = Date.parse('2026-03-01T10:00:00Z');

function view(over: Partial<StoredContract>): ContractView {
  const c: StoredContract = {
    id: 'c1',
    ruleset: 'ai-cloud-partner-2023',
    offer: 'solutions-partner',
    benefit: 'on-premises',
    competency: null,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    allotmentOverride: null,
    label: null,
    accessId: 'ACC-1',
    contractId: 'CON-1',
    events: [],
    links: [],
    version: null,
    updatedAt: NOW,
    syncedAt: null,
    ...over,
  };
  return { ...c, state: contractState(c, c.events, NOW) };
}

const idle: SyncStatus = { mode: 'local', state: 'idle', lastSyncAt: null, pending: 0, message: null };

function fakeApi(contracts: ContractView[]): PopupApi & { copied: string[] } {
  const copied: string[] = [];
  return {
    copied,
    list: vi.fn(async () => contracts),
    status: vi.fn(async () => idle),
    sync: vi.fn(async () => idle),
    append: vi.fn(async (id: string) => contracts.find((c) => c.id === id)!),
    openOptions: vi.fn(),
    copy: vi.fn(async (text: string) => {
      copied.push(text);
      return true;
    }),
  };
}

describe('popup', () => {
  afterEach(() => {
    cleanup();
    setLocale('en');
  });

  it('tells a new user exactly how to get their IDs', async () => {
    const api = fakeApi([]);
    render(
      <Popup
        initial={{ contracts: [], status: idle, language: null, at: NOW }}
        browserLanguage="en-US"
        api={api}
        now={() => NOW}
      />,
    );
    expect(screen.getByRole('heading', { name: 'No contracts yet' })).toBeTruthy();
    expect(screen.getByText(/Partner Center → Benefits → Technical support/)).toBeTruthy();
    expect(screen.getByText(/Global admin or Partner admin/)).toBeTruthy();
    expect(screen.getByText(/Save to SupportLink/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add by hand in Options' }));
    expect(api.openOptions).toHaveBeenCalled();
  });

  it('paints from the cache at once, then syncs', async () => {
    const cloud = view({ id: 'c2', benefit: 'cloud', label: 'Cloud pack' });
    const onPrem = view({
      id: 'c1',
      label: 'On-prem pack',
      events: [{ id: 'e', type: 'opened', at: NOW, count: 3 }],
    });
    const api = fakeApi([onPrem, cloud]);
    render(
      <Popup
        initial={{ contracts: [onPrem, cloud], status: idle, language: null, at: NOW }}
        browserLanguage="en"
        api={api}
        now={() => NOW}
      />,
    );
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(2);
    expect(cards[0]?.textContent).toContain('17');
    expect(cards[0]?.textContent).toContain('incidents left');
    expect(cards[0]?.textContent).toContain('305 days left');
    expect(cards[1]?.textContent).toContain('Unlimited');
    expect(screen.getByTestId('sync-status').textContent).toBe(
      'Local mode: contracts are kept in this browser only',
    );
    await waitFor(() => expect(api.sync).toHaveBeenCalled());
  });

  it('shows expired and exhausted states', () => {
    const expired = view({ id: 'x', label: 'Old', startDate: '2024-01-01', endDate: '2025-01-01' });
    const empty = view({
      id: 'y',
      label: 'Empty',
      events: [{ id: 'o', type: 'observed', at: NOW, remaining: 0 }],
    });
    render(
      <Popup
        initial={{ contracts: [expired, empty], status: idle, language: null, at: NOW }}
        browserLanguage="en"
        api={fakeApi([])}
        now={() => NOW}
      />,
    );
    expect(screen.getByRole('article', { name: 'Old' }).textContent).toContain('Expired');
    expect(screen.getByRole('article', { name: 'Empty' }).textContent).toContain('No incidents left');
    expect((screen.getByRole('button', { name: 'Log an incident: Old' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('copies the IDs and announces it', async () => {
    vi.useFakeTimers();
    const c = view({ label: 'Main' });
    const api = fakeApi([c]);
    render(
      <Popup
        initial={{ contracts: [c], status: idle, language: null, at: NOW }}
        browserLanguage="en"
        api={api}
        now={() => NOW}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy Access ID: Main' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy Contract ID: Main' }));
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(api.copied).toEqual(['ACC-1', 'CON-1']);
    expect(screen.getByRole('status').textContent).toBe('Copied');
    vi.useRealTimers();
  });

  it('logs an incident and a refund through the background', async () => {
    const c = view({ label: 'Main' });
    const api = fakeApi([c]);
    render(
      <Popup
        initial={{ contracts: [c], status: idle, language: null, at: NOW }}
        browserLanguage="en"
        api={api}
        now={() => NOW}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Log an incident: Main' }));
    fireEvent.click(screen.getByRole('button', { name: 'Refund: Main' }));
    await waitFor(() => expect(api.append).toHaveBeenCalledTimes(2));
    expect(api.append).toHaveBeenNthCalledWith(1, 'c1', 'opened');
    expect(api.append).toHaveBeenNthCalledWith(2, 'c1', 'refunded');
  });

  it('speaks Simplified Chinese when the browser does', () => {
    const c = view({ label: null });
    render(
      <Popup
        initial={{ contracts: [c], status: idle, language: null, at: NOW }}
        browserLanguage="zh-CN"
        api={fakeApi([c])}
        now={() => NOW}
      />,
    );
    expect(screen.getByRole('heading', { name: '支持事件' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^复制访问 ID/ })).toBeTruthy();
    expect(screen.getByText(/本地模式/)).toBeTruthy();
  });

  it('the language setting wins over the browser', () => {
    render(
      <Popup
        initial={{ contracts: [], status: idle, language: 'en', at: NOW }}
        browserLanguage="zh-CN"
        api={fakeApi([])}
        now={() => NOW}
      />,
    );
    expect(screen.getByRole('heading', { name: 'No contracts yet' })).toBeTruthy();
  });

  it('reports the sync state', () => {
    const offline: SyncStatus = {
      mode: 'sync',
      state: 'offline',
      lastSyncAt: null,
      pending: 3,
      message: null,
    };
    render(
      <Popup
        initial={{ contracts: [], status: offline, language: null, at: NOW }}
        browserLanguage="en"
        api={{ ...fakeApi([]), sync: async () => offline, status: async () => offline }}
        now={() => NOW}
      />,
    );
    expect(screen.getByTestId('sync-status').textContent).toBe(
      'Offline: 3 changes waiting, retrying automatically',
    );
  });
});
