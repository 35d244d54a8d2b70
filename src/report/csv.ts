// Findings snapshot → CSV, one row per finding, UTF-8 with BOM so Excel reads Persian and
// Japanese text correctly. Cells that a spreadsheet would run as a formula are defused.
import type { FindingsSnapshot } from './snapshot';

export const CSV_HEADERS = [
  'check',
  'category',
  'severity',
  'message',
  'message_key',
  'record_count',
  'record_kinds',
  'record_ids',
  'record_names',
  'evidence',
] as const;

/** Inserted after record_names when any record has a URL (pages read in the browser; export files have none). */
export const CSV_URL_HEADER = 'record_urls';

export interface CsvOptions {
  /** Add the record_urls column; default: when any finding's record has a URL. */
  urls?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: unknown): string {
  let s =
    value === undefined || value === null
      ? ''
      : typeof value === 'string'
        ? value
        : typeof value === 'number'
          ? String(value)
          : JSON.stringify(value);
  // =, +, -, @ (and tab/CR) at the start make Excel and Sheets evaluate the cell
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(snapshot: FindingsSnapshot, opts: CsvOptions = {}): string {
  const urls = opts.urls ?? snapshot.findings.some((f) => f.records.some((r) => r.url));
  const category = new Map(snapshot.checks.map((c) => [c.id, c.category]));
  const headers: string[] = [...CSV_HEADERS];
  if (urls) headers.splice(headers.indexOf('record_names') + 1, 0, CSV_URL_HEADER);
  const lines = [headers.join(',')];
  for (const f of snapshot.findings) {
    const kinds = [...new Set(f.records.map((r) => r.kind))].join(';');
    const cells: unknown[] = [
      f.check,
      category.get(f.check) ?? '',
      f.severity,
      f.message.text,
      f.message.key,
      f.records.length,
      kinds,
      f.records.map((r) => r.id).join(';'),
      f.records.map((r) => r.name ?? '').join(';'),
    ];
    if (urls) cells.push(f.records.map((r) => r.url ?? '').join(';'));
    cells.push(Object.keys(f.evidence).length ? f.evidence : '');
    lines.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
