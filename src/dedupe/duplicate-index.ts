// The live index the overlay asks while the user browses: "is this record a duplicate of one
// already seen?". Add, update and remove without rebuilding; a query normalises one record,
// looks up its blocking keys and scores a handful of candidates. Term frequencies follow the
// indexed records.
import type { CrmRecord } from '../model/record';
import { blockingKeys } from './blocking';
import { scorePair } from './compare';
import type { CompareContext } from './compare';
import type { Decisions } from './decisions';
import { levelOf, resolveOptions, toPair } from './find';
import { Preparer } from './prepare';
import { FeatureTable, familyOf } from './table';
import type { Family, SavedTable } from './table';
import type { DedupeOptions, DuplicatePair, PairDecision, Thresholds } from './types';

export const INDEX_SNAPSHOT_VERSION = 1;

/** What `serialise` returns: plain JSON, storable in IndexedDB or chrome.storage. */
export interface IndexSnapshot {
  version: number;
  region: string;
  thresholds: Thresholds;
  decisions: PairDecision[];
  /** Normalised rows and their dictionaries: restoring skips all text and phone parsing. */
  tables: SavedTable[];
}

export interface QueryMetrics {
  candidates: number;
  comparisons: number;
  cappedBlocks: number;
}

type RecordRef = Pick<CrmRecord, 'kind'> & { source: Pick<CrmRecord['source'], 'origin' | 'id'> };

function refKey(r: RecordRef): string {
  return `${r.source.origin}|${r.kind}|${r.source.id}`;
}

class FamilyIndex {
  readonly rowOf = new Map<string, number>();
  readonly rowsOfId = new Map<string, number[]>();
  readonly blocks = new Map<string, Set<number>>();
  readonly prep: Preparer;

  constructor(
    readonly table: FeatureTable,
    region: string,
  ) {
    this.prep = new Preparer(table, region);
  }

  attach(row: number, key: string): void {
    const T = this.table;
    this.rowOf.set(key, row);
    const id = T.ids[row]!;
    this.rowsOfId.set(id, [...(this.rowsOfId.get(id) ?? []), row]);
    for (const k of blockingKeys(T, row)) {
      let block = this.blocks.get(k);
      if (!block) this.blocks.set(k, (block = new Set()));
      block.add(row);
    }
    T.count(row, 1);
  }

  detach(key: string): void {
    const row = this.rowOf.get(key);
    if (row === undefined) return;
    const T = this.table;
    this.rowOf.delete(key);
    const id = T.ids[row]!;
    const rows = (this.rowsOfId.get(id) ?? []).filter((r) => r !== row);
    if (rows.length) this.rowsOfId.set(id, rows);
    else this.rowsOfId.delete(id);
    for (const k of blockingKeys(T, row)) {
      const block = this.blocks.get(k);
      block?.delete(row);
      if (block && !block.size) this.blocks.delete(k);
    }
    T.count(row, -1);
    T.release(row);
  }
}

export class DuplicateIndex {
  private readonly o: ReturnType<typeof resolveOptions>;
  private readonly families = new Map<Family, FamilyIndex>();
  /** Counts for the last query, for the overlay's diagnostics and the benchmark. */
  lastQuery: QueryMetrics = { candidates: 0, comparisons: 0, cappedBlocks: 0 };

  constructor(opts: DedupeOptions = {}) {
    this.o = resolveOptions(opts);
  }

  private family(f: Family): FamilyIndex {
    let fi = this.families.get(f);
    if (!fi) this.families.set(f, (fi = new FamilyIndex(new FeatureTable(f), this.o.region)));
    return fi;
  }

  get size(): number {
    let n = 0;
    for (const fi of this.families.values()) n += fi.rowOf.size;
    return n;
  }

  get decisions(): Decisions {
    return this.o.decisions;
  }

  /** Adds a record, or updates it when one with the same origin, kind and id is indexed. */
  add(r: CrmRecord): void {
    const fam = familyOf(r.kind);
    if (!fam) return;
    const fi = this.family(fam);
    const key = refKey(r);
    fi.detach(key);
    const row = fi.prep.write(r, true);
    if (row !== undefined) fi.attach(row, key);
  }

  addAll(records: Iterable<CrmRecord>): void {
    for (const r of records) this.add(r);
  }

  remove(r: RecordRef): void {
    const fam = familyOf(r.kind);
    if (fam) this.families.get(fam)?.detach(refKey(r));
  }

