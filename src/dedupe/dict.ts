// Dictionary encoding for one field: each distinct normalised value gets a small integer, the
// table stores integers, and the term frequency of a value is a counter indexed by its id.
// Equal values compare as equal integers; a million records keep one copy of "smith".

export class Dict {
  private readonly ids = new Map<string, number>();
  /** id → value; id 0 is the empty value. */
  readonly values: string[] = [''];
  /** id → how many indexed records carry the value (term frequency). */
  counts = new Int32Array(256);
  /** u per id (tf.ts), valid for one stamp of the table's counts; NaN = not computed. */
  uValues = new Float64Array(0);
  uStamp = -1;
  /** Hash of a cut of each value (blocking.ts), per cut; 0 = not computed. Values never change, so neither do these. */
  partHashes: (Int32Array | undefined)[] = [];

  /** A dictionary restored from `values` (as saved): same ids, zero counts. */
  static from(values: readonly string[]): Dict {
    const d = new Dict();
    for (let k = 1; k < values.length; k++) d.id(values[k]!);
    return d;
  }

  get size(): number {
    return this.values.length;
  }

  /** The id of `value`, adding it when new. '' is always 0. */
  id(value: string): number {
    if (!value) return 0;
    const hit = this.ids.get(value);
    if (hit !== undefined) return hit;
    const id = this.values.length;
    this.values.push(value);
    this.ids.set(value, id);
    if (id >= this.counts.length) {
      const next = new Int32Array(this.counts.length * 2);
      next.set(this.counts);
      this.counts = next;
    }
    return id;
  }

  /** The id of `value` if known (no insertion). */
  find(value: string): number | undefined {
    return value ? this.ids.get(value) : 0;
  }

  private split: (string[] | undefined)[] = [];

  /** The value's words (memoised: street and company names are compared word by word). */
  tokens(id: number): string[] {
    return (this.split[id] ??= this.str(id).split(' '));
  }

  str(id: number): string {
    return this.values[id] ?? '';
  }

  bump(id: number, by: number): void {
    if (id) this.counts[id] = Math.max(0, this.counts[id]! + by);
  }

  count(id: number): number {
    return this.counts[id] ?? 0;
  }
}
