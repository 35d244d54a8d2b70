// @vitest-environment happy-dom
// Virtualised lists: rows come and go as the user scrolls; the watcher reports each record once,
// again only when it changes or is shown by a new element, and ignores the overlay's own nodes.
import { afterAll, describe, expect, it } from 'vitest';
import { OWN_MARK, readPage, watchPage, type ReadResult } from '../../../src/readers';
import { closeWindows, loadHtml } from './helpers';

const URL_ = 'https://crm.acme.example/contacts';

function row(i: number, extra = ''): string {
  return `<div role="row" aria-rowindex="${i + 2}" data-id="c${i}"><div role="gridcell"><a href="/contacts/c${i}">Person ${i}</a></div><div role="gridcell">p${i}@x.example${extra}</div></div>`;
}

function page(from: number, to: number): string {
  const rows = Array.from({ length: to - from }, (_, k) => row(from + k)).join('');
  return `<div role="grid" aria-label="Contacts"><div role="row"><div role="columnheader">Name</div><div role="columnheader">Email</div></div><div class="viewport">${rows}</div></div>`;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterAll(closeWindows);

describe('watchPage', () => {
  it('accumulates rows as they scroll into view, reporting each record once', async () => {
    const doc = loadHtml(page(0, 10), URL_);
    const seed = readPage(doc, URL_);
    expect(seed.records).toHaveLength(10);
    const batches: ReadResult[] = [];
    const stop = watchPage(doc, URL_, (r) => batches.push(r), { debounceMs: 50, seed });
    const viewport = doc.querySelector('.viewport')!;

    // scroll: rows 0–4 leave, 10–14 arrive
    for (let i = 0; i < 5; i++) viewport.firstElementChild!.remove();
    viewport.insertAdjacentHTML('beforeend', Array.from({ length: 5 }, (_, k) => row(10 + k)).join(''));
    await wait(150);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.records.map((r) => r.record.source.id)).toEqual(['c10', 'c11', 'c12', 'c13', 'c14']);
    expect(batches[0]!.site).toBe('generic');

    // the overlay's badges are not changes to read
    const badge = doc.createElement('span');
    badge.setAttribute(OWN_MARK, '');
    viewport.firstElementChild!.append(badge);
    await wait(150);
    expect(batches).toHaveLength(1);

    // scrolling back re-renders c0 with a new element: reported again, for the overlay to badge
    viewport.insertAdjacentHTML('afterbegin', row(0));
    await wait(150);
    expect(batches).toHaveLength(2);
    expect(batches[1]!.records.map((r) => r.record.source.id)).toEqual(['c0']);

    // a changed value is reported; an unchanged page is not
    const cell = viewport.querySelector('[data-id="c11"] [role=gridcell]:last-child')!;
    cell.textContent = 'p11@new.example';
    await wait(150);
    expect(batches[2]!.records.map((r) => [r.record.source.id, r.record.fields.emails?.[0]])).toEqual([['c11', 'p11@new.example']]);

    stop();
    viewport.insertAdjacentHTML('beforeend', row(99));
    await wait(150);
    expect(batches).toHaveLength(3);
  });

  it('starts over when a single-page app moves to another URL', async () => {
    const doc = loadHtml(page(0, 3), URL_);
    const batches: ReadResult[] = [];
    const stop = watchPage(doc, URL_, (r) => batches.push(r), { debounceMs: 50, seed: readPage(doc, URL_) });
    doc.defaultView!.history.pushState({}, '', '/deals');
    doc.querySelector('[role=grid]')!.outerHTML =
      `<table><thead><tr><th>Deal</th><th>Amount</th></tr></thead><tbody><tr><td><a href="/deals/d1">Big</a></td><td>$1,000</td></tr></tbody></table>`;
    await wait(150);
    expect(batches.at(-1)!.records.map((r) => [r.record.kind, r.record.source.id])).toEqual([['deal', 'd1']]);
    stop();
  });

  it('is a no-op without a MutationObserver, and never throws from the callback path', () => {
    const fake = { defaultView: null, body: null, documentElement: null } as unknown as Document;
    expect(() => watchPage(fake, URL_, () => undefined)()).not.toThrow();
  });
});