  has(r: RecordRef): boolean {
    const fam = familyOf(r.kind);
    return !!fam && !!this.families.get(fam)?.rowOf.has(refKey(r));
  }

  /** Records a user decision; it takes effect on the next query. */
  decide(d: PairDecision): void {
    this.o.decisions.set(d);
  }

  /** Duplicates and possible duplicates of `r` among the indexed records, best first, with evidence. */
  query(r: CrmRecord): DuplicatePair[] {
    this.lastQuery = { candidates: 0, comparisons: 0, cappedBlocks: 0 };
    const fam = familyOf(r.kind);
    if (!fam) return [];
    const fi = this.family(fam);
    const T = fi.table;
    // The queried record is written to a scratch row (not counted, released afterwards).
    const q = fi.prep.write(r, true);
    if (q === undefined) return [];
    try {
      const self = fi.rowOf.get(refKey(r));
      const seen = new Set<number>([q]);
      if (self !== undefined) seen.add(self);
      const candidates: number[] = [];
      for (const k of blockingKeys(T, q)) {
        const block = fi.blocks.get(k);
        if (!block) continue;
        let taken = 0;
        for (const row of block) {
          if (taken++ >= this.o.maxBlockSize) {
            this.lastQuery.cappedBlocks++;
            break;
          }
          if (seen.has(row)) continue;
          seen.add(row);
          candidates.push(row);
        }
      }
      // Confirmed pairs come back even when no blocking key is shared any more.
      for (const row of this.confirmedPartners(fi, r.source.id)) {
        if (seen.has(row)) continue;
        seen.add(row);
        candidates.push(row);
      }
      this.lastQuery.candidates = candidates.length;
      const ctx: CompareContext = { table: T, thresholds: this.o.thresholds, inData: self !== undefined ? 2 : 1 };
      const out: DuplicatePair[] = [];
      for (const c of candidates) {
        const decision = this.o.decisions.get(r.kind, r.source.id, T.ids[c]!);
        if (decision === 'not-duplicate') continue;
        this.lastQuery.comparisons++;
        const score = scorePair(ctx, q, c).score;
        const level = decision === 'duplicate' ? 'duplicate' : levelOf(score, this.o.thresholds);
        if (!level) continue;
        const evidence = scorePair(ctx, q, c, true).evidence ?? [];
        if (decision === 'duplicate') evidence.push({ field: 'decision', similarity: 1, weight: 0, a: r.source.id, b: T.ids[c]! });
        out.push(toPair(T, q, c, score, level, evidence, decision === 'duplicate'));
      }
      return out.sort((a, b) => (a.level === b.level ? b.bits - a.bits : a.level === 'duplicate' ? -1 : 1));
    } finally {
      T.release(q);
    }
  }

  /** A JSON snapshot of the normalised records and decisions, for IndexedDB across worker restarts. */
  serialise(): IndexSnapshot {
    return {
      version: INDEX_SNAPSHOT_VERSION,
      region: this.o.region,
      thresholds: this.o.thresholds,
      decisions: this.o.decisions.toJSON(),
      tables: [...this.families.values()].map((fi) => fi.table.save()),
    };
  }

  /** Rebuilds an index from `serialise()` output without re-normalising any text. */
  static restore(snapshot: IndexSnapshot, opts: DedupeOptions = {}): DuplicateIndex {
    if (snapshot.version !== INDEX_SNAPSHOT_VERSION) throw new Error(`unsupported index snapshot version ${snapshot.version}`);
    const index = new DuplicateIndex({
      defaultRegion: snapshot.region,
      thresholds: snapshot.thresholds,
      decisions: snapshot.decisions,
      ...opts,
    });
    for (const saved of snapshot.tables) {
      const T = FeatureTable.load(saved);
      const fi = new FamilyIndex(T, index.o.region);
      index.families.set(saved.family, fi);
      for (let row = 0; row < T.rows; row++) fi.attach(row, `${T.origin(row)}|${T.kind(row)}|${T.ids[row]}`);
    }
    return index;
  }

  private confirmedPartners(fi: FamilyIndex, id: string): number[] {
    if (!this.o.decisions.size) return [];
    const out: number[] = [];
    for (const [a, b] of this.o.decisions.confirmed(fi.table.family)) {
      const other = a === id ? b : b === id ? a : undefined;
      if (other !== undefined) out.push(...(fi.rowsOfId.get(other) ?? []));
    }
    return out;
  }
}
