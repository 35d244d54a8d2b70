// The MAIN-world API tap: wraps the page's fetch and XMLHttpRequest so JSON the CRM app
// fetches can be read too. The rules, in order of importance:
//  - the page gets exactly what it would have got, when it would have got it: the original
//    promise/response is returned untouched; we only read a clone, off the page's promise chain;
//  - nothing we do can throw into the page: every step is wrapped and failures are dropped;
//  - we skip what we shouldn't read: non-2xx, opaque, non-JSON (streams, ndjson, event-stream),
//    and bodies over the size cap (by Content-Length, or by counting bytes as they arrive);
//  - installing twice is a no-op, and the wrappers look like the originals (name, length, toString).

export const TAP_SOURCE = 'crm-audit-lens/api-tap';

export interface TapMessage {
  source: typeof TAP_SOURCE;
  version: 1;
  url: string;
  payload: unknown;
}

export interface TapOptions {
  /** Largest body read, in bytes (default 5 MB). */
  maxBytes?: number;
  /** Runs parsing later, off the page's critical path. Default: requestIdleCallback, else setTimeout(0). */
  schedule?: (fn: () => void) => void;
  /** Post only payloads with objects in them that could be records (default true). */
  recordShapedOnly?: boolean;
  /** Told about every JSON response looked at, with the main-thread time the tap spent on it (bench, debugging). */
  onInspect?: (info: { url: string; posted: boolean; reason?: string; ms: number }) => void;
}

export interface TapHandle {
  uninstall(): void;
}

const MARK = Symbol.for('crm-audit-lens.api-tap');
const DEFAULT_MAX = 5 * 1024 * 1024;
const XSSI = /^\s*(?:while\s*\(1\)\s*;|for\s*\(;;\)\s*;|\)\]\}'?,?|\/\*[\s\S]{0,200}?\*\/)\s*/;

export function isJsonType(contentType: string | null | undefined): boolean {
  if (!contentType) return false;
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  return /^(?:application|text)\/(?:json|[\w.+-]+\+json)$/.test(mime);
}

/** Cheap pre-filter: somewhere near the top there is an object that could be a record. */
export function looksRecordShaped(payload: unknown): boolean {
  const queue: [unknown, number][] = [[payload, 0]];
  for (let seen = 0; queue.length && seen < 300; seen++) {
    const [v, depth] = queue.shift()!;
    if (Array.isArray(v)) {
      const first = v[0];
      if (first && typeof first === 'object' && !Array.isArray(first) && Object.keys(first).length >= 2) return true;
      if (depth < 6) for (const x of v.slice(0, 5)) queue.push([x, depth + 1]);
    } else if (v && typeof v === 'object') {
      const keys = Object.keys(v);
      if (keys.length >= 3 && keys.some((k) => /^(?:id|Id|ID|_id|uuid|objectId)$/.test(k))) return true;
      if (depth < 6)
        for (const k of keys.slice(0, 50)) {
          const x = (v as Record<string, unknown>)[k];
          if (x && typeof x === 'object') queue.push([x, depth + 1]);
        }
    }
  }
  return false;
}

export function isTapMessage(data: unknown): data is TapMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Partial<TapMessage>;
  return d.source === TAP_SOURCE && d.version === 1 && typeof d.url === 'string' && d.url.length <= 4096 && 'payload' in d;
}

type AnyFn = (...args: unknown[]) => unknown;

function disguise(wrapper: AnyFn, original: AnyFn): void {
  try {
    Object.defineProperty(wrapper, 'length', { value: original.length, configurable: true });
    Object.defineProperty(wrapper, 'toString', {
      value: () => Function.prototype.toString.call(original),
      configurable: true,
      writable: true,
    });
  } catch {
    // cosmetic only
  }
}

async function readCapped(res: Response, max: number): Promise<string | undefined> {
  const body = res.body as ReadableStream<Uint8Array> | null;
  if (body && typeof body.getReader === 'function') {
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > max) {
        void reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
    const all = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.byteLength;
    }
    return new TextDecoder('utf-8').decode(all);
  }
  const text = await res.text();
  return text.length > max ? undefined : text;
}

