// Findings snapshot → one self-contained, printable HTML page: no scripts, no external
// resources. Every value from the CRM is escaped; cells take their direction from their
// text (dir="auto") so Persian names read right-to-left inside an English report.
import type { FindingsSnapshot } from '../report/snapshot';

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const MAX_RECORDS_SHOWN = 50;

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1b1f24}
h1{margin-bottom:.2rem}.score{font-size:2.4rem;font-weight:700}.muted{color:#57606a}
table{border-collapse:collapse;width:100%;margin:.6rem 0 1.6rem}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:start;vertical-align:top}
th{background:#f6f8fa}.sev-critical,.sev-high{color:#a40e26;font-weight:600}.sev-medium{color:#9a6700}.sev-low,.sev-info{color:#57606a}
.records{font-size:.9em}@media print{body{margin:0}}`;

export function formatHtml(s: FindingsSnapshot): string {
  const e = escapeHtml;
  const rows = (cells: unknown[][]) => cells.map((c) => `<tr>${c.map((v) => `<td dir="auto">${e(v)}</td>`).join('')}</tr>`).join('\n');
  const counts = Object.entries(s.source.counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const categories = Object.entries(s.categories).map(([c, v]) => [c, v?.score ?? 'no data', v?.explanation.text ?? '']);
  const checks = s.checks.map((c) => [c.id, c.category, c.status, c.score ?? 'no data', c.eligible, c.affected, c.explanation.text]);
  const findings = s.findings
    .map((f) => {
      const shown = f.records
        .slice(0, MAX_RECORDS_SHOWN)
        .map((r) => `<span dir="auto">${e(r.name ? `${r.name} (${r.kind} ${r.id})` : `${r.kind} ${r.id}`)}</span>`);
      const more = f.records.length > MAX_RECORDS_SHOWN ? ` … and ${f.records.length - MAX_RECORDS_SHOWN} more` : '';
      return `<tr><td>${e(f.check)}</td><td class="sev-${e(f.severity)}">${e(f.severity)}</td><td dir="auto">${e(f.message.text)}</td><td class="records">${shown.join(', ')}${e(more)}</td></tr>`;
    })
    .join('\n');
  const skipped = Object.entries(s.skipped);
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
<p class="muted">Generated ${e(s.generatedAt)} · audit date ${e(s.now)} · ${e(s.source.files.join(', ') || s.source.origin)} · ${e(counts)}${s.redacted ? ' · redacted' : ''}</p>
<p><span class="score">${e(s.score ?? '–')}</span> <strong>${e(s.grade ?? 'no grade')}</strong></p>
<p dir="auto">${e(s.explanation.text)}</p>
<h2>Categories</h2>
<table><thead><tr><th>Category</th><th>Score</th><th>Explanation</th></tr></thead><tbody>
${rows(categories)}
</tbody></table>
<h2>Checks</h2>
<table><thead><tr><th>Check</th><th>Category</th><th>Status</th><th>Score</th><th>Eligible</th><th>Affected</th><th>Explanation</th></tr></thead><tbody>
${rows(checks)}
</tbody></table>
<h2>Findings (${s.findings.length})</h2>
<table><thead><tr><th>Check</th><th>Severity</th><th>Finding</th><th>Records</th></tr></thead><tbody>
${findings}
</tbody></table>
<h2>Duplicate groups (${s.duplicates.length})</h2>
<table><thead><tr><th>Kind</th><th>Level</th><th>Score</th><th>Record ids</th></tr></thead><tbody>
${rows(s.duplicates.map((d) => [d.kind, d.level, d.score, d.ids.join(', ')]))}
</tbody></table>
${skipped.length ? `<h2>Skipped</h2>\n<table><thead><tr><th>Reason</th><th>Count</th></tr></thead><tbody>\n${rows(skipped)}\n</tbody></table>` : ''}
</body>
</html>
`;
}
