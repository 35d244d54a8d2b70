// Findings snapshot → CSV, one row per finding, UTF-8 with BOM so Excel reads Persian and
// Japanese text correctly. Cells that a spreadsheet would run as a formula are defused.
import type { FindingsSnapshot } from '../report/snapshot';

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
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(snapshot: FindingsSnapshot): string {
  const category = new Map(snapshot.checks.map((c) => [c.id, c.category]));
  const lines = [CSV_HEADERS.join(',')];
  for (const f of snapshot.findings) {
    const kinds = [...new Set(f.records.map((r) => r.kind))].join(';');
    lines.push(
      [
        f.check,
        category.get(f.check) ?? '',
        f.severity,
        f.message.text,
        f.message.key,
        f.records.length,
        kinds,
        f.records.map((r) => r.id).join(';'),
        f.records.map((r) => r.name ?? '').join(';'),
        Object.keys(f.evidence).length ? f.evidence : '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
