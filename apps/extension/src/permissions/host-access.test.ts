import { describe, expect, it, vi } from 'vitest';
import { PORTAL_MATCHES } from '../hosts';
import { createHostAccess, hostOf, type PermissionsLike } from './host-access';

function fakePermissions(withheld: string[]) {
  const held = new Set(PORTAL_MATCHES.filter((m) => !withheld.includes(m)));
  const listeners = new Set<() => void>();
  const events = {
    addListener: (cb: () => void) => listeners.add(cb),
    removeListener: (cb: () => void) => listeners.delete(cb),
  };
  const api: PermissionsLike & { listeners: Set<() => void> } = {
    listeners,
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => held.has(o as never))),
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const o of origins) held.add(o as never);
      return true;
    }),
    onAdded: events,
    onRemoved: events,
  };
  return api;
}

describe('portal host access', () => {
  it('lists exactly the withheld portal patterns', async () => {
    const permissions = fakePermissions([
      'https://portal.azure.com/*',
      'https://*.reactblade.portal.azure.net/*',
    ]);
    const access = createHostAccess(() => permissions);
    expect(await access.missing()).toEqual([
      'https://portal.azure.com/*',
      'https://*.reactblade.portal.azure.net/*',
    ]);
    expect(await access.request(await access.missing())).toBe(true);
    expect(await access.missing()).toEqual([]);
  });

  it('asks for them in one request and reports a refusal or a browser error as not granted', async () => {
    const permissions = fakePermissions([]);
    permissions.request = vi.fn(async () => false);
    const access = createHostAccess(() => permissions);
    expect(await access.request(['https://portal.azure.com/*'])).toBe(false);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://portal.azure.com/*'] });
    permissions.request = vi.fn(() => {
      throw new Error('must be called during a user gesture');
    });
    expect(await access.request(['https://portal.azure.com/*'])).toBe(false);
  });

  it('watches grants and withdrawals until unsubscribed', () => {
    const permissions = fakePermissions([]);
    const stop = createHostAccess(() => permissions).watch(() => {});
    expect(permissions.listeners.size).toBe(1);
    stop();
    expect(permissions.listeners.size).toBe(0);
  });

  it('shows patterns as host names', () => {
    expect(hostOf('https://*.reactblade.portal.azure.net/*')).toBe('*.reactblade.portal.azure.net');
    expect(hostOf('https://portal.azure.com/*')).toBe('portal.azure.com');
  });
});
