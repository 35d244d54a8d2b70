// Export files (CSV, JSON) → canonical records. Pure: takes text or bytes plus the file name,
// so the options page (File → ArrayBuffer) and the CLI (fs) share it. Never throws: a file
// that can't be read at all comes back with `error` (message + line where known); rows that
// can't be used are skipped and counted with their line numbers.
import { isRecordKind, type CrmRecord, type RecordKind } from '../../model/record';
import { matchHeader, normaliseHeader } from '../dictionary';
import { parseCsv } from './csv';
import { decodeBytes } from './decode';
import { detectIdColumn, kindFromFileName, kindFromHeaders, kindFromWord } from './detect';
import { problem, resolveMapping, rowToRecord, type ImportProblem, type RowContext } from './rows';

export { decodeBytes, detectEncoding, encodingLabel, type Encoding } from './decode';
export { contentHash, detectIdColumn, kindFromFileName, kindFromHeaders, kindFromWord } from './detect';
export { parseMapping, type ImportProblem, type MappingTarget } from './rows';

export interface ImportOptions {
  /** Record kind of every record in the file (else: JSON key, file name, headers). */
  kind?: RecordKind;
  /** Header of the id column (else detected). */
  idColumn?: string;
  /** Extra header mappings: header → canonical field name or "id". */
  map?: Readonly<Record<string, string>>;
  /** "csv" or "json"; else from the file name, else from the first character. */
  format?: 'csv' | 'json';
  /** ISO time stored as each record's `seenAt`; defaults to the clock. */
  seenAt?: string;
  /** Record origin; defaults to "file:<file name>". */
  origin?: string;
  onProgress?: (rows: number) => void;
}

export interface ImportResult {
  fileName: string;
  format: 'csv' | 'json';
  encoding: string;
  records: CrmRecord[];
  /** Records read per kind. */
  counts: Partial<Record<RecordKind, number>>;
  /** Id column used per kind (absent: content-hash ids). */
  idColumns: Partial<Record<RecordKind, string>>;
  /** Headers the dictionary did not map to a field (kept in `raw`). */
  unmapped: string[];
  /** Reason → count: ragged rows, duplicate ids, unparseable dates… */
  skipped: Record<string, number>;
  /** The first problems with their line (CSV) or item (JSON) numbers. */
  problems: ImportProblem[];
  stats: { rows: number; records: number; hashIds: number };
  /** Set when the file could not be read at all; `records` is then empty. */
  error?: { message: string; line?: number };
}

export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}

export function emptyResult(fileName: string, format: 'csv' | 'json', encoding: string): ImportResult {
  return {
    fileName,
    format,
    encoding,
    records: [],
    counts: {},
    idColumns: {},
    unmapped: [],
    skipped: {},
    problems: [],
    stats: { rows: 0, records: 0, hashIds: 0 },
  };
}

export function fail(result: ImportResult, message: string, line?: number): ImportResult {
  result.error = line === undefined ? { message } : { message, line };
  result.records = [];
  return result;
}

export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, i) => {
    const name = h || `column ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} #${n}`;
  });
}

export function context(
  result: ImportResult,
  kind: RecordKind,
  headers: readonly string[],
  opts: ImportOptions,
  objectType?: string,
): RowContext {
  const mapping = resolveMapping(headers, opts.map, normaliseHeader);
  const mappedId = [...mapping].find(([, t]) => t === 'id')?.[0];
  const idColumn = mappedId ?? detectIdColumn(headers, kind, opts.idColumn);
  if (idColumn) result.idColumns[kind] = idColumn;
  const ctx: RowContext = {
    kind,
    origin: opts.origin ?? `file:${result.fileName}`,
    seenAt: opts.seenAt ?? new Date().toISOString(),
    idColumn,
    mapping,
    ids: new Map(),
    hashes: new Map(),
    skipped: result.skipped,
    problems: result.problems,
    stats: result.stats,
  };
  if (objectType) ctx.objectType = objectType;
  return ctx;
}

export function noteUnmapped(result: ImportResult, headers: readonly string[], kind: RecordKind, ctx: RowContext): void {
  for (const h of headers) {
    if (h === ctx.idColumn || ctx.mapping.has(h)) continue;
    if (!matchHeaderSafe(h, kind) && !result.unmapped.includes(h)) result.unmapped.push(h);
  }
}

function matchHeaderSafe(h: string, kind: RecordKind): boolean {
  try {
    return matchHeader(h, kind) !== undefined;
  } catch {
    return false;
  }
}

export function push(result: ImportResult, record: CrmRecord | undefined): void {
  if (!record) return;
  result.records.push(record);
  result.counts[record.kind] = (result.counts[record.kind] ?? 0) + 1;
}

export const KIND_HINT = 'name the file after its records (contacts.csv, deals.csv, …) or pass the kind explicitly (--kind contact)';

export function importCsv(text: string, fileName: string, opts: ImportOptions = {}, encoding = 'utf-8'): ImportResult {
  const name = baseName(fileName);
  const result = emptyResult(name, 'csv', encoding);
  const parsed = parseCsv(text, opts.onProgress);
  if (parsed.headers.length === 0) {
    const bad = parsed.bad[0];
    return bad ? fail(result, bad.reason, bad.line) : fail(result, 'is empty: no header row found', 1);
  }
  const headers = uniqueHeaders(parsed.headers);
  const kind = opts.kind ?? kindFromFileName(name) ?? kindFromHeaders(headers);
  if (!kind) return fail(result, `cannot tell what kind of records it holds: ${KIND_HINT}`, parsed.headerLine);
  const ctx = context(result, kind, headers, opts);
  if (opts.idColumn && !ctx.idColumn)
    return fail(result, `has no id column "${opts.idColumn}" (columns: ${headers.join(', ')})`, parsed.headerLine);
  for (const b of parsed.bad) problem(ctx, b.line, b.reason, b.reason.startsWith('ragged') ? 'ragged row' : 'malformed row');
  for (const row of parsed.rows) {
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => (cells[h] = row.cells[i] ?? ''));
    push(result, rowToRecord(cells, row.line, ctx));
  }
  noteUnmapped(result, headers, kind, ctx);
  return result;
}

