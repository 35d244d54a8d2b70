// One small chart per category (and overall): a score trend across the runs of one CRM.
// Inline SVG from the same points and polylines as the HTML report.
import type { CheckCategory } from '../../model/finding';
import { polylines, seriesOf, type HistoryPoint } from '../../report/trend';
import { formatDate, t } from '../i18n';

export const CATEGORY_KEY: Record<CheckCategory | 'overall', string> = {
  overall: 'historyOverall',
  usage: 'historyCatUsage',
  'data-quality': 'historyCatDataQuality',
  process: 'historyCatProcess',
  integration: 'historyCatIntegration',
  compliance: 'historyCatCompliance',
};

const W = 200;
const H = 64;

export function TrendCharts({ points }: { points: HistoryPoint[] }) {
  if (points.length < 2) return <p class="muted">{t('historyTrendOne')}</p>;
  return (
    <div class="trends" data-testid="trends">
      {seriesOf(points).map((s) => {
        const last = [...s.values].reverse().find((v) => v !== null) ?? null;
        return (
          <figure class="trend" key={s.key} data-series={s.key}>
            <figcaption>
              {t(CATEGORY_KEY[s.key])} <strong>{last ?? '–'}</strong>
            </figcaption>
            <svg
              viewBox={`0 0 ${W} ${H}`}
              width={W}
              height={H}
              role="img"
              aria-label={`${t(CATEGORY_KEY[s.key])}: ${s.values.map((v) => v ?? '–').join(', ')}`}
            >
              <line x1="0" x2={W} y1={H / 2} y2={H / 2} class="grid" />
              {polylines(s.values, W, H).map((pts) =>
                pts.includes(' ') ? (
                  <polyline key={pts} points={pts} fill="none" class="line" />
                ) : (
                  <circle key={pts} cx={pts.split(',')[0]} cy={pts.split(',')[1]} r="2.5" class="dot" />
                ),
              )}
            </svg>
          </figure>
        );
      })}
      <p class="muted trend-range">
        {formatDate(points[0]!.startedAt)} – {formatDate(points[points.length - 1]!.startedAt)}
      </p>
    </div>
  );
}
