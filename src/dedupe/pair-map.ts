// A map keyed by an unordered pair of row numbers. `i * n + j` would overflow V8's small
// integers past 46,341 rows and make every key a heap-allocated number; rows have few
// pairs each, so a short list per smaller row is both smaller and faster. No key object or
// array is built per call: the chaining guard asks millions of times in a batch run.
interface Entry<V> {
  j: number;
  v: V;
}

export class PairMap<V> {
  private readonly byRow = new Map<number, Entry<V>[]>();
  size = 0;

  get(x: number, y: number): V | undefined {
    const list = this.byRow.get(x < y ? x : y);
    if (!list) return undefined;
    const j = x < y ? y : x;
    for (let k = 0; k < list.length; k++) if (list[k]!.j === j) return list[k]!.v;
    return undefined;
  }

  set(x: number, y: number, v: V): void {
    const i = x < y ? x : y;
    const j = x < y ? y : x;
    let list = this.byRow.get(i);
    if (!list) this.byRow.set(i, (list = []));
    for (let k = 0; k < list.length; k++) {
      if (list[k]!.j === j) {
        list[k]!.v = v;
        return;
      }
    }
    list.push({ j, v });
    this.size++;
  }

  *values(): IterableIterator<V> {
    for (const list of this.byRow.values()) for (const e of list) yield e.v;
  }
}
