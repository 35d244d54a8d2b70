// Reading in time slices (no long task on the CRM page) must give exactly what one read gives,
// and the watcher must neither miss rows rendered while the first sliced read is under way nor
// report the first read's records again.
import { afterAll, describe, expect, it } from 'vitest';
import { readPage, readPageSliced, watchPage, type ReadResult } from '../../../src/readers';
import { closeWindows, loadHtml, NOW } from './helpers';

const BASE = 'https://crm.acme.example';

afterAll(closeWindows);

function table(n: number): string {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `<tr><td><a href="/contacts/c${i}">Person ${i}</a></td><td>p${i}@x.example</td><td><span class="tag">vip</span><span class="tag">t${i % 3}</span></td><td>2026-0${(i % 9) + 1}-1${i % 10}</td></tr>`,
  ).join('');
  return `<h1>Contacts</h1><table><thead><tr><th>Name</th><th>Email</th><th>Tags</th><th>Created</th></tr></thead><tbody>${rows}<tr><td colspan="4">Total</td></tr></tbody></table>`;
}

function grid(n: number): string {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `<div role="row" aria-rowindex="${i + 2}"><div role="gridcell" aria-colindex="1"><a href="/contacts/c${i}">Person ${i}</a></div><div role="gridcell" aria-colindex="2">+1 555 01${String(i).padStart(2, '0')}</div></div>`,
  ).join('');
  return `<div role="grid" aria-label="Contacts"><div role="row"><div role="columnheader" aria-colindex="1">Name</div><div role="columnheader" aria-colindex="2">Phone</div></div>${rows}</div>`;
}

function cards(n: number): string {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `<li class="card"><a href="/contacts/c${i}">Person ${i}</a><div>Buyer at Acme ${i % 5}</div><a href="mailto:p${i}@x.example">p${i}@x.example</a></li>`,
  ).join('');
  return `<main><h1>Contacts</h1><ul class="people">${rows}</ul></main>`;
}

/** What a read produced, with each record's elements as positions in the document (same elements, not just equal ones). */
function shape(r: ReadResult, doc: Document) {
  const all = Array.from(doc.querySelectorAll('*'));
  return {
    ...r,
    records: r.records.map((x) => ({ record: x.record, elements: x.elements.map((e) => all.indexOf(e)) })),
  };
}

describe('readPageSliced', () => {
  for (const [name, html, rows] of [
    ['table', table(300), 300],
    ['ARIA grid', grid(200), 200],
    ['repeated cards', cards(150), 150],
  ] as const) {
    it(`${name}: the same records, skips and notes as one read, pausing between slices`, async () => {
      const doc = loadHtml(html, `${BASE}/contacts`);
      const once = readPage(doc, `${BASE}/contacts`, { now: NOW });
      let pauses = 0;
      // a slice budget of 0: it pauses at every step, the most a real read could be cut up
      const sliced = await readPageSliced(doc, `${BASE}/contacts`, {
        now: NOW,
        sliceMs: 0,
        pause: async () => {
          pauses++;
        },
      });
      expect(once.records).toHaveLength(rows);
      expect(shape(sliced, doc)).toEqual(shape(once, doc));
      // one step per 64 rows
      expect(pauses).toBeGreaterThanOrEqual(Math.floor(rows / 64));
    });
  }

  it('gives the page a turn: timers queued before the read run before it ends', async () => {
    const doc = loadHtml(table(400), `${BASE}/contacts`);
    const win = doc.defaultView!;
    let ranDuringRead = false;
    let done = false;
    win.setTimeout(() => (ranDuringRead = !done), 0);
    // a clock that moves 10 "ms" per look: every step overruns a 5 ms slice
    let t = 0;
    const r = await readPageSliced(doc, `${BASE}/contacts`, { now: NOW, sliceMs: 5, clock: () => (t += 10) });
    done = true;
    expect(r.records).toHaveLength(400);
    expect(ranDuringRead).toBe(true);
  });
});

describe('watchPage with a first read still under way', () => {
  it('reports rows rendered during the first read once, and nothing the first read delivered', async () => {
    const url = `${BASE}/contacts`;
    const doc = loadHtml(grid(5), url);
    let finish!: (r: ReadResult) => void;
    const ready = new Promise<ReadResult>((resolve) => (finish = resolve));
    const batches: ReadResult[] = [];
    const stop = watchPage(doc, url, (r) => batches.push(r), { debounceMs: 50, ready });
    const first = readPage(doc, url, { now: NOW });
    // the app renders another row while the first read is still running
    doc
      .querySelector('[role=grid]')!
      .insertAdjacentHTML(
        'beforeend',
        '<div role="row"><div role="gridcell" aria-colindex="1"><a href="/contacts/c90">New 90</a></div></div>',
      );
    await new Promise((r) => setTimeout(r, 120));
    expect(batches).toHaveLength(0);
    finish(first);
    await new Promise((r) => setTimeout(r, 200));
    expect(batches.flatMap((b) => b.records.map((x) => x.record.source.id))).toEqual(['c90']);
    stop();
  });
});
