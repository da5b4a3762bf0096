import { contractState } from '@supportlink/rules';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import type {
  ContractView,
  MessagePayload,
  Settings,
  StoredContract,
  SyncStatus,
} from '../../messaging/protocol';
import { DEFAULT_SETTINGS } from '../../storage/items';
import type { OptionsApi } from './api';
import { Options } from './Options';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const idle: SyncStatus = { mode: 'local', state: 'idle', lastSyncAt: null, pending: 0, message: null };

function fakeApi(start: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...start };
  const contracts: ContractView[] = [];
  const api = {
    settings: vi.fn(async () => settings),
    setSettings: vi.fn(async (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return settings;
    }),
    status: vi.fn(async () => idle),
    configureSync: vi.fn(async (input: MessagePayload<'sync:configure'>) => {
      settings = { ...settings, mode: input.mode, serverUrl: input.serverUrl };
      return { settings, status: { ...idle, mode: input.mode } };
    }),
    testConnection: vi.fn(async (_url: string, token: string | null) =>
      token === 'good'
        ? {
            ok: true,
            me: {
              orgId: 'o',
              orgName: 'Contoso',
              member: { id: 'm', name: 'Ada', role: 'owner' as const },
              tokenId: 't',
            },
            error: null,
          }
        : { ok: false, me: null, error: 'The access token was refused (401).' },
    ),
    hasToken: vi.fn(async () => false),
    onChange: vi.fn(() => () => {}),
    conflicts: vi.fn(
      async () => [] as { contractId: string; label: string | null; at: number; fields: string[] }[],
    ),
    clearConflicts: vi.fn(async () => {}),
    requestOrigin: vi.fn(async () => true),
    contracts: vi.fn(async () => contracts),
    upsert: vi.fn(async (input: MessagePayload<'contracts:upsert'>) => {
      const stored: StoredContract = {
        ...input,
        events: [],
        links: [],
        version: null,
        updatedAt: NOW,
        syncedAt: null,
      };
      const v = { ...stored, state: contractState(stored, [], NOW) };
      const i = contracts.findIndex((c) => c.id === v.id);
      if (i >= 0) contracts[i] = v;
      else contracts.push(v);
      return v;
    }),
    remove: vi.fn(async (id: string) => {
      contracts.splice(
        contracts.findIndex((c) => c.id === id),
        1,
      );
    }),
    exportJson: vi.fn(async () => '{}'),
    importJson: vi.fn(async (json: string) => {
      if (json.includes('bad')) throw new Error('contracts[0].benefit: must be one of on-premises, cloud');
      return { added: 1, updated: 0 };
    }),
    members: vi.fn(),
    addMember: vi.fn(),
    removeMember: vi.fn(),
    createToken: vi.fn(),
    ownTokens: vi.fn(),
    revokeToken: vi.fn(),
    copy: vi.fn(async () => true),
  };
  return api as typeof api & OptionsApi;
}

