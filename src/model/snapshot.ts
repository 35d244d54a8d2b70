import type { CrmRecord, RecordKind } from './record';

/** The records one audit looks at, indexed by kind once so checks don't each re-filter. */
export interface Snapshot {
  readonly records: readonly CrmRecord[];
  of(kind: RecordKind): readonly CrmRecord[];
  kinds(): RecordKind[];
}

export function makeSnapshot(records: readonly CrmRecord[]): Snapshot {
  const byKind = new Map<RecordKind, CrmRecord[]>();
  for (const r of records) {
    const list = byKind.get(r.kind);
    if (list) list.push(r);
    else byKind.set(r.kind, [r]);
  }
  return {
    records,
    of: (kind) => byKind.get(kind) ?? [],
    kinds: () => [...byKind.keys()],
  };
}
