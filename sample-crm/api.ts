// The JSON API behind the pages: list, search, paginate, fetch one, and the planted answers.

import type { Kind, SampleData, SampleTruth } from './types';
import { isKind } from './types';
import type { PlantedCounts, PlantedIds } from './planted';

export interface ApiResponse {
  status: number;
  body: unknown;
}

export interface ApiContext {
  data: SampleData;
  planted: PlantedCounts;
  plantedIds: PlantedIds;
  truth: SampleTruth;
  now: string;
}

type AnyRecord = SampleData[Kind][number];

const notFound: ApiResponse = { status: 404, body: { error: 'not found' } };

export function records(data: SampleData, kind: Kind): readonly AnyRecord[] {
  return data[kind];
}

export function findRecord(data: SampleData, kind: Kind, id: string): AnyRecord | undefined {
  return records(data, kind).find((r) => r.id === id);
}

function matches(record: AnyRecord, needle: string): boolean {
  return Object.values(record).some((v) => {
    const values: unknown[] = Array.isArray(v) ? v : [v];
    return values.some((x) => (typeof x === 'string' || typeof x === 'number') && String(x).toLowerCase().includes(needle));
  });
}

/** Non-negative integer query parameter; undefined when absent, null when malformed. */
function intParam(params: URLSearchParams, name: string): number | undefined | null {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

function list(ctx: ApiContext, kind: Kind, params: URLSearchParams): ApiResponse {
  const limit = intParam(params, 'limit');
  const offset = intParam(params, 'offset');
  if (limit === null || offset === null) return { status: 400, body: { error: 'limit and offset must be non-negative integers' } };
  const q = (params.get('q') ?? '').trim().toLowerCase();
  const all = records(ctx.data, kind);
  const hits = q ? all.filter((r) => matches(r, q)) : all;
  const start = offset ?? 0;
  const results = hits.slice(start, limit === undefined ? undefined : start + limit);
  return { status: 200, body: { object: kind, total: hits.length, results } };
}

/** `segments` is the path after /api/, already split on "/" and percent-decoded. */
export function handleApi(ctx: ApiContext, segments: string[], params: URLSearchParams): ApiResponse {
  const [head, id, ...rest] = segments;
  if (head === undefined || rest.length > 0) return notFound;
  if (head === 'planted') {
    if (id === undefined) return { status: 200, body: ctx.planted };
    if (id === 'records') return { status: 200, body: { now: ctx.now, ...ctx.truth, ...ctx.plantedIds } };
    return notFound;
  }
  if (!isKind(head)) return notFound;
  if (id === undefined) return list(ctx, head, params);
  const record = findRecord(ctx.data, head, id);
  return record ? { status: 200, body: record } : notFound;
}
