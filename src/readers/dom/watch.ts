// Virtualised lists show a window of rows and swap them as the user scrolls. A MutationObserver
// re-reads the page after changes settle and reports the records that are new, changed, or
// shown by new elements (so the overlay can badge re-rendered rows), deduplicated by record key.
// The wait grows with the cost of a read, so a page that mutates constantly (clocks, "3 minutes
// ago") never keeps the main thread busy.
import { recordKey } from '../../model/record';
import { readPageSliced, type ReadResult } from './read-page';

/** Elements carrying this attribute (the overlay's hosts) are ignored when they change. */
export const OWN_MARK = 'data-crm-audit-lens';

export interface WatchOptions {
  /** Quiet time before a re-read, in ms (default 300). */
  debounceMs?: number;
  /** A read already done and delivered: its records are not reported again. */
  seed?: ReadResult;
  /**
   * A first read still under way: changes are observed from now on, but re-reads wait for it and
   * its records count as seen — nothing rendered meanwhile is missed, nothing is sent twice.
   */
  ready?: Promise<ReadResult | undefined>;
}

function ours(m: MutationRecord): boolean {
  const t = m.target as Element;
  const within = (n: Node) => n.nodeType === 1 && ((n as Element).hasAttribute(OWN_MARK) || !!(n as Element).closest?.(`[${OWN_MARK}]`));
  if (t.nodeType === 1 && t.closest?.(`[${OWN_MARK}]`)) return true;
  if (m.type !== 'childList') return false;
  const nodes = [...Array.from(m.addedNodes), ...Array.from(m.removedNodes)];
  return nodes.length > 0 && nodes.every(within);
}

function signature(r: ReadResult['records'][number]): string {
  return JSON.stringify(r.record.fields) + JSON.stringify(r.record.raw);
}

export function watchPage(doc: Document, url: string, onRecords: (r: ReadResult) => void, opts: WatchOptions = {}): () => void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const MO = win?.MutationObserver ?? (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  const setT = win?.setTimeout?.bind(win) ?? setTimeout;
  const clearT = win?.clearTimeout?.bind(win) ?? clearTimeout;
  const target = doc.body ?? doc.documentElement;
  if (!MO || !target) return () => undefined;
  const base = Math.max(50, opts.debounceMs ?? 300);
  const seen = new Map<string, { sig: string; first: Element | undefined }>();
  const startHref = doc.location?.href;
  let lastUrl = url;
  let wait = base;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let busy = false;
  let ready = !opts.ready;
  const seed = (result: ReadResult | undefined) => {
    for (const r of result?.records ?? []) seen.set(recordKey(r.record), { sig: signature(r), first: r.elements[0] });
  };
  seed(opts.seed);
  opts.ready?.then(seed, () => undefined).finally(() => (ready = true));

  const run = async () => {
    timer = undefined;
    if (stopped) return;
    // one read at a time (reads are sliced, so a change can land mid-read): try again later
    if (!ready || busy) {
      timer = setT(() => void run(), wait);
      return;
    }
    busy = true;
    try {
      // single-page apps navigate without reloading: follow the document's own location once it moves
      const href = doc.location?.href;
      const current = href && href !== startHref && !href.startsWith('about:') ? href : url;
      if (current !== lastUrl) {
        seen.clear();
        lastUrl = current;
      }
      const t0 = Date.now();
      const result = await readPageSliced(doc, current);
      if (stopped) return;
      wait = Math.min(5000, Math.max(base, (Date.now() - t0) * 4));
      const fresh = result.records.filter((r) => {
        const key = recordKey(r.record);
        const sig = signature(r);
        const prev = seen.get(key);
        if (prev && prev.sig === sig && prev.first === r.elements[0]) return false;
        seen.set(key, { sig, first: r.elements[0] });
        return true;
      });
      if (fresh.length) onRecords({ ...result, records: fresh });
    } catch {
      // a failed re-read waits for the next change
    } finally {
      busy = false;
    }
  };
  const observer = new MO((mutations) => {
    // the first change of a burst schedules the read; later ones ride along (no starvation under constant change)
    if (stopped || timer !== undefined || mutations.every(ours)) return;
    timer = setT(() => void run(), wait);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  return () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearT(timer);
  };
}
