// Export benchmark: 10,000 findings rendered as the findings snapshot (JSON), CSV and the HTML
// report, plain and redacted. Run: node --import tsx bench/export.ts
// Target: under 1 s per format. Exits 1 when a format is over budget.
import { pathToFileURL } from 'node:url';
import type { AuditRun } from '../src/model/audit';
import type { Finding } from '../src/model/finding';
import { formatCsv } from '../src/report/csv';
import { formatHtml } from '../src/report/html';
import { buildFindingsSnapshot, type SnapshotOptions } from '../src/report/snapshot';

const N = 10_000;
const BUDGET_MS = 1000;
const CHECKS = ['stale-records', 'missing-key-data', 'invalid-phone', 'invalid-email', 'weak-segmentation', 'duplicates'];

function run(n: number): AuditRun {
  const findings: Finding[] = Array.from({ length: n }, (_, i) => {
    const name = i % 3 === 0 ? `علی رضایی ${i}` : i % 3 === 1 ? `山田 太郎 ${i}` : `Sara Smith ${i}`;
    const records = CHECKS[i % CHECKS.length] === 'duplicates' ? [0, 1, 2] : [0];
    return {
      check: CHECKS[i % CHECKS.length]!,
      severity: (['low', 'medium', 'high'] as const)[i % 3]!,
      records: records.map((k) => ({
        kind: 'contact' as const,
        id: `c${i}-${k}`,
        name,
        url: `https://crm.example.com/contacts/c${i}-${k}`,
      })),
      message: { key: 'k', params: { name, email: `user${i}@example.com`, field: 'email' }, text: `${name} uses user${i}@example.com` },
      evidence: { field: 'email', email: `user${i}@example.com`, phone: `+98912${String(i).padStart(7, '0')}` },
    };
  });
  return {
    id: 'bench',
    origin: 'https://crm.example.com',
    startedAt: '2026-06-30T12:00:00.000Z',
    finishedAt: '2026-06-30T12:00:05.000Z',
    now: '2026-06-30T12:00:00.000Z',
    settings: { thresholds: {}, disabledChecks: [], defaultRegion: 'US' },
    counts: { contact: n },
    score: 71,
    grade: 'good',
    categories: [{ category: 'data-quality', score: 71, checks: CHECKS, noData: [] }],
    checks: CHECKS.map((id) => ({
      id,
      category: 'data-quality',
      status: 'ok',
      score: 71,
      weight: 1,
      eligible: n,
      affected: n / 6,
      explanation: { key: 'k', params: {}, text: id },
    })),
    findings,
    duplicates: [],
    skipped: {},
  };
}

function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const out = fn();
  return [Math.round(performance.now() - t0), out];
}

export async function benchExport(): Promise<{
  findings: number;
  rows: { variant: string; json: number; csv: number; html: number; bytes: { json: number; csv: number; html: number } }[];
  ok: boolean;
}> {
  const r = run(N);
  // warm-up: JIT and module tables
  formatHtml(buildFindingsSnapshot(run(200)));
  const rows = [];
  for (const [variant, opts] of [
    ['plain', {}],
    ['masked', { redact: 'mask' }],
    ['hashed', { redact: 'hash' }],
  ] as [string, SnapshotOptions][]) {
    const [json, text] = time(() => JSON.stringify(buildFindingsSnapshot(r, opts), null, 2));
    const [csv, csvText] = time(() => formatCsv(buildFindingsSnapshot(r, opts)));
    const [html, htmlText] = time(() => formatHtml(buildFindingsSnapshot(r, opts)));
    rows.push({ variant, json, csv, html, bytes: { json: text.length, csv: csvText.length, html: htmlText.length } });
  }
  return { findings: N, rows, ok: rows.every((x) => x.json < BUDGET_MS && x.csv < BUDGET_MS && x.html < BUDGET_MS) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchExport();
  for (const x of r.rows)
    console.log(
      `export ${r.findings.toLocaleString('en-US')} findings (${x.variant}): JSON ${x.json} ms (${(x.bytes.json / 1e6).toFixed(1)} MB), ` +
        `CSV ${x.csv} ms (${(x.bytes.csv / 1e6).toFixed(1)} MB), HTML ${x.html} ms (${(x.bytes.html / 1e6).toFixed(2)} MB); budget ${BUDGET_MS} ms each`,
    );
  if (!r.ok) process.exitCode = 1;
}
