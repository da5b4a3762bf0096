/**
 * Who may send which message. Content scripts run inside portal pages, next to code we do not
 * control, so they get only what the in-page features need: read contracts, save a captured pair,
 * log an incident, record a link, read settings, hide a help panel, get guidance text. Everything
 * else — export/import, team management, sync configuration, connection tests, contract edits —
 * is accepted only from the extension's own pages (popup, options). New messages are page-only
 * until added here.
 */
import type { MessagePayload, MessageType } from './protocol';

export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined; url?: string | undefined } | undefined;
}

type PayloadCheck<T extends MessageType> = (payload: MessagePayload<T>) => boolean;

const anyPayload = () => true;

const CONTENT_SCRIPT_MAY: { [T in MessageType]?: PayloadCheck<T> } = {
  'contracts:list': anyPayload,
  'contracts:save-captured': anyPayload,
  // Partner Center capture: the rules read the page in the background (reads only the pair it names).
  'capture:propose': anyPayload,
  'events:append': anyPayload,
  'links:record': anyPayload,
  'settings:get': anyPayload,
  // In-page help panels remember that they were dismissed; language, auto-fill and sync mode are the options page's.
  'settings:set': (patch) => Object.keys(patch).every((key) => key === 'dismissedHelp'),
  'guidance:get': anyPayload,
  // Known portal messages: the catalogue (public data) and a diagnosis from the context the page gave.
  'messages:catalog': anyPayload,
  'messages:diagnose': anyPayload,
  'i18n:content': anyPayload,
  'ui:css': anyPayload,
};

/** `scheme://host` of a URL; WHATWG URL gives extension schemes an opaque origin, so build it by hand. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/** An extension page (popup, options — also when opened in a tab) has a URL on the extension's own origin. */
export function isExtensionPage(sender: SenderInfo, extensionOrigin: string): boolean {
  return originOf(sender.url) === extensionOrigin;
}

export function mayContentScriptSend(type: MessageType, payload: unknown): boolean {
  const check = CONTENT_SCRIPT_MAY[type] as PayloadCheck<MessageType> | undefined;
  return check !== undefined && typeof payload === 'object' && payload !== null && check(payload as never);
}

export const REFUSED_FROM_PAGE = 'This action is only available from the SupportLink popup or options page';

/** This extension's identity for the router, from its runtime. */
export function extensionSelf(runtime: { id: string; getURL(path: string): string }) {
  return { id: runtime.id, origin: originOf(runtime.getURL('/')) ?? '' };
}
