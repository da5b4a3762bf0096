/** Wires the registry to the real browser: settings, locale, messaging, navigation. */
import { resolveLocale } from '../i18n';
import type { Settings } from '../messaging/protocol';
import { FEATURES } from './registry';
import { type Running, runFeatures, safeLog } from './run';
import { DEFAULT_SETTINGS, type Send } from './types';

export async function startFeatures(win: Window, signal: AbortSignal, send: Send): Promise<Running> {
  let settings: Settings = DEFAULT_SETTINGS;
  try {
    settings = (await send('settings:get', {})).settings;
  } catch (error) {
    safeLog('content', 'settings unavailable; using defaults', error);
  }
  return runFeatures({
    window: win,
    features: FEATURES,
    signal,
    services: {
      send,
      now: () => Date.now(),
      locale: resolveLocale(settings.language, win.navigator.language),
      settings,
      log: safeLog,
    },
  });
}
