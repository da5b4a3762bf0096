import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AlertChannel, AlertSettings } from '../src/api/alerts';
import type { Fetch } from '../src/api/client';
import { sessionTokenStore } from '../src/api/session';
import { App } from '../src/app/App';

const TOKEN = `slk_${'a'.repeat(43)}`;
const me = {
  orgId: 'o1',
  orgName: 'Contoso',
  member: { id: 'm1', name: 'Olivia', role: 'admin' },
  tokenId: 't1',
};
const settings: AlertSettings = {
  enabled: true,
  locale: 'en',
  dashboardUrl: null,
  expiryDays: [30, 7],
  remainingAtMost: 2,
  forecastMinConfidence: 'medium',
  conditions: {
    'expires-soon': true,
    'low-remaining': true,
    'runs-out-before-expiry': true,
    'hidden-in-azure': true,
    'member-not-linked': true,
  },
  updatedAt: null,
};

function fakeServer() {
  const channels: AlertChannel[] = [];
  const calls: { method: string; path: string; body?: unknown }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const path = String(input);
    const method = init.method ?? 'GET';
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, path, body });
    if (path === '/v1/me') return Response.json(me);
    if (path.startsWith('/v1/alerts?'))
      return Response.json({
        alerts: [
          {
            id: 'a1',
            condition: 'expires-soon',
            contractId: 'soon',
            firedAt: '2026-03-01T12:00:00Z',
            clearedAt: null,
            active: true,
            title: 'Contoso: 18 incidents unused, expires in 20 days',
            text: 'Use them or lose them.',
            link: '/#/contracts/soon',
            deliveries: { pending: 1, delivered: 2, failed: 0 },
          },
        ],
        next: null,
      });
    if (path === '/v1/alerts/evaluate') return Response.json({ fired: 0, cleared: 1, skipped: 0 });
    if (path === '/v1/alerts/settings' && method === 'GET') return Response.json(settings);
    if (path === '/v1/alerts/settings' && method === 'PUT')
      return Response.json({ ...body, updatedAt: '2026-03-01T12:00:00Z' });
    if (path === '/v1/alerts/channels' && method === 'GET') return Response.json({ channels });
    if (path === '/v1/alerts/channels' && method === 'POST') {
      const c: AlertChannel = {
        id: 'ch1',
        name: body.name,
        kind: 'webhook',
        enabled: true,
        webhook: { format: body.format, urlHint: 'https://hooks.example/…abcd' },
        email: null,
        createdAt: '2026-03-01T12:00:00Z',
        updatedAt: '2026-03-01T12:00:00Z',
        lastDelivery: null,
      };
      channels.push(c);
      return Response.json(c, { status: 201 });
    }
    if (path === '/v1/alerts/channels/ch1/test')
      return Response.json({ ok: true, status: 'delivered', detail: 'HTTP 204', durationMs: 12 });
    return new Response(JSON.stringify({ detail: 'nope' }), { status: 404 });
  });
  return { fetch: fetch as unknown as Fetch, calls };
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  location.hash = '';
});

describe('alert settings in the dashboard', () => {
  it('says a bad threshold beside its field without a request, saves good ones, adds a webhook and sends a test', async () => {
    sessionStorage.setItem('supportlink.dashboard.token', TOKEN);
    location.hash = '#/organisation/alerts';
    const { fetch, calls } = fakeServer();
    render(<App tokens={sessionTokenStore()} locale="en" theme="auto" fetch={fetch} now={() => 0} />);
    const days = await screen.findByLabelText('Warn this many days before the end date');
    expect((days as HTMLInputElement).value).toBe('30, 7');
    expect(await screen.findByText(/No channel yet/)).toBeTruthy();
    const holding = await screen.findByTestId('fired-alerts');
    expect(holding.textContent).toContain('Contoso: 18 incidents unused, expires in 20 days');
    expect(holding.textContent).toContain('2 delivered · 1 waiting');
    expect(
      screen
        .getByRole('link', { name: 'Contoso: 18 incidents unused, expires in 20 days' })
        .getAttribute('href'),
    ).toBe('#/contracts/soon');
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe('Checked: 0 new, 1 cleared.'),
    );
    // Loaded once, and again after the check.
    await waitFor(() =>
      expect(calls.filter((c) => c.path === '/v1/alerts?limit=50&active=true')).toHaveLength(2),
    );

    fireEvent.input(days, { target: { value: '30, 30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('different numbers of days');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    fireEvent.input(days, { target: { value: '7, 60' } });
    fireEvent.click(screen.getByLabelText('Few incidents left'));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')).toBeTruthy());
    const put = calls.find((c) => c.method === 'PUT')?.body as AlertSettings;
    expect(put.expiryDays).toEqual([60, 7]);
    expect(put.conditions['low-remaining']).toBe(false);
    expect(put).not.toHaveProperty('updatedAt');

    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Team channel' } });
    fireEvent.change(screen.getByLabelText('Message format'), { target: { value: 'teams' } });
    fireEvent.input(screen.getByLabelText('Webhook URL'), {
      target: { value: 'https://hooks.example/secret-path-abcd' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add channel' }));
    const table = await screen.findByTestId('channels');
    expect(table.textContent).toContain('Microsoft Teams · https://hooks.example/…abcd');
    expect(table.textContent).not.toContain('secret-path');
    fireEvent.click(screen.getByRole('button', { name: 'Send a test alert to Team channel' }));
    expect((await screen.findByTestId('test-result')).textContent).toBe(
      'Test delivered to Team channel (HTTP 204).',
    );
    expect(calls.find((c) => c.method === 'POST' && c.path === '/v1/alerts/channels')?.body).toEqual({
      kind: 'webhook',
      name: 'Team channel',
      format: 'teams',
      url: 'https://hooks.example/secret-path-abcd',
    });
  });
});
