import type { CheckOutcome } from '../../model/audit';
import { gradeFor } from '../../score/score';
import type { AuditRunSummary } from '../../store/runs';
import { GRADE_COLOURS } from '../../worker/badge';
import { formatDate, formatNumber, t, tm } from '../i18n';

const CATEGORY_KEYS: Record<string, string> = {
  usage: 'categoryUsage',
  'data-quality': 'categoryDataQuality',
  process: 'categoryProcess',
  integration: 'categoryIntegration',
  compliance: 'categoryCompliance',
};

function gradeKey(grade: string): string {
  return `grade_${grade.replace(/-/g, '_')}`;
}

export function ScoreCard({ run, records }: { run: AuditRunSummary; records: number }) {
  const colour = run.grade ? GRADE_COLOURS[run.grade] : '#6b7280';
  const noData = run.checks.filter((c) => c.status === 'no-data');
  return (
    <section class="score" aria-label={t('popupScore')}>
      <div class="score-head">
        <div class="dial" style={{ borderColor: colour, color: colour }} data-testid="score">
          {run.score === null ? '–' : formatNumber(Math.round(run.score))}
        </div>
        <div>
          <div class="grade" style={{ color: colour }}>{run.grade ? t(gradeKey(run.grade)) : t('popupNoScore')}</div>
          <div class="muted">{t('popupRecordsAudited', formatNumber(records), formatDate(run.finishedAt))}</div>
        </div>
      </div>
      <ul class="categories">
        {run.categories.map((c) => (
          <li key={c.category}>
            <span class="cat-name">{t(CATEGORY_KEYS[c.category] ?? c.category)}</span>
            {/* a bar is coloured by its own score, not by the overall grade */}
            <span class="cat-bar" aria-hidden="true">
              <span style={{ width: `${c.score ?? 0}%`, background: c.score === null ? '#d1d5db' : GRADE_COLOURS[gradeFor(c.score)!] }} />
            </span>
            <span class="cat-score">{c.score === null ? t('popupNoData') : formatNumber(Math.round(c.score))}</span>
          </li>
        ))}
      </ul>
      <details class="checks">
        <summary>{t('popupChecksSummary', formatNumber(run.checks.length - noData.length), formatNumber(noData.length))}</summary>
        <ul>
          {run.checks.map((c: CheckOutcome) => (
            <li key={c.id} class={c.status === 'no-data' ? 'muted' : ''}>
              <b>{c.score === null ? '–' : formatNumber(Math.round(c.score))}</b> {tm(c.explanation)}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
