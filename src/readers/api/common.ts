// What every API mapper shares: the mapping context, shape checks, and turning one payload
// item (already flattened to key → value) into a CrmRecord through the header dictionary.
// Payloads come from the CRM's own responses and may be anything: every access is guarded and
// the work per payload is bounded (items and time), so a 100k-item response never stalls the page.
import type { CanonicalFields, CrmRecord, FieldKey, RecordKind } from '../../model/record';
import { applyField, fieldType, finishFields, mapRaw, valueText } from '../dictionary';
import { cleanText } from '../dom/text';

/** Items mapped from one payload at most; the rest are counted as skipped. */
export const MAX_ITEMS = 10_000;
/** Time one payload may take; checked every 256 items. */
export const TIME_BUDGET_MS = 150;
const MAX_RAW_KEYS = 300;

export interface MapContext {
  /** The CRM page's origin: records belong to it, whatever host served the API. */
  origin: string;
  requestUrl: URL | undefined;
  seenAt: string;
  now: Date;
  skipped: Record<string, number>;
  started: number;
  clock: () => number;
}

/** A mapper reads one CRM's documented payload shapes; `null` means "not my shape". */
export interface ApiMapper {
  id: string;
  read(payload: unknown, ctx: MapContext): CrmRecord[] | null;
}

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function objects(v: unknown): Obj[] | undefined {
  return Array.isArray(v) && v.every(isObj) ? v : undefined;
}

export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function skip(ctx: Pick<MapContext, 'skipped'>, reason: string, n = 1): void {
  if (n > 0) ctx.skipped[reason] = (ctx.skipped[reason] ?? 0) + n;
}

/**
 * Walks `items` within the item and time budget, calling `fn` for each; what is left is
 * counted. `fn` may return a record or undefined (it counts its own reason).
 */
export function mapItems<T>(ctx: MapContext, items: readonly T[], fn: (item: T) => CrmRecord | undefined): CrmRecord[] {
  const out: CrmRecord[] = [];
  const limit = Math.min(items.length, MAX_ITEMS);
  let i = 0;
  for (; i < limit; i++) {
    if ((i & 255) === 0 && i > 0 && ctx.clock() - ctx.started > TIME_BUDGET_MS) break;
    try {
      const r = fn(items[i]!);
      if (r) out.push(r);
    } catch {
      skip(ctx, 'unreadable item');
    }
  }
  if (i < limit) skip(ctx, 'time budget', items.length - i);
  else skip(ctx, 'item limit', items.length - limit);
  return out;
}

export interface ApiRecordInput {
  kind: RecordKind;
  id: unknown;
  objectType?: string;
  url?: string;
  /** Flattened key → value; mapped through the dictionary. */
  row: Obj;
  /** Fields the mapper knows better than the dictionary; they win. */
  fields?: CanonicalFields;
  /** Kept in `raw` for evidence but not mapped (keys the dictionary would misread). */
  rawOnly?: Obj;
}

export function apiRecord(ctx: MapContext, input: ApiRecordInput): CrmRecord | undefined {
  const id = str(input.id);
  if (!id || id.length > 200) {
    skip(ctx, 'item without id');
    return undefined;
  }
  const row: Obj = {};
  let n = 0;
  for (const [k, v] of Object.entries(input.row)) {
    if (n++ >= MAX_RAW_KEYS) break;
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    if (v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) row[k] = v;
  }
  const mapped = mapRaw(row, input.kind, { now: ctx.now });
  for (const [reason, c] of Object.entries(mapped.skipped)) skip(ctx, reason, c);
  const fields = { ...mapped.fields } as Record<string, unknown>;
  // explicit values still go through the typed parsers (epoch strings, "1,200.00"), then win
  for (const [k, v] of Object.entries(input.fields ?? {}) as [FieldKey, unknown][]) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    const type = fieldType(k);
    if (
      type === 'text' ||
      typeof v === 'boolean' ||
      (type === 'number' && typeof v === 'number') ||
      (type === 'list' && Array.isArray(v))
    ) {
      fields[k] = v;
      continue;
    }
    const typed: CanonicalFields = {};
    const text = valueText(v)?.trim();
    if (text) applyField(typed, ctx.skipped, k, text, v, { now: ctx.now });
    if ((typed as Record<string, unknown>)[k] !== undefined) fields[k] = (typed as Record<string, unknown>)[k];
  }
  return {
    kind: input.kind,
    source: {
      origin: ctx.origin,
      id,
      via: 'api',
      ...(input.objectType ? { objectType: input.objectType } : {}),
      ...(input.url ? { url: input.url } : {}),
    },
    fields: finishFields(input.kind, withDisplayName(cleanFields(fields) as CanonicalFields)),
    raw: withRawOnly(mapped.raw, input.rawOnly),
    seenAt: ctx.seenAt,
  };
}

/**
 * Text as the page would show it: whitespace collapsed (an ideographic space too), bidi controls
 * and zero-width marks gone — the DOM readers clean the same way, so both sources agree.
 */
function cleanFields(fields: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === 'string') {
      const t = cleanText(v);
      if (t) fields[k] = t;
      else delete fields[k];
    } else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
      const list = (v as string[]).map(cleanText).filter(Boolean);
      if (list.length) fields[k] = list;
      else delete fields[k];
    }
  }
  return fields;
}

const FAMILY_NAME_FIRST = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Payloads carry first and last name where the page shows one name ("Emily Johnson", "山口 彩"):
 * without it an API record and the row it fills would disagree on the name every check reads.
 */
function withDisplayName(fields: CanonicalFields): CanonicalFields {
  if (fields.name || !(fields.firstName || fields.lastName)) return fields;
  const first = fields.firstName ?? '';
  const last = fields.lastName ?? '';
  const parts = FAMILY_NAME_FIRST.test(first + last) ? [last, first] : [first, last];
  fields.name = parts.filter(Boolean).join(' ');
  return fields;
}

function withRawOnly(raw: Record<string, string>, extra: Obj | undefined): Record<string, string> {
  if (!extra) return raw;
  for (const [k, v] of Object.entries(extra)) {
    const t = valueText(v)?.trim();
    if (t && raw[k] === undefined && Object.keys(raw).length < MAX_RAW_KEYS) raw[k] = t;
  }
  return raw;
}

/** Depth- and size-bounded search for objects matching `test` anywhere in a payload. */
export function findAll(
  payload: unknown,
  test: (o: Obj) => boolean,
  opts: { maxDepth?: number; maxNodes?: number; max?: number } = {},
): Obj[] {
  const { maxDepth = 8, maxNodes = 50_000, max = MAX_ITEMS } = opts;
  const out: Obj[] = [];
  let nodes = 0;
  const stack: [unknown, number][] = [[payload, 0]];
  while (stack.length && nodes < maxNodes && out.length < max) {
    const [v, depth] = stack.pop()!;
    nodes++;
    if (Array.isArray(v)) {
      if (depth < maxDepth) for (let i = v.length - 1; i >= 0 && i >= v.length - maxNodes; i--) stack.push([v[i], depth + 1]);
    } else if (isObj(v)) {
      if (test(v)) {
        out.push(v);
        continue;
      }
      if (depth < maxDepth) {
        const vals = Object.values(v);
        for (let i = vals.length - 1; i >= 0; i--) if (typeof vals[i] === 'object' && vals[i] !== null) stack.push([vals[i], depth + 1]);
      }
    }
  }
  return out;
}

export function joinName(first: unknown, last: unknown): string | undefined {
  const n = [str(first), str(last)].filter(Boolean).join(' ');
  return n || undefined;
}
