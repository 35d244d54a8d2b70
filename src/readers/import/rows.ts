// Rows (header → cell) → canonical records: id column, extra header mappings, content-hash
// ids, duplicate ids. Shared by the CSV and JSON importers.
import type { CanonicalFields, CrmRecord, FieldKey, RecordKind } from '../../model/record';
import { fieldType, mapRaw, matchHeader } from '../dictionary';
import { contentHash } from './detect';

export interface ImportProblem {
  /** 1-based line in a CSV file, or item number in a JSON array. */
  line: number;
  reason: string;
}

/** A user mapping target: a canonical field, or `id` for the record id column. */
export type MappingTarget = FieldKey | 'id';

/** Parses `Header=field` (the CLI's `--map`); the field may be any name the dictionary knows ("email" → emails). */
export function parseMapping(spec: string): { header: string; field: MappingTarget } | { error: string } {
  const eq = spec.lastIndexOf('=');
  if (eq <= 0 || eq === spec.length - 1) return { error: `"${spec}": expected Header=field` };
  const header = spec.slice(0, eq).trim();
  const target = spec.slice(eq + 1).trim();
  if (!header) return { error: `"${spec}": the header is empty` };
  if (/^id$/i.test(target)) return { header, field: 'id' };
  const field = matchHeader(target);
  if (!field) return { error: `"${spec}": unknown field "${target}"` };
  return { header, field };
}

export interface RowContext {
  kind: RecordKind;
  origin: string;
  seenAt: string;
  idColumn: string | undefined;
  /** header → target, already resolved. */
  mapping: ReadonlyMap<string, MappingTarget>;
  objectType?: string;
  /** Ids seen so far in this file → line of first use. */
  ids: Map<string, number>;
  /** Hash ids seen so far → times, so identical rows stay distinct records. */
  hashes: Map<string, number>;
  skipped: Record<string, number>;
  problems: ImportProblem[];
  stats: { rows: number; records: number; hashIds: number };
}

export const MAX_PROBLEMS = 100;

export function problem(ctx: Pick<RowContext, 'skipped' | 'problems'>, line: number, reason: string, countAs = reason): void {
  ctx.skipped[countAs] = (ctx.skipped[countAs] ?? 0) + 1;
  if (ctx.problems.length < MAX_PROBLEMS) ctx.problems.push({ line, reason });
}

function mergeMapped(fields: CanonicalFields, extra: CanonicalFields): void {
  const f = fields as Record<string, unknown>;
  for (const [k, v] of Object.entries(extra)) {
    if (fieldType(k as FieldKey) === 'list' && Array.isArray(f[k])) f[k] = [...(f[k] as string[]), ...(v as string[])];
    else f[k] = v; // an explicit mapping beats the dictionary's guess
  }
}

/** One row → one record (or a counted problem). `cells` keep their original headers. */
export function rowToRecord(cells: Record<string, unknown>, line: number, ctx: RowContext): CrmRecord | undefined {
  ctx.stats.rows++;
  const plain: Record<string, unknown> = {};
  const mapped: Record<string, unknown> = {};
  let id: string | undefined;
  for (const [header, value] of Object.entries(cells)) {
    const target = ctx.mapping.get(header);
    if (header === ctx.idColumn || target === 'id') {
      const text = value == null ? '' : String(value).trim();
      if (text && id === undefined) id = text;
      continue;
    }
    if (target) mapped[target] = value;
    else plain[header] = value;
  }
  const result = mapRaw(plain, ctx.kind);
  const raw = result.raw;
  for (const [reason, n] of Object.entries(result.skipped)) ctx.skipped[reason] = (ctx.skipped[reason] ?? 0) + n;
  if (Object.keys(mapped).length) {
    // mapped through the field's own name, on a kind without header overrides, so it lands exactly there
    const extra = mapRaw(mapped, 'contact');
    mergeMapped(result.fields, extra.fields);
    for (const [reason, n] of Object.entries(extra.skipped)) ctx.skipped[reason] = (ctx.skipped[reason] ?? 0) + n;
    for (const [header, value] of Object.entries(cells)) {
      const target = ctx.mapping.get(header);
      if (target && target !== 'id' && value != null) raw[header] = String(value).trim();
    }
  }
  const idHeader = ctx.idColumn ?? [...ctx.mapping].find(([, t]) => t === 'id')?.[0];
  if (id !== undefined && idHeader) raw[idHeader] = id;

  let idIsHash = false;
  if (id === undefined) {
    const allEmpty = Object.values(raw).every((v) => v === '');
    if (allEmpty) return undefined; // blank line with separators only
    const hash = contentHash(raw);
    const seen = (ctx.hashes.get(hash) ?? 0) + 1;
    ctx.hashes.set(hash, seen);
    id = seen === 1 ? hash : `${hash}-${seen}`;
    idIsHash = true;
    ctx.stats.hashIds++;
  } else {
    const first = ctx.ids.get(id);
    if (first !== undefined) {
      problem(ctx, line, `duplicate id "${id}" (first on line ${first}): row skipped`, 'duplicate id');
      return undefined;
    }
    ctx.ids.set(id, line);
  }
  ctx.stats.records++;
  const source: CrmRecord['source'] = { origin: ctx.origin, id, via: 'import' };
  if (idIsHash) source.idIsHash = true;
  if (ctx.objectType) source.objectType = ctx.objectType;
  return { kind: ctx.kind, source, fields: result.fields, raw, seenAt: ctx.seenAt };
}

/** Resolves `--map` entries against a file's headers (exact, then normalised-equal). */
export function resolveMapping(
  headers: readonly string[],
  map: Readonly<Record<string, string>> | undefined,
  normalise: (h: string) => string,
): Map<string, MappingTarget> {
  const out = new Map<string, MappingTarget>();
  if (!map) return out;
  for (const [want, target] of Object.entries(map)) {
    const parsed = parseMapping(`${want}=${target}`);
    if ('error' in parsed) continue;
    const header = headers.find((h) => h === want) ?? headers.find((h) => normalise(h) === normalise(want));
    if (header) out.set(header, parsed.field);
  }
  return out;
}
