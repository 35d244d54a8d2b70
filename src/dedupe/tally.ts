// Accumulates a pair's score and, when asked, the evidence behind it. The hot loop runs
// without evidence; pairs that clear the "possible" threshold are compared again with it.
import type { FieldEvidence } from '../model/audit';
import type { CanonicalFields, CrmRecord } from '../model/record';
import type { ColumnName, FeatureTable } from './table';

/** log2(m/u): the Fellegi-Sunter weight of an agreement level seen with probability m among matches and u among non-matches. */
export function weight(m: number, u: number): number {
  return Math.log2(m / u);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export type Group = 'first' | 'last' | 'household' | 'other' | 'geo';

/** One per comparison loop and reset per pair: the batch run scores millions of pairs. */
export class Tally {
  score = 0;
  evidence: FieldEvidence[] | undefined = undefined;
  // Positive weight per evidence group, for the caps (household, name-only).
  first = 0;
  last = 0;
  household = 0;
  other = 0;
  geo = 0;
  /** Channels (e-mail, phone, company) present on both sides that disagree. */
  conflicts = 0;
  /** Set when a field says "clearly not the same" (another given name, birth date, account):
   *  such a pair must never end up in one group through a third record. */
  clash = false;
  private table: FeatureTable | undefined = undefined;
  private a = -1;
  private b = -1;

  reset(explain: boolean, table?: FeatureTable, a = -1, b = -1): this {
    this.score = 0;
    this.first = this.last = this.household = this.other = this.geo = 0;
    this.conflicts = 0;
    this.clash = false;
    this.evidence = explain ? [] : undefined;
    this.table = table;
    this.a = a;
    this.b = b;
    return this;
  }

  /**
   * Adds a field's weight. `colA`/`colB` name the columns compared (for the evidence text; they
   * differ when names were compared swapped); they are only read when explaining.
   */
  add(field: string, w: number, similarity: number, group: Group, colA?: ColumnName, colB: ColumnName | undefined = colA): void {
    this.score += w;
    if (w > 0) {
      if (group === 'first') this.first += w;
      else if (group === 'last') this.last += w;
      else if (group === 'household') this.household += w;
      else if (group === 'other') this.other += w;
      else this.geo += w;
    }
    if (this.evidence) {
      const ev: FieldEvidence = { field, similarity: Math.round(similarity * 1000) / 1000, weight: Math.round(w * 100) / 100 };
      const da = colA ? this.value(this.a, colA, COLUMN_FIELD[colA] ?? field) : this.shown(this.a, field);
      const db = colB ? this.value(this.b, colB, COLUMN_FIELD[colB] ?? field) : this.shown(this.b, field);
      if (da !== undefined) ev.a = da;
      if (db !== undefined) ev.b = db;
      this.evidence.push(ev);
    }
  }

  /**
   * A rule that adjusts the score (caps, user decisions): shown as its own evidence line, with
   * both records' values of the columns the rule looked at, so a reader sees what it judged.
   */
  adjust(rule: string, w: number, cols: readonly (ColumnName | 'amount')[] = []): void {
    if (!w) return;
    this.score += w;
    if (!this.evidence) return;
    const ev: FieldEvidence = { field: rule, similarity: 0, weight: Math.round(w * 100) / 100 };
    const da = this.values(this.a, cols);
    const db = this.values(this.b, cols);
    if (da) ev.a = da;
    if (db) ev.b = db;
    this.evidence.push(ev);
  }

  /** A column's value as the CRM showed it, else as normalised; undefined when empty. */
  private value(row: number, col: ColumnName, field: string = COLUMN_FIELD[col] ?? col): string | undefined {
    const T = this.table;
    return display(T?.recs[row], field) ?? (T ? T.s(col, row) || undefined : undefined);
  }

  private shown(row: number, field: string): string | undefined {
    return display(this.table?.recs[row], field);
  }

  /** Several columns' values joined for one evidence line ("Karimi · +98 21 2222 3333"). */
  private values(row: number, cols: readonly (ColumnName | 'amount')[]): string {
    const out: string[] = [];
    for (const c of cols) {
      // the amount is a number column of its own, not a dictionary column
      const v = c === 'amount' ? this.shown(row, c) : this.value(row, c);
      if (v !== undefined) out.push(v);
    }
    return out.join(' · ');
  }
}

// Evidence shows the value as the CRM showed it: which canonical field a compared column came from.
const COLUMN_FIELD: Partial<Record<ColumnName, string>> = {
  first: 'firstName',
  last: 'lastName',
  email0: 'emails',
  phone0: 'phones',
  dob: 'birthDate',
  nameKey: 'name',
  name: 'name',
  compact: 'name',
};

const FIELD_SOURCES: Record<string, (keyof CanonicalFields)[]> = {
  firstName: ['firstName'],
  lastName: ['lastName'],
  name: ['name', 'subject'],
  emails: ['emails'],
  phones: ['phones'],
  company: ['company'],
  companyId: ['companyId'],
  website: ['website'],
  street: ['street'],
  city: ['city'],
  postcode: ['postcode'],
  state: ['state'],
  country: ['country'],
  birthDate: ['birthDate'],
  amount: ['amount'],
  closeDate: ['closeDate'],
  owner: ['owner', 'ownerId'],
};

/** The value as the CRM showed it, when the record is at hand (evidence is for people). */
function display(rec: CrmRecord | undefined, field: string): string | undefined {
  if (!rec) return undefined;
  for (const k of FIELD_SOURCES[field] ?? []) {
    const v = rec.fields[k];
    if (v === undefined || v === '') continue;
    if (Array.isArray(v)) return v.join(', ');
    return String(v);
  }
  return undefined;
}
