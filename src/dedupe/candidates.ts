// Batch candidate generation without an all-pairs scan and without a string map of every key:
// each (key hash, record) is one float in a typed array, sorted once; runs of equal hashes are
// blocks. A pair that shares several blocks is compared once, in the first block it shares
// (redundancy-free blocking). Blocks over `maxBlockSize` (`maxNameBlockSize` for keys made of
// names alone) are compared only within a sliding window over a sort key (sorted neighbourhood)
// and counted as capped, never silently dropped.
import { NAME_RULE_BIT, blockingHashes } from './blocking';
import { windowOrder } from './window-order';
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
  /** 1 for a block of a name rule (blocking.ts NAME_RULE_BIT). */
  nameRule: number[];
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
  const nameRule: number[] = [];
  const nameBit = NAME_RULE_BIT >>> shift;
  for (let k = 0; k < sorted.length;) {
    const h = hashes[k]!;
    let e = k + 1;
    while (e < sorted.length && hashes[e] === h) e++;
    if (e - k >= 2) {
      starts.push(k);
      ends.push(e);
      nameRule.push(h >= nameBit ? 1 : 0);
    }
    k = e;
  }
  return { member, starts, ends, nameRule };
}

/** Pairs (i < j) met in windows, in one typed array (open addressing; a million pairs, no Set of numbers). */
class PairSet {
  private readonly keys: Float64Array;
  private readonly mask: number;
  constructor(expected: number) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.keys = new Float64Array(size);
    this.mask = size - 1;
  }
  /** False when (i, j) was added before. */
  add(i: number, j: number, n: number): boolean {
    const key = i * n + j; // > 0: j > i >= 0
    let k = (Math.imul(i, 0x9e3779b1) ^ Math.imul(j, 0x85ebca6b)) & this.mask;
    for (;;) {
      const at = this.keys[k]!;
      if (at === key) return false;
      if (at === 0) {
        this.keys[k] = key;
        return true;
      }
      k = (k + 1) & this.mask;
    }
  }
}

/** Calls `visit(i, j)` (i < j) once per candidate pair among rows 0..T.rows-1. */
export function forEachCandidate(
  T: FeatureTable,
  opts: { maxBlockSize: number; maxNameBlockSize: number; window: number; nameWindow: number },
  visit: (i: number, j: number) => void,
): CandidateStats {
  const n = T.rows;
  const stats: CandidateStats = { candidatePairs: 0, blocks: 0, largestBlock: 0, cappedBlocks: 0, cappedPairs: 0, blockingKeys: 0 };
  if (n < 2) return stats;
  const { member, starts, ends, nameRule } = sortedBlocks(T, stats);
  const blocks = starts.length;
  stats.blocks = blocks;
  const capped = new Uint8Array(blocks);
  const memberOf = (k: number) => member[k]!;

  // Per-record sorted list of the blocks it belongs to (CSR layout).
  const offsets = new Int32Array(n + 1);
  for (let b = 0; b < blocks; b++) {
    const size = ends[b]! - starts[b]!;
    if (size > stats.largestBlock) stats.largestBlock = size;
    if (size > (nameRule[b] ? opts.maxNameBlockSize : opts.maxBlockSize)) capped[b] = 1;
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

  // Two capped blocks often hold the same people (both name keys of 30 namesakes): a pair met in
  // the windows of both is compared once. Pairs sharing an uncapped block never get here.
  let windowed = 0;
  for (let b = 0; b < blocks; b++) if (capped[b]) windowed += (ends[b]! - starts[b]!) * (nameRule[b] ? opts.nameWindow : opts.window);
  const seen = windowed ? new PairSet(windowed) : undefined;
  const sortWindow = windowOrder(T);

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
    sortWindow(members);
    let windowPairs = 0;
    const window = nameRule[b] ? opts.nameWindow : opts.window;
    for (let x = 0; x < members.length; x++) {
      const last = Math.min(members.length - 1, x + window);
      for (let y = x + 1; y <= last; y++) {
        windowPairs++;
        const i = members[x]!;
        const j = members[y]!;
        if (i === j || firstShared(i, j) !== -1) continue;
        const lo = i < j ? i : j;
        const hi = i < j ? j : i;
        if (!seen!.add(lo, hi, n)) continue;
        stats.candidatePairs++;
        visit(lo, hi);
      }
    }
    stats.cappedPairs += (size * (size - 1)) / 2 - windowPairs;
  }
  return stats;
}
