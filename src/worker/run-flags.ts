// The latest audit run's findings, by record, for the overlay. Kept in memory per origin and
// keyed by run id: the content script asks after every read of the page, and loading every
// finding of a large run each time would eat the overlay's time budget. A new run (or a worker
// restart) simply loads it again.
import type { PageFlag, PageFlagFinding } from '../messages';
import type { FieldEvidence } from '../model/audit';
import type { Finding, RecordRef } from '../model/finding';
import { findingsForRun, latestRun } from '../store/runs';

/** A finding as the overlay shows it on one record: duplicates carry the others and the evidence, oriented from this record. */
export function pageFinding(f: Finding, self: RecordRef): PageFlagFinding {
  const out: PageFlagFinding = { check: f.check, severity: f.severity, message: f.message };
  if (f.check !== 'duplicates') return out;
  const others = f.records.filter((o) => o.kind !== self.kind || o.id !== self.id);
  out.others = others;
  const fields = (f.evidence as { fields?: FieldEvidence[] } | undefined)?.fields;
  if (Array.isArray(fields)) {
    // Group evidence compares the first two members; flip it when this record is the second.
    const second = f.records[1];
    const flip = second !== undefined && second.kind === self.kind && second.id === self.id;
    out.evidence = fields.map((e) => (flip ? { ...e, a: e.b, b: e.a } : e));
  }
  return out;
}

const cache = new Map<string, Promise<{ runId: string; byRecord: Map<string, PageFlagFinding[]> }>>();

async function load(runId: string): Promise<{ runId: string; byRecord: Map<string, PageFlagFinding[]> }> {
  const byRecord = new Map<string, PageFlagFinding[]>();
  for (const f of await findingsForRun(runId)) {
    for (const r of f.records) {
      const key = `${r.kind}:${r.id}`;
      const list = byRecord.get(key);
      if (list) list.push(pageFinding(f, r));
      else byRecord.set(key, [pageFinding(f, r)]);
    }
  }
  return { runId, byRecord };
}

/** Which of `records` carry findings in the origin's latest run. */
export async function runFlags(origin: string, records: readonly { kind: PageFlag['kind']; id: string }[]): Promise<PageFlag[]> {
  const run = await latestRun(origin);
  if (!run) return [];
  let p = cache.get(origin);
  if (!p || (await p.catch(() => undefined))?.runId !== run.id) {
    p = load(run.id);
    cache.set(origin, p);
    p.catch(() => (cache.get(origin) === p ? cache.delete(origin) : undefined));
  }
  const { byRecord } = await p;
  const out: PageFlag[] = [];
  for (const r of records) {
    const findings = byRecord.get(`${r.kind}:${r.id}`);
    if (findings) out.push({ kind: r.kind, id: r.id, findings });
  }
  return out;
}

/** Forgets the cached flags (data cleared). */
export function forgetRunFlags(origin: string): void {
  cache.delete(origin);
}
