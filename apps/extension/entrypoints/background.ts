import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BADGE_NEUTRAL } from '../src/background/badge';
import { createService } from '../src/background/service';
import { isEnvelope } from '../src/messaging/client';
import { createRouter } from '../src/messaging/router';
import { extensionSelf } from '../src/messaging/trust';
import { checkNotifications, watchNotificationClicks } from '../src/notifications/check';
import { normalizeServerUrl, originPattern } from '../src/sync/api-client';
import { SyncEngine } from '../src/sync/engine';

const SYNC_ALARM = 'supportlink-sync';

export default defineBackground({
  type: 'module',
  main() {
    let refresh: () => Promise<unknown> = async () => undefined;
    const engine = new SyncEngine({ onChange: () => refresh().then(() => undefined) });
    const service = createService({
      engine,
      extensionOrigin: () => new URL(browser.runtime.getURL('/')).origin,
      hasHostPermission: (url) =>
        browser.permissions.contains({ origins: [originPattern(normalizeServerUrl(url))] }),
      setBadge: async (badge, title) => {
        await browser.action.setBadgeText({ text: badge.text });
        await browser.action.setBadgeBackgroundColor({ color: badge.color ?? BADGE_NEUTRAL });
        await browser.action.setTitle({ title });
      },
    });
    refresh = service.refresh;
    // Content scripts may send only what in-page features need (src/messaging/trust.ts).
    const route = createRouter(service.handlers, extensionSelf(browser.runtime));

    // sendResponse + `true` rather than a returned promise: Chrome only honours the former everywhere.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (!isEnvelope(message)) return false;
      void route(message, sender).then(sendResponse);
      return true;
    });

    watchNotificationClicks();
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name !== SYNC_ALARM) return;
      // Also keeps days-to-expiry and the badge current.
      void service
        .refresh()
        .then(() => engine.sync('alarm'))
        .catch(() => undefined)
        .then(() => checkNotifications())
        .catch(() => undefined);
    });
    // Re-creating the alarm on every wake-up would push it back each time; create it once.
    void browser.alarms.get(SYNC_ALARM).then((existing) => {
      if (!existing) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
    });

    void service.refresh().then(() => engine.sync('startup'));
  },
});
