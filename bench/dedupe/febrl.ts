// Febrl data sets fed as a CRM export would be: CSV → export headers → mapRaw → CrmRecord.
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { CrmRecord } from '../../src/model/record';
import { mapRaw } from '../../src/readers/dictionary';

export interface Labelled {
  records: CrmRecord[];
  /** record id → entity id (ground truth). */
  entityOf: Map<string, string>;
}

/** YYYYMMDD as exports write it in ISO form ("1908-12-09"); mapRaw does not read the compact form. */
function isoDate(v: string): string {
  return /^\d{8}$/.test(v) ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` : v;
}

export function loadFebrl(path: string): Labelled | undefined {
  if (!existsSync(path)) return undefined;
  const name = path.split('/').pop()!;
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim(),
    transform: (v) => v.trim(),
  });
  const records: CrmRecord[] = [];
  const entityOf = new Map<string, string>();
  for (const row of parsed.data) {
    const id = row.rec_id!;
    const street = [[row.street_number, row.address_1].filter(Boolean).join(' '), row.address_2].filter(Boolean).join(', ');
    const exportRow = {
      'First Name': row.given_name ?? '',
      'Last Name': row.surname ?? '',
      'Street Address': street,
      City: row.suburb ?? '',
      'Postal Code': row.postcode ?? '',
      State: row.state ?? '',
      'Date of Birth': isoDate(row.date_of_birth ?? ''),
    };
    const { fields, raw } = mapRaw(exportRow, 'contact');
    records.push({
      kind: 'contact',
      source: { origin: `file:${name}`, id, via: 'import' },
      fields,
      raw,
      seenAt: '2026-01-01T00:00:00.000Z',
    });
    entityOf.set(id, /^rec-(\d+)-/.exec(id)?.[1] ?? id);
  }
  return { records, entityOf };
}
