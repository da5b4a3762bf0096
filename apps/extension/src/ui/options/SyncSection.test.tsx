import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import type { MessageResponse, SyncStatus } from '../../messaging/protocol';
import { DEFAULT_SETTINGS } from '../../storage/items';
import type { ConnectionProblem, ConnectionReport } from '../../sync/connection-test';
import type { OptionsApi } from './api';
import { SyncSection } from './SyncSection';

const SERVER = 'http://127.0.0.1:8787';
const EXT = 'chrome-extension://heokdooncclefjpikahakcfjnmmaioak';
const me = {
  orgId: 'o',
  orgName: 'My organisation',
  member: { id: 'm', name: 'Owner', role: 'owner' as const },
  tokenId: 't',
};

function answer(
  problem: ConnectionProblem | null,
  extra: Partial<ConnectionReport> = {},
): MessageResponse<'sync:test'> {
  const report: ConnectionReport = {
    ok: problem === null,
    me: problem === null ? me : null,
    problem,
    origin: SERVER,
    corsLine: `CORS_ORIGINS=${EXT}`,
    serverVersion: '1.0.0',
    detail: null,
    ...extra,
  };
  return { ok: report.ok, me: report.me, error: problem, report };
}

const status = (state: SyncStatus['state'], pending = 0): SyncStatus => ({
  mode: 'sync',
  state,
  lastSyncAt: null,
  pending,
  message: null,
});

function setup(
  answers: MessageResponse<'sync:test'>[],
  opts: { granted?: Promise<boolean>; saved?: SyncStatus } = {},
) {
  const api = {
    requestOrigin: vi.fn(() => opts.granted ?? Promise.resolve(true)),
    testConnection: vi.fn(async () => answers.shift() ?? answer(null)),
    configureSync: vi.fn(async () => ({
      settings: { ...DEFAULT_SETTINGS, mode: 'sync' as const, serverUrl: SERVER },
      status: opts.saved ?? status('idle'),
    })),
    syncNow: vi.fn(async () => status('idle')),
    conflicts: vi.fn(async () => []),
    clearConflicts: vi.fn(async () => {}),
  };
  render(
    <SyncSection
      api={api as unknown as OptionsApi}
      settings={DEFAULT_SETTINGS}
      status={null}
      hasToken={false}
      onSaved={() => {}}
    />,
  );
  return api;
}

async function fill(token = 'slk_x') {
  fireEvent.click(await screen.findByLabelText('Sync with a SupportLink server'));
  fireEvent.input(screen.getByLabelText('Server URL'), { target: { value: SERVER } });
  fireEvent.input(screen.getByLabelText('Access token'), { target: { value: token } });
}

const result = () => screen.getByTestId('sync-result').textContent ?? '';

describe('Test connection', () => {
  afterEach(() => {
    cleanup();
    setLocale('en');
  });

  it('asks for the host permission inside the click and succeeds at once when the server allows the extension', async () => {
    const never = new Promise<boolean>(() => {});
    const api = setup([answer(null)], { granted: never });
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(api.requestOrigin).toHaveBeenCalledWith(SERVER);
    await waitFor(() => expect(result()).toBe('Connected as Owner (Owner) in My organisation'));
    expect(api.testConnection).toHaveBeenCalledWith(SERVER, 'slk_x');
  });

  it('when only the permission can help, waits for it and tries again', async () => {
    const api = setup([answer('permission'), answer(null)]);
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(result()).toMatch(/^Connected as Owner/));
    expect(api.testConnection).toHaveBeenCalledTimes(2);
  });

  it('names each cause: permission, origin refused (with the CORS_ORIGINS line), unreachable, token, version', async () => {
    const cases: Array<[MessageResponse<'sync:test'>, RegExp]> = [
      [
        answer('permission'),
        new RegExp(`did not allow SupportLink to contact ${SERVER}.*CORS_ORIGINS=${EXT}`),
      ],
      [answer('origin'), new RegExp(`refuses this extension’s origin \\(CORS\\).*: CORS_ORIGINS=${EXT}$`)],
      [answer('unreachable'), /Nothing answers at http:\/\/127\.0\.0\.1:8787/],
      [answer('token'), /refused the access token \(401\)/],
      [
        answer('version', { serverVersion: '2.1.0' }),
        /API version 2\.1\.0; this extension needs version 1\.x/,
      ],
      [answer('not-supportlink'), /not a SupportLink server/],
    ];
    for (const [reply, expected] of cases) {
      // The permission is refused here, so each answer is final.
      setup([reply, reply], { granted: Promise.resolve(false) });
      await fill();
      fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
      await waitFor(() => expect(result()).toMatch(/^Connection failed: /));
      expect(result()).toMatch(expected);
      cleanup();
    }
  });

  it('in Chinese too', async () => {
    setLocale('zh-CN');
    setup([answer('origin')], { granted: Promise.resolve(false) });
    fireEvent.click(await screen.findByLabelText('与 SupportLink 服务器同步'));
    fireEvent.input(screen.getByLabelText('服务器 URL'), { target: { value: SERVER } });
    fireEvent.click(screen.getByRole('button', { name: '测试连接' }));
    await waitFor(() => expect(result()).toContain(`拒绝了此扩展的来源（CORS）`));
    expect(result()).toContain(`CORS_ORIGINS=${EXT}`);
  });
});

describe('Save sync settings', () => {
  afterEach(cleanup);

  it('a first sync that fails says why instead of just "saved"', async () => {
    setup([answer('unreachable')], { saved: status('offline', 6), granted: Promise.resolve(false) });
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Save sync settings' }));
    await waitFor(() =>
      expect(result()).toMatch(
        /^Sync settings saved, but syncing failed: Nothing answers at http:\/\/127\.0\.0\.1:8787/,
      ),
    );
  });

  it('syncs again once the permission the first sync lacked is granted', async () => {
    const api = setup([answer('permission')], { saved: status('offline', 6) });
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Save sync settings' }));
    expect(api.requestOrigin).toHaveBeenCalledWith(SERVER);
    await waitFor(() => expect(result()).toBe('Sync settings saved'));
    expect(api.syncNow).toHaveBeenCalledTimes(1);
  });
});
