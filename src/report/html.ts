// Findings snapshot → one self-contained, printable HTML page: no scripts, no external
// resources (inline CSS and inline SVG, which print where CSS backgrounds would not). Every
// value is escaped; cells take their direction from their text (dir="auto") so Persian names
// read right-to-left inside an English report.
import { SELF_ASSESSMENT_ITEMS } from '../audit/self-assessment';
import checkStrings from '../i18n/check-strings.json';
import { SEVERITIES, type CheckCategory } from '../model/finding';
import type { FindingsSnapshot, SnapshotFinding } from './snapshot';
import { polylines, seriesOf, type HistoryPoint } from './trend';

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const e = escapeHtml;

const MAX_RECORDS_SHOWN = 20;
const TOP_PER_CHECK = 5;
const MAX_DUPLICATE_ROWS = 200;

const CATEGORY_TITLE: Record<CheckCategory | 'overall', string> = {
  overall: 'Overall',
  usage: 'Usage',
  'data-quality': 'Data quality',
  process: 'Process',
  integration: 'Integrations',
  compliance: 'Compliance',
};
const SERIES_COLOUR: Record<CheckCategory | 'overall', string> = {
  overall: '#111827',
  usage: '#2563eb',
  'data-quality': '#9333ea',
  process: '#d97706',
  integration: '#0d9488',
  compliance: '#dc2626',
};

function checkTitle(id: string): string {
  const row = (checkStrings as Record<string, string[]>)[`check_${id.replace(/-/g, '_')}_title`];
  return row?.[0] ?? id;
}

/** Same thresholds as the popup's bars: green from 80, amber from 60, red below. */
function scoreColour(score: number | null): string {
  if (score === null) return '#9ca3af';
  return score >= 80 ? '#15803d' : score >= 60 ? '#b45309' : '#b91c1c';
}

function categoryBars(s: FindingsSnapshot): string {
  const rows = Object.entries(s.categories);
  if (!rows.length) return '<p class="muted">No category scored.</p>';
  const rowH = 28;
  const w = 640;
  const label = 130;
  const barW = w - label - 50;
  const parts = rows.map(([c, v], i) => {
    const y = i * rowH;
    const score = v?.score ?? null;
    const fill = score === null ? 0 : (barW * Math.max(0, Math.min(100, score))) / 100;
    return (
      `<text x="0" y="${y + 18}">${e(CATEGORY_TITLE[c as CheckCategory] ?? c)}</text>` +
      `<rect x="${label}" y="${y + 6}" width="${barW}" height="16" rx="3" fill="#e5e7eb"/>` +
      `<rect x="${label}" y="${y + 6}" width="${fill.toFixed(1)}" height="16" rx="3" fill="${scoreColour(score)}"/>` +
      `<text x="${label + barW + 8}" y="${y + 18}">${e(score ?? 'no data')}</text>`
    );
  });
  const explanations = rows.map(
    ([c, v]) => `<li dir="auto"><strong>${e(CATEGORY_TITLE[c as CheckCategory] ?? c)}</strong>: ${e(v?.explanation.text)}</li>`,
  );
  return `<svg class="chart" role="img" aria-label="Category scores" viewBox="0 0 ${w} ${rows.length * rowH}" width="${w}" height="${rows.length * rowH}">${parts.join('')}</svg>
<ul class="explain">${explanations.join('')}</ul>`;
}

