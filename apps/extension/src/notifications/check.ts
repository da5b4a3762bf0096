/** The browser side of notifications: permission, stored state, and showing what is due. */
import { resolveUiLocale } from '@supportlink/rules';
import { browser } from 'wxt/browser';
import { setLocale } from '../i18n';
import type { StoredContract } from '../messaging/protocol';
import { contractsItem, settingsItem } from '../storage/items';
import { benefitName, offerName } from '../ui/shared/format';
import { dueNotifications } from './due';
import { notificationsItem } from './items';

export const NOTIFICATIONS_PERMISSION = { permissions: ['notifications'] } as const;
const ICON = '/notification-icon.png';

export async function notificationsGranted(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

/**
 * Shows the notifications that became due since the last check. Without the opt-in or the
 * permission it does nothing (and remembers nothing, so opting in later announces what holds then).
 */
export async function checkNotifications(now = Date.now()): Promise<number> {
  const state = await notificationsItem.getValue();
  if (!state.enabled || !(await notificationsGranted())) return 0;
  const [contracts, settings] = await Promise.all([contractsItem.getValue(), settingsItem.getValue()]);
  const locale = resolveUiLocale(settings.language, globalThis.navigator?.language ?? 'en');
  setLocale(locale);
  const fallback = (c: StoredContract) => `${offerName(c.offer)} · ${benefitName(c.benefit)}`;
  const due = dueNotifications(contracts, now, state.active, locale, fallback);
  let shown = 0;
  for (const n of due.notify) {
    try {
      await browser.notifications.create(`supportlink:${n.key}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL(ICON),
        title: n.title,
        message: n.message,
      });
      shown++;
    } catch {
      // A notification the browser refuses is not retried every minute; it stays in the popup.
    }
  }
  await notificationsItem.setValue({ ...state, active: due.active });
  return shown;
}

/**
 * A click on one of our notifications opens Options (where the contracts are) and closes it. The
 * API exists only while the permission is granted; the worker registers this on each start.
 */
export function watchNotificationClicks(): void {
  const api = (browser as { notifications?: typeof browser.notifications }).notifications;
  api?.onClicked?.addListener((id) => {
    if (!id.startsWith('supportlink:')) return;
    void browser.runtime.openOptionsPage();
    void api.clear(id);
  });
}

/** Opt in from a click (the permission prompt needs the user's gesture) or opt out, giving the permission back. */
export async function setNotifications(enabled: boolean): Promise<boolean> {
  if (enabled) {
    const granted = await browser.permissions.request({ permissions: ['notifications'] });
    if (!granted) return false;
    await notificationsItem.setValue({ enabled: true, active: [] });
    await checkNotifications();
    return true;
  }
  await notificationsItem.setValue({ enabled: false, active: [] });
  await browser.permissions.remove({ permissions: ['notifications'] }).catch(() => false);
  return false;
}

/** What Options needs: the current opt-in (with the permission still granted) and the switch. */
export interface NotificationsApi {
  enabled(): Promise<boolean>;
  set(enabled: boolean): Promise<boolean>;
}

export const notificationsApi: NotificationsApi = {
  enabled: async () => (await notificationsItem.getValue()).enabled && (await notificationsGranted()),
  set: setNotifications,
};
