// Flag while browsing: each CRM origin gets a DuplicateIndex in the worker's memory, so a record
// the page shows for the first time is checked against everything read before, without an
// audit. The index is only a cache of the records store: the MV3 worker may be stopped between
// any two messages. The index is saved to IndexedDB a moment after writes settle, stamped with
// the origin's write generation; the next message after a restart restores that snapshot when
// the stamp still matches, and otherwise rebuilds from the records (and saves the result).
import { msg } from '../checks/util';
import { DuplicateIndex } from '../dedupe/duplicate-index';
import type { PageFlag, PageFlagFinding } from '../messages';
import type { RecordRef } from '../model/finding';
import { displayName, recordKey, type CrmRecord, type RecordKind } from '../model/record';
import type { DecisionValue, StoredDecision, StoredRecord } from '../store/db';
import { clearOrigin } from '../store/clear';
import { decisionKey, decisionsForOrigin, setDecision } from '../store/decisions';
import { currentStamp, loadIndexSnapshot, saveIndexSnapshot } from '../store/index-snapshots';
import { countRecords, recordsByRef, recordsForOrigin, upsertStamped } from '../store/records';
import { getAuditSettings } from '../store/settings';
import { duplicateDecisions } from './audit';

/** Duplicates shown per record: the best few; the audit lists whole groups. */
const MAX_OTHERS = 3;

export interface LiveIndex {
  origin: string;
  index: DuplicateIndex;
  /** Every stored record key the index has seen (all kinds), to notice writes that bypassed it. */
  keys: Set<string>;
  /** Decision keys of ignored duplicate findings: a live flag honours "ignore" like the audit does. */
  ignored: Set<string>;
  /** The origin's write generation the index reflects (see WriteStamp). */
  generation: number;
  /** The default-region setting the records were normalised with ('' when unset). */
  region: string;
  /** Where this index came from, and how long building it took (diagnostics and the benchmark). */
  from: 'snapshot' | 'records';
  buildMs: number;
}

/** Writes settle for this long before the index is saved: a page read arrives in several batches. */
export const SAVE_DELAY_MS = 1500;

const cache = new Map<string, Promise<LiveIndex>>();

function ignoredKeys(decisions: readonly StoredDecision[]): Set<string> {
  return new Set(decisions.filter((d) => d.decision === 'ignore' && d.check === 'duplicates').map((d) => d.key));
}

export async function buildLiveIndex(origin: string): Promise<LiveIndex> {
  // the stamp is read before the records: a write landing in between makes the generation
  // older than the records, so the snapshot saved from this build is refused, never wrong
  const [stamp, saved, decisions, settings] = await Promise.all([
    currentStamp(origin),
    loadIndexSnapshot(origin).catch(() => undefined),
    decisionsForOrigin(origin),
    getAuditSettings(origin),
  ]);
  const region = settings.defaultRegion ?? '';
  const engineDecisions = duplicateDecisions(decisions);
  const ignored = ignoredKeys(decisions);
  if (saved && saved.generation === stamp.generation && saved.count === stamp.count && saved.keys.length === stamp.count && saved.region === region) {
    const t0 = performance.now();
    try {
      // decisions come from the store, not the snapshot: they change without a record write
      const index = DuplicateIndex.restore(saved.snapshot, { decisions: engineDecisions });
      return { origin, index, keys: new Set(saved.keys), ignored, generation: saved.generation, region, from: 'snapshot', buildMs: performance.now() - t0 };
    } catch {
      // a snapshot of another engine version: rebuilt from the records below
    }
  }
  const records = await recordsForOrigin(origin);
  const t0 = performance.now();
  const index = new DuplicateIndex({ defaultRegion: settings.defaultRegion, decisions: engineDecisions });
  index.addAll(records as CrmRecord[]);
  const live: LiveIndex = { origin, index, keys: new Set(records.map((r) => r.key)), ignored, generation: stamp.generation, region, from: 'records', buildMs: performance.now() - t0 };
  if (records.length) scheduleSave(origin, live);
  return live;
}

const saveTimers = new Map<string, { timer: ReturnType<typeof setTimeout>; live: LiveIndex }>();

/** Saves the index once writes have settled; replies never wait for it. */
function scheduleSave(origin: string, live: LiveIndex): void {
  const pending = saveTimers.get(origin);
  if (pending) clearTimeout(pending.timer);
  saveTimers.set(origin, { live, timer: setTimeout(() => void saveNow(origin).catch(() => undefined), SAVE_DELAY_MS) });
}

function saveNow(origin: string): Promise<boolean> {
  const pending = saveTimers.get(origin);
  if (!pending) return Promise.resolve(false);
  clearTimeout(pending.timer);
  saveTimers.delete(origin);
  const { live } = pending;
  // taken synchronously, so the keys, the rows and the generation describe the same moment
  const row = {
    origin,
    generation: live.generation,
    count: live.keys.size,
    keys: [...live.keys],
    region: live.region,
    snapshot: live.index.serialise(),
    savedAt: new Date().toISOString(),
  };
  return saveIndexSnapshot(row);
}

/** Saves every pending snapshot now (tests and the benchmark; the worker relies on the timer). */
export async function flushIndexSaves(): Promise<void> {
  await Promise.all([...saveTimers.keys()].map((o) => saveNow(o).catch(() => false)));
}