function trendChart(history: readonly HistoryPoint[] | undefined): string {
  if (!history || history.length < 2)
    return '<p class="muted">This is the first audit kept for this CRM: the trend starts with the next one.</p>';
  const w = 640;
  const h = 200;
  const left = 30;
  const bottom = 20;
  const plotW = w - left;
  const plotH = h - bottom;
  const series = seriesOf(history);
  const grid = [0, 50, 100]
    .map((v) => {
      const y = 4 + ((100 - v) * (plotH - 8)) / 100;
      return `<line x1="${left}" x2="${w}" y1="${y}" y2="${y}" stroke="#e5e7eb"/><text x="0" y="${y + 4}" class="axis">${v}</text>`;
    })
    .join('');
  const lines = series
    .map((sr) =>
      polylines(sr.values, plotW, plotH)
        .map((pts) => {
          const shifted = pts
            .split(' ')
            .map((p) => {
              const [x, y] = p.split(',');
              return `${(Number(x) + left).toFixed(1)},${y}`;
            })
            .join(' ');
          const width = sr.key === 'overall' ? 3 : 1.5;
          const single = !shifted.includes(' ');
          if (single) {
            const [x, y] = shifted.split(',');
            return `<circle cx="${x}" cy="${y}" r="3" fill="${SERIES_COLOUR[sr.key]}"/>`;
          }
          return `<polyline points="${shifted}" fill="none" stroke="${SERIES_COLOUR[sr.key]}" stroke-width="${width}"/>`;
        })
        .join(''),
    )
    .join('');
  const first = history[0]!.startedAt.slice(0, 10);
  const last = history[history.length - 1]!.startedAt.slice(0, 10);
  const axis = `<text x="${left}" y="${h - 4}" class="axis">${e(first)}</text><text x="${w}" y="${h - 4}" class="axis" text-anchor="end">${e(last)}</text>`;
  const legend = series
    .map(
      (sr) =>
        `<span class="key"><span class="swatch" style="background:${SERIES_COLOUR[sr.key]}"></span>${e(CATEGORY_TITLE[sr.key])}</span>`,
    )
    .join(' ');
  const table = history
    .map(
      (p) =>
        `<tr><td>${e(p.startedAt.slice(0, 16).replace('T', ' '))}</td><td>${e(p.score ?? '–')}</td><td>${e(p.grade ?? '')}</td><td>${e(p.findings)}</td></tr>`,
    )
    .join('');
  return `<svg class="chart" role="img" aria-label="Score trend over ${history.length} audits" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${grid}${lines}${axis}</svg>
<p class="legend">${legend}</p>
<details><summary>${history.length} audits</summary><table><thead><tr><th>Audit</th><th>Score</th><th>Grade</th><th>Findings</th></tr></thead><tbody>${table}</tbody></table></details>`;
}

const SEVERITY_RANK = new Map(SEVERITIES.map((s, i) => [s, i]));

function recordsCell(f: SnapshotFinding): string {
  const shown = f.records
    .slice(0, MAX_RECORDS_SHOWN)
    .map((r) => `<span dir="auto">${e(r.name ? `${r.name} (${r.kind} ${r.id})` : `${r.kind} ${r.id}`)}</span>`);
  const more = f.records.length > MAX_RECORDS_SHOWN ? ` … and ${f.records.length - MAX_RECORDS_SHOWN} more` : '';
  return `${shown.join(', ')}${e(more)}`;
}

function topFindings(s: FindingsSnapshot): string {
  const byCheck = new Map<string, SnapshotFinding[]>();
  for (const f of s.findings) {
    const list = byCheck.get(f.check);
    if (list) list.push(f);
    else byCheck.set(f.check, [f]);
  }
  if (!byCheck.size) return '<p class="muted">No findings.</p>';
  const worst = (list: SnapshotFinding[]) => Math.max(...list.map((f) => SEVERITY_RANK.get(f.severity) ?? 0));
  const groups = [...byCheck].sort(([, a], [, b]) => worst(b) - worst(a) || b.length - a.length);
  return groups
    .map(([check, list]) => {
      const top = [...list]
        .sort((a, b) => (SEVERITY_RANK.get(b.severity) ?? 0) - (SEVERITY_RANK.get(a.severity) ?? 0) || b.records.length - a.records.length)
        .slice(0, TOP_PER_CHECK);
      const rows = top
        .map(
          (f) =>
            `<tr><td class="sev-${e(f.severity)}">${e(f.severity)}</td><td dir="auto">${e(f.message.text)}</td><td class="records">${recordsCell(f)}</td></tr>`,
        )
        .join('\n');
      const more =
        list.length > top.length
          ? `<p class="muted">… and ${list.length - top.length} more findings of this check in the JSON and CSV exports.</p>`
          : '';
      return `<h3>${e(checkTitle(check))} <span class="muted">(${e(check)} · ${list.length})</span></h3>
<table><thead><tr><th>Severity</th><th>Finding</th><th>Records</th></tr></thead><tbody>
${rows}
</tbody></table>${more}`;
    })
    .join('\n');
}

const ANSWER_TEXT: Record<string, string> = { yes: 'Yes', partial: 'Partly', no: 'No', unknown: 'Unknown' };

