// Findings snapshot → one self-contained, printable HTML page: no scripts, no external
// resources (inline CSS and inline SVG, which print where CSS backgrounds would not). Every
// value is escaped; cells take their direction from their text (dir="auto") so Persian names
// read right-to-left inside an English report. Its own words come through a lookup
// (html-i18n.ts): a Persian report is laid out right-to-left, a Japanese one in Japanese.
import { SELF_ASSESSMENT_ITEMS } from '../audit/self-assessment';
import checkStrings from '../i18n/check-strings.json';
import { SEVERITIES, type CheckCategory } from '../model/finding';
import type { FindingsSnapshot, SnapshotFinding } from './snapshot';
import { reportWords, type HtmlReportOptions, type ReportWords } from './html-i18n';
import { polylines, seriesOf, type HistoryPoint } from './trend';

export type { HtmlReportOptions } from './html-i18n';

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const e = escapeHtml;

/** Isolates a left-to-right value (a date, an address) inside a sentence of any direction. */
const ltr = (v: string) => `\u2066${v}\u2069`;

const MAX_RECORDS_SHOWN = 20;
const TOP_PER_CHECK = 5;
const MAX_DUPLICATE_ROWS = 200;

const CATEGORY_TITLE: Record<CheckCategory | 'overall', [string, string]> = {
  overall: ['historyOverall', 'Overall'],
  usage: ['historyCatUsage', 'Usage'],
  'data-quality': ['historyCatDataQuality', 'Data quality'],
  process: ['historyCatProcess', 'Process'],
  integration: ['historyCatIntegration', 'Integrations'],
  compliance: ['historyCatCompliance', 'Compliance'],
};

function categoryTitle(W: ReportWords, c: string): string {
  const known = CATEGORY_TITLE[c as CheckCategory];
  return known ? W.w(known[0], known[1]) : c;
}

/** An engine id ("very-poor", "high") through its key ("grade_very_poor"), else the id. */
function idWord(W: ReportWords, prefix: string, id: string): string {
  return W.w(`${prefix}_${id.replace(/-/g, '_')}`, id);
}
const SERIES_COLOUR: Record<CheckCategory | 'overall', string> = {
  overall: '#111827',
  usage: '#2563eb',
  'data-quality': '#9333ea',
  process: '#d97706',
  integration: '#0d9488',
  compliance: '#dc2626',
};

function checkTitle(W: ReportWords, id: string): string {
  const key = `check_${id.replace(/-/g, '_')}_title`;
  return W.w(key, (checkStrings as Record<string, string[]>)[key]?.[0] ?? id);
}

/** Same thresholds as the popup's bars: green from 80, amber from 60, red below. */
function scoreColour(score: number | null): string {
  if (score === null) return '#9ca3af';
  return score >= 80 ? '#15803d' : score >= 60 ? '#b45309' : '#b91c1c';
}

function categoryBars(W: ReportWords, s: FindingsSnapshot): string {
  const rows = Object.entries(s.categories);
  if (!rows.length) return `<p class="muted">${e(W.w('reportNoCategory', 'No category scored.'))}</p>`;
  const rowH = 28;
  const w = 640;
  const label = 130;
  const barW = w - label - 80; // room for "no data" in any language
  const parts = rows.map(([c, v], i) => {
    const y = i * rowH;
    const score = v?.score ?? null;
    const fill = score === null ? 0 : (barW * Math.max(0, Math.min(100, score))) / 100;
    return (
      `<text x="0" y="${y + 18}">${e(categoryTitle(W, c))}</text>` +
      `<rect x="${label}" y="${y + 6}" width="${barW}" height="16" rx="3" fill="#e5e7eb"/>` +
      `<rect x="${label}" y="${y + 6}" width="${fill.toFixed(1)}" height="16" rx="3" fill="${scoreColour(score)}"/>` +
      `<text x="${label + barW + 8}" y="${y + 18}">${e(score === null ? W.w('reportNoData', 'no data') : W.num(score))}</text>`
    );
  });
  const explanations = rows.map(
    ([c, v]) => `<li dir="auto"><strong>${e(categoryTitle(W, c))}</strong>: ${e(v ? W.msg(v.explanation) : '')}</li>`,
  );
  return `<svg class="chart" role="img" aria-label="${e(W.w('reportCategoryScores', 'Category scores'))}" viewBox="0 0 ${w} ${rows.length * rowH}" width="${w}" height="${rows.length * rowH}">${parts.join('')}</svg>
<ul class="explain">${explanations.join('')}</ul>`;
}

