import type { CanonicalFields, CrmRecord, RecordKind } from '../../../src/model/record';

let seq = 0;

/** A record as a reader would produce it; `id` defaults to a fresh one. */
export function rec(fields: CanonicalFields, kind: RecordKind = 'contact', id = `r${++seq}`, origin = 'https://crm.test'): CrmRecord {
  return { kind, source: { origin, id, via: 'dom-table' }, fields, raw: {}, seenAt: '2026-01-01T00:00:00.000Z' };
}

/** Unrelated filler contacts, so term frequencies have a population (names from a syllable grid). */
export function filler(n: number, kind: RecordKind = 'contact'): CrmRecord[] {
  const syl = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'ze', 'bo', 'da', 'fe'];
  const out: CrmRecord[] = [];
  for (let i = 0; i < n; i++) {
    const a = syl[i % syl.length]! + syl[Math.floor(i / 12) % 12]! + syl[Math.floor(i / 144) % 12]!;
    const b = syl[(i * 7) % 12]! + syl[(i * 5 + 3) % 12]! + 'son';
    out.push(rec({ firstName: a, lastName: b + i, emails: [`${a}.${b}${i}@filler.test`], city: 'Springfield' }, kind, `f${i}`));
  }
  return out;
}
