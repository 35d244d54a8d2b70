// Reading one page: pick the site profile, then try the readers from the most structured to
// the least — HTML tables, ARIA grids, div grids, repeated rows — and the record-page reader
// when the URL opens a record (or nothing list-like was found). Every reader is fenced: one
// that fails costs its own records, never the page.
import { recordKey } from '../../model/record';
import { detectSite } from '../sites';
import type { PageInfo } from '../sites/types';
import { count, drain, note, type ReadContext, type ReadRecord, type Steps } from './context';
import { readBoards } from './board';
import { readAriaGrids, readDivGrids } from './grid';
import { readRepeatedLists } from './list';
import { readRecordPage } from './record-page';
import { MAX_FRAME_DEPTH, openShadowRoots, sameOriginFrames } from './scopes';
import { readTables } from './table';

export interface ReadResult {
  records: ReadRecord[];
  /** What was left out, by reason, for the popup. */
  skipped: Record<string, number>;
  /** Plain-language notes ("table 2 skipped: record kind unknown"). */
  notes: string[];
  /** Site profile id ("salesforce", "sample-crm", "generic"). */
  site: string;
}

function* fenced<T>(ctx: ReadContext, what: string, fn: () => Steps<T> | T, fallback: T): Steps<T> {
  try {
    const out = fn();
    return isSteps(out) ? yield* out : out;
  } catch (e) {
    count(ctx, 'reader error');
    note(ctx, `${what} failed: ${e instanceof Error ? e.message.slice(0, 120) : 'error'}`);
    return fallback;
  }
}

function isSteps<T>(v: Steps<T> | T): v is Steps<T> {
  return typeof v === 'object' && v !== null && typeof (v as Steps<T>).next === 'function' && typeof (v as Steps<T>).throw === 'function';
}

export interface ReadOptions {
  now?: Date;
}

export interface SlicedReadOptions extends ReadOptions {
  /** Main-thread time per slice before giving the page a turn (default 25 ms: well under a 50 ms long task). */
  sliceMs?: number;
  /** How to give the page a turn (default: a macrotask on the document's own window). */
  pause?: () => Promise<void>;
  clock?: () => number;
}

/** Reads the page in one go (tests, small pages). Same result as `readPageSliced`. */
export function readPage(doc: Document, url: string, opts: ReadOptions = {}): ReadResult {
  return drain(readPageSteps(doc, url, opts));
}

/**
 * Reads the page in slices of about `sliceMs`, yielding to the page in between, so reading a
 * 10,000-row list never blocks the CRM for more than one slice. Rows the page removes while we
 * pause are still read from their (detached) elements; the watcher catches what it adds.
 */
export async function readPageSliced(doc: Document, url: string, opts: SlicedReadOptions = {}): Promise<ReadResult> {
  const win = doc.defaultView;
  const clock = opts.clock ?? (() => (win?.performance ?? performance).now());
  const setT = win?.setTimeout?.bind(win) ?? setTimeout;
  const pause = opts.pause ?? (() => new Promise<void>((resolve) => setT(resolve, 0)));
  const sliceMs = opts.sliceMs ?? 25;
  const steps = readPageSteps(doc, url, opts);
  let start = clock();
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
    if (clock() - start >= sliceMs) {
      await pause();
      start = clock();
    }
  }
}

/** The readers, most structured first, over one root (the document's body or a shadow root). */
function* readScope(ctx: ReadContext, root: ParentNode): Steps<ReadRecord[]> {
  const page = ctx.page;
  const found: ReadRecord[] = [];
  found.push(...(yield* fenced(ctx, 'table reader', () => readTables(ctx, root), [])));
  // one list view per page: ARIA grids are looked for (a document-wide scan) only when no table held records
  if (found.length === 0) found.push(...(yield* fenced(ctx, 'grid reader', () => readAriaGrids(ctx, root), [])));
  // a record page's label/value pairs and links would read as a headerless list; its related lists are tables or grids
  if (found.length === 0 && !page.recordId) found.push(...(yield* fenced(ctx, 'board reader', () => readBoards(ctx, root), [])));
  if (found.length === 0 && !page.recordId) found.push(...(yield* fenced(ctx, 'div grid reader', () => readDivGrids(ctx, root), [])));
  if (found.length === 0 && !page.recordId) found.push(...(yield* fenced(ctx, 'list reader', () => readRepeatedLists(ctx, root), [])));
  return found;
}

function* readPageSteps(doc: Document, url: string, opts: ReadOptions, depth = 0): Steps<ReadResult> {
  const result: ReadResult = { records: [], skipped: {}, notes: [], site: 'generic' };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    result.notes.push('page URL not readable');
    return result;
  }
  try {
    const profile = detectSite(u, doc);
    result.site = profile.id;
    let page: PageInfo = {};
    try {
      page = profile.page(u);
    } catch {
      page = {};
    }
    const now = opts.now ?? new Date();
    const ctx: ReadContext = {
      doc,
      url: u,
      origin: u.origin,
      profile,
      page,
      now,
      seenAt: now.toISOString(),
      skipped: result.skipped,
      notes: result.notes,
    };
    const root = doc.body ?? doc.documentElement;
    if (!root) return result;
    const found: ReadRecord[] = yield* readScope(ctx, root);
    // no list in the light DOM: web-component CRMs (Salesforce LWC) draw theirs in shadow roots
    const shadow = found.length === 0 ? openShadowRoots(root) : [];
    if (shadow.length) {
      const inside: ReadContext = { ...ctx, composed: true };
      for (const sr of shadow) found.push(...(yield* readScope(inside, sr)));
      if (found.length) note(ctx, `read inside ${shadow.length} shadow root${shadow.length === 1 ? '' : 's'}`);
    }
    if (page.recordId || found.length === 0) {
      const rec = yield* fenced(ctx, 'record page reader', () => readRecordPage(ctx, root, !!page.recordId), undefined);
      if (rec) found.unshift(rec);
    }
    // same-origin frames are part of the page (Dynamics forms, framed CRMs); cross-origin ones are not ours to read
    if (depth < MAX_FRAME_DEPTH) {
      const { frames, crossOrigin } = sameOriginFrames(doc, u, shadow);
      count(ctx, 'cross-origin frame', crossOrigin);
      for (const frame of frames) {
        const sub = yield* readPageSteps(frame.doc, frame.url, opts, depth + 1);
        found.push(...sub.records);
        for (const [reason, n] of Object.entries(sub.skipped)) count(ctx, reason, n);
        for (const text of sub.notes) if (!/^no table, list or record/.test(text)) note(ctx, `frame: ${text}`);
      }
    }
    // the same record shown twice (a pinned row, a table and a card view) is one record with two elements
    const byKey = new Map<string, ReadRecord>();
    for (let i = 0; i < found.length; i++) {
      if (i % 1024 === 1023) yield;
      const r = found[i]!;
      const key = recordKey(r.record);
      const prev = byKey.get(key);
      if (prev) {
        prev.elements.push(...r.elements.filter((e) => !prev.elements.includes(e)));
        count(ctx, 'duplicate row');
      } else byKey.set(key, r);
    }
    result.records = [...byKey.values()];
    if (result.records.length === 0 && result.notes.length === 0) note(ctx, 'no table, list or record found on this page');
  } catch (e) {
    result.skipped['reader error'] = (result.skipped['reader error'] ?? 0) + 1;
    result.notes.push(`reading failed: ${e instanceof Error ? e.message.slice(0, 120) : 'error'}`);
  }
  return result;
}