describe('options page', () => {
  afterEach(() => {
    cleanup();
    setLocale('en');
  });

  it('adds a contract through fields found by their labels', async () => {
    const api = fakeApi();
    render(<Options api={api} browserLanguage="en-US" />);
    fireEvent.input(await screen.findByLabelText('Access ID'), { target: { value: ' AB-1 ' } });
    fireEvent.input(screen.getByLabelText('Contract ID'), { target: { value: 'CD-2' } });
    const benefit = screen.getByLabelText('Benefit') as HTMLSelectElement;
    expect([...benefit.options].map((o) => o.text)).toEqual(['Cloud', 'On-premises']);
    fireEvent.change(benefit, { target: { value: 'on-premises' } });
    fireEvent.change(screen.getByLabelText('Offer'), { target: { value: 'solutions-partner' } });
    fireEvent.input(screen.getByLabelText('Start date'), { target: { value: '2026-01-01' } });
    fireEvent.input(screen.getByLabelText('End date'), { target: { value: '2026-12-31' } });
    expect(screen.getByTestId('includes').textContent).toBe(
      'This contract includes: 20 on-premises incidents (programme figure not verified)',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save contract' }));
    await waitFor(() => expect(api.upsert).toHaveBeenCalled());
    expect(api.upsert.mock.calls[0]?.[0]).toMatchObject({
      accessId: 'AB-1',
      contractId: 'CD-2',
      benefit: 'on-premises',
      offer: 'solutions-partner',
      ruleset: 'ai-cloud-partner-2026',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    });
    expect(await screen.findByText('AB-1')).toBeTruthy();
    // The result appears right below the form and takes focus; the list row says what it is.
    const result = await screen.findByTestId('form-result');
    await waitFor(() =>
      expect(result.textContent).toBe('Saved: Solutions Partner designation · On-premises'),
    );
    await waitFor(() => expect(document.activeElement).toBe(result));
    const row = document.querySelector('.contract-row')!;
    expect(row.textContent).toContain('Solutions Partner designation · On-premises');
    expect(row.textContent).toContain('Jan 1, 2026 to Dec 31, 2026');
    expect(row.querySelector('[data-testid="left"]')?.textContent).toBe('20 incidents left');
  });

  it('warns before saving an offer with no incidents for the benefit, then saves on "Save anyway"', async () => {
    const api = fakeApi();
    render(<Options api={api} browserLanguage="en" />);
    fireEvent.input(await screen.findByLabelText('Access ID'), { target: { value: 'AP-1' } });
    fireEvent.input(screen.getByLabelText('Contract ID'), { target: { value: 'AP-2' } });
    fireEvent.change(screen.getByLabelText('Offer'), { target: { value: 'action-pack' } });
    fireEvent.input(screen.getByLabelText('Start date'), { target: { value: '2025-01-01' } });
    fireEvent.input(screen.getByLabelText('End date'), { target: { value: '2025-12-31' } });
    expect(screen.getByTestId('includes').textContent).toBe('This contract includes: 0 cloud incidents');
    fireEvent.click(screen.getByRole('button', { name: 'Save contract' }));
    const warning = await screen.findByTestId('not-included-warning');
    expect(warning.textContent).toContain('Action Pack includes no cloud incidents');
    expect(api.upsert).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(api.upsert).toHaveBeenCalledTimes(1));
    expect((await screen.findByTestId('left')).textContent).toBe('Not included in Action Pack');
  });

  it('helps with Programme rules and Competency', async () => {
    render(<Options api={fakeApi()} browserLanguage="en" />);
    const ruleset = await screen.findByLabelText('Programme rules');
    expect(document.getElementById(ruleset.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /Which programme’s rules count/,
    );
    const competency = screen.getByLabelText('Competency');
    expect(document.getElementById(competency.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /Gold and Silver/,
    );
  });

  it('shows problems beside the form, focused', async () => {
    render(<Options api={fakeApi()} browserLanguage="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save contract' }));
    const alert = await screen.findByRole('alert');
    expect(screen.getByTestId('form-message').contains(alert)).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('form-message')));
  });

  it('a refused contract is marked in the list with the reason in the chosen language', async () => {
    const api = fakeApi({ language: 'zh-CN' });
    const stored: ContractView = await api.upsert({
      id: 'r1',
      accessId: 'A',
      contractId: 'B',
      benefit: 'cloud',
      offer: 'solutions-partner',
      ruleset: 'ai-cloud-partner-2023',
      competency: null,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      allotmentOverride: null,
      label: 'Contoso Azure',
    });
    stored.sync = {
      pending: 0,
      attempts: 1,
      held: 1,
      refusal: {
        kind: 'contract:create',
        status: 403,
        code: 'forbidden',
        detail: 'Forbidden',
        fields: [],
        at: NOW,
      },
    };
    render(<Options api={api} browserLanguage="en" />);
    const mark = await screen.findByTestId('refused');
    expect(mark.textContent).toContain('未保存到团队服务器：你在团队服务器上的角色不允许此更改');
  });

  it('says which required fields are missing and does not save', async () => {
    const api = fakeApi();
    render(<Options api={api} browserLanguage="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save contract' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Access ID: This field is required.');
    expect(alert.textContent).toContain('End date: This field is required.');
    expect(api.upsert).not.toHaveBeenCalled();
  });

  it('tests the connection and shows a clear result', async () => {
    const api = fakeApi();
    render(<Options api={api} browserLanguage="en" />);
    fireEvent.input(await screen.findByLabelText('Server URL'), {
      target: { value: 'http://127.0.0.1:8787' },
    });
    fireEvent.input(screen.getByLabelText('Access token'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByTestId('sync-result')).textContent).toMatch(/Connection failed: .*401/);
    fireEvent.input(screen.getByLabelText('Access token'), { target: { value: 'good' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() =>
      expect(screen.getByTestId('sync-result').textContent).toBe('Connected as Ada (Owner) in Contoso'),
    );
  });

  it('saving a server asks for its origin and configures sync', async () => {
    const api = fakeApi();
    render(<Options api={api} browserLanguage="en" />);
    fireEvent.click(await screen.findByLabelText('Sync with a SupportLink server'));
    fireEvent.input(screen.getByLabelText('Server URL'), { target: { value: 'http://127.0.0.1:8787' } });
    fireEvent.input(screen.getByLabelText('Access token'), { target: { value: 'tok' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save sync settings' }));
    await waitFor(() => expect(api.configureSync).toHaveBeenCalled());
    expect(api.requestOrigin).toHaveBeenCalledWith('http://127.0.0.1:8787');
    expect(api.configureSync).toHaveBeenCalledWith({
      mode: 'sync',
      serverUrl: 'http://127.0.0.1:8787',
      token: 'tok',
    });
    expect((screen.getByLabelText('Access token') as HTMLInputElement).value).toBe('');
  });

  it('switches the whole page to Simplified Chinese', async () => {
    const api = fakeApi();
    render(<Options api={api} browserLanguage="en" />);
    fireEvent.change(await screen.findByLabelText('Language'), { target: { value: 'zh-CN' } });
    expect(await screen.findByLabelText('访问 ID')).toBeTruthy();
    expect(screen.getByLabelText('合同 ID')).toBeTruthy();
    expect(screen.getByLabelText('服务器 URL')).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存合同' })).toBeTruthy();
    expect(api.setSettings).toHaveBeenCalledWith({ language: 'zh-CN' });
    // The confirmation appears beside the control in the new language, and in the live region.
    expect((await screen.findByTestId('prefs-result')).textContent).toBe('偏好设置已保存');
    await waitFor(() => expect(document.querySelector('.sl-live')?.textContent).toBe('偏好设置已保存'));
    expect(document.title).toBe('SupportLink 选项');
  });

  it('a result shown before the language switch is reworded by it too', async () => {
    const api = fakeApi();
    render(<Options api={api} browserLanguage="en" />);
    fireEvent.input(await screen.findByLabelText('Server URL'), {
      target: { value: 'http://127.0.0.1:8787' },
    });
    fireEvent.input(screen.getByLabelText('Access token'), { target: { value: 'good' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() =>
      expect(screen.getByTestId('sync-result').textContent).toBe('Connected as Ada (Owner) in Contoso'),
    );
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } });
    await waitFor(() =>
      expect(screen.getByTestId('sync-result').textContent).toMatch(/Ada.*所有者.*Contoso/),
    );
    expect(screen.getByTestId('sync-result').textContent).not.toMatch(/Connected/);
  });

  it('shows import errors with the failing field', async () => {
    const api = fakeApi();
    render(<Options api={api} browserLanguage="en" />);
    const input = (await screen.findByLabelText('Import JSON file')) as HTMLInputElement;
    const file = new File(['{"contracts":[{"benefit":"bad"}]}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByText(/Import failed: contracts\[0\]\.benefit/)).toBeTruthy();
  });

  it('words each refused row of an import in the UI language, from the rules’ problems', async () => {
    const api = fakeApi();
    api.importJson.mockImplementation(async () => ({
      added: 0,
      updated: 0,
      refused: [
        { row: 1, problem: { field: 'startDate', code: 'date-impossible', severity: 'error' } },
        {
          row: 3,
          problem: {
            field: 'offer',
            code: 'offer-not-in-ruleset',
            severity: 'error',
            offer: 'action-pack',
            ruleset: 'ai-cloud-partner-2026',
          },
        },
      ],
    }));
    render(<Options api={api} browserLanguage="zh-CN" />);
    const input = (await screen.findByLabelText('导入 JSON 文件')) as HTMLInputElement;
    const file = new File(['{"contracts":[]}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    const list = await screen.findByTestId('import-problems');
    expect(list.textContent).toContain('第 2 个合同，开始日期: 日历中不存在这一天。');
    expect(list.textContent).toContain('第 4 个合同，产品/套餐');
    expect(screen.getByText(/导入失败/)).toBeTruthy();
    expect(api.importJson).toHaveBeenCalledTimes(1);
  });

  it('offers the auto-fill switch, on by default', async () => {
    const api = fakeApi();
    render(<Options api={api} browserLanguage="en" />);
    const box = (await screen.findByLabelText(/Fill in the two IDs automatically/)) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect(api.setSettings).toHaveBeenCalledWith({ autoFill: false }));
  });
});
