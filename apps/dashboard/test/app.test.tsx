import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Fetch } from '../src/api/client';
import { sessionTokenStore } from '../src/api/session';
import { App } from '../src/app/App';

const TOKEN = `slk_${'a'.repeat(43)}`;
const NOW = Date.parse('2026-03-01T12:00:00Z');
const DAY = 86_400_000;
const day = (d: number) => new Date(NOW + d * DAY).toISOString().slice(0, 10);

const me = {
  orgId: 'o1',
  orgName: 'Contoso Partners',
  member: { id: 'm1', name: 'Olivia', role: 'owner' },
  tokenId: 't1',
};
const contract = (id: string, label: string, daysToExpiry: number, unused: number) => ({
  id,
  label,
  ruleset: 'ai-cloud-partner-2026',
  offer: 'solutions-partner',
  benefit: 'on-premises',
  startDate: day(daysToExpiry - 365),
  endDate: day(daysToExpiry),
  remaining: unused,
  allotment: 20,
  state: 'active',
  daysToExpiry,
  hiddenInAzure: false,
  usable: true,
  reasons: ['from-ledger'],
  observedAt: null,
  confidence: 'documented',
  forecast: {
    kind: 'unused-at-expiry',
    runsOutOn: null,
    unusedAtExpiry: unused,
    pacePerMonth: 0.1,
    confidence: 'medium',
    reasons: [],
    basis: { usageEvents: 3, days: 300 },
  },
});

function server(overrides: Record<string, (init: RequestInit) => Response> = {}) {
  const calls: { method: string; path: string; body?: unknown }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const path = String(input);
    const method = init.method ?? 'GET';
    calls.push({ method, path, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const auth = (init.headers as Record<string, string>).authorization;
    if (auth !== `Bearer ${TOKEN}`)
      return new Response(JSON.stringify({ detail: 'Unknown token' }), { status: 401 });
    const custom = overrides[`${method} ${path}`];
    if (custom) return custom(init);
    if (path === '/v1/me') return Response.json(me);
    if (path === '/v1/summary')
      return Response.json({
        generatedAt: new Date(NOW).toISOString(),
        rulesVersion: 'x',
        contracts: [contract('later', 'Later', 200, 12), contract('soon', 'Contoso soon', 20, 18)],
      });
    if (path === '/v1/members')
      return Response.json({
        members: [{ ...me.member, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }],
      });
    return new Response(JSON.stringify({ detail: 'nope' }), { status: 404 });
  });
  return { fetch: fetch as unknown as Fetch, calls };
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  location.hash = '';
});
afterEach(cleanup);

describe('the dashboard app', () => {
  it('refuses a malformed token without a request, explains a rejected one, and signs in with a good one', async () => {
    const { fetch, calls } = server();
    render(<App tokens={sessionTokenStore()} locale="en" theme="auto" fetch={fetch} now={() => NOW} />);
    const input = screen.getByLabelText('SupportLink token');
    fireEvent.input(input, { target: { value: 'hello' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('does not look like');
    expect(calls).toHaveLength(0);

    fireEvent.input(input, { target: { value: `slk_${'b'.repeat(43)}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('was not accepted');
    expect(sessionStorage.length).toBe(0);

    fireEvent.input(input, { target: { value: TOKEN } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Contracts at a glance');
    const rows = await screen.findAllByTestId('contract-row');
    expect(rows[0]?.textContent).toContain('Contoso soon');
    expect(rows[0]?.textContent).toContain('18 unused at expiry');
    expect(sessionStorage.getItem('supportlink.dashboard.token')).toBe(TOKEN);
    expect(JSON.stringify({ ...localStorage })).not.toContain(TOKEN);
  });

  it('restores the session of this tab, follows the language switch at once, and signs out on a later 401', async () => {
    sessionStorage.setItem('supportlink.dashboard.token', TOKEN);
    let revoked = false;
    const { fetch } = server({
      'GET /v1/summary': () =>
        revoked
          ? new Response(JSON.stringify({ detail: 'Revoked' }), { status: 401 })
          : Response.json({
              generatedAt: new Date(NOW).toISOString(),
              rulesVersion: 'x',
              contracts: [contract('soon', 'Contoso soon', 20, 18)],
            }),
    });
    render(<App tokens={sessionTokenStore()} locale="en" theme="auto" fetch={fetch} now={() => NOW} />);
    await screen.findAllByTestId('contract-row');
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'zh-CN' } });
    await screen.findByText('合同一览');
    expect((await screen.findAllByTestId('contract-row'))[0]?.textContent).toContain(
      '到期时将有 18 个未使用',
    );
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('supportlink.dashboard.language')).toBe('zh-CN');

    revoked = true;
    fireEvent.click(screen.getByRole('button', { name: '刷新' }));
    expect((await screen.findByRole('alert')).textContent).toContain('令牌已不再有效');
    expect(sessionStorage.getItem('supportlink.dashboard.token')).toBeNull();
  });

  it('adds a member, issues a token shown once, and says a refusal where it happened', async () => {
    sessionStorage.setItem('supportlink.dashboard.token', TOKEN);
    location.hash = '#/organisation/members';
    const { fetch, calls } = server({
      'POST /v1/members': (init) => {
        const body = JSON.parse(String(init.body));
        if (body.name === 'Taken')
          return new Response(
            JSON.stringify({ type: 'urn:supportlink:problem:conflict', detail: 'Name in use.' }),
            { status: 409 },
          );
        return Response.json(
          { id: 'm2', name: body.name, role: body.role, createdAt: '', updatedAt: '' },
          { status: 201 },
        );
      },
      'POST /v1/members/m1/tokens': () =>
        Response.json(
          {
            id: 't9',
            name: 'dashboard',
            memberId: 'm1',
            createdAt: '',
            expiresAt: null,
            lastUsedAt: null,
            token: 'slk_NEWTOKEN',
          },
          { status: 201 },
        ),
    });
    render(<App tokens={sessionTokenStore()} locale="en" theme="auto" fetch={fetch} now={() => NOW} />);
    await screen.findByTestId('members');
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Taken' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add member' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Name in use.');
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Ben' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add member' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'POST' && c.path === '/v1/members').map((c) => c.body)).toEqual(
        [
          { name: 'Taken', role: 'member' },
          { name: 'Ben', role: 'member' },
        ],
      ),
    );
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe(
        'Ben was added. Issue a token so they can sign in.',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Issue a token for Olivia' }));
    expect(((await screen.findByTestId('issued-token')) as HTMLInputElement).value).toBe('slk_NEWTOKEN');
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByTestId('issued-token')).toBeNull());
  });
});
