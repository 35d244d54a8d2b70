// Running the duplicate engine (src/dedupe) once per snapshot: the audit runner needs its
// groups for AuditRun.duplicates and the `duplicates` check turns them into findings.
import type { DuplicateGroup } from '../model/audit';
import type { RecordKind } from '../model/record';
import type { Snapshot } from '../model/snapshot';
import { findDuplicates } from '../dedupe/index';

export interface DuplicateDecision {
  kind: RecordKind;
  a: string;
  b: string;
  decision: 'duplicate' | 'not-duplicate';
}

export interface DuplicateScan {
  groups: DuplicateGroup[];
  /** The engine's own counters (candidate pairs, capped blocks…); empty when it failed. */
  metrics: Record<string, number>;
  /** Set when the engine threw: the check then reports no-data with this message. */
  error?: string;
}

const scans = new WeakMap<Snapshot, DuplicateScan>();

/** Runs the duplicate engine over a snapshot once; later calls (and the check) reuse the result. */
export function scanDuplicates(snapshot: Snapshot, opts: { defaultRegion?: string; decisions?: DuplicateDecision[] } = {}): DuplicateScan {
  const known = scans.get(snapshot);
  if (known) return known;
  let scan: DuplicateScan;
  try {
    const engineOpts: { defaultRegion?: string; decisions?: DuplicateDecision[] } = {};
    if (opts.defaultRegion) engineOpts.defaultRegion = opts.defaultRegion;
    if (opts.decisions?.length) engineOpts.decisions = opts.decisions;
    const result = findDuplicates(snapshot.records, engineOpts);
    scan = { groups: result.groups, metrics: { ...result.metrics } };
  } catch (e) {
    scan = { groups: [], metrics: {}, error: e instanceof Error ? e.message : String(e) };
  }
  scans.set(snapshot, scan);
  return scan;
}

/** Lets a caller that already has groups (store's incremental index) skip the engine. */
export function provideDuplicateScan(snapshot: Snapshot, scan: DuplicateScan): void {
  scans.set(snapshot, scan);
}
