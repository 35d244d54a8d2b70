// @vitest-environment happy-dom
// Bad input: malformed and huge tables, empty and duplicated headers, markup and scripts in
// cells, right-to-left and mixed-direction text, hostile payloads. Nothing may throw, the page
// is never changed, values stay text, and what was left out is counted.
import { afterAll, describe, expect, it } from 'vitest';
import { readApiPayload, readPage } from '../../../src/readers';
import { MAX_VALUE_LENGTH } from '../../../src/readers/dictionary';
import { closeWindows, loadHtml, NOW } from './helpers';

const BASE = 'https://crm.acme.example';
function read(html: string, path = '/contacts') {
  const doc = loadHtml(html, BASE + path);
  const before = doc.body.innerHTML;
  const r = readPage(doc, BASE + path, { now: NOW });
  // reading never changes the page
  expect(doc.body.innerHTML).toBe(before);
  return r;
}

afterAll(closeWindows);

describe('malformed and odd tables', () => {
  it('survives unclosed tags, ragged rows, stray cells and an empty table', () => {
    const r = read(`<table><tr><th>Name<th>Email<tr><td>Ann<td>ann@x.example<td>extra<td>more<tr><td>Bo
      <table></table><table><thead></thead><tbody></tbody></table><table><tr><td></td></tr></table>`);
    expect(r.records.map((x) => x.record.fields.name)).toEqual(['Ann', 'Bo']);
    expect(r.records[0]!.record.fields.emails).toEqual(['ann@x.example']);
  });

  it('keeps duplicated headers apart in raw, appends repeated list fields, names empty headers', () => {
    const r = read(`<table><thead><tr><th>Name</th><th>Email</th><th>Email</th><th></th><th>Name</th></tr></thead>
      <tbody><tr><td>Ann</td><td>a@x.example</td><td>a2@x.example</td><td>note</td><td>Ann L.</td></tr></tbody></table>`);
    const rec = r.records[0]!.record;
    expect(rec.fields).toMatchObject({ name: 'Ann', emails: ['a@x.example', 'a2@x.example'] });
    expect(rec.raw).toEqual({ Name: 'Ann', Email: 'a@x.example', 'Email (2)': 'a2@x.example', 'column 4': 'note', 'Name (2)': 'Ann L.' });
  });

  it('clamps absurd spans', () => {
    const r = read(
      `<table><thead><tr><th colspan="100000">Name</th><th rowspan="99999">Email</th></tr></thead><tbody><tr><td colspan="5000">Ann</td><td>a@x.example</td></tr><tr><td>Bo</td></tr></tbody></table>`,
    );
    expect(r.records.length).toBeGreaterThan(0);
  });

  it('reads markup and scripts in cells as text, and never runs or inserts them', () => {
    const r = read(`<table><thead><tr><th>Name</th><th>Notes</th></tr></thead><tbody>
      <tr><td><script>window.__pwned = 1</script><b>Ann</b> <img src="x" onerror="window.__pwned = 2"></td><td>&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt;</td></tr></tbody></table>`);
    const rec = r.records[0]!.record;
    expect(rec.fields.name).toBe('Ann');
    expect(rec.fields.notes).toBe('<img src=x onerror=alert(1)> <script>alert(2)</script>');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('cuts huge values and keeps right-to-left text whole, bidi overrides removed', () => {
    const big = 'x'.repeat(1_000_000);
    const r = read(`<table><thead><tr><th>Name</th><th>Notes</th><th>Company</th></tr></thead><tbody>
      <tr><td>\u202Eتست\u202C رضا</td><td>${big}</td><td dir="auto">شرکت‌ نوآوران \u2067ACME GmbH\u2069</td></tr></tbody></table>`);
    const rec = r.records[0]!.record;
    expect(rec.fields.notes).toHaveLength(MAX_VALUE_LENGTH);
    expect(rec.fields.name).toBe('تست رضا');
    expect(rec.fields.company).toBe('شرکت‌ نوآوران ACME GmbH');
  });

  it('reads a 10,000-row table, every row', () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<tr data-id="r${i}"><td><a href="/contacts/r${i}">Person ${i}</a></td><td>p${i}@x.example</td><td>2026-01-${String((i % 28) + 1).padStart(2, '0')}</td></tr>`,
    ).join('');
    const r = read(`<table><thead><tr><th>Name</th><th>Email</th><th>Created</th></tr></thead><tbody>${rows}</tbody></table>`);
    expect(r.records).toHaveLength(10_000);
    expect(new Set(r.records.map((x) => x.record.source.id)).size).toBe(10_000);
    expect(r.records[9_999]!.record.fields).toEqual({
      name: 'Person 9999',
      emails: ['p9999@x.example'],
      createdAt: '2026-01-04T00:00:00.000Z',
    });
  }, 60_000);

  it('merges the same record shown twice and counts it', () => {
    const r = read(
      `<table><thead><tr><th>Name</th></tr></thead><tbody><tr><td><a href="/contacts/c1">Ann</a></td></tr><tr><td><a href="/contacts/c1">Ann</a></td></tr></tbody></table>`,
    );
    expect(r.records).toHaveLength(1);
    expect(r.records[0]!.elements).toHaveLength(2);
    expect(r.skipped['duplicate row']).toBe(1);
  });
});

describe('never throws into the page', () => {
  it('returns notes for a URL it cannot read and a document without a body', () => {
    expect(readPage(loadHtml('<html></html>', BASE), 'not a url')).toEqual({
      records: [],
      skipped: {},
      notes: ['page URL not readable'],
      site: 'generic',
    });
    const empty = document.implementation.createHTMLDocument('');
    empty.documentElement.removeChild(empty.body);
    expect(() => readPage(empty, `${BASE}/contacts`)).not.toThrow();
  });

  it('turns a DOM that throws into a note and a count', () => {
    const hostile = new Proxy(loadHtml('<table><tr><th>Name</th></tr><tr><td>Ann</td></tr></table>', `${BASE}/contacts`), {
      get(target, prop) {
        if (prop === 'body')
          return new Proxy(target.body, {
            get: (b, p) =>
              p === 'querySelectorAll'
                ? () => {
                    throw new Error('boom');
                  }
                : Reflect.get(b, p, b),
          });
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const r = readPage(hostile, `${BASE}/contacts`);
    expect(r.records).toEqual([]);
    expect(r.skipped['reader error']).toBeGreaterThan(0);
    expect(r.notes.join(' ')).toMatch(/failed: boom/);
  });
});

describe('hostile API payloads', () => {
  it('maps 100k items within the item limit and counts the rest', () => {
    const results = Array.from({ length: 100_000 }, (_, i) => ({
      id: `con_${i}`,
      firstName: `F${i}`,
      lastName: 'L',
      email: `f${i}@x.example`,
    }));
    const t0 = performance.now();
    const r = readApiPayload({ object: 'contacts', total: results.length, results }, '/api/contacts', 'http://127.0.0.1:4870');
    const ms = performance.now() - t0;
    expect(r.mapper).toBe('sample-crm');
    expect(r.records.length).toBeGreaterThan(0);
    expect(r.records.length).toBeLessThanOrEqual(10_000);
    expect(r.records.length + (r.skipped['item limit'] ?? 0) + (r.skipped['time budget'] ?? 0)).toBe(100_000);
    expect(ms).toBeLessThan(3_000);
  });

  it('reads nothing, and throws nothing, from shapes it does not know', () => {
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 10_000; i++) cur = (cur.next = {}) as Record<string, unknown>;
    const cyclic: Record<string, unknown> = { results: [] };
    (cyclic.results as unknown[]).push(cyclic);
    const odd: unknown[] = [
      null,
      undefined,
      0,
      'x',
      true,
      [],
      {},
      [[[]]],
      deep,
      cyclic,
      { success: true, data: 'nope' },
      { jsonrpc: '2.0', result: [1, 2] },
      { '@odata.context': 5 },
      { results: [{ properties: null }] },
      { data: { people: 'x' } },
      { list: [1], total: 'x' },
    ];
    for (const p of odd) {
      const r = readApiPayload(p, 'https://x.example/api/contacts', 'https://x.example');
      expect(r.records).toEqual([]);
    }
    expect(readApiPayload({}, '::::', 'not an origin').mapper).toBeNull();
  });

  it('keeps hostile keys and values as inert text', () => {
    const payload = JSON.parse(
      '{"object":"contacts","total":1,"results":[{"id":"c1","firstName":"<script>alert(1)</script>","__proto__":{"polluted":true},"notes":"' +
        'y'.repeat(50_000) +
        '"}]}',
    );
    const r = readApiPayload(payload, '/api/contacts', 'http://127.0.0.1:4870');
    expect(r.records[0]!.fields.firstName).toBe('<script>alert(1)</script>');
    expect(r.records[0]!.fields.notes).toHaveLength(MAX_VALUE_LENGTH);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
