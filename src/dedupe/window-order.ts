// Order inside an oversized block (sorted neighbourhood): members are compared with their
// neighbours in this order only. The order is that of the key `windowKey` writes, but it is
// computed from integer ranks: a million-contact run has some 280,000 members of capped blocks,
// and building, flattening and comparing a key string for each cost most of a second.
import { COL } from './table';
import type { ColumnName, Family, FeatureTable } from './table';
import type { Dict } from './dict';

/** The columns of the window key, most significant first. */
const WINDOW_COLUMNS: Record<Family, ColumnName[]> = {
  person: ['lastPh', 'firstPh', 'first', 'dob'],
  company: ['compact'],
  deal: ['nameKey', 'closeDate'],
};

const BAR = 0x7c; // '|'

/** The window key of a row as a string: `lastPh|firstPh|first|dob` for a person. */
export function windowKey(T: FeatureTable, r: number): string {
  return WINDOW_COLUMNS[T.family].map((c) => T.s(c, r)).join('|');
}

/** `a + '|'` against `b + '|'` as strings compare, without building either. */
function compareBarred(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    const d = a.charCodeAt(k) - b.charCodeAt(k);
    if (d) return d;
  }
  if (a.length === b.length) return 0;
  // the shorter one goes on with '|', the longer one with its next character
  return a.length < b.length ? BAR - b.charCodeAt(n) || -1 : a.charCodeAt(n) - BAR || 1;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** rank[id]: the place of a dictionary's value among all its values, in key order. */
function ranksOf(d: Dict, barred: boolean): Int32Array {
  const values = d.values;
  const ids = Array.from({ length: values.length }, (_, k) => k);
  const cmp = barred ? compareBarred : compareStrings;
  ids.sort((x, y) => cmp(values[x]!, values[y]!));
  const rank = new Int32Array(values.length);
  for (let k = 0; k < ids.length; k++) rank[ids[k]!] = k;
  return rank;
}

/**
 * A sorter of rows by window key (ties by row), for one table as it is now. Each dictionary's
 * values are ranked once, on first use: every part but the last is followed by '|' in the
 * key, so it is ranked as `value|` would sort.
 */
export function windowOrder(T: FeatureTable): (rows: number[]) => number[] {
  const columns = WINDOW_COLUMNS[T.family];
  const cols = columns.map((c) => COL[c]);
  let ranks: Int32Array[] | undefined;
  const rankAll = (): Int32Array[] => {
    // lastPh and firstPh share the phonetic dictionary: ranked once
    const done = new Map<Dict, Int32Array>();
    return columns.map((c, k) => {
      const d = T.dictOf(c);
      const barred = k < columns.length - 1;
      const r = (barred && done.get(d)) || ranksOf(d, barred);
      if (barred) done.set(d, r);
      return r;
    });
  };
  return (rows) => {
    const rk = (ranks ??= rankAll());
    return rows.sort((p, q) => {
      for (let k = 0; k < cols.length; k++) {
        const rank = rk[k]!;
        const d = rank[T.at(p, cols[k]!)]! - rank[T.at(q, cols[k]!)]!;
        if (d) return d;
      }
      return p - q;
    });
  };
}
