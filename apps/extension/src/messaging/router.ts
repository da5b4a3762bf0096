import { isEnvelope } from './client';
import type { Envelope, MessagePayload, MessageResponse, MessageType, Reply } from './protocol';

export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
}

export type Handlers = {
  [T in MessageType]: (payload: MessagePayload<T>, sender: SenderInfo) => Promise<MessageResponse<T>>;
};

/**
 * Routes envelopes to handlers. Messages from other extensions or malformed ones are
 * ignored (undefined), handler errors become `{ ok: false, error }` with the message only.
 */
export function createRouter(handlers: Handlers, ownId: string | undefined) {
  return async (message: unknown, sender: SenderInfo): Promise<Reply<MessageType> | undefined> => {
    if (!isEnvelope(message)) return undefined;
    if (ownId !== undefined && sender.id !== ownId) return undefined;
    const envelope = message as Envelope;
    if (!Object.hasOwn(handlers, envelope.type))
      return { ok: false, error: `Unknown message: ${envelope.type}` };
    const handler = handlers[envelope.type] as (p: unknown, s: SenderInfo) => Promise<unknown>;
    try {
      const data = await handler(envelope.payload ?? {}, sender);
      return { ok: true, data } as Reply<MessageType>;
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : 'Unexpected error' };
    }
  };
}
