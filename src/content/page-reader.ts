// The isolated-world side of reading a CRM page: run the pure readers, hand the records to the
// worker in batches, keep reading as the page changes, and accept what the MAIN-world API tap
// saw. Nothing here may throw into the page or block it.
import { isEnvelope, send, type Notice } from '../messages';
import browser from '../platform/browser';
import { readApiPayload, readPageSliced, watchPage, type ReadResult } from '../readers';
import type { ReadSummary } from '../worker/scripts';
import { PageOverlay } from './page-overlay';

const BATCH = 2000;
export const TAP_SOURCE = 'crm-audit-lens/api-tap';

interface LensGlobal {
  lastRead?: Promise<ReadSummary>;
  stopWatching?: () => void;
  overlay?: PageOverlay;
  /** Seeds the watcher so the first read is not delivered twice. */
  firstRead?: ReadResult;
}

type Trigger = 'user' | 'auto';

async function deliver(result: Pick<ReadResult, 'records' | 'skipped' | 'notes' | 'site'>, trigger: Trigger): Promise<number> {
  const origin = location.origin;
  // Elements stay in the page: only the serialisable record crosses to the worker.
  const records = result.records.map((r) => r.record);
  if (records.length === 0) return 0;
  for (let i = 0; i < records.length; i += BATCH) {
    await send('records.upsert', {
      origin,
      url: location.href,
      site: result.site,
      trigger,
      records: records.slice(i, i + BATCH) as never,
      skipped: i === 0 ? result.skipped : {},
      notes: i === 0 ? result.notes.slice(0, 50) : [],
    });
  }
  return records.length;
}

function summarise(result: ReadResult, delivered: number): ReadSummary {
  const notes = [...result.notes];
  if (delivered === 0 && notes.length === 0) notes.push('nothing readable on this page yet');
  return { records: delivered, site: result.site, notes, skipped: result.skipped };
}

async function readOnce(trigger: Trigger, overlay: PageOverlay, lens: LensGlobal): Promise<ReadSummary> {
  try {
    // in slices: a 10,000-row list must not freeze the CRM page (no long task from us)
    const result = await readPageSliced(document, location.href);
    lens.firstRead ??= result;
    overlay.remember(result.records);
    const summary = summarise(result, await deliver(result, trigger));
    void overlay.refresh();
    return summary;
  } catch (e) {
    return { records: 0, site: 'unknown', notes: [`reading failed: ${e instanceof Error ? e.message : String(e)}`], skipped: {} };
  }
}

function listenToTap(trigger: Trigger): void {
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { source?: unknown; version?: unknown; url?: unknown; payload?: unknown } | null;
    // Only the tap in this same window, never another frame or a page pretending from elsewhere.
    if (
      event.source !== window ||
      event.origin !== location.origin ||
      !data ||
      data.source !== TAP_SOURCE ||
      data.version !== 1 ||
      typeof data.url !== 'string'
    )
      return;
    try {
      const { records, skipped, mapper } = readApiPayload(data.payload, data.url, location.origin);
      if (!mapper || records.length === 0) return;
      void deliver({ records: records.map((record) => ({ record, elements: [] })), skipped, notes: [], site: mapper }, trigger).catch(
        () => undefined,
      );
    } catch {
      // a payload we cannot read is not the page's problem
    }
  });
}

/** Notices from our own worker only: redraw badges after an audit, remove them when the CRM is disabled. */
function listenToWorker(lens: LensGlobal): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab || !isEnvelope(message)) return undefined;
    const notice = message as Notice;
    if (notice.payload?.origin !== location.origin) return undefined;
    if (notice.type === 'overlay.refresh') void lens.overlay?.refresh();
    if (notice.type === 'overlay.remove') {
      lens.overlay?.remove();
      lens.stopWatching?.();
      lens.stopWatching = undefined;
    }
    return undefined;
  });
}

export function startPageReader(): void {
  const g = globalThis as { __crmAuditLens?: LensGlobal; __crmAuditLensTrigger?: string };
  const trigger: Trigger = g.__crmAuditLensTrigger === 'user' ? 'user' : 'auto';
  g.__crmAuditLensTrigger = undefined;
  const first = !g.__crmAuditLens;
  const lens = (g.__crmAuditLens ??= {});
  const overlay = (lens.overlay ??= new PageOverlay(location.origin));
  lens.lastRead = readOnce(trigger, overlay, lens);
  if (!first) return;
  listenToTap(trigger);
  listenToWorker(lens);
  try {
    // watching starts now; its re-reads wait for the first (sliced) read and skip what it delivered
    const ready = lens.lastRead.then(() => lens.firstRead);
    lens.stopWatching = watchPage(
      document,
      location.href,
      (result) => {
        overlay.remember(result.records);
        void deliver(result, trigger)
          .then(() => overlay.refresh())
          .catch(() => undefined);
      },
      { debounceMs: 50, ready }, // 50 ms: new rows are badged within 100 ms (issue #6)
    );
  } catch {
    // watching is a bonus; the first read already happened
  }
}
