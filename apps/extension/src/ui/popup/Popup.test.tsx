import { readEventNote, UNDO_EVENT_NOTE } from '@supportlink/rules';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import type { ContractView, StoredContract, SyncStatus } from '../../messaging/protocol';
import { contractView } from '../../testing/contracts';
import type { PopupApi } from './api';
import { Popup } from './Popup';

const NOW = Date.parse('2026-03-01T10:00:00Z');

/** A contract with a 2026 calendar-year term, no label and the offer's own allotment. */
const view = (over: Partial<StoredContract>) =>
  contractView(
    { startDate: '2026-01-01', endDate: '2026-12-31', allotmentOverride: null, label: null, ...over },
    NOW,
  );

const idle: SyncStatus = { mode: 'local', state: 'idle', lastSyncAt: null, pending: 0, message: null };

function fakeApi(contracts: ContractView[]): PopupApi & { copied: string[] } {
  const copied: string[] = [];
  return {
    copied,
    list: vi.fn(async () => contracts),
    status: vi.fn(async () => idle),
    sync: vi.fn(async () => idle),
    append: vi.fn(async (id: string, type: 'opened' | 'refunded', note?: string | null) => {
      const c = contracts.find((x) => x.id === id)!;
      const events = [
        ...c.events,
        { id: `e${c.events.length}`, type, at: NOW, count: 1, note: note ?? null },
      ];
      const next = view({ ...c, events });
      contracts.splice(contracts.indexOf(c), 1, next);
      return next;
    }),
    resolve: vi.fn(async () => idle),
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
    expect(cards[0]?.textContent).toContain('ends Dec 31, 2026');
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
    const refund = () => screen.getByRole('button', { name: 'Refund: Main' }) as HTMLButtonElement;
    expect(refund().disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Log an incident: Main' }));
    await waitFor(() => expect(refund().disabled).toBe(false));
    fireEvent.click(refund());
    await waitFor(() => expect(api.append).toHaveBeenCalledTimes(2));
    expect(api.append).toHaveBeenNthCalledWith(1, 'c1', 'opened', null);
    expect(api.append).toHaveBeenNthCalledWith(2, 'c1', 'refunded', null);
    await waitFor(() =>
      expect(screen.getByTestId('card-confirmation').textContent).toBe('Refund recorded: 20 left'),
    );
    expect(refund().disabled).toBe(true);
  });

  it("a viewer in sync mode cannot log or refund: the buttons say why (the rules' canWrite), in English and Chinese", async () => {
    const used = view({
      id: 'u',
      label: 'Main',
      events: [{ id: 'e0', type: 'opened', at: NOW, count: 1, note: null }],
    });
    const api = fakeApi([used]);
    const status = (role: SyncStatus['role']): SyncStatus => ({
      ...idle,
      mode: 'sync',
      lastSyncAt: NOW,
      role,
    });
    const showAs = (role: SyncStatus['role'], language: 'en' | 'zh-CN' | null = null) =>
      render(
        <Popup
          initial={{ contracts: [used], status: status(role), language, at: NOW }}
          browserLanguage="en"
          api={{ ...api, sync: async () => status(role), status: async () => status(role) }}
          now={() => NOW}
        />,
      );
    showAs('viewer');
    const log = screen.getByRole('button', { name: 'Log an incident: Main' });
    const refund = screen.getByRole('button', { name: 'Refund: Main' });
    const reason = 'Your role (Viewer) cannot log incidents or refunds; ask a team admin for Member.';
    expect(screen.getByTestId('read-only').textContent).toBe(reason);
    for (const button of [log, refund]) {
      expect(button.getAttribute('aria-disabled')).toBe('true');
      expect((button as HTMLButtonElement).disabled).toBe(false); // still reachable by keyboard
      expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
        reason,
      );
      fireEvent.click(button);
    }
    expect(screen.queryByText('Case number')).toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    expect(api.append).not.toHaveBeenCalled();
    cleanup();

    showAs('viewer', 'zh-CN');
    expect(screen.getByTestId('read-only').textContent).toContain('查看者');
    cleanup();

    showAs('member');
    expect(screen.queryByTestId('read-only')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Log an incident: Main' }));
    await waitFor(() => expect(api.append).toHaveBeenCalledWith('u', 'opened', null));
  });

  it('after logging, the status line says the change is waiting instead of the old "Synced"', async () => {
    const c = view({ label: 'Main' });
    const api = fakeApi([c]);
    const synced: SyncStatus = {
      mode: 'sync',
      state: 'idle',
      lastSyncAt: NOW - 5_000,
      pending: 0,
      message: null,
    };
    const waiting: SyncStatus = { ...synced, pending: 1 };
    api.sync = vi.fn(async () => synced);
    api.status = vi.fn(async () => waiting);
    render(
      <Popup
        initial={{ contracts: [c], status: synced, language: null, at: NOW }}
        browserLanguage="en"
        api={api}
        now={() => NOW}
      />,
    );
    await waitFor(() => expect(screen.getByTestId('sync-status').textContent).toMatch(/^Synced/));
    fireEvent.click(screen.getByRole('button', { name: 'Log an incident: Main' }));
    await waitFor(() =>
      expect(screen.getByTestId('sync-status').textContent).toBe('1 change waiting to be sent'),
    );
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
      'The team server cannot be reached: 3 changes waiting to be sent, retrying automatically',
    );
  });

  it.each([
    [
      { kind: 'offline', status: 0 },
      'This browser is offline: 1 change waiting to be sent, retrying automatically (attempt 2)',
    ],
    [
      { kind: 'unreachable', status: 0 },
      'The team server cannot be reached: 1 change waiting to be sent, retrying automatically (attempt 2)',
    ],
    [
      { kind: 'timeout', status: 0 },
      'The team server did not answer in time: 1 change waiting to be sent, retrying automatically (attempt 2)',
    ],
    [
      { kind: 'server', status: 503 },
      'The team server had an error (HTTP 503): 1 change waiting to be sent, retrying automatically (attempt 2)',
    ],
    [
      { kind: 'rate-limited', status: 429 },
      'The team server asked to slow down: 1 change waiting to be sent, retrying automatically (attempt 2)',
    ],
  ] as const)('names why a sync failed instead of "Offline" for everything: %o', (failure, text) => {
    const status: SyncStatus = {
      mode: 'sync',
      state: 'offline',
      lastSyncAt: NOW - 60_000,
      pending: 1,
      message: 'HTTP 503',
      failure,
      attempts: 2,
    };
    render(
      <Popup
        initial={{ contracts: [], status, language: null, at: NOW }}
        browserLanguage="en"
        api={{ ...fakeApi([]), sync: async () => status, status: async () => status }}
        now={() => NOW}
      />,
    );
    expect(screen.getByTestId('sync-status').textContent).toBe(text);
  });

  it("words a failure in Simplified Chinese, not in the server's English", () => {
    const status: SyncStatus = {
      mode: 'sync',
      state: 'offline',
      lastSyncAt: null,
      pending: 0,
      message: 'The server did not answer in time',
      failure: { kind: 'timeout', status: 0 },
    };
    render(
      <Popup
        initial={{ contracts: [], status, language: 'zh-CN', at: NOW }}
        browserLanguage="en"
        api={{ ...fakeApi([]), sync: async () => status, status: async () => status }}
        now={() => NOW}
      />,
    );
    expect(screen.getByTestId('sync-status').textContent).toBe('团队服务器未及时响应：将自动重试');
  });

  const show = (contracts: ContractView[], status: SyncStatus = idle, api = fakeApi(contracts)) => {
    render(
      <Popup
        initial={{ contracts, status, language: null, at: NOW }}
        browserLanguage="en"
        api={{ ...api, sync: async () => status, status: async () => status }}
        now={() => NOW}
      />,
    );
    return api;
  };
  const badges = (name: string) =>
    [...screen.getByRole('article', { name }).querySelectorAll('.badges li')].map((li) => [
      li.textContent,
      li.className.replace('sl-badge ', ''),
    ]);

  it('an offer without incidents for the benefit reads "Not included", never "No incidents left"', () => {
    show([view({ id: 'ap', label: 'Pack cloud', offer: 'action-pack', benefit: 'cloud' })]);
    const card = screen.getByRole('article', { name: 'Pack cloud' });
    expect(card.textContent).toContain('Not included in Action Pack');
    expect(card.querySelector('[data-testid="remaining"]')?.textContent).toBe('Not included in Action Pack');
    expect(card.textContent).not.toContain('No incidents left');
    expect(card.textContent).not.toContain('Hidden in Azure');
    expect(
      (screen.getByRole('button', { name: 'Log an incident: Pack cloud' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('says "No incidents left" only when they were used', () => {
    show([
      view({
        id: 'used',
        label: 'Used',
        benefit: 'cloud',
        allotmentOverride: 2,
        events: [{ id: 'o', type: 'opened', at: NOW - 1000, count: 2 }],
      }),
    ]);
    expect(badges('Used')).toEqual([
      ['No incidents left', 'bad'],
      ['Hidden in Azure', 'warn'],
    ]);
  });

  it('an ending contract carries "Expires in N days": a warning within 30 days, a strong one within 7', () => {
    show([
      view({ id: 'a', label: 'Soon', endDate: '2026-03-15' }),
      view({ id: 'b', label: 'Very soon', endDate: '2026-03-06' }),
      view({ id: 'c', label: 'Later', endDate: '2026-12-31' }),
    ]);
    expect(badges('Soon')).toEqual([
      ['Active', 'ok'],
      ['Expires in 14 days', 'warn'],
    ]);
    expect(badges('Very soon')).toEqual([['Expires in 5 days', 'bad']]);
    expect(badges('Later')).toEqual([['Active', 'ok']]);
    expect(screen.getByRole('article', { name: 'Later' }).textContent).toContain('ends Dec 31, 2026');
  });

  it('keeps "programme figure not verified" apart from "not yet seen in a portal"', () => {
    show([
      view({ id: 'u', label: 'Unverified', ruleset: 'ai-cloud-partner-2026', benefit: 'cloud' }),
      view({
        id: 's',
        label: 'Seen',
        events: [{ id: 'o', type: 'observed', at: NOW - 3 * 3_600_000, remaining: 9, portal: 'serviceshub' }],
      }),
    ]);
    const unverified = screen.getByRole('article', { name: 'Unverified' });
    expect(badges('Unverified')).toContainEqual(['Programme figure not verified', 'warn']);
    expect(unverified.querySelector('[data-testid="seen"]')?.textContent).toBe('Not yet seen in a portal');
    const seen = screen.getByRole('article', { name: 'Seen' });
    expect(seen.querySelector('[data-testid="seen"]')?.textContent).toBe(
      'Last seen in a portal: Mar 1, 2026 (3 h ago)',
    );
    expect(seen.textContent).not.toContain('not verified');
  });

  it('logs an incident with a case number and note; Undo stays beside the button for a few seconds', async () => {
    vi.useFakeTimers();
    const c = view({ label: 'Main' });
    const api = show([c]);
    fireEvent.input(screen.getByLabelText('Case number'), { target: { value: ' 2603010040001234 ' } });
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'VM will not boot' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log an incident: Main' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(api.append).toHaveBeenCalledWith('c1', 'opened', '#2603010040001234: VM will not boot');
    const row = screen.getByRole('button', { name: 'Log an incident: Main' }).parentElement!;
    expect(row.querySelector('[data-testid="card-confirmation"]')?.textContent).toBe(
      'Incident logged: 19 left',
    );
    expect(screen.getByRole('status').textContent).toBe('Incident logged for Main: 19 incidents left');
    expect((screen.getByLabelText('Case number') as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Main' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    // The undo is stored as the rules' marker, not the button's UI word.
    expect(api.append).toHaveBeenLastCalledWith('c1', 'refunded', UNDO_EVENT_NOTE);
    expect(readEventNote(UNDO_EVENT_NOTE).undo).toBe(true);
    expect(screen.getByRole('article', { name: 'Main' }).querySelector('.count-number')?.textContent).toBe(
      '20',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Log an incident: Main' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(screen.queryByRole('button', { name: 'Undo: Main' })).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(8_000);
    });
    expect(screen.queryByRole('button', { name: 'Undo: Main' })).toBeNull();
    vi.useRealTimers();
  });

  it('a refused write shows on its card with the reason, and the status is not "Synced"', async () => {
    const refused = view({ id: 'r', label: 'Contoso Azure', benefit: 'cloud' });
    refused.sync = {
      pending: 0,
      attempts: 0,
      held: 1,
      refusal: {
        kind: 'contract:create',
        status: 400,
        code: 'validation',
        detail: 'Invalid request: endDate: bad',
        fields: ['endDate'],
        at: NOW,
      },
    };
    const waiting = view({ id: 'w', label: 'Waiting one' });
    waiting.sync = { pending: 2, attempts: 3, held: 0, refusal: null };
    const status: SyncStatus = {
      mode: 'sync',
      state: 'idle',
      lastSyncAt: NOW,
      pending: 2,
      message: null,
      refused: 1,
      refusedContractIds: ['r'],
      attempts: 3,
    };
    const api = show([refused, waiting], status);
    const card = screen.getByRole('article', { name: 'Contoso Azure' });
    expect(card.querySelector('[data-testid="refused"]')?.textContent).toContain(
      'Not saved to the team server: the server found a problem with End date',
    );
    expect(screen.getByRole('article', { name: 'Waiting one' }).textContent).toContain(
      'Not yet saved to the team server (tried 3 times)',
    );
    const line = screen.getByTestId('sync-status').textContent ?? '';
    expect(line).toBe(
      '2 changes waiting to be sent · 1 change not saved to the team server — see Contoso Azure',
    );
    expect(line).not.toMatch(/Synced/);
    fireEvent.click(screen.getByRole('button', { name: 'Show Contoso Azure' }));
    expect(document.activeElement).toBe(card);
    expect(card.querySelector('[data-testid="refused"]')?.textContent).toContain('Fix in Options');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(api.resolve).toHaveBeenCalledWith('r', 'retry'));
  });

  it('orders the cards as the rules do (the dashboard order): soonest to lose incidents first, a refused change above all', () => {
    const few = view({ id: 'few', label: 'Two left, ends in December', allotmentOverride: 2 });
    const soon = view({ id: 'soon', label: 'Many left, ends in 20 days', endDate: '2026-03-21' });
    const expired = view({ id: 'old', label: 'Expired', startDate: '2025-01-01', endDate: '2025-12-31' });
    const refused = view({ id: 'refused', label: 'Refused', startDate: '2026-06-01', endDate: '2027-05-31' });
    refused.sync = {
      pending: 0,
      attempts: 0,
      held: 1,
      refusal: { kind: 'contract:update', status: 400, code: 'validation', detail: '', fields: [], at: NOW },
    };
    show([expired, few, soon, refused]);
    const ids = screen.getAllByRole('article').map((a) => a.getAttribute('data-contract-id'));
    expect(ids).toEqual(['refused', 'soon', 'few', 'old']);
  });

  it('a new contract refused for the role offers Try again or removing it, not "Fix in Options"', async () => {
    const refused = view({ id: 'r', label: 'Contoso Azure', benefit: 'cloud' });
    refused.sync = {
      pending: 0,
      attempts: 1,
      held: 0,
      refusal: {
        kind: 'contract:create',
        status: 403,
        code: 'forbidden',
        detail: 'Forbidden',
        fields: [],
        at: NOW,
      },
    };
    const api = show([refused], { ...idle, refused: 1, refusedContractIds: ['r'] });
    const mark = screen
      .getByRole('article', { name: 'Contoso Azure' })
      .querySelector('[data-testid="refused"]');
    expect(mark?.textContent).toContain('your role on the team server does not allow this change');
    expect(mark?.textContent).not.toContain('Fix in Options');
    fireEvent.click(screen.getByRole('button', { name: 'Remove it from this browser' }));
    await waitFor(() => expect(api.resolve).toHaveBeenCalledWith('r', 'discard'));
  });

  it('words the states in Simplified Chinese too', () => {
    render(
      <Popup
        initial={{
          contracts: [
            view({ id: 'ap', label: 'AP', offer: 'action-pack', benefit: 'cloud' }),
            view({ id: 'x', label: 'X', endDate: '2026-03-15' }),
          ],
          status: idle,
          language: 'zh-CN',
          at: NOW,
        }}
        browserLanguage="en"
        api={fakeApi([])}
        now={() => NOW}
      />,
    );
    expect(screen.getByRole('article', { name: 'AP' }).textContent).toContain('Action Pack 不含此项支持');
    expect(screen.getByRole('article', { name: 'X' }).textContent).toContain('14 天后到期');
    expect(screen.getByRole('article', { name: 'X' }).textContent).toContain('尚未在门户中看到');
  });

  it('a stored contract that breaks a rule says what to correct, and offers no count', () => {
    show([view({ id: 'bad', label: 'Broken', endDate: '2026-02-30' })]);
    const card = screen.getByRole('article', { name: 'Broken' });
    expect(badges('Broken')).toEqual([['Needs correcting', 'bad']]);
    expect(card.querySelector('[data-testid="remaining"]')?.textContent).toBe(
      'End date: This day does not exist in the calendar.',
    );
    // The stored text as it is — never rolled over to a real day (Date.parse reads 30 February as 2 March).
    expect(card.textContent).toContain('2026-02-30');
    expect(card.textContent).not.toMatch(/Mar 2/);
    expect(
      (screen.getByRole('button', { name: 'Log an incident: Broken' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect((screen.getByRole('button', { name: 'Refund: Broken' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
