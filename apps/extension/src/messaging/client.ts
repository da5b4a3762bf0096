import { browser } from 'wxt/browser';
import type { Envelope, MessagePayload, MessageResponse, MessageType, Reply } from './protocol';

export class MessageError extends Error {
  constructor(
    readonly type: MessageType,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/**
 * Sends a typed request to the background and resolves with its data.
 * Throws `MessageError` when the background answers `{ ok: false }` or not at all.
 */
export async function send<T extends MessageType>(
  type: T,
  payload: MessagePayload<T>,
): Promise<MessageResponse<T>> {
  const envelope: Envelope<T> = { supportlink: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply || typeof reply !== 'object') throw new MessageError(type, 'No answer from the background');
  if (!reply.ok) throw new MessageError(type, reply.error);
  return reply.data;
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { supportlink?: unknown }).supportlink === 1 &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}
