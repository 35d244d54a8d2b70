// Batch candidate generation without an all-pairs scan and without a string map of every key:
// each (key hash, record) is one float in a typed array, sorted once; runs of equal hashes are
// blocks. A pair that shares several blocks is compared once, in the first block it shares
// (redundancy-free blocking). Blocks over `maxBlockSize` are compared only within a sliding
// window over a sort key (sorted neighbourhood) and counted as capped, never silently dropped.
import { blockingHashes, windowKey } from './blocking';
import type { FeatureTable } from './table';

export interface CandidateStats {
  candidatePairs: number;
  blocks: number;
  largestBlock: number;
  cappedBlocks: number;
  cappedPairs: number;
  blockingKeys: number;
}

class GrowableF64 {
  data: Float64Array;
  constructor(capacity: number) {
    this.data = new Float64Array(Math.max(1024, capacity));
  }
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

interface Blocks {
  /** Row of each (key, row) entry, in key-hash order. */
  member: Int32Array;
  /** Runs of ≥ 2 equal hashes: the blocks, as [start, end) into `member`. */
  starts: number[];
  ends: number[];
}

/**
 * Every (key hash, row) of the table as one float (hash * n + row), sorted once. Its own
 * function so the 8-bytes-an-entry array is garbage before the comparisons start.
 */
function sortedBlocks(T: FeatureTable, stats: CandidateStats): Blocks {
  const n = T.rows;
  // hash * n + i must stay below 2^53: drop hash bits for very large inputs (collisions only add candidates)
  const idBits = Math.ceil(Math.log2(n + 1));
  const shift = Math.max(0, 32 - (53 - idBits));
  const entries = new GrowableF64(n * 6); // about five keys a record: no regrowth copies
  for (let i = 0; i < n; i++) {
    if (!T.isLive(i)) continue;
    for (const h of blockingHashes(T, i)) entries.push((h >>> shift) * n + i);
  }
  stats.blockingKeys = entries.length;
  const sorted = entries.data.subarray(0, entries.length).sort();

  // Split each entry back into (hash, record) once, the hash in place; blocks are runs of ≥ 2 equal hashes.
  const member = new Int32Array(sorted.length);
  const hashes = sorted;
  for (let k = 0; k < sorted.length; k++) {
    const h = Math.floor(sorted[k]! / n);
    member[k] = sorted[k]! - h * n;
    hashes[k] = h;
  }
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < sorted.length;) {
    const h = hashes[k]!;
    let e = k + 1;
    while (e < sorted.length && hashes[e] === h) e++;
    if (e - k >= 2) {
      starts.push(k);
      ends.push(e);
    }
    k = e;
  }
  return { member, starts, ends };
}

/** Calls `visit(i, j)` (i < j) once per candidate pair among rows 0..T.rows-1. */
export function forEachCandidate(
  T: FeatureTable,
  opts: { maxBlockSize: number; window: number },
  visit: (i: number, j: number) => void,
): CandidateStats {
  const n = T.rows;
  const stats: CandidateStats = { candidatePairs: 0, blocks: 0, largestBlock: 0, cappedBlocks: 0, cappedPairs: 0, blockingKeys: 0 };
  if (n < 2) return stats;
  const { member, starts, ends } = sortedBlocks(T, stats);
  const blocks = starts.length;
  stats.blocks = blocks;
  const capped = new Uint8Array(blocks);
  const memberOf = (k: number) => member[k]!;

  // Per-record sorted list of the blocks it belongs to (CSR layout).
  const offsets = new Int32Array(n + 1);
  for (let b = 0; b < blocks; b++) {
    const size = ends[b]! - starts[b]!;
    if (size > stats.largestBlock) stats.largestBlock = size;
    if (size > opts.maxBlockSize) capped[b] = 1;
    for (let k = starts[b]!; k < ends[b]!; k++) offsets[memberOf(k) + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const lists = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (let b = 0; b < blocks; b++) for (let k = starts[b]!; k < ends[b]!; k++) lists[fill[memberOf(k)]!++] = b;

  /** First block (not capped) shared by i and j, or -1. */
  const firstShared = (i: number, j: number): number => {
    let p = offsets[i]!;
    let q = offsets[j]!;
    const pe = offsets[i + 1]!;
    const qe = offsets[j + 1]!;
    while (p < pe && q < qe) {
      const x = lists[p]!;
      const y = lists[q]!;
      if (x === y) {
        if (!capped[x]) return x;
        p++;
        q++;
      } else if (x < y) p++;
      else q++;
    }
    return -1;
  };

  for (let b = 0; b < blocks; b++) {
    const s = starts[b]!;
    const e = ends[b]!;
    const size = e - s;
    if (!capped[b]) {
      for (let x = s; x < e; x++) {
        const i = memberOf(x);
        for (let y = x + 1; y < e; y++) {
          const j = memberOf(y);
          if (i === j) continue; // a hash collision between two keys of one record
          if (firstShared(i, j) !== b) continue;
          stats.candidatePairs++;
          visit(i, j);
        }
      }
      continue;
    }
    stats.cappedBlocks++;
    const members: number[] = [];
    for (let x = s; x < e; x++) members.push(memberOf(x));
    const keys = new Map(members.map((i) => [i, windowKey(T, i)]));
    members.sort((p, q) => (keys.get(p)! < keys.get(q)! ? -1 : keys.get(p)! > keys.get(q)! ? 1 : p - q));
    let windowPairs = 0;
    for (let x = 0; x < members.length; x++) {
      const last = Math.min(members.length - 1, x + opts.window);
      for (let y = x + 1; y <= last; y++) {
        windowPairs++;
        const i = members[x]!;
        const j = members[y]!;
        if (i === j || firstShared(i, j) !== -1) continue;
        stats.candidatePairs++;
        visit(i < j ? i : j, i < j ? j : i);
      }
    }
    stats.cappedPairs += (size * (size - 1)) / 2 - windowPairs;
  }
  return stats;
}