function checklist(s: FindingsSnapshot): string {
  const sa = s.selfAssessment;
  if (!sa) return '<p class="muted">The self-assessment checklist was not filled in (Options → Self-assessment).</p>';
  const rows = SELF_ASSESSMENT_ITEMS.map((it) => {
    const a = sa.answers[it.id] ?? 'unknown';
    return `<tr><td>${e(it.text)}</td><td class="answer-${e(a)}">${e(ANSWER_TEXT[a] ?? a)}</td></tr>`;
  }).join('\n');
  return `<p><strong>${e(sa.score ?? '–')}</strong> · ${e(sa.explanation.text)}</p>
<table><thead><tr><th>Question</th><th>Answer</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

function roi(s: FindingsSnapshot): string {
  if (!s.roi) return '<p class="muted">No ROI inputs were entered (Options → ROI).</p>';
  const r = s.roi;
  return `<p>Gain from the CRM: <strong dir="auto">${e(r.input.gain)}</strong> · cost: <strong dir="auto">${e(r.input.cost)}</strong></p>
<p>${r.ok ? `<span class="score-sm">${e(r.percent)}%</span> ` : ''}${e(r.explanation.text)}</p>
<p class="muted">ROI = (gain from CRM − cost) ÷ cost</p>`;
}

const STYLE = `body{font:14px/1.45 system-ui,'Segoe UI','Vazirmatn','Noto Sans JP',sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem;color:#1b1f24}
h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:2px solid #e5e7eb;padding-bottom:.2rem}h3{margin:1.2rem 0 .3rem;font-size:1.05rem}
.score{font-size:3rem;font-weight:700}.score-sm{font-size:1.4rem;font-weight:700}.muted{color:#57606a}.grade{font-size:1.3rem;font-weight:600;margin-inline-start:.6rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:start;vertical-align:top}
th{background:#f6f8fa}.sev-critical,.sev-high{color:#a40e26;font-weight:600}.sev-medium{color:#9a6700}.sev-low,.sev-info{color:#57606a}
.answer-no{color:#a40e26;font-weight:600}.answer-yes{color:#15803d}.records{font-size:.9em}
.chart{max-width:100%;height:auto;font-size:12px;fill:#1b1f24}.chart .axis{fill:#57606a;font-size:11px}.explain{margin:.2rem 0;padding-inline-start:1.2rem}
.legend .key{margin-inline-end:1rem;white-space:nowrap}.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-inline-end:.3em;vertical-align:-1px}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,svg{break-inside:avoid}details>summary{display:none}details{display:block}}`;

export function formatHtml(s: FindingsSnapshot): string {
  const rows = (cells: unknown[][]) => cells.map((c) => `<tr>${c.map((v) => `<td dir="auto">${e(v)}</td>`).join('')}</tr>`).join('\n');
  const counts = Object.entries(s.source.counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const checks = s.checks.map((c) => [
    checkTitle(c.id),
    c.category,
    c.status,
    c.score ?? 'no data',
    c.eligible,
    c.affected,
    c.explanation.text,
  ]);
  const dups = s.duplicates.slice(0, MAX_DUPLICATE_ROWS);
  const skipped = Object.entries(s.skipped);
  const version = s.generator ? ` · ${s.generator.name} ${s.generator.version}` : '';
  const decided = s.decisions?.length ? ` · ${s.decisions.length} decisions by the user` : '';
  const redacted = s.redacted ? ` · personal data ${s.redaction === 'hash' ? 'hashed' : 'masked'}` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>CRM audit report</title>
<style>${STYLE}</style>
</head>
<body>
<h1>CRM audit report</h1>
<p class="muted" dir="auto">${e(s.source.files.join(', ') || s.source.origin)} · audit date ${e(s.now.slice(0, 10))} · generated ${e(s.generatedAt)}${e(version)}</p>
<p class="muted">${e(counts || 'no records')}${e(decided)}${e(redacted)}</p>
<p><span class="score" data-testid="score">${e(s.score ?? '–')}</span><span class="grade">${e(s.grade ?? 'no grade')}</span></p>
<p dir="auto">${e(s.explanation.text)}</p>
<h2>Categories</h2>
${categoryBars(s)}
<h2>Score trend</h2>
${trendChart(s.history)}
<h2>Top findings per check (${s.findings.length} findings)</h2>
${topFindings(s)}
<h2>Self-assessment checklist</h2>
${checklist(s)}
<h2>Return on investment</h2>
${roi(s)}
<h2>Checks</h2>
<table><thead><tr><th>Check</th><th>Category</th><th>Status</th><th>Score</th><th>Eligible</th><th>Affected</th><th>Explanation</th></tr></thead><tbody>
${rows(checks)}
</tbody></table>
<h2>Duplicate groups (${s.duplicates.length})</h2>
<table><thead><tr><th>Kind</th><th>Level</th><th>Score</th><th>Record ids</th></tr></thead><tbody>
${rows(dups.map((d) => [d.kind, d.level, d.score, d.ids.join(', ')]))}
</tbody></table>${s.duplicates.length > dups.length ? `\n<p class="muted">… and ${s.duplicates.length - dups.length} more groups in the JSON export.</p>` : ''}
${skipped.length ? `<h2>Skipped</h2>\n<table><thead><tr><th>Reason</th><th>Count</th></tr></thead><tbody>\n${rows(skipped)}\n</tbody></table>` : ''}
</body>
</html>
`;
}
