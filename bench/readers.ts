// Readers bench: bundles src/readers for the browser, loads it into a page in Chromium and times
// readPage over generated list views — 1,000 rows (budget 50 ms) and 10,000 rows (budget 400 ms) —
// and the MAIN-world tap's main-thread time per non-record JSON response (budget 1 ms), and the
// read the content script really does (readPageSliced) with the page's long tasks observed (budget: none).
// Run: node --import tsx bench/readers.ts
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import type * as Readers from '../src/readers';
import { bundleForBrowser } from './browser-bundle';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ORIGIN = 'https://crm.bench.example';
const BUDGETS = { rows1k: 50, rows10k: 400, tapPerResponse: 1 };
const RUNS = 7;
const TAP_REQUESTS = 200;

export interface ReadBench {
  rows: number;
  records: number;
  /** The first read on a fresh page (cold caches and JIT). */
  firstMs: number;
  medianMs: number;
  maxMs: number;
}

export interface SlicedBench {
  rows: number;
  records: number;
  /** Start to records, pauses included. */
  totalMs: number;
  slices: number;
  maxSliceMs: number;
  /** Long tasks (> 50 ms) the browser reported while the read ran. */
  longTasks: number;
  longestTaskMs: number;
}

export interface ReadersBenchResult {
  table1k: ReadBench;
  table10k: ReadBench;
  grid10k: ReadBench;
  list1k: ReadBench;
  tap: { responses: number; posted: number; meanMs: number; p95Ms: number; maxMs: number };
  /** What the content script does: the 10,000-row table read in slices, with the page's long tasks watched. */
  sliced10k: SlicedBench;
  budgets: typeof BUDGETS;
  pass: boolean;
}

