// The audit score. Per check: the share of eligible records that pass, with the penalty
// scaled by the worst severity among the check's findings (a low-severity problem on every
// record costs half as much as a high one). Category: weighted mean of its checks' scores
// (check weights). Overall: mean of the category scores (category weights, all 1 by
// default), graded in bands. Checks without data are left out of every mean and listed.
import { GRADES, type CategoryScore, type CheckOutcome, type Grade } from '../model/audit';
import { CHECK_CATEGORIES, SEVERITIES, type CheckCategory, type CheckResult, type Severity } from '../model/finding';

/** How much of the failing share a check's worst severity takes off its score. */
export const SEVERITY_FACTOR: Record<Severity, number> = { info: 0.25, low: 0.5, medium: 0.75, high: 1, critical: 1 };

/** Lowest overall score of each grade; a score at or above a band's floor gets that grade. */
export const GRADE_BANDS: readonly { grade: Grade; min: number }[] = [
  { grade: 'excellent', min: 90 },
  { grade: 'very-good', min: 80 },
  { grade: 'good', min: 70 },
  { grade: 'poor', min: 55 },
  { grade: 'very-poor', min: 0 },
];

export type CategoryWeights = Partial<Record<CheckCategory, number>>;

export function gradeFor(score: number | null): Grade | null {
  if (score === null || !Number.isFinite(score)) return null;
  for (const band of GRADE_BANDS) if (score >= band.min) return band.grade;
  return GRADES[GRADES.length - 1]!;
}

/** The worst severity among findings that point at records (workspace notes don't weigh). */
export function worstSeverity(result: CheckResult): Severity | undefined {
  if (result.status !== 'ok') return undefined;
  let worst = -1;
  let any = -1;
  for (const f of result.findings) {
    const i = SEVERITIES.indexOf(f.severity);
    if (i > any) any = i;
    if (f.records.length > 0 && i > worst) worst = i;
  }
  const pick = worst >= 0 ? worst : any;
  return pick >= 0 ? SEVERITIES[pick] : undefined;
}

/**
 * 0–100 from eligible vs affected: `100 × (1 − affected/eligible × factor)`, rounded, and
 * never 100 while something is affected (99.99 must not read as "nothing to fix").
 */
export function checkScore(eligible: number, affected: number, severity: Severity | undefined): number | null {
  if (!(eligible > 0)) return null;
  const share = Math.min(1, Math.max(0, affected / eligible));
  const factor = severity ? SEVERITY_FACTOR[severity] : 1;
  const score = Math.round(100 * (1 - share * factor));
  return affected > 0 ? Math.min(99, score) : 100;
}

/** Weighted mean of the checks of each category that have a score; the rest are listed as no data. */
export function categoryScores(outcomes: readonly CheckOutcome[]): CategoryScore[] {
  return CHECK_CATEGORIES.flatMap((category) => {
    const mine = outcomes.filter((o) => o.category === category);
    if (mine.length === 0) return [];
    const scored = mine.filter((o) => o.status === 'ok' && o.score !== null && o.weight > 0);
    const totalWeight = scored.reduce((n, o) => n + o.weight, 0);
    const score = totalWeight > 0 ? Math.round(scored.reduce((n, o) => n + o.weight * (o.score ?? 0), 0) / totalWeight) : null;
    return [{ category, score, checks: scored.map((o) => o.id), noData: mine.filter((o) => !scored.includes(o)).map((o) => o.id) }];
  });
}

export function overallScore(categories: readonly CategoryScore[], weights: CategoryWeights = {}): number | null {
  let total = 0;
  let sum = 0;
  for (const c of categories) {
    if (c.score === null) continue;
    const w = weights[c.category] ?? 1;
    if (!(w > 0)) continue;
    total += w;
    sum += w * c.score;
  }
  return total > 0 ? Math.round(sum / total) : null;
}