export function installApiTap(win: Window, post: (msg: TapMessage) => void, opts: TapOptions = {}): TapHandle {
  const host = win as unknown as Record<symbol, TapHandle | undefined>;
  const existing = host[MARK];
  if (existing) return existing;
  const max = opts.maxBytes ?? DEFAULT_MAX;
  const shapedOnly = opts.recordShapedOnly ?? true;
  const perf = (win as Window & typeof globalThis).performance;
  const now = () => (perf ? perf.now() : Date.now());
  const idle = (win as Window & typeof globalThis).requestIdleCallback?.bind(win);
  const later = opts.schedule ?? ((fn: () => void) => (idle ? idle(fn, { timeout: 1000 }) : win.setTimeout(fn, 0)));
  const report = (url: string, posted: boolean, ms: number, reason?: string) => {
    try {
      opts.onInspect?.({ url, posted, reason, ms });
    } catch {
      // a debugging hook must not break the tap
    }
  };

  /** Parses and posts, in a task of its own. */
  const handleText = (url: string, text: string, spent: number) => {
    later(() => {
      const t0 = now();
      let posted = false;
      let reason: string | undefined;
      try {
        const payload: unknown = JSON.parse(text.replace(XSSI, ''));
        if (!shapedOnly || looksRecordShaped(payload)) {
          post({ source: TAP_SOURCE, version: 1, url, payload });
          posted = true;
        } else reason = 'not record-shaped';
      } catch {
        reason = 'not JSON';
      }
      report(url, posted, spent + now() - t0, reason);
    });
  };

  const inspectResponse = (res: Response, requestUrl: string) => {
    const t0 = now();
    const url = res.url || requestUrl;
    if (res.type === 'opaque' || res.type === 'opaqueredirect' || !res.ok || res.status < 200 || res.status > 299) return;
    if (!isJsonType(res.headers.get('content-type'))) return;
    const length = Number(res.headers.get('content-length'));
    if (length > max) return report(url, false, now() - t0, 'too large');
    if (res.bodyUsed) return;
    const copy = res.clone();
    const spent = now() - t0;
    readCapped(copy, max).then(
      (text) => (text === undefined ? report(url, false, spent, 'too large') : handleText(url, text, spent)),
      () => undefined,
    );
  };

  const restore: (() => void)[] = [];
  const origFetch = win.fetch as unknown as AnyFn | undefined;
  if (typeof origFetch === 'function') {
    const fetch = function fetch(this: unknown, ...args: unknown[]): unknown {
      const result = Reflect.apply(origFetch, this, args);
      try {
        const input = args[0];
        // duck-typed: URL and Request objects may come from another realm
        const requestUrl =
          typeof input === 'string'
            ? input
            : String((input as { href?: string; url?: string } | undefined)?.href ?? (input as { url?: string } | undefined)?.url ?? '');
        (result as Promise<Response>).then(
          (res) => {
            try {
              inspectResponse(res, requestUrl);
            } catch {
              // the page's response is none of our business if we can't read it
            }
          },
          () => undefined,
        );
      } catch {
        // as above
      }
      return result;
    };
    disguise(fetch, origFetch);
    win.fetch = fetch as unknown as typeof win.fetch;
    restore.push(() => {
      if ((win.fetch as unknown) === fetch) win.fetch = origFetch as unknown as typeof win.fetch;
    });
  }

  const XHR = (win as Window & typeof globalThis).XMLHttpRequest;
  if (XHR?.prototype) {
    const proto = XHR.prototype;
    const origOpen = proto.open as unknown as AnyFn;
    const origSend = proto.send as unknown as AnyFn;
    const urls = new WeakMap<XMLHttpRequest, string>();
    const onLoad = function (this: XMLHttpRequest) {
      try {
        const t0 = now();
        const url = this.responseURL || urls.get(this) || '';
        if (this.status < 200 || this.status > 299 || !isJsonType(this.getResponseHeader('content-type'))) return;
        if (this.responseType === 'json') {
          const payload: unknown = this.response;
          const spent = now() - t0;
          later(() => {
            const t1 = now();
            const ok = payload !== null && (!shapedOnly || looksRecordShaped(payload));
            try {
              if (ok) post({ source: TAP_SOURCE, version: 1, url, payload });
            } catch {
              // an uncloneable payload is skipped
            }
            report(url, ok, spent + now() - t1, ok ? undefined : 'not record-shaped');
          });
        } else if (this.responseType === '' || this.responseType === 'text') {
          const text = this.responseText;
          if (text.length > max) return report(url, false, now() - t0, 'too large');
          handleText(url, text, now() - t0);
        }
      } catch {
        // never into the page
      }
    };
    const open = function open(this: XMLHttpRequest, ...args: unknown[]): unknown {
      try {
        urls.set(this, String(args[1] ?? ''));
      } catch {
        // as above
      }
      return Reflect.apply(origOpen, this, args);
    };
    const send = function send(this: XMLHttpRequest, ...args: unknown[]): unknown {
      try {
        this.addEventListener('load', onLoad);
      } catch {
        // as above
      }
      return Reflect.apply(origSend, this, args);
    };
    disguise(open, origOpen);
    disguise(send, origSend);
    proto.open = open as unknown as typeof proto.open;
    proto.send = send as unknown as typeof proto.send;
    restore.push(() => {
      if ((proto.open as unknown) === open) proto.open = origOpen as unknown as typeof proto.open;
      if ((proto.send as unknown) === send) proto.send = origSend as unknown as typeof proto.send;
    });
  }

  const handle: TapHandle = {
    uninstall() {
      for (const r of restore) {
        try {
          r();
        } catch {
          // best effort
        }
      }
      try {
        delete host[MARK];
      } catch {
        // as above
      }
    },
  };
  try {
    Object.defineProperty(host, MARK, { value: handle, configurable: true, enumerable: false });
  } catch {
    // a frozen window just can't remember; installing twice is then the page's problem, not ours
  }
  return handle;
}