const bundle = () => bundleForBrowser('src/readers/index.ts', 'CrmAuditLensReaders');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Builds a CRM-like list view in the page: a table (or an ARIA grid, or cards) of contacts. */
async function render(page: Page, rows: number, shape: 'table' | 'grid' | 'cards'): Promise<void> {
  await page.evaluate(
    ({ rows, shape }) => {
      const owners = ['Sarah Mitchell', 'سپیده کرمانی', '山下 健一', 'David Chen'];
      const stages = ['lead', 'customer', 'salesqualifiedlead', 'marketingqualifiedlead'];
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const cells = (i: number) => [
        `<a href="/contacts/con_${i}">Person ${i} ${i % 3 === 0 ? 'کاظمی' : i % 3 === 1 ? '山口' : 'Johnson'}</a>`,
        `<a href="mailto:p${i}@example.com">p${i}@example.com</a>`,
        `+1 555 ${String(1000 + (i % 9000)).padStart(4, '0')}`,
        `<a href="/companies/co_${i % 40}">Company ${i % 40}</a>`,
        esc(owners[i % 4]!),
        stages[i % 4]!,
        `<span class="tag">vip</span><span class="tag">partner</span>`,
        `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
      ];
      const headers = ['Name', 'Email', 'Phone', 'Company', 'Owner', 'Lifecycle stage', 'Tags', 'Last activity', 'Created'];
      let html =
        '<header><nav aria-label="Main"><a href="/contacts">Contacts</a><a href="/deals">Deals</a></nav></header><main><h1>Contacts</h1>';
      if (shape === 'table') {
        html += `<table><thead><tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>`;
        for (let i = 0; i < rows; i++)
          html += `<tr data-id="con_${i}">${cells(i)
            .map((c) => `<td>${c}</td>`)
            .join('')}</tr>`;
        html += '</tbody></table>';
      } else if (shape === 'grid') {
        html += `<div role="grid" aria-label="Contacts"><div role="row" aria-rowindex="1">${headers.map((h, c) => `<div role="columnheader" aria-colindex="${c + 1}">${h}</div>`).join('')}</div>`;
        for (let i = 0; i < rows; i++)
          html += `<div role="row" aria-rowindex="${i + 2}">${cells(i)
            .map((c, k) => `<div role="gridcell" aria-colindex="${k + 1}">${c}</div>`)
            .join('')}</div>`;
        html += '</div>';
      } else {
        html += '<div class="list">';
        for (let i = 0; i < rows; i++) {
          const c = cells(i);
          html += `<div class="card">${c[0]}<div>Buyer at ${esc(`Company ${i % 40}`)}</div>${c[1]}<div class="chips"><span class="chip">vip</span></div><small>${(i % 9) + 1} days ago</small></div>`;
        }
        html += '</div>';
      }
      document.body.innerHTML = `${html}</main>`;
    },
    { rows, shape },
  );
}

async function timeRead(page: Page, rows: number, shape: 'table' | 'grid' | 'cards'): Promise<ReadBench> {
  await render(page, rows, shape);
  const times: number[] = [];
  let records = 0;
  for (let run = 0; run <= RUNS; run++) {
    const { ms, n } = await page.evaluate((url) => {
      const R = (window as unknown as { CrmAuditLensReaders: typeof Readers }).CrmAuditLensReaders;
      const t0 = performance.now();
      const result = R.readPage(document, url);
      return { ms: performance.now() - t0, n: result.records.length };
    }, `${ORIGIN}/contacts`);
    times.push(ms);
    records = n;
  }
  const [first, ...rest] = times;
  return { rows, records, firstMs: round(first!), medianMs: round(median(rest)), maxMs: round(Math.max(...rest)) };
}

async function timeSliced(page: Page, rows: number): Promise<SlicedBench> {
  await render(page, rows, 'table');
  return page.evaluate(
    async ({ url, rows }) => {
      const R = (window as unknown as { CrmAuditLensReaders: typeof Readers }).CrmAuditLensReaders;
      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
      observer.observe({ type: 'longtask' });
      // the rendering above is the page's own long task: let it be reported before we start watching
      await new Promise((r) => setTimeout(r, 100));
      tasks.length = 0;
      const slices: number[] = [];
      let sliceStart = performance.now();
      const t0 = sliceStart;
      const result = await R.readPageSliced(document, url, {
        pause: () => {
          slices.push(performance.now() - sliceStart);
          return new Promise<void>((r) => setTimeout(r, 0)).then(() => void (sliceStart = performance.now()));
        },
      });
      slices.push(performance.now() - sliceStart);
      const totalMs = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 100));
      observer.disconnect();
      return {
        rows,
        records: result.records.length,
        totalMs,
        slices: slices.length,
        maxSliceMs: Math.max(...slices),
        longTasks: tasks.length,
        longestTaskMs: Math.max(0, ...tasks),
      };
    },
    { url: `${ORIGIN}/contacts`, rows },
  );
}

async function timeTap(page: Page): Promise<ReadersBenchResult['tap']> {
  return page.evaluate(async (n) => {
    const R = (window as unknown as { CrmAuditLensReaders: typeof Readers }).CrmAuditLensReaders;
    const spent: number[] = [];
    let posted = 0;
    const handle = R.installApiTap(window, () => posted++, { onInspect: (i) => spent.push(i.ms) });
    for (let i = 0; i < n; i++) {
      const res = await fetch(`/api/settings?i=${i}`);
      await res.json();
    }
    // let idle callbacks finish
    while (spent.length < n) await new Promise((r) => setTimeout(r, 20));
    handle.uninstall();
    spent.sort((a, b) => a - b);
    const mean = spent.reduce((a, b) => a + b, 0) / spent.length;
    return {
      responses: spent.length,
      posted,
      meanMs: mean,
      p95Ms: spent[Math.floor(spent.length * 0.95)]!,
      maxMs: spent[spent.length - 1]!,
    };
  }, TAP_REQUESTS);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export async function benchReaders(): Promise<ReadersBenchResult> {
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    // tsx keeps function names with an `__name` helper that the page doesn't have
    await page.addInitScript('window.__name = (f) => f');
    // a fake CRM origin: the page, and a settings endpoint answering JSON that holds no records
    const settings = JSON.stringify({
      features: { darkMode: true, beta: ['a', 'b'] },
      locale: 'en-US',
      version: '2026.11.1',
      flags: Array.from({ length: 40 }, (_, i) => `flag_${i}`),
    });
    await page.route(`${ORIGIN}/**`, (route) => {
      const url = route.request().url();
      if (url.includes('/api/')) return route.fulfill({ status: 200, contentType: 'application/json', body: settings });
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><html><head><title>Contacts</title></head><body></body></html>',
      });
    });
    await page.goto(`${ORIGIN}/contacts`);
    await page.addScriptTag({ content: code });
    const table1k = await timeRead(page, 1_000, 'table');
    const table10k = await timeRead(page, 10_000, 'table');
    const grid10k = await timeRead(page, 10_000, 'grid');
    const list1k = await timeRead(page, 1_000, 'cards');
    const slicedRaw = await timeSliced(page, 10_000);
    const sliced10k = {
      ...slicedRaw,
      totalMs: round(slicedRaw.totalMs),
      maxSliceMs: round(slicedRaw.maxSliceMs),
      longestTaskMs: round(slicedRaw.longestTaskMs),
    };
    const tapRaw = await timeTap(page);
    const tap = { ...tapRaw, meanMs: round(tapRaw.meanMs), p95Ms: round(tapRaw.p95Ms), maxMs: round(tapRaw.maxMs) };
    const pass =
      table1k.medianMs < BUDGETS.rows1k &&
      table10k.medianMs < BUDGETS.rows10k &&
      tap.meanMs < BUDGETS.tapPerResponse &&
      sliced10k.longTasks === 0;
    return { table1k, table10k, grid10k, list1k, tap, sliced10k, budgets: BUDGETS, pass };
  } finally {
    await browser.close();
  }
}

function print(r: ReadersBenchResult): void {
  const line = (name: string, b: ReadBench, budget?: number) =>
    `${name.padEnd(22)} ${String(b.records).padStart(6)} records  median ${String(b.medianMs).padStart(7)} ms  max ${String(b.maxMs).padStart(7)} ms  first ${String(b.firstMs).padStart(7)} ms${budget ? `  (budget ${budget} ms: ${b.medianMs < budget ? 'ok' : 'OVER'})` : ''}`;
  console.log('readPage in Chromium (median of', RUNS, 'runs after a first, cold one)');
  console.log(line('table, 1,000 rows', r.table1k, BUDGETS.rows1k));
  console.log(line('table, 10,000 rows', r.table10k, BUDGETS.rows10k));
  console.log(line('ARIA grid, 10,000 rows', r.grid10k));
  console.log(line('cards, 1,000 rows', r.list1k));
  const s = r.sliced10k;
  console.log(
    `sliced read (content script), 10,000 rows: ${s.records} records in ${s.totalMs} ms wall, ${s.slices} slices, longest ${s.maxSliceMs} ms; long tasks > 50 ms during it: ${s.longTasks}${s.longTasks ? ` (longest ${s.longestTaskMs} ms)` : ''}`,
  );
  console.log(
    `API tap: ${r.tap.responses} non-record JSON responses, ${r.tap.posted} posted; main-thread time per response mean ${r.tap.meanMs} ms, p95 ${r.tap.p95Ms} ms, max ${r.tap.maxMs} ms (budget ${BUDGETS.tapPerResponse} ms: ${r.tap.meanMs < BUDGETS.tapPerResponse ? 'ok' : 'OVER'})`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchReaders().then(
    (r) => {
      print(r);
      if (!r.pass) process.exitCode = 1;
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
