// Reading one page: pick the site profile, then try the readers from the most structured to
// the least — HTML tables, ARIA grids, div grids, repeated rows — and the record-page reader
// when the URL opens a record (or nothing list-like was found). Every reader is fenced: one
// that fails costs its own records, never the page.
import { recordKey } from '../../model/record';
import { detectSite } from '../sites';
import type { PageInfo } from '../sites/types';
import { count, note, type ReadContext, type ReadRecord } from './context';
import { readAriaGrids, readDivGrids } from './grid';
import { readRepeatedLists } from './list';
import { readRecordPage } from './record-page';
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

function fenced<T>(ctx: ReadContext, what: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (e) {
    count(ctx, 'reader error');
    note(ctx, `${what} failed: ${e instanceof Error ? e.message.slice(0, 120) : 'error'}`);
    return fallback;
  }
}

export function readPage(doc: Document, url: string, opts: { now?: Date } = {}): ReadResult {
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
    const found: ReadRecord[] = [];
    found.push(...fenced(ctx, 'table reader', () => readTables(ctx, root), []));
    // one list view per page: ARIA grids are looked for (a document-wide scan) only when no table held records
    if (found.length === 0) found.push(...fenced(ctx, 'grid reader', () => readAriaGrids(ctx, root), []));
    // a record page's label/value pairs and links would read as a headerless list; its related lists are tables or grids
    if (found.length === 0 && !page.recordId) found.push(...fenced(ctx, 'div grid reader', () => readDivGrids(ctx, root), []));
    if (found.length === 0 && !page.recordId) found.push(...fenced(ctx, 'list reader', () => readRepeatedLists(ctx, root), []));
    if (page.recordId || found.length === 0) {
      const rec = fenced(ctx, 'record page reader', () => readRecordPage(ctx, root, !!page.recordId), undefined);
      if (rec) found.unshift(rec);
    }
    // the same record shown twice (a pinned row, a table and a card view) is one record with two elements
    const byKey = new Map<string, ReadRecord>();
    for (const r of found) {
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
