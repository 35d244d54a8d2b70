// Dictionary encoding for one field: each distinct normalised value gets a small integer, the
// table stores integers, and the term frequency of a value is a counter indexed by its id.
// Equal values compare as equal integers; a million records keep one copy of "smith".

/**
 * Dense ids for strings, by open addressing: [hash, id] per slot in one array (id 0 = empty
 * slot). A million-contact run interns a million e-mails, phones and streets: a JS Map costs a
 * lookup and an insert for each, several cache misses apiece; here an insert is one probe into
 * one cache line.
 */
export class StringIds {
  private slots = new Int32Array(2 * 64);
  private mask = 63;
  /** id → hash, so that growing never re-reads a string. */
  private hashes = new Int32Array(64);
  /** id → value; id 0 is the empty value. */
  readonly values: string[] = [''];

  get size(): number {
    return this.values.length;
  }

  /** The id of `value`, adding it when new. '' is always 0. */
  id(value: string): number {
    if (!value) return 0;
    const h = hashOf(value);
    const slots = this.slots;
    let k = h & this.mask;
    for (;;) {
      const at = slots[2 * k + 1]!;
      if (at === 0) break;
      if (slots[2 * k] === h && this.values[at] === value) return at;
      k = (k + 1) & this.mask;
    }
    const id = this.values.length;
    this.values.push(value);
    slots[2 * k] = h;
    slots[2 * k + 1] = id;
    if (id >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = h;
    this.added(id);
    if (this.values.length * 2 > this.mask + 1) this.grow();
    return id;
  }

  /** Called once per new id. */
  protected added(_id: number): void {}

  /**
   * Room for `n` values without growing: a batch run knows how many records it will intern, and
   * each doubling of a million-value table rewrites every slot at random places.
   */
  reserve(n: number): void {
    let size = this.mask + 1;
    while (size < n * 2) size *= 2;
    if (size > this.mask + 1) this.grow(size);
  }

  /** Doubles the slot array (load stays at most one half), or makes it `size`. */
  private grow(size = (this.mask + 1) * 2): void {
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (let id = 1; id < this.values.length; id++) {
      const h = this.hashes[id]!;
      let k = h & mask;
      while (slots[2 * k + 1] !== 0) k = (k + 1) & mask;
      slots[2 * k] = h;
      slots[2 * k + 1] = id;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** The id of `value` if known (no insertion). */
  find(value: string): number | undefined {
    if (!value) return 0;
    const h = hashOf(value);
    let k = h & this.mask;
    for (;;) {
      const at = this.slots[2 * k + 1]!;
      if (at === 0) return undefined;
      if (this.slots[2 * k] === h && this.values[at] === value) return at;
      k = (k + 1) & this.mask;
    }
  }

  str(id: number): string {
    return this.values[id] ?? '';
  }

  /** `fnv1a(str(id))` without reading the string: blocking hashes e-mails and phones that rarely repeat. */
  fnvOf(id: number): number {
    if (id <= 0 || id >= this.values.length) return FNV_BASIS;
    const h = this.hashes[id]!;
    return h ^ (h >>> 16); // the fold is its own inverse
  }
}

export class Dict extends StringIds {
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

  protected override added(id: number): void {
    if (id >= this.counts.length) {
      const next = new Int32Array(this.counts.length * 2);
      next.set(this.counts);
      this.counts = next;
    }
  }

  private split: (string[] | undefined)[] = [];

  /** The value's words (memoised: street and company names are compared word by word). */
  tokens(id: number): string[] {
    return (this.split[id] ??= this.str(id).split(' '));
  }

  bump(id: number, by: number): void {
    if (id) this.counts[id] = Math.max(0, this.counts[id]! + by);
  }

  count(id: number): number {
    return this.counts[id] ?? 0;
  }
}

const FNV_BASIS = 0x811c9dc5;

/** 32-bit FNV-1a of a string, or of its characters `from` to `to` (no slice made). */
export function fnv1a(s: string, from = 0, to = s.length): number {
  let h = FNV_BASIS;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}

/** FNV-1a, its high bits folded into the low ones (the slot index is the low bits). */
function hashOf(s: string): number {
  const h = fnv1a(s);
  return h ^ (h >>> 16);
}
