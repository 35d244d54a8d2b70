// One sentence per number, built from the inputs: the popup and the exports show these next
// to every score ("duplicates: 37 of 412 records in 15 clusters; score 91").
import type { AuditRun, CategoryScore, Grade } from '../model/audit';
import type { CheckMetrics, LocalisableMessage, Severity } from '../model/finding';
import type { RecordKind } from '../model/record';

const PLURAL: Record<RecordKind, string> = {
  contact: 'contacts',
  lead: 'leads',
  company: 'companies',
  deal: 'deals',
  task: 'tasks',
  activity: 'activities',
  user: 'users',
  ticket: 'tickets',
  campaign: 'campaigns',
};

/** What a check counts, in English: its one kind ("contacts") or "records". */
export function unitOf(kinds: readonly RecordKind[]): string {
  return kinds.length === 1 ? PLURAL[kinds[0]!] : 'records';
}

function m(key: string, text: string, params: Record<string, string | number>): LocalisableMessage {
  return { key, params, text };
}

export interface CheckExplainInput {
  id: string;
  kinds: readonly RecordKind[];
  eligible: number;
  affected: number;
  score: number;
  severity: Severity | undefined;
  metrics: CheckMetrics;
}

/** The sentence for a check that ran and scored. Checks with their own counting get their own wording. */
export function explainCheck(x: CheckExplainInput): LocalisableMessage {
  const { id: check, eligible, affected, score } = x;
  const unit = unitOf(x.kinds);
  if (check === 'duplicates') {
    const clusters = x.metrics.clusters ?? 0;
    return m('duplicates_explanation', `duplicates: ${affected} of ${eligible} records in ${clusters} clusters; score ${score}`, {
      check,
      affected,
      eligible,
      clusters,
      score,
    });
  }
  if (check === 'unused-fields') {
    const min = x.metrics.minFillPercent ?? 0;
    return m(
      'unused_fields_explanation',
      `unused-fields: ${affected} of ${eligible} fields are filled on under ${min}% of records; score ${score}`,
      { check, affected, eligible, min, score },
    );
  }
  if (affected === 0)
    return m('score_check_clean', `${check}: all ${eligible} ${unit} pass; score ${score}`, { check, eligible, unit, score });
  const percent = eligible > 0 ? Math.round((affected / eligible) * 1000) / 10 : 0;
  const severity = x.severity ?? 'high';
  return m(
    'score_check',
    `${check}: ${affected} of ${eligible} ${unit} have problems (${percent}%, worst severity ${severity}); score ${score}`,
    {
      check,
      affected,
      eligible,
      unit,
      percent,
      severity,
      score,
    },
  );
}

export function explainCategory(c: CategoryScore): LocalisableMessage {
  const { category } = c;
  if (c.score === null) return m('score_category_no_data', `${category}: no score, none of its checks had data`, { category });
  const count = c.checks.length;
  if (c.noData.length === 0)
    return m('score_category', `${category}: ${c.score}, the weighted mean of ${count} checks`, { category, score: c.score, count });
  const noData = c.noData.join(', ');
  return m('score_category_partial', `${category}: ${c.score}, the weighted mean of ${count} checks; no data for ${noData}`, {
    category,
    score: c.score,
    count,
    noData,
  });
}

export function gradeText(grade: Grade): string {
  return grade.replace('-', ' ');
}

export function explainOverall(run: Pick<AuditRun, 'score' | 'grade' | 'categories'>): LocalisableMessage {
  if (run.score === null || run.grade === null) return m('score_overall_no_data', 'No score: no check had enough data', {});
  const scored = run.categories.filter((c) => c.score !== null);
  const missing = run.categories.filter((c) => c.score === null).map((c) => c.category);
  const base = `Overall ${run.score} (${gradeText(run.grade)}): the mean of ${scored.length} category scores`;
  const params = { score: run.score, grade: run.grade, count: scored.length };
  if (missing.length === 0) return m('score_overall', base, params);
  const noData = missing.join(', ');
  return m('score_overall_partial', `${base}; no data for ${noData}`, { ...params, noData });
}
