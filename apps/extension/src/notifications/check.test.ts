import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contractsItem } from '../storage/items';
import { storedContract } from '../testing/contracts';
import { checkNotifications, setNotifications, watchNotificationClicks } from './check';
import { notificationsItem } from './items';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const soon = storedContract();

describe('notifications in the browser', () => {
  let granted = false;
  const shown: { id: string; title: string; iconUrl: string }[] = [];
  const clicks: ((id: string) => void)[] = [];
  beforeEach(async () => {
    fakeBrowser.reset();
    granted = false;
    shown.length = 0;
    const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
    b.permissions = {
      contains: vi.fn(async () => granted),
      request: vi.fn(async () => {
        granted = true;
        return true;
      }),
      remove: vi.fn(async () => {
        granted = false;
        return true;
      }),
    };
    b.notifications = {
      create: vi.fn(async (id: string, o: { title: string; iconUrl: string }) => {
        shown.push({ id, title: o.title, iconUrl: o.iconUrl });
        return id;
      }),
      clear: vi.fn(async () => true),
      onClicked: { addListener: (fn: (id: string) => void) => clicks.push(fn) },
    };
    await contractsItem.setValue([soon]);
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    fakeBrowser.reset();
  });

  it('shows nothing until the user opts in and the permission is granted; then each warning once', async () => {
    expect(await checkNotifications(NOW)).toBe(0);
    await notificationsItem.setValue({ enabled: true, active: [] });
    expect(await checkNotifications(NOW)).toBe(0); // opted in, but the permission was withdrawn
    expect(shown).toEqual([]);

    expect(await setNotifications(true)).toBe(true);
    expect(shown.map((s) => s.id)).toEqual(['supportlink:expires-soon:30:c1:']);
    expect(shown[0]?.title).toContain('Contoso on-premises');
    expect(shown[0]?.iconUrl).toMatch(/notification-icon\.png$/);
    expect(await checkNotifications(NOW + 60_000)).toBe(0);

    expect(await setNotifications(false)).toBe(false);
    expect(granted).toBe(false);
    expect(await notificationsItem.getValue()).toEqual({ enabled: false, active: [] });
  });

  it("opens Options when one of its notifications is clicked, and ignores other extensions' ids", () => {
    clicks.length = 0;
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    watchNotificationClicks();
    clicks[0]?.('someone-else');
    expect(open).not.toHaveBeenCalled();
    clicks[0]?.('supportlink:expires-soon:30:c1:');
    expect(open).toHaveBeenCalledTimes(1);
  });
});
