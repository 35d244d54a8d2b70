// The sending side of src/messages.ts: what the popup, options and content scripts need to talk
// to the worker. Only types come from messages.ts, so pages that just send don't load valibot
// and every request schema (the worker validates; a sender gets typed replies).
import type { Envelope, ErrorCode, MessageType, Reply, Request, Responses } from './messages';
import browser from './platform/browser';

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/**
 * The one way to talk to the worker. Resolves with the typed response, rejects with a
 * MessageError carrying the router's error code (or 'unavailable' when no worker answered).
 */
export async function send<T extends MessageType>(type: T, payload: Request<T>): Promise<Responses[T]> {
  const envelope: Envelope = { channel: 'crm-audit-lens', type, payload };
  let reply: Reply<T> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  } catch (e) {
    throw new MessageError('unavailable', e instanceof Error ? e.message : String(e));
  }
  if (!reply || typeof reply !== 'object') throw new MessageError('unavailable', 'no reply from the extension worker');
  if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
  return reply.data;
}
