import { isEnvelope } from './client';
import type { Envelope, MessagePayload, MessageResponse, MessageType, Reply } from './protocol';
import { isExtensionPage, mayContentScriptSend, REFUSED_FROM_PAGE, type SenderInfo } from './trust';

export type { SenderInfo } from './trust';

export type Handlers = {
  [T in MessageType]: (payload: MessagePayload<T>, sender: SenderInfo) => Promise<MessageResponse<T>>;
};

/** This extension as senders see it: its id and its own origin (chrome-extension://id, moz-extension://uuid). */
export interface Self {
  id: string;
  origin: string;
}

/**
 * Routes envelopes to handlers. Messages from other extensions or malformed ones are ignored
 * (undefined); messages a content script may not send are refused (see trust.ts); handler errors
 * become `{ ok: false, error }` with the message only.
 */
export function createRouter(handlers: Handlers, self: Self) {
  return async (message: unknown, sender: SenderInfo): Promise<Reply<MessageType> | undefined> => {
    if (!isEnvelope(message)) return undefined;
    if (sender.id !== self.id) return undefined;
    const envelope = message as Envelope;
    if (!Object.hasOwn(handlers, envelope.type))
      return { ok: false, error: `Unknown message: ${envelope.type}` };
    const payload = envelope.payload ?? {};
    if (!isExtensionPage(sender, self.origin) && !mayContentScriptSend(envelope.type, payload)) {
      return { ok: false, error: REFUSED_FROM_PAGE };
    }
    const handler = handlers[envelope.type] as (p: unknown, s: SenderInfo) => Promise<unknown>;
    try {
      const data = await handler(payload, sender);
      return { ok: true, data } as Reply<MessageType>;
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : 'Unexpected error' };
    }
  };
}
