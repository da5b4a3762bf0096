import type { MessageClassifier } from '@supportlink/rules';
import { resolveUiLocale } from '@supportlink/rules';
/** Wires the registry to the real browser: settings, locale, messaging, navigation. */
import type { Settings } from '../messaging/protocol';
import { setContentStrings } from '../ui/inject/components';
import { setInjectedCss } from '../ui/inject/mount';
import { guidanceClient } from './guidance-client';
import { NO_MESSAGES } from './message-client';
import { type Running, runFeatures, safeLog } from './run';
import { DEFAULT_SETTINGS, type Feature, type Send } from './types';

export async function startFeatures(
  win: Window,
  signal: AbortSignal,
  send: Send,
  features: readonly Feature[],
  /**
   * The message classifier's client (`messageClient`), passed only by the content scripts whose
   * features recognise portal messages: the others need not bundle the classifier.
   */
  messages: (send: Send, log: typeof safeLog) => () => Promise<MessageClassifier> = NO_MESSAGES,
): Promise<Running> {
  let settings: Settings = DEFAULT_SETTINGS;
  const css = send('ui:css', {}).then(
    (reply) => setInjectedCss(reply.css),
    (error: unknown) => safeLog('content', 'styles unavailable; cards unstyled', error),
  );
  try {
    settings = (await send('settings:get', {})).settings;
  } catch (error) {
    safeLog('content', 'settings unavailable; using defaults', error);
  }
  await css;
  const locale = resolveUiLocale(settings.language, win.navigator.language);
  if (locale !== 'en') {
    try {
      setContentStrings(locale, (await send('i18n:content', { locale })).strings);
    } catch (error) {
      safeLog('content', 'translations unavailable; showing English', error);
    }
  }
  return runFeatures({
    window: win,
    features,
    signal,
    services: {
      send,
      now: () => Date.now(),
      locale,
      guidance: guidanceClient(locale, send),
      messages: messages(send, safeLog),
      settings,
      log: safeLog,
    },
  });
}
