// Diff of two audit runs: which findings are new, which were resolved, which persist.
// A finding is keyed by its check and its sorted record refs — not by its message, whose
// wording (counts, names) changes between runs while the problem stays the same.
import type { Finding, RecordRef, Severity } from '../model/finding';

export type DiffFinding = Pick<Finding, 'check' | 'severity' | 'records' | 'message'>;

export function findingKey(f: { check: string; records: readonly Pick<RecordRef, 'kind' | 'id'>[] }): string {
  const refs = f.records.map((r) => `${r.kind}:${r.id}`).sort();
  return `${f.check}|${refs.join(',')}`;
}

export interface RunDiff<F extends DiffFinding = DiffFinding> {
  /** In the later run only. */
  added: F[];
  /** In the earlier run only: fixed (or no longer seen). */
  resolved: F[];
  /** In both; the later run's finding, with the earlier severity when it changed. */
  persisting: { finding: F; before: Severity }[];
  /** Per check: counts of added / resolved / persisting. */
  byCheck: Record<string, { added: number; resolved: number; persisting: number }>;
}

/** `before` and `after` are the two runs' findings, in any order within each. */
export function diffRuns<F extends DiffFinding>(before: readonly F[], after: readonly F[]): RunDiff<F> {
  const old = new Map<string, F>();
  for (const f of before) old.set(findingKey(f), f);
  const seen = new Set<string>();
  const diff: RunDiff<F> = { added: [], resolved: [], persisting: [], byCheck: {} };
  const tally = (check: string, k: 'added' | 'resolved' | 'persisting') => {
    const row = (diff.byCheck[check] ??= { added: 0, resolved: 0, persisting: 0 });
    row[k]++;
  };
  for (const f of after) {
    const key = findingKey(f);
    if (seen.has(key)) continue; // the same finding twice in one run counts once
    seen.add(key);
    const was = old.get(key);
    if (was) {
      diff.persisting.push({ finding: f, before: was.severity });
      tally(f.check, 'persisting');
    } else {
      diff.added.push(f);
      tally(f.check, 'added');
    }
  }
  for (const [key, f] of old) {
    if (seen.has(key)) continue;
    diff.resolved.push(f);
    tally(f.check, 'resolved');
  }
  return diff;
}
