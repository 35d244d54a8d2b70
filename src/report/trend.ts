// Score trend over past runs: one point per run, overall and per category. The history list,
// its chart and the HTML report's trend all read these points. Pure.
import type { AuditRun } from '../model/audit';
import { CHECK_CATEGORIES, type CheckCategory } from '../model/finding';

export interface HistoryPoint {
  runId: string;
  startedAt: string;
  score: number | null;
  grade: AuditRun['grade'];
  categories: Partial<Record<CheckCategory, number | null>>;
  findings: number;
}

export type RunLike = Pick<AuditRun, 'id' | 'startedAt' | 'score' | 'grade' | 'categories'> & {
  findingCount?: number;
  findings?: unknown[];
};

export function historyPoint(run: RunLike): HistoryPoint {
  const categories: Partial<Record<CheckCategory, number | null>> = {};
  for (const c of run.categories) categories[c.category] = c.score;
  return {
    runId: run.id,
    startedAt: run.startedAt,
    score: run.score,
    grade: run.grade,
    categories,
    findings: run.findingCount ?? run.findings?.length ?? 0,
  };
}

/** Oldest first, at most `limit` points ending with `upTo` (a run id) when given. */
export function trendOf(runs: readonly RunLike[], opts: { upTo?: string; limit?: number } = {}): HistoryPoint[] {
  let sorted = [...runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  if (opts.upTo !== undefined) {
    const i = sorted.findIndex((r) => r.id === opts.upTo);
    if (i >= 0) sorted = sorted.slice(0, i + 1);
  }
  const limit = opts.limit ?? 24;
  return sorted.slice(-limit).map(historyPoint);
}

export interface Series {
  key: 'overall' | CheckCategory;
  /** One value per point; null where that run had no score for it. */
  values: (number | null)[];
}

/** Overall + every category that scored in at least one run. */
export function seriesOf(points: readonly HistoryPoint[]): Series[] {
  const out: Series[] = [{ key: 'overall', values: points.map((p) => p.score) }];
  for (const c of CHECK_CATEGORIES) {
    const values = points.map((p) => p.categories[c] ?? null);
    if (values.some((v) => v !== null)) out.push({ key: c, values });
  }
  return out;
}

/** SVG polyline segments (gaps where a value is null) for a 0–100 series in a w×h box. */
export function polylines(values: readonly (number | null)[], w: number, h: number, pad = 4): string[] {
  const n = values.length;
  const x = (i: number) => (n <= 1 ? w / 2 : pad + (i * (w - 2 * pad)) / (n - 1));
  const y = (v: number) => pad + ((100 - Math.max(0, Math.min(100, v))) * (h - 2 * pad)) / 100;
  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  return segments;
}
