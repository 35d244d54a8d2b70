// Row-major storage of prepared records: one row per record holding dictionary ids, a
// family's columns side by side. At a million contacts an object per record (and its strings)
// would cost several hundred bytes each and most of the run's time in garbage collection; a
// row here costs under a hundred bytes, equal values compare as equal integers, and the term
// frequency of a value is a counter next to its dictionary entry. Rows, not one array per
// column: comparing two records reads nearly all their columns, one or two cache lines for a
// row against one line per column (docs/dedupe.md).
import type { CrmRecord, RecordKind } from '../model/record';
import { RECORD_KINDS } from '../model/record';
import { Dict } from './dict';
import { PairMemo } from './memo';
import type { MemoSlot } from './memo';

export type Family = 'person' | 'company' | 'deal';

export function familyOf(kind: RecordKind): Family | undefined {
  if (kind === 'contact' || kind === 'lead') return 'person';
  if (kind === 'company') return 'company';
  if (kind === 'deal') return 'deal';
  return undefined;
}

/** Dictionaries: one per field (term frequencies are per field); e-mail and phone slots share theirs. */
export const DICTS = [
  'origin',
  'street',
  'streetWords',
  'streetNumbers',
  'city',
  'postcode',
  'state',
  'country',
  'email',
  'phone',
  // person
  'first',
  'last',
  'ph',
  'whole',
  'suffix',
  'company',
  'domain',
  'dob',
  // company ('domain' and 'ph' shared with the person layout)
  'name',
  'compact',
  'form',
  'initials',
  // deal
  'nameKey',
  'companyId',
  'currency',
  'closeDate',
  'owner',
] as const;
export type DictName = (typeof DICTS)[number];

/** Columns and the dictionary each one's ids belong to. */
const COLUMNS = {
  origin: 'origin',
  street: 'street',
  streetWords: 'streetWords',
  streetNumbers: 'streetNumbers',
  city: 'city',
  postcode: 'postcode',
  state: 'state',
  country: 'country',
  email0: 'email',
  email1: 'email',
  phone0: 'phone',
  phone1: 'phone',
  first: 'first',
  last: 'last',
  firstPh: 'ph',
  lastPh: 'ph',
  whole: 'whole',
  suffix: 'suffix',
  company: 'company',
  domain: 'domain',
  dob: 'dob',
  name: 'name',
  compact: 'compact',
  form: 'form',
  initials: 'initials',
  namePh: 'ph',
  nameKey: 'nameKey',
  companyId: 'companyId',
  currency: 'currency',
  closeDate: 'closeDate',
  owner: 'owner',
} as const satisfies Record<string, DictName>;
export type ColumnName = keyof typeof COLUMNS;
const COMMON_COLUMNS: ColumnName[] = [
  'origin',
  'street',
  'streetWords',
  'streetNumbers',
  'city',
  'postcode',
  'state',
  'country',
  'email0',
  'email1',
  'phone0',
  'phone1',
];
/** Columns each family uses; the others stay zero-length (a person table has no legal form). */
const FAMILY_COLUMNS: Record<Family, ColumnName[]> = {
  person: [...COMMON_COLUMNS, 'first', 'last', 'firstPh', 'lastPh', 'whole', 'suffix', 'company', 'domain', 'dob'],
  company: [...COMMON_COLUMNS, 'name', 'compact', 'form', 'initials', 'namePh', 'domain'],
  deal: [...COMMON_COLUMNS, 'nameKey', 'company', 'companyId', 'currency', 'closeDate', 'owner'],
};
/**
 * Each column's place in a row: the person columns first, then the ones only companies and
 * deals have, so a family's row is as wide as the last column it uses.
 */
const COLUMN_ORDER: ColumnName[] = [
  ...FAMILY_COLUMNS.person,
  ...FAMILY_COLUMNS.company.filter((c) => !FAMILY_COLUMNS.person.includes(c)),
  ...FAMILY_COLUMNS.deal.filter((c) => !FAMILY_COLUMNS.person.includes(c) && !FAMILY_COLUMNS.company.includes(c)),
];
export const COL = Object.freeze(Object.fromEntries(COLUMN_ORDER.map((c, k) => [c, k])) as Record<ColumnName, number>);
/** Columns in a row of the family: up to the last column it uses. */
const strideOf = (family: Family): number => Math.max(...FAMILY_COLUMNS[family].map((c) => COL[c])) + 1;

const KIND_CODE = new Map<RecordKind, number>(RECORD_KINDS.map((k, i) => [k, i]));

/** One row as saved in an index snapshot: column ids in the order of the table's `columns`. */
export interface SavedRow {
  kind: RecordKind;
  id: string;
  flags: number;
  amount?: number;
  cols: number[];
  moreEmails?: number[];
  morePhones?: number[];
}

