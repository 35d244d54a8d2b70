// The same two dictionary values meet again and again: in a million-contact run "james" and
// "jim", or two cities, are compared hundreds of thousands of times. A direct-mapped cache of
// (id a, id b) → (weight, similarity) answers the repeats without touching the strings. A
// collision overwrites the slot, so results stay exact: a miss recomputes. Term frequencies
// enter some weights, so a cache holds for one state of the table's counts and one `inData`
// (its stamp) and empties itself when the stamp changes.

/** The caches a table keeps, one per pair of fields compared. */
export const MEMO = {
  given: 0,
  family: 1,
  /** a given name against a family name (names tried the other way round) */
  givenFamily: 2,
  familyGiven: 3,
  city: 4,
  postcode: 5,
  state: 6,
  company: 7,
} as const;
export type MemoSlot = (typeof MEMO)[keyof typeof MEMO];

export class PairMemo {
  /** [a, b, weight, similarity] per slot: one cache line per lookup. */
  private readonly data: Float64Array;
  private readonly shift: number;
  private stamp = -1;
  /** The cached weight and similarity after a hit. */
  w = 0;
  sim = 0;

  constructor(bits = 16) {
    this.shift = 32 - bits;
    this.data = new Float64Array(4 << bits).fill(-1);
  }

  private slot(a: number, b: number): number {
    return ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> this.shift) << 2;
  }

  /** True when (a, b) was cached under `stamp`; the result is then in `w` and `sim`. */
  has(stamp: number, a: number, b: number): boolean {
    if (stamp !== this.stamp) {
      this.data.fill(-1);
      this.stamp = stamp;
      return false;
    }
    const k = this.slot(a, b);
    const d = this.data;
    if (d[k] !== a || d[k + 1] !== b) return false;
    this.w = d[k + 2]!;
    this.sim = d[k + 3]!;
    return true;
  }

  set(a: number, b: number, w: number, sim: number): void {
    const k = this.slot(a, b);
    const d = this.data;
    d[k] = a;
    d[k + 1] = b;
    d[k + 2] = w;
    d[k + 3] = sim;
  }
}
