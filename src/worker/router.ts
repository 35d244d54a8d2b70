// The one entry for messages. Dark Reader-style: a message is only handled when it comes from
// this extension's own pages or its own content scripts, is of a known type, is allowed from
// that kind of sender, and its payload validates. Every failure is a typed reply, never a throw.
import { isEnvelope, isMessageType, MessageError, parseRequest, REQUESTS, type MessageType, type Reply, type Request, type Responses, type SenderKind } from '../messages';
import { StorageError } from '../store/db';

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

export interface HandlerContext {
  senderKind: SenderKind;
  /** The web page's origin, for content-script senders. */
  pageOrigin?: string;
  tabId?: number;
}

export type Handlers = { [T in MessageType]: (req: Request<T>, ctx: HandlerContext) => Promise<Responses[T]> };

export interface Self {
  id: string;
  /** chrome-extension://<id> (or moz-extension://<uuid>) */
  origin: string;
}

function classify(sender: SenderInfo, self: Self): HandlerContext | undefined {
  if (sender.id !== self.id || !sender.url) return undefined;
  const fromExtensionPage = sender.url.startsWith(`${self.origin}/`);
  if (fromExtensionPage) return { senderKind: 'page', tabId: sender.tab?.id };
  if (!sender.tab) return undefined;
  let pageOrigin: string;
  try {
    pageOrigin = sender.origin && sender.origin !== 'null' ? sender.origin : new URL(sender.url).origin;
  } catch {
    return undefined;
  }
  return { senderKind: 'content', pageOrigin, tabId: sender.tab.id };
}

const fail = (code: Extract<Reply<MessageType>, { ok: false }>['error']['code'], message: string): Reply<MessageType> => ({ ok: false, error: { code, message } });

export function createRouter(handlers: Handlers, self: Self) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply<MessageType>> {
    if (!isEnvelope(message)) return fail('bad-request', 'not a CRM Audit Lens message');
    const ctx = classify(sender, self);
    if (!ctx) return fail('forbidden', 'sender is not part of this extension');
    if (!isMessageType(message.type)) return fail('unknown-type', `unknown message type "${message.type.slice(0, 100)}"`);
    const type = message.type;
    if (!(REQUESTS[type].from as readonly SenderKind[]).includes(ctx.senderKind)) return fail('forbidden', `"${type}" is not accepted from a ${ctx.senderKind === 'page' ? 'extension page' : 'content script'}`);
    const parsed = parseRequest(type, message.payload);
    if (!parsed.ok) return fail('bad-request', `invalid "${type}" payload: ${parsed.reason}`);
    // A content script may only speak for the page it runs in.
    const origin = (parsed.value as { origin?: string }).origin;
    if (ctx.senderKind === 'content' && origin !== undefined && origin !== ctx.pageOrigin) return fail('forbidden', 'a content script can only send data for its own page origin');
    try {
      const handler = handlers[type] as (req: unknown, ctx: HandlerContext) => Promise<unknown>;
      return { ok: true, data: (await handler(parsed.value, ctx)) as Responses[typeof type] };
    } catch (e) {
      if (e instanceof MessageError) return fail(e.code, e.message);
      if (e instanceof StorageError) return fail(e.reason === 'quota' ? 'storage-full' : e.reason === 'blocked' ? 'storage-blocked' : 'storage', e.message);
      return fail('internal', e instanceof Error ? e.message : String(e));
    }
  };
}
