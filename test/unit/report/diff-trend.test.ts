import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding';
import { diffRuns, findingKey } from '../../../src/report/diff';
import { historyPoint, polylines, seriesOf, trendOf } from '../../../src/report/trend';
import { baseRun } from './helpers';

const f = (check: string, ids: string[], severity: Finding['severity'] = 'low', text = 't'): Finding => ({
  check,
  severity,
  records: ids.map((id) => ({ kind: 'contact', id })),
  message: { key: 'k', params: {}, text },
});

describe('diff of two runs', () => {
  it('keys findings by check and sorted record refs, not by wording or order', () => {
    expect(findingKey(f('duplicates', ['b', 'a']))).toBe(findingKey(f('duplicates', ['a', 'b'], 'high', 'other words')));
    expect(findingKey(f('duplicates', ['a', 'b']))).not.toBe(findingKey(f('stale-records', ['a', 'b'])));
  });

  it('splits into new, resolved and persisting, with per-check counts', () => {
    const before = [f('duplicates', ['a', 'b']), f('stale-records', ['c']), f('stale-records', ['d'], 'medium')];
    const after = [f('duplicates', ['b', 'a']), f('stale-records', ['d'], 'high'), f('invalid-email', ['e']), f('invalid-email', ['e'])];
    const d = diffRuns(before, after);
    expect(d.added.map(findingKey)).toEqual(['invalid-email|contact:e']);
    expect(d.resolved.map(findingKey)).toEqual(['stale-records|contact:c']);
    expect(d.persisting.map((p) => [findingKey(p.finding), p.before, p.finding.severity])).toEqual([
      ['duplicates|contact:a,contact:b', 'low', 'low'],
      ['stale-records|contact:d', 'medium', 'high'],
    ]);
    expect(d.byCheck).toEqual({
      duplicates: { added: 0, resolved: 0, persisting: 1 },
      'stale-records': { added: 0, resolved: 1, persisting: 1 },
      'invalid-email': { added: 1, resolved: 0, persisting: 0 },
    });
  });

  it('handles empty runs', () => {
    expect(diffRuns([], [f('x', ['a'])]).added).toHaveLength(1);
    expect(diffRuns([f('x', ['a'])], []).resolved).toHaveLength(1);
  });
});

describe('trend', () => {
  const runs = [
    baseRun({ id: 'c', startedAt: '2026-06-01T00:00:00Z', score: 80 }),
    baseRun({ id: 'a', startedAt: '2025-12-01T00:00:00Z', score: 60 }),
    baseRun({
      id: 'b',
      startedAt: '2026-03-01T00:00:00Z',
      score: 70,
      categories: [{ category: 'compliance', score: 40, checks: ['x'], noData: [] }],
    }),
  ];

  it('orders oldest first, stops at a given run and keeps the last N', () => {
    expect(trendOf(runs).map((p) => p.runId)).toEqual(['a', 'b', 'c']);
    expect(trendOf(runs, { upTo: 'b' }).map((p) => p.runId)).toEqual(['a', 'b']);
    expect(trendOf(runs, { limit: 2 }).map((p) => p.runId)).toEqual(['b', 'c']);
    expect(historyPoint({ ...runs[0]!, findingCount: 9 }).findings).toBe(9);
  });

  it('builds one series per category that ever scored, with gaps', () => {
    const series = seriesOf(trendOf(runs));
    expect(series.map((s) => s.key)).toEqual(['overall', 'data-quality', 'process', 'compliance']);
    expect(series.find((s) => s.key === 'compliance')!.values).toEqual([null, 40, null]);
    expect(polylines([100, null, 0, 50], 100, 100, 0)).toEqual(['0.0,0.0', '66.7,100.0 100.0,50.0']);
  });
});