function trendChart(W: ReportWords, history: readonly HistoryPoint[] | undefined): string {
  if (!history || history.length < 2)
    return `<p class="muted">${e(W.w('reportTrendFirst', 'This is the first audit kept for this CRM: the trend starts with the next one.'))}</p>`;
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
        `<span class="key"><span class="swatch" style="background:${SERIES_COLOUR[sr.key]}"></span>${e(categoryTitle(W, sr.key))}</span>`,
    )
    .join(' ');
  const table = history
    .map(
      (p) =>
        `<tr><td dir="ltr">${e(p.startedAt.slice(0, 16).replace('T', ' '))}</td><td>${e(p.score === null ? '–' : W.num(p.score))}</td><td>${e(p.grade ? idWord(W, 'grade', p.grade) : '')}</td><td>${e(W.num(p.findings))}</td></tr>`,
    )
    .join('');
  const th = (key: string, english: string) => `<th>${e(W.w(key, english))}</th>`;
  return `<svg class="chart" role="img" aria-label="${e(W.w('reportTrendLabel', 'Score trend over $1 audits', history.length))}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${grid}${lines}${axis}</svg>
<p class="legend">${legend}</p>
<details><summary>${e(W.w('reportAudits', '$1 audits', W.num(history.length)))}</summary><table><thead><tr>${th('reportAudit', 'Audit')}${th('historyScore', 'Score')}${th('historyGrade', 'Grade')}${th('historyFindings', 'Findings')}</tr></thead><tbody>${table}</tbody></table></details>`;
}

const SEVERITY_RANK = new Map(SEVERITIES.map((s, i) => [s, i]));

function recordsCell(W: ReportWords, f: SnapshotFinding): string {
  const shown = f.records
    .slice(0, MAX_RECORDS_SHOWN)
    .map(
      (r) =>
        `<span dir="auto">${e(r.name ? `${r.name} (${idWord(W, 'kind', r.kind)} ${r.id})` : `${idWord(W, 'kind', r.kind)} ${r.id}`)}</span>`,
    );
  const more =
    f.records.length > MAX_RECORDS_SHOWN
      ? ` ${W.w('reportMoreRecords', '… and $1 more', W.num(f.records.length - MAX_RECORDS_SHOWN))}`
      : '';
  return `${shown.join(', ')}${e(more)}`;
}

function topFindings(W: ReportWords, s: FindingsSnapshot): string {
  const byCheck = new Map<string, SnapshotFinding[]>();
  for (const f of s.findings) {
    const list = byCheck.get(f.check);
    if (list) list.push(f);
    else byCheck.set(f.check, [f]);
  }
  if (!byCheck.size) return `<p class="muted">${e(W.w('reportNoFindings', 'No findings.'))}</p>`;
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
            `<tr><td class="sev-${e(f.severity)}">${e(idWord(W, 'severity', f.severity))}</td><td dir="auto">${e(W.msg(f.message))}</td><td class="records">${recordsCell(W, f)}</td></tr>`,
        )
        .join('\n');
      const more =
        list.length > top.length
          ? `<p class="muted">${e(W.w('reportMoreFindings', '… and $1 more findings of this check in the JSON and CSV exports.', W.num(list.length - top.length)))}</p>`
          : '';
      return `<h3>${e(checkTitle(W, check))} <span class="muted">(${e(check)} · ${e(W.num(list.length))})</span></h3>
<table><thead><tr><th>${e(W.w('reportSeverity', 'Severity'))}</th><th>${e(W.w('reportFinding', 'Finding'))}</th><th>${e(W.w('reportRecords', 'Records'))}</th></tr></thead><tbody>
${rows}
</tbody></table>${more}`;
    })
    .join('\n');
}

