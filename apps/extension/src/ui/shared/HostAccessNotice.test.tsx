import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import type { HostAccess } from '../../permissions/host-access';
import { HostAccessNotice } from './HostAccessNotice';

function fakeAccess(initiallyMissing: string[], grants = true) {
  let missing = [...initiallyMissing];
  let changed: () => void = () => {};
  const access: HostAccess & { withdraw(p: string): void } = {
    missing: vi.fn(async () => missing),
    request: vi.fn(async () => {
      if (grants) missing = [];
      return grants;
    }),
    watch: vi.fn((cb: () => void) => {
      changed = cb;
      return () => {};
    }),
    withdraw(p) {
      missing = [...missing, p];
      changed();
    },
  };
  return access;
}

describe('host access notice', () => {
  afterEach(() => {
    cleanup();
    setLocale('en');
  });

  it('shows nothing while every portal is granted, and appears when access is withdrawn meanwhile', async () => {
    const access = fakeAccess([]);
    render(<HostAccessNotice access={access} />);
    await waitFor(() => expect(access.missing).toHaveBeenCalled());
    expect(screen.queryByRole('button', { name: 'Grant access' })).toBeNull();
    await act(async () => access.withdraw('https://portal.azure.com/*'));
    expect(await screen.findByRole('button', { name: 'Grant access' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('portal.azure.com');
  });

  it('"Grant access" asks inside the click for exactly what is missing, then disappears', async () => {
    const access = fakeAccess(['https://portal.azure.com/*', 'https://partner.microsoft.com/*']);
    render(<HostAccessNotice access={access} />);
    const button = await screen.findByRole('button', { name: 'Grant access' });
    expect(screen.getByRole('alert').textContent).toContain('portal.azure.com, partner.microsoft.com');
    fireEvent.click(button);
    // Synchronously, before any await: the browser only shows its prompt during the user gesture.
    expect(access.request).toHaveBeenCalledWith([
      'https://portal.azure.com/*',
      'https://partner.microsoft.com/*',
    ]);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('says so when the user refuses, in Chinese too', async () => {
    setLocale('zh-CN');
    const access = fakeAccess(['https://portal.azure.com/*'], false);
    render(<HostAccessNotice access={access} />);
    fireEvent.click(await screen.findByRole('button', { name: '授予访问权限' }));
    expect(await screen.findByText(/未授予访问权限/)).toBeTruthy();
  });

  it('stays hidden when the browser cannot tell', async () => {
    const access = fakeAccess([]);
    access.missing = vi.fn(async () => {
      throw new Error('permissions API unavailable');
    });
    render(<HostAccessNotice access={access} />);
    await waitFor(() => expect(access.missing).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
