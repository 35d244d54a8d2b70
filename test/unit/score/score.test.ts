import { describe, expect, it } from 'vitest';
import type { CheckOutcome } from '../../../src/model/audit';
import type { CheckResult, Finding } from '../../../src/model/finding';
import {
  categoryScores,
  checkScore,
  explainCategory,
  explainCheck,
  explainOverall,
  gradeFor,
  overallScore,
  worstSeverity,
} from '../../../src/score/index';

function outcome(id: string, category: CheckOutcome['category'], score: number | null, weight = 1): CheckOutcome {
  return {
    id,
    category,
    status: score === null ? 'no-data' : 'ok',
    score,
    weight,
    eligible: score === null ? 0 : 10,
    affected: 0,
    explanation: { key: 'k', params: {}, text: '' },
  };
}

const f = (severity: Finding['severity'], records = 1): Finding => ({
  check: 'x',
  severity,
  records: Array.from({ length: records }, (_, i) => ({ kind: 'contact' as const, id: `r${i}` })),
  message: { key: 'k', params: {}, text: '' },
});

describe('checkScore', () => {
  it('is the share of eligible records that pass, scaled by severity', () => {
    expect(checkScore(412, 37, 'high')).toBe(91); // 100 × (1 − 37/412)
    expect(checkScore(412, 37, 'critical')).toBe(91);
    expect(checkScore(412, 37, 'medium')).toBe(93); // 100 × (1 − 0.0898 × 0.75)
    expect(checkScore(100, 100, 'low')).toBe(50);
    expect(checkScore(100, 100, 'info')).toBe(75);
    expect(checkScore(100, 100, 'high')).toBe(0);
    expect(checkScore(10, 0, undefined)).toBe(100);
    expect(checkScore(10, 5, undefined)).toBe(50);
  });

  it('never reads 100 while something is affected, and has no score without eligible records', () => {
    expect(checkScore(100_000, 1, 'high')).toBe(99);
    expect(checkScore(0, 0, 'high')).toBeNull();
    expect(checkScore(10, 20, 'high')).toBe(0);
  });
});

describe('worstSeverity', () => {
  it('takes the worst severity of findings that point at records, else of all findings', () => {
    const ok = (findings: Finding[]): CheckResult => ({ status: 'ok', findings, metrics: { eligible: 1, affected: 1 } });
    expect(worstSeverity(ok([f('low'), f('medium'), f('critical', 0)]))).toBe('medium');
    expect(worstSeverity(ok([f('info', 0), f('medium', 0)]))).toBe('medium');
    expect(worstSeverity(ok([]))).toBeUndefined();
    expect(worstSeverity({ status: 'no-data', reason: { key: 'k', params: {}, text: '' } })).toBeUndefined();
  });
});

describe('grades', () => {
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89, 'very-good'],
    [80, 'very-good'],
    [79, 'good'],
    [70, 'good'],
    [69, 'poor'],
    [55, 'poor'],
    [54, 'very-poor'],
    [0, 'very-poor'],
  ] as const)('%i is %s', (score, grade) => expect(gradeFor(score)).toBe(grade));

  it('has no grade without a score', () => {
    expect(gradeFor(null)).toBeNull();
    expect(gradeFor(Number.NaN)).toBeNull();
  });
});

describe('categories and overall', () => {
  const outcomes = [
    outcome('a', 'data-quality', 90, 3),
    outcome('b', 'data-quality', 50, 1),
    outcome('c', 'data-quality', null, 2),
    outcome('d', 'usage', 40, 1),
    outcome('e', 'compliance', null, 1),
  ];

  it('weights check scores inside a category and lists checks without data', () => {
    const cats = categoryScores(outcomes);
    expect(cats).toEqual([
      { category: 'usage', score: 40, checks: ['d'], noData: [] },
      { category: 'data-quality', score: 80, checks: ['a', 'b'], noData: ['c'] },
      { category: 'compliance', score: null, checks: [], noData: ['e'] },
    ]);
    expect(overallScore(cats)).toBe(60);
    expect(overallScore(cats, { usage: 3 })).toBe(50);
    expect(overallScore(categoryScores([outcome('z', 'process', null)]))).toBeNull();
  });

  it('explains every number in one sentence from its inputs', () => {
    const cats = categoryScores(outcomes);
    expect(cats.map((c) => explainCategory(c).text)).toEqual([
      'usage: 40, the weighted mean of 1 checks',
      'data-quality: 80, the weighted mean of 2 checks; no data for c',
      'compliance: no score, none of its checks had data',
    ]);
    expect(explainOverall({ score: 60, grade: 'poor', categories: cats })).toEqual({
      key: 'score_overall_partial',
      params: { score: 60, grade: 'poor', count: 2, noData: 'compliance' },
      text: 'Overall 60 (poor): the mean of 2 category scores; no data for compliance',
    });
    expect(explainOverall({ score: null, grade: null, categories: [] }).key).toBe('score_overall_no_data');
    const dup = explainCheck({
      id: 'duplicates',
      kinds: ['contact'],
      eligible: 412,
      affected: 37,
      score: 91,
      severity: 'medium',
      metrics: { eligible: 412, affected: 37, clusters: 15 },
    });
    expect(dup.text).toBe('duplicates: 37 of 412 records in 15 clusters; score 91');
    const generic = explainCheck({
      id: 'invalid-email',
      kinds: ['contact'],
      eligible: 400,
      affected: 12,
      score: 98,
      severity: 'medium',
      metrics: { eligible: 400, affected: 12 },
    });
    expect(generic).toEqual({
      key: 'score_check',
      params: { check: 'invalid-email', affected: 12, eligible: 400, unit: 'contacts', percent: 3, severity: 'medium', score: 98 },
      text: 'invalid-email: 12 of 400 contacts have problems (3%, worst severity medium); score 98',
    });
    expect(
      explainCheck({
        id: 'x',
        kinds: ['contact', 'lead'],
        eligible: 5,
        affected: 0,
        score: 100,
        severity: undefined,
        metrics: { eligible: 5, affected: 0 },
      }).text,
    ).toBe('x: all 5 records pass; score 100');
  });
});
