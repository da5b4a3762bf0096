import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me, Member, TokenInfo } from '../../sync/api-client';
import type { OptionsApi } from './api';
import { Conflicts } from './Conflicts';
import { TeamSection } from './TeamSection';

const at = '2026-03-01T10:00:00.000Z';

function teamApi(role: Me['member']['role']) {
  const members: Member[] = [{ id: 'm1', name: 'Ada', role, createdAt: at, updatedAt: at }];
  const tokens: TokenInfo[] = [
    { id: 'tok-own-1', name: 'laptop', memberId: 'm1', createdAt: at, expiresAt: null, lastUsedAt: null },
  ];
  const me: Me = {
    orgId: 'o',
    orgName: 'Contoso',
    member: { id: 'm1', name: 'Ada', role },
    tokenId: 'tok-own-1',
  };
  return {
    members: vi.fn(async () => ({ me, members: [...members] })),
    ownTokens: vi.fn(async () => [...tokens]),
    addMember: vi.fn(async (name: string, r: Member['role']) => {
      const member = { id: 'm2', name, role: r, createdAt: at, updatedAt: at };
      members.push(member);
      return { member, token: 'sl_secret_token_value' };
    }),
    removeMember: vi.fn(async (id: string) => {
      members.splice(
        members.findIndex((m) => m.id === id),
        1,
      );
    }),
    createToken: vi.fn(async () => ({ tokenId: 't9', token: 'sl_second_token' })),
    revokeToken: vi.fn(async (id: string) => {
      tokens.splice(
        tokens.findIndex((t) => t.id === id),
        1,
      );
    }),
    copy: vi.fn(async () => true),
  } as unknown as OptionsApi & Record<string, ReturnType<typeof vi.fn>>;
}

describe('team section', () => {
  afterEach(cleanup);

  it('adds a member and shows their token once, with a copy button', async () => {
    const api = teamApi('owner');
    const announce = vi.fn();
    render(<TeamSection api={api} announce={announce} />);
    fireEvent.input(await screen.findByLabelText('Name'), { target: { value: 'Bo' } });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'viewer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add member' }));
    expect((await screen.findByTestId('new-token')).textContent).toBe('sl_secret_token_value');
    expect(api.addMember).toHaveBeenCalledWith('Bo', 'viewer');
    fireEvent.click(screen.getByRole('button', { name: 'Copy token' }));
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Copied'));
    expect(api.copy).toHaveBeenCalledWith('sl_secret_token_value');
  });

  it('removes a member only after confirmation, and revokes own tokens', async () => {
    const api = teamApi('admin');
    render(<TeamSection api={api} announce={() => {}} />);
    fireEvent.input(await screen.findByLabelText('Name'), { target: { value: 'Bo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add member' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove member: Bo' }));
    expect(api.removeMember).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm removal: Bo' }));
    await waitFor(() => expect(api.removeMember).toHaveBeenCalledWith('m2'));
    expect(screen.queryByRole('button', { name: 'Remove member: Ada' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Revoke token: laptop/ }));
    await waitFor(() => expect(api.revokeToken).toHaveBeenCalledWith('tok-own-1'));
  });

  it('tells members and viewers that only admins manage the team', async () => {
    render(<TeamSection api={teamApi('member')} announce={() => {}} />);
    expect(await screen.findByText('Only admins and owners manage members.')).toBeTruthy();
  });

  it('lists sync conflicts until dismissed', async () => {
    const api = {
      conflicts: vi.fn(async () => [
        { contractId: 'c1', label: 'Main', at: 1, fields: ['label', 'endDate'] },
      ]),
      clearConflicts: vi.fn(async () => {}),
    };
    render(<Conflicts api={api} />);
    expect(await screen.findByText('Main: label, endDate')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText('Main: label, endDate')).toBeNull());
    expect(api.clearConflicts).toHaveBeenCalled();
  });
});
