// @vitest-environment happy-dom
// The MAIN-world API tap, against a fake fetch and a fake XMLHttpRequest: the page must get the
// very same promise and response, nothing may throw into it, and only JSON worth reading is posted.
import { describe, expect, it, vi } from 'vitest';
import { installApiTap, isTapMessage, TAP_SOURCE, type TapMessage, type TapOptions } from '../../../src/readers';

type Handler = () => Response | Promise<Response>;

function json(body: unknown, init: ResponseInit & { headers?: Record<string, string> } = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json; charset=utf-8', ...init.headers },
  });
}

/** A window with a fake fetch; `flush` runs the tap's deferred work. */
function setup(handler: Handler, opts: TapOptions = {}) {
  const queue: (() => void)[] = [];
  const posted: TapMessage[] = [];
  const inspected: { url: string; posted: boolean; reason?: string; ms: number }[] = [];
  const original = vi.fn(async (_input: unknown, _init?: unknown) => handler());
  const win = { fetch: original, setTimeout: (fn: () => void) => queue.push(fn), performance } as unknown as Window;
  const handle = installApiTap(win, (m) => posted.push(m), {
    schedule: (fn) => queue.push(fn),
    onInspect: (i) => inspected.push(i),
    ...opts,
  });
  const flush = async () => {
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 0));
      while (queue.length) queue.shift()!();
    }
  };
  return { win, original, posted, inspected, handle, flush };
}

const RECORDS = { object: 'contacts', total: 1, results: [{ id: 'c1', firstName: 'Ann', email: 'ann@x.example' }] };

describe('fetch', () => {
  it('returns the page its own promise and an untouched, still readable response', async () => {
    const response = json(RECORDS);
    const { win, posted, flush } = setup(() => response);
    const promise = win.fetch('/api/contacts');
    const res = await promise;
    expect(res).toBe(response);
    expect(res.bodyUsed).toBe(false);
    expect(await res.json()).toEqual(RECORDS);
    await flush();
    expect(posted).toEqual([{ source: TAP_SOURCE, version: 1, url: '/api/contacts', payload: RECORDS }]);
    expect(isTapMessage(posted[0])).toBe(true);
  });

  it('passes arguments and this through, and rejections through unchanged', async () => {
    const err = new TypeError('Failed to fetch');
    const { win, original } = setup(() => {
      throw err;
    });
    await expect(win.fetch('https://x.example/a', { method: 'POST' })).rejects.toBe(err);
    expect(original).toHaveBeenCalledWith('https://x.example/a', { method: 'POST' });
  });

  it("parses later, off the page's promise chain", async () => {
    const { win, posted, flush } = setup(() => json(RECORDS));
    await (await win.fetch('/api/contacts')).json();
    expect(posted).toHaveLength(0);
    await flush();
    expect(posted).toHaveLength(1);
  });

  it.each([
    ['a non-2xx status', () => json(RECORDS, { status: 404 })],
    ['HTML', () => new Response('<p>hi</p>', { headers: { 'content-type': 'text/html' } })],
    ['an event stream', () => new Response('data: {}\n\n', { headers: { 'content-type': 'text/event-stream' } })],
    ['ndjson', () => new Response('{"id":1}\n{"id":2}\n', { headers: { 'content-type': 'application/x-ndjson' } })],
    ['a declared length over the cap', () => json(RECORDS, { headers: { 'content-length': String(6 * 1024 * 1024) } })],
    ['broken JSON', () => json('{"id": 1,,,')],
    ['JSON that holds no records', () => json({ ok: true, features: { dark: true } })],
  ])('skips %s', async (_what, make) => {
    const { win, posted, flush } = setup(make as Handler);
    const res = await win.fetch('/x');
    await res.text();
    await flush();
    expect(posted).toEqual([]);
  });

  it('skips an opaque response without touching it', async () => {
    const opaque = {
      type: 'opaque',
      ok: false,
      status: 0,
      url: '',
      headers: new Headers(),
      bodyUsed: false,
      clone: vi.fn(),
    } as unknown as Response;
    const { win, posted, flush } = setup(() => opaque);
    expect(await win.fetch('https://other.example/x', { mode: 'no-cors' })).toBe(opaque);
    await flush();
    expect(posted).toEqual([]);
    expect(opaque.clone as unknown as ReturnType<typeof vi.fn>).not.toHaveBeenCalled();
  });

  it('stops reading a body of unknown length once it passes the cap', async () => {
    const big = JSON.stringify({ results: [{ id: 1, name: 'x'.repeat(5000) }] });
    const { win, posted, inspected, flush } = setup(() => json(big), { maxBytes: 1000 });
    const res = await win.fetch('/big');
    expect((await res.text()).length).toBe(big.length);
    await flush();
    expect(posted).toEqual([]);
    expect(inspected[0]).toMatchObject({ posted: false, reason: 'too large' });
  });

  it('strips an anti-JSON-hijacking prefix', async () => {
    const { win, posted, flush } = setup(() => json(`while(1);\n${JSON.stringify(RECORDS)}`));
    await win.fetch('/aura?r=1');
    await flush();
    expect(posted[0]!.payload).toEqual(RECORDS);
  });

  it('swallows its own failures: a throwing post, a response that throws when read', async () => {
    const { win, flush } = setup(() => json(RECORDS), {});
    const evil = {
      get type(): string {
        throw new Error('nope');
      },
    } as unknown as Response;
    const throwing = setup(() => evil);
    await expect(throwing.win.fetch('/x')).resolves.toBe(evil);
    const failingPost = installApiTap(
      { fetch: async () => json(RECORDS), setTimeout } as unknown as Window,
      () => {
        throw new Error('post failed');
      },
      { schedule: (fn) => fn() },
    );
    expect(failingPost).toBeDefined();
    await win.fetch('/ok');
    await flush();
  });

  it('installs once, looks like the original, and uninstalls', async () => {
    const { win, original, handle, flush } = setup(() => json(RECORDS));
    const wrapped = win.fetch;
    expect(wrapped).not.toBe(original);
    expect(installApiTap(win, () => undefined)).toBe(handle);
    expect(win.fetch).toBe(wrapped);
    expect(wrapped.name).toBe('fetch');
    expect(wrapped.length).toBe(original.length);
    expect(wrapped.toString()).toBe(Function.prototype.toString.call(original));
    handle.uninstall();
    expect(win.fetch).toBe(original);
    await flush();
  });
});