export interface SavedTable {
  family: Family;
  columns: string[];
  dicts: Record<string, string[]>;
  rows: SavedRow[];
}

export class FeatureTable {
  dict = Object.fromEntries(DICTS.map((d) => [d, new Dict()])) as Record<DictName, Dict>;
  /** Row r's column c is `cells[r * stride + c]` (`COL` numbers the columns). */
  cells: Int32Array;
  readonly stride: number;
  kindCode: Uint8Array;
  /** Bit k set: e-mail slot k is a team mailbox (info@, sales@). Bit 7: row is live. */
  flags: Uint8Array;
  amount: Float64Array;
  readonly ids: string[] = [];
  readonly recs: (CrmRecord | undefined)[] = [];
  /** E-mails and phones beyond the two column slots (rare). */
  readonly moreEmails = new Map<number, number[]>();
  readonly morePhones = new Map<number, number[]>();
  /** Rows allocated so far (high-water mark) and rows holding a record. */
  rows = 0;
  live = 0;
  private readonly free: number[] = [];
  private capacity: number;
  /** Goes up whenever term frequencies change: a cached weight holds for one version (memo.ts). */
  version = 0;
  /**
   * Size (log2) of the comparison caches, 0 for none. A batch run compares millions of pairs
   * of a table whose counts no longer change; an index changes its counts with every record.
   */
  memoBits = 0;
  private readonly memos: (PairMemo | undefined)[] = [];

  constructor(
    readonly family: Family,
    capacity = 1024,
  ) {
    this.capacity = Math.max(16, capacity);
    this.stride = strideOf(family);
    this.cells = new Int32Array(this.capacity * this.stride);
    this.kindCode = new Uint8Array(this.capacity);
    this.flags = new Uint8Array(this.capacity);
    this.amount = new Float64Array(this.capacity).fill(NaN);
  }

  /** A free row, reusing released ones first. */
  allocate(): number {
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    if (this.rows === this.capacity) this.grow();
    return this.rows++;
  }

  private grow(): void {
    const cap = this.capacity * 2;
    const cells = new Int32Array(cap * this.stride);
    cells.set(this.cells);
    this.cells = cells;
    const kinds = new Uint8Array(cap);
    kinds.set(this.kindCode);
    this.kindCode = kinds;
    const flags = new Uint8Array(cap);
    flags.set(this.flags);
    this.flags = flags;
    const amount = new Float64Array(cap).fill(NaN);
    amount.set(this.amount);
    this.amount = amount;
    this.capacity = cap;
  }

  dictOf(c: ColumnName): Dict {
    return this.dict[COLUMNS[c]];
  }

  /** The id in column `c` (a `COL` number) of a row. */
  at(row: number, c: number): number {
    return this.cells[row * this.stride + c]!;
  }

  put(row: number, c: number, id: number): void {
    this.cells[row * this.stride + c] = id;
  }

  /** The string value of a column at a row. */
  s(c: ColumnName, row: number): string {
    return this.dict[COLUMNS[c]].str(this.at(row, COL[c]));
  }

  kind(row: number): RecordKind {
    return RECORD_KINDS[this.kindCode[row]!]!;
  }

  setKind(row: number, kind: RecordKind): void {
    this.kindCode[row] = KIND_CODE.get(kind) ?? 0;
  }

  origin(row: number): string {
    return this.dict.origin.str(this.at(row, COL.origin));
  }

  isLive(row: number): boolean {
    return (this.flags[row]! & 0x80) !== 0;
  }

  /** E-mail ids of a row (slot 0, slot 1, then any more). */
  emails(row: number): number[] {
    return slots(this.at(row, COL.email0), this.at(row, COL.email1), this.moreEmails.get(row));
  }

  /** Phone ids of a row, in the same slot order. */
  phones(row: number): number[] {
    return slots(this.at(row, COL.phone0), this.at(row, COL.phone1), this.morePhones.get(row));
  }

  isRoleEmail(row: number, id: number): boolean {
    const f = this.flags[row]!;
    if (id === this.at(row, COL.email0)) return (f & 1) !== 0;
    if (id === this.at(row, COL.email1)) return (f & 2) !== 0;
    return false;
  }

