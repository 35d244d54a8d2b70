// A map keyed by an unordered pair of row numbers. `i * n + j` would overflow V8's small
// integers past 46,341 rows and make every key a heap-allocated number; rows have few
// pairs each, so a short list per smaller row is both smaller and faster.
export class PairMap<V> {
  private readonly byRow = new Map<number, { j: number; v: V }[]>();
  size = 0;

  get(x: number, y: number): V | undefined {
    const [i, j] = x < y ? [x, y] : [y, x];
    const list = this.byRow.get(i);
    if (!list) return undefined;
    for (const e of list) if (e.j === j) return e.v;
    return undefined;
  }

  set(x: number, y: number, v: V): void {
    const [i, j] = x < y ? [x, y] : [y, x];
    let list = this.byRow.get(i);
    if (!list) this.byRow.set(i, (list = []));
    for (const e of list) {
      if (e.j === j) {
        e.v = v;
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