/** The origin's index, built from the store on first use after a (worker) start. */
export function liveIndex(origin: string): Promise<LiveIndex> {
  let p = cache.get(origin);
  if (!p) {
    p = buildLiveIndex(origin);
    cache.set(origin, p);
    // a failed build is not cached: the next message tries again
    p.catch(() => (cache.get(origin) === p ? cache.delete(origin) : undefined));
  }
  return p;
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs writes for one origin one after another: the staleness check below compares the index
 * with the store's count, which two interleaved writes would make disagree for no reason.
 */
export function serially<T>(origin: string, fn: () => Promise<T>): Promise<T> {
  const run = (queues.get(origin) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => undefined);
  queues.set(origin, tail);
  void tail.then(() => (queues.get(origin) === tail ? queues.delete(origin) : undefined));
  return run;
}

/** Drops the cached index (data cleared, or written behind its back); the next use rebuilds it. */
export function forgetLiveIndex(origin?: string): void {
  for (const [o, pending] of saveTimers)
    if (origin === undefined || o === origin) {
      clearTimeout(pending.timer);
      saveTimers.delete(o);
    }
  if (origin === undefined) cache.clear();
  else cache.delete(origin);
}

/**
 * Indexes freshly stored records. `total` is the store's record count after the write and
 * `generation` the write's stamp: when the count differs from what the index has seen, or
 * generations were skipped, someone else wrote and the index is rebuilt from the store.
 */
export async function indexRecords(origin: string, stored: readonly StoredRecord[], total: number, generation?: number): Promise<void> {
  const live = await liveIndex(origin);
  for (const r of stored) {
    live.index.add(r);
    live.keys.add(r.key);
  }
  const skipped = generation !== undefined && generation > live.generation + 1;
  if (generation !== undefined) live.generation = Math.max(live.generation, generation);
  if (live.keys.size !== total || skipped) {
    forgetLiveIndex(origin);
    await liveIndex(origin);
  } else if (stored.length) scheduleSave(origin, live);
}

/** Duplicate flags for stored records already in the index (overlay.query for records read earlier). */
export async function flagsForRefs(origin: string, refs: readonly { kind: RecordKind; id: string }[]): Promise<PageFlag[]> {
  const live = await liveIndex(origin);
  return flagsFor(live, await recordsByRef(origin, refs));
}

async function flagsFor(live: LiveIndex, records: readonly CrmRecord[]): Promise<PageFlag[]> {
  const found: { r: CrmRecord; pairs: ReturnType<DuplicateIndex['query']> }[] = [];
  for (const r of records) {
    const self = { kind: r.kind, id: r.source.id };
    const pairs = live.index
      .query(r)
      .filter((p) => !live.ignored.has(decisionKey(live.origin, 'duplicates', [self, { kind: p.bKind, id: p.b }])))
      .slice(0, MAX_OTHERS);
    if (pairs.length) found.push({ r, pairs });
  }
  if (!found.length) return [];
  // names and links of the other records, for the popover's side-by-side view
  const otherRefs = found.flatMap((f) => f.pairs.map((p) => ({ kind: p.bKind, id: p.b })));
  const others = new Map((await recordsByRef(live.origin, otherRefs)).map((o) => [recordKey(o), o]));
  return found.map(({ r, pairs }) => ({
    kind: r.kind,
    id: r.source.id,
    findings: pairs.map((p): PageFlagFinding => {
      const o = others.get(recordKey({ kind: p.bKind, source: { origin: live.origin, id: p.b } }));
      const ref: RecordRef = { kind: p.bKind, id: p.b };
      if (o) ref.name = displayName(o);
      if (o?.source.url) ref.url = o.source.url;
      const score = Math.round(p.score * 100);
      const params = { count: 2, kind: p.kind, score };
      const duplicate = p.level === 'duplicate';
      return {
        check: 'duplicates',
        severity: duplicate ? 'medium' : 'low',
        message: duplicate
          ? msg('duplicates_group', `2 ${p.kind} records look like the same ${p.kind} (confidence ${score}%)`, params)
          : msg('duplicates_possible_group', `2 ${p.kind} records may be the same ${p.kind} (confidence ${score}%): review them`, params),
        evidence: p.evidence,
        others: [ref],
        live: true,
      };
    }),
  }));
}

/** Applies a stored decision to the cached index (if built; a later build reads it from the store). */
export async function applyDecision(origin: string, decision: StoredDecision): Promise<void> {
  const p = cache.get(origin);
  if (!p) return;
  const live = await p.catch(() => undefined);
  if (!live || decision.check !== 'duplicates') return;
  if (decision.decision === 'ignore') live.ignored.add(decision.key);
  else live.ignored.delete(decision.key);
  for (const d of duplicateDecisions([decision])) live.index.decide(d);
}

// The three writes that move the index, as the worker's handlers perform them.

/** Stores a batch and indexes it in the same step, so the overlay's next query sees these records. */
export function storeRecords(origin: string, records: readonly CrmRecord[]): Promise<{ stored: number; total: number }> {
  return serially(origin, async () => {
    const { stored, generation } = await upsertStamped(origin, records);
    const total = await countRecords(origin);
    await indexRecords(origin, stored, total, generation);
    return { stored: stored.length, total };
  });
}

export async function storeDecision(
  origin: string,
  check: string,
  records: { kind: RecordKind; id: string }[],
  decision: DecisionValue,
): Promise<StoredDecision> {
  const stored = await setDecision(origin, check, records, decision);
  await applyDecision(origin, stored);
  return stored;
}

export function clearRecords(origin: string): Promise<{ records: number; runs: number }> {
  return serially(origin, async () => {
    const out = await clearOrigin(origin);
    forgetLiveIndex(origin);
    return out;
  });
}
