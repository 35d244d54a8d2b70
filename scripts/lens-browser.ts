// Drives the production build (dist-e2e) in Debian's Chromium through playwright-core.
// Only loopback traffic: the sample CRM on 127.0.0.1, and Chromium's background networking off.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

// The worker-side functions below run inside Chromium, where `chrome` exists.
declare const chrome: any;

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = resolve(ROOT, process.env.LENS_DIST ?? 'dist-e2e');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Lens {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
  /** Opens the popup as a page about `tab` (the toolbar icon can't be clicked by automation). */
  openPopup(tab: Page, opts?: { width?: number; height?: number }): Promise<Page>;
  tabId(page: Page): Promise<number>;
  /**
   * Runs a function in the extension's own origin (chrome.* APIs, its IndexedDB). It runs in an
   * extension page, not the worker: a worker handle goes dead when Chrome stops the worker.
   */
  inWorker<T>(fn: (arg: unknown) => T | Promise<T>, arg?: unknown): Promise<T>;
}

export async function launchLens(opts: { lang?: string; dist?: string; headless?: boolean } = {}): Promise<Lens> {
  const dist = opts.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`no build at ${dist}: run "npm run build:e2e" first`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    locale: opts.lang ?? 'en-US',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--lang=${opts.lang ?? 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  let probe: Page | undefined;
  const lens: Lens = {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    async tabId(page) {
      const url = page.url();
      const id = await lens.inWorker(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id, url);
      if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
      return id;
    },
    async openPopup(tab, size = {}) {
      const id = await lens.tabId(tab);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: size.width ?? 400, height: size.height ?? 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup/index.html?tab=${id}`);
      return popup;
    },
    async inWorker(fn, arg) {
      if (!probe || probe.isClosed()) {
        probe = await context.newPage();
        await probe.goto(`chrome-extension://${extensionId}/manifest.json`);
      }
      return probe.evaluate(fn as never, arg) as never;
    },
  };
  return lens;
}

export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name);
  await page.screenshot({ path, fullPage: opts.fullPage ?? true });
  return path;
}

/** One read of the extension's IndexedDB, run in the extension's origin: what really got stored. */
export interface DbQuery {
  store: string;
  index?: string;
  /** Key (or index key) range: one exact value, or [lower, upper]. */
  only?: IDBValidKey;
  bound?: [IDBValidKey, IDBValidKey];
  /** 'all' (default): every value; 'last': the value with the highest key; 'count': how many. */
  mode?: 'all' | 'last' | 'count';
}

export async function readDb<T>(lens: Lens, query: DbQuery): Promise<T> {
  return lens.inWorker(
    (arg) =>
      new Promise((resolve, reject) => {
        const q = arg as DbQuery;
        const open = indexedDB.open('crm-audit-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction(q.store).objectStore(q.store);
          const source = q.index ? store.index(q.index) : store;
          const range = q.only !== undefined ? IDBKeyRange.only(q.only) : q.bound ? IDBKeyRange.bound(q.bound[0], q.bound[1]) : null;
          const req: IDBRequest =
            q.mode === 'count' ? source.count(range ?? undefined) : q.mode === 'last' ? source.openCursor(range, 'prev') : source.getAll(range);
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            resolve(q.mode === 'last' ? (req.result as IDBCursorWithValue | null)?.value : req.result);
            db.close();
          };
        };
      }),
    query,
  );
}

export async function storedRecords(lens: Lens, origin: string): Promise<{ kind: string; id: string; via: string; fields: Record<string, unknown> }[]> {
  const all = await readDb<{ kind: string; source: { id: string; via: string }; fields: Record<string, unknown> }[]>(lens, { store: 'records', index: 'origin', only: origin });
  return all.map((r) => ({ kind: r.kind, id: r.source.id, via: r.source.via, fields: r.fields }));
}

export async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await fn();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out waiting; last value: ${JSON.stringify(last).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 200));
    last = await fn();
  }
  return last;
}