const ANSWER_TEXT: Record<string, [string, string]> = {
  yes: ['checklistYes', 'Yes'],
  partial: ['checklistPartial', 'Partly'],
  no: ['checklistNo', 'No'],
  unknown: ['checklistUnknown', 'Unknown'],
};

function checklist(W: ReportWords, s: FindingsSnapshot): string {
  const sa = s.selfAssessment;
  if (!sa)
    return `<p class="muted">${e(W.w('reportChecklistEmpty', 'The self-assessment checklist was not filled in (Options → Self-assessment).'))}</p>`;
  const rows = SELF_ASSESSMENT_ITEMS.map((it) => {
    const a = sa.answers[it.id] ?? 'unknown';
    const answer = ANSWER_TEXT[a];
    return `<tr><td>${e(W.w(it.key, it.text))}</td><td class="answer-${e(a)}">${e(answer ? W.w(answer[0], answer[1]) : a)}</td></tr>`;
  }).join('\n');
  return `<p><strong>${e(sa.score === null ? '–' : W.num(sa.score))}</strong> · ${e(W.msg(sa.explanation))}</p>
<table><thead><tr><th>${e(W.w('reportQuestion', 'Question'))}</th><th>${e(W.w('reportAnswer', 'Answer'))}</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

function roi(W: ReportWords, s: FindingsSnapshot): string {
  if (!s.roi) return `<p class="muted">${e(W.w('reportRoiEmpty', 'No ROI inputs were entered (Options → ROI).'))}</p>`;
  const r = s.roi;
  return `<p>${e(W.w('reportRoiGain', 'Gain from the CRM:'))} <strong dir="auto">${e(r.input.gain)}</strong> · ${e(W.w('reportRoiCost', 'cost:'))} <strong dir="auto">${e(r.input.cost)}</strong></p>
<p>${r.ok ? `<span class="score-sm">${e(r.percent)}%</span> ` : ''}${e(W.msg(r.explanation))}</p>
<p class="muted">${e(W.w('reportRoiFormula', 'ROI = (gain from CRM − cost) ÷ cost'))}</p>`;
}

const STYLE = `body{font:14px/1.45 system-ui,'Segoe UI','Vazirmatn','Noto Sans JP',sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem;color:#1b1f24}
h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:2px solid #e5e7eb;padding-bottom:.2rem}h3{margin:1.2rem 0 .3rem;font-size:1.05rem}
.score{font-size:3rem;font-weight:700}.score-sm{font-size:1.4rem;font-weight:700}.muted{color:#57606a}.grade{font-size:1.3rem;font-weight:600;margin-inline-start:.6rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:start;vertical-align:top}
th{background:#f6f8fa}.sev-critical,.sev-high{color:#a40e26;font-weight:600}.sev-medium{color:#9a6700}.sev-low,.sev-info{color:#57606a}
.answer-no{color:#a40e26;font-weight:600}.answer-yes{color:#15803d}.records{font-size:.9em}
.chart{max-width:100%;height:auto;font-size:12px;fill:#1b1f24;direction:ltr}.chart .axis{fill:#57606a;font-size:11px}.explain{margin:.2rem 0;padding-inline-start:1.2rem}
.legend .key{margin-inline-end:1rem;white-space:nowrap}.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-inline-end:.3em;vertical-align:-1px}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,svg{break-inside:avoid}details>summary{display:none}details{display:block}}`;

export function formatHtml(s: FindingsSnapshot, opts: HtmlReportOptions = {}): string {
  const W = reportWords(opts);
  const rows = (cells: unknown[][]) => cells.map((c) => `<tr>${c.map((v) => `<td dir="auto">${e(v)}</td>`).join('')}</tr>`).join('\n');
  const head = (cols: [string, string][]) => `<thead><tr>${cols.map(([k, en]) => `<th>${e(W.w(k, en))}</th>`).join('')}</tr></thead>`;
  const counts = Object.entries(s.source.counts)
    .map(([k, n]) => `${W.num(n ?? 0)} ${W.w(`kind_${k}_plural`, k)}`)
    .join(W.dir === 'rtl' ? '، ' : W.lang.startsWith('ja') ? '、' : ', ');
  const checks = s.checks.map((c) => [
    checkTitle(W, c.id),
    categoryTitle(W, c.category),
    c.status === 'ok' ? W.w('reportStatusOk', 'ok') : W.w('reportStatusNoData', c.status),
    c.score === null ? W.w('reportNoData', 'no data') : W.num(c.score),
    W.num(c.eligible),
    W.num(c.affected),
    W.msg(c.explanation),
  ]);
  const dups = s.duplicates.slice(0, MAX_DUPLICATE_ROWS);
  const skipped = Object.entries(s.skipped);
  const version = s.generator ? ` · ${s.generator.name} ${s.generator.version}` : '';
  const decided = s.decisions?.length ? ` · ${W.w('reportDecisions', '$1 decisions by the user', W.num(s.decisions.length))}` : '';
  const redacted = s.redacted
    ? ` · ${s.redaction === 'hash' ? W.w('reportRedactedHash', 'personal data hashed') : W.w('reportRedactedMask', 'personal data masked')}`
    : '';
  const title = W.w('reportTitle', 'CRM audit report');
  return `<!doctype html>
<html lang="${e(W.lang)}" dir="${W.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(title)}</h1>
<p class="muted"><span dir="auto">${e(s.source.files.join(', ') || s.source.origin)}</span> · ${e(W.w('reportAuditDate', 'audit date $1', ltr(s.now.slice(0, 10))))} · ${e(W.w('reportGenerated', 'generated $1', ltr(s.generatedAt)))}${e(version)}</p>
<p class="muted">${e(counts || W.w('reportNoRecords', 'no records'))}${e(decided)}${e(redacted)}</p>
<p><span class="score" data-testid="score">${e(s.score === null ? '–' : W.num(s.score))}</span><span class="grade">${e(s.grade ? idWord(W, 'grade', s.grade) : W.w('reportNoGrade', 'no grade'))}</span></p>
<p dir="auto">${e(W.msg(s.explanation))}</p>
<h2>${e(W.w('reportCategories', 'Categories'))}</h2>
${categoryBars(W, s)}
<h2>${e(W.w('reportTrend', 'Score trend'))}</h2>
${trendChart(W, s.history)}
<h2>${e(W.w('reportTopFindings', 'Top findings per check ($1 findings)', W.num(s.findings.length)))}</h2>
${topFindings(W, s)}
<h2>${e(W.w('reportChecklist', 'Self-assessment checklist'))}</h2>
${checklist(W, s)}
<h2>${e(W.w('reportRoi', 'Return on investment'))}</h2>
${roi(W, s)}
<h2>${e(W.w('reportChecks', 'Checks'))}</h2>
<table>${head([
    ['reportCheck', 'Check'],
    ['reportCategory', 'Category'],
    ['reportStatus', 'Status'],
    ['historyScore', 'Score'],
    ['reportEligible', 'Eligible'],
    ['reportAffected', 'Affected'],
    ['reportExplanation', 'Explanation'],
  ])}<tbody>
${rows(checks)}
</tbody></table>
<h2>${e(W.w('reportDuplicates', 'Duplicate groups ($1)', W.num(s.duplicates.length)))}</h2>
<table>${head([
    ['reportKind', 'Kind'],
    ['reportLevel', 'Level'],
    ['historyScore', 'Score'],
    ['reportRecordIds', 'Record ids'],
  ])}<tbody>
${rows(dups.map((d) => [idWord(W, 'kind', d.kind), d.level, d.score, d.ids.join(', ')]))}
</tbody></table>${s.duplicates.length > dups.length ? `\n<p class="muted">${e(W.w('reportMoreGroups', '… and $1 more groups in the JSON export.', W.num(s.duplicates.length - dups.length)))}</p>` : ''}
${
  skipped.length
    ? `<h2>${e(W.w('reportSkipped', 'Skipped'))}</h2>\n<table>${head([
        ['reportReason', 'Reason'],
        ['reportCount', 'Count'],
      ])}<tbody>\n${rows(skipped)}\n</tbody></table>`
    : ''
}
</body>
</html>
`;
}