describe('XMLHttpRequest', () => {
  class FakeXHR {
    static bodies = new Map<string, { status: number; type: string; text: string; responseType?: XMLHttpRequestResponseType }>();
    status = 0;
    responseType: XMLHttpRequestResponseType = '';
    responseURL = '';
    responseText = '';
    response: unknown = null;
    private url = '';
    private listeners: (() => void)[] = [];
    private type = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    send() {
      const b = FakeXHR.bodies.get(this.url)!;
      this.status = b.status;
      this.type = b.type;
      this.responseURL = `https://crm.example${this.url}`;
      if (this.responseType === 'json') this.response = JSON.parse(b.text);
      else this.responseText = b.text;
      for (const l of this.listeners) l.call(this);
    }
    getResponseHeader(name: string) {
      return name.toLowerCase() === 'content-type' ? this.type : null;
    }
    addEventListener(_type: string, fn: () => void) {
      if (!this.listeners.includes(fn)) this.listeners.push(fn);
    }
  }

  it('posts JSON from text and json responses, skips the rest, and leaves the request alone', () => {
    FakeXHR.bodies.set('/api/contacts', { status: 200, type: 'application/json', text: JSON.stringify(RECORDS) });
    FakeXHR.bodies.set('/api/json', { status: 200, type: 'application/vnd.api+json', text: JSON.stringify(RECORDS) });
    FakeXHR.bodies.set('/page', { status: 200, type: 'text/html', text: '<p>x</p>' });
    FakeXHR.bodies.set('/missing', { status: 500, type: 'application/json', text: JSON.stringify(RECORDS) });
    const posted: TapMessage[] = [];
    const win = { XMLHttpRequest: FakeXHR, setTimeout, performance } as unknown as Window;
    const origOpen = FakeXHR.prototype.open;
    installApiTap(win, (m) => posted.push(m), { schedule: (fn) => fn() });
    expect(FakeXHR.prototype.open).not.toBe(origOpen);
    expect(FakeXHR.prototype.open.name).toBe('open');
    for (const url of ['/api/contacts', '/page', '/missing']) {
      const x = new FakeXHR();
      x.open('GET', url);
      x.send();
      x.send(); // reused request objects get one listener, not two
    }
    const j = new FakeXHR();
    j.responseType = 'json';
    j.open('GET', '/api/json');
    j.send();
    expect(posted.map((p) => p.url)).toEqual([
      'https://crm.example/api/contacts',
      'https://crm.example/api/contacts',
      'https://crm.example/api/json',
    ]);
    expect(posted[2]!.payload).toEqual(RECORDS);
  });
});

describe('isTapMessage', () => {
  it("accepts only the tap's own messages", () => {
    expect(isTapMessage({ source: TAP_SOURCE, version: 1, url: '/x', payload: {} })).toBe(true);
    for (const m of [
      null,
      'x',
      { source: 'other', version: 1, url: '/x', payload: {} },
      { source: TAP_SOURCE, version: 2, url: '/x', payload: {} },
      { source: TAP_SOURCE, version: 1, url: 5, payload: {} },
      { source: TAP_SOURCE, version: 1, url: '/x' },
    ]) {
      expect(isTapMessage(m)).toBe(false);
    }
  });
});