  /** Live rows in a JSON-able form (dictionaries included), for persisting an index. */
  save(): SavedTable {
    const rows: SavedRow[] = [];
    for (let r = 0; r < this.rows; r++) {
      if (!this.isLive(r)) continue;
      const row: SavedRow = {
        kind: this.kind(r),
        id: this.ids[r]!,
        flags: this.flags[r]!,
        cols: FAMILY_COLUMNS[this.family].map((c) => this.at(r, COL[c])),
      };
      if (this.amount[r] === this.amount[r]) row.amount = this.amount[r]!;
      const me = this.moreEmails.get(r);
      if (me) row.moreEmails = me;
      const mp = this.morePhones.get(r);
      if (mp) row.morePhones = mp;
      rows.push(row);
    }
    const dicts = Object.fromEntries(DICTS.map((d) => [d, this.dict[d].values]));
    return { family: this.family, columns: FAMILY_COLUMNS[this.family], dicts, rows };
  }

  /** Rebuilds a table from `save()` output; rows are not counted (the caller indexes them). */
  static load(saved: SavedTable): FeatureTable {
    const T = new FeatureTable(saved.family, saved.rows.length);
    T.dict = Object.fromEntries(DICTS.map((d) => [d, Dict.from(saved.dicts[d] ?? [''])])) as Record<DictName, Dict>;
    const own = new Set<string>(FAMILY_COLUMNS[saved.family]);
    const at = saved.columns.map((c) => (own.has(c) ? COL[c as ColumnName] : -1));
    for (const s of saved.rows) {
      const r = T.allocate();
      T.setKind(r, s.kind);
      T.ids[r] = s.id;
      T.flags[r] = s.flags;
      if (s.amount !== undefined) T.amount[r] = s.amount;
      s.cols.forEach((v, k) => {
        if (at[k]! >= 0) T.put(r, at[k]!, v);
      });
      if (s.moreEmails) T.moreEmails.set(r, s.moreEmails);
      if (s.morePhones) T.morePhones.set(r, s.morePhones);
    }
    return T;
  }

  /** A comparison cache (one per pair of fields compared, memo.ts), if this table keeps them. */
  memo(slot: MemoSlot): PairMemo | undefined {
    if (!this.memoBits) return undefined;
    return (this.memos[slot] ??= new PairMemo(this.memoBits));
  }

  /** What a cached weight depends on besides the two values: the counts and how many of the pair they include. */
  stamp(inData: number): number {
    return this.version * 4 + inData;
  }

  /** Term-frequency counting of a row's values: +1 when it is indexed, -1 when it leaves. */
  count(row: number, by: 1 | -1): void {
    this.version++;
    this.live += by;
    for (const c of COUNTED[this.family]) this.dictOf(c).bump(this.at(row, COL[c]), by);
    for (const id of this.moreEmails.get(row) ?? []) this.dict.email.bump(id, by);
    for (const id of this.morePhones.get(row) ?? []) this.dict.phone.bump(id, by);
  }

  /** `count(r, 1)` for every live row, column by column (a batch run counts a million rows). */
  countAll(): void {
    this.version++;
    // one pass over the rows (a row is contiguous), each value counted straight into its dictionary
    const cols = COUNTED[this.family].map((c) => COL[c]);
    const counts = COUNTED[this.family].map((c) => this.dictOf(c).counts);
    const S = this.stride;
    const cells = this.cells;
    for (let r = 0, base = 0; r < this.rows; r++, base += S) {
      if (!(this.flags[r]! & 0x80)) continue;
      this.live++;
      for (let k = 0; k < cols.length; k++) {
        const id = cells[base + cols[k]!]!;
        if (id) counts[k]![id]!++;
      }
    }
    for (const ids of this.moreEmails.values()) for (const id of ids) this.dict.email.bump(id, 1);
    for (const ids of this.morePhones.values()) for (const id of ids) this.dict.phone.bump(id, 1);
  }

  /** Empties a row (after `count(row, -1)` if it was counted) and makes it reusable. */
  release(row: number): void {
    this.cells.fill(0, row * this.stride, (row + 1) * this.stride);
    this.flags[row] = 0;
    this.amount[row] = NaN;
    this.ids[row] = '';
    this.recs[row] = undefined;
    this.moreEmails.delete(row);
    this.morePhones.delete(row);
    this.free.push(row);
  }
}

const COUNTED_COMMON: ColumnName[] = ['email0', 'email1', 'phone0', 'phone1', 'street', 'city', 'postcode', 'state'];
const COUNTED: Record<Family, ColumnName[]> = {
  person: [...COUNTED_COMMON, 'first', 'last', 'whole', 'dob', 'company'],
  company: [...COUNTED_COMMON, 'compact', 'domain'],
  deal: [],
};

/** Two inline slots (0 = empty) plus the rare overflow list, as one array. */
function slots(a: number, b: number, more: readonly number[] | undefined): number[] {
  const out: number[] = [];
  if (a) out.push(a);
  if (b) out.push(b);
  if (more) out.push(...more);
  return out;
}