const WRAPPER_KEYS = ['data', 'results', 'records', 'items', 'rows', 'value', 'objects'];

function jsonErrorLine(text: string, message: string): number | undefined {
  const lc = /line (\d+)/.exec(message);
  if (lc) return Number(lc[1]);
  const pos = /position (\d+)/.exec(message);
  if (!pos) return undefined;
  let line = 1;
  const end = Math.min(Number(pos[1]), text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** HubSpot `{ id, properties: {…} }` and Salesforce `{ attributes: { type }, … }` → one flat row. */
function flatten(item: Record<string, unknown>): { row: Record<string, unknown>; objectType?: string } {
  let row = item;
  let objectType: string | undefined;
  if (isObject(item.properties)) {
    const { properties, ...rest } = item;
    row = { ...(properties as Record<string, unknown>), ...rest };
  }
  if (isObject(row.attributes) && typeof row.attributes.type === 'string') {
    objectType = row.attributes.type;
    const { attributes: _drop, ...rest } = row;
    row = rest;
  }
  return objectType ? { row, objectType } : { row };
}

function headersOf(items: readonly unknown[]): string[] {
  const keys = new Set<string>();
  for (const it of items.slice(0, 200)) if (isObject(it)) for (const k of Object.keys(flatten(it).row)) keys.add(k);
  return [...keys];
}

export function importJson(text: string, fileName: string, opts: ImportOptions = {}, encoding = 'utf-8'): ImportResult {
  const name = baseName(fileName);
  const result = emptyResult(name, 'json', encoding);
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return fail(result, `is not valid JSON (${message})`, jsonErrorLine(text, message));
  }
  // the shapes: [records], { contacts: [...], deals: [...] }, { data|results: [records] }
  const groups: { items: unknown[]; kind: RecordKind | undefined; key?: string }[] = [];
  if (Array.isArray(data)) groups.push({ items: data, kind: undefined });
  else if (isObject(data)) {
    const keyed = Object.entries(data).filter(([k, v]) => Array.isArray(v) && kindFromWord(k));
    if (keyed.length) {
      for (const [k, v] of keyed) groups.push({ items: v as unknown[], kind: kindFromWord(k), key: k });
      for (const [k, v] of Object.entries(data)) {
        if (Array.isArray(v) && !kindFromWord(k))
          problem(result, 1, `key "${k}" is not a record kind: its ${v.length} items were skipped`, 'unknown JSON key');
      }
    } else {
      const wrapper = WRAPPER_KEYS.find((k) => Array.isArray(data[k]));
      if (wrapper) groups.push({ items: data[wrapper] as unknown[], kind: undefined });
      else return fail(result, 'expected an array of records or an object keyed by kind ({ "contacts": [...], "deals": [...] })', 1);
    }
  } else return fail(result, 'expected an array of records or an object keyed by kind ({ "contacts": [...], "deals": [...] })', 1);

  for (const group of groups) {
    const headers = headersOf(group.items);
    const kind = opts.kind ?? group.kind ?? kindFromFileName(name) ?? kindFromHeaders(headers);
    if (!kind) return fail(result, `cannot tell what kind of records it holds: ${KIND_HINT}`);
    const ctx = context(result, kind, headers, opts);
    if (opts.idColumn && !ctx.idColumn && group.items.length)
      return fail(result, `has no id key "${opts.idColumn}"${group.key ? ` in "${group.key}"` : ''}`);
    group.items.forEach((item, i) => {
      if (!isObject(item)) {
        problem(ctx, i + 1, `item ${i + 1}${group.key ? ` of "${group.key}"` : ''} is not an object: skipped`, 'not a record');
        return;
      }
      const { row, objectType } = flatten(item);
      ctx.objectType = objectType;
      if (!ctx.objectType) delete ctx.objectType;
      push(result, rowToRecord(row, i + 1, ctx));
      if (opts.onProgress && (i + 1) % 10_000 === 0) opts.onProgress(i + 1);
    });
    noteUnmapped(result, headers, kind, ctx);
  }
  return result;
}

function formatOf(fileName: string, text: string, explicit?: 'csv' | 'json'): 'csv' | 'json' {
  if (explicit) return explicit;
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

/** Reads one export file given as text or bytes. */
export function importFile(input: string | Uint8Array | ArrayBuffer, fileName: string, opts: ImportOptions = {}): ImportResult {
  const name = baseName(fileName);
  if (opts.kind !== undefined && !isRecordKind(opts.kind))
    return fail(emptyResult(name, 'csv', 'utf-8'), `unknown record kind "${String(opts.kind)}"`);
  let text: string;
  let encoding = 'utf-8';
  if (typeof input === 'string') text = input;
  else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return fail(emptyResult(name, /\.json$/i.test(name) ? 'json' : 'csv', 'unknown'), decoded.error, decoded.line);
    text = decoded.text;
    encoding = decoded.encoding;
  }
  const format = formatOf(name, text, opts.format);
  return format === 'json' ? importJson(text, name, opts, encoding) : importCsv(text, name, opts, encoding);
}
