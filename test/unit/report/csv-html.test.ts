import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/readers/import/csv';
import { CSV_HEADERS, formatCsv } from '../../../src/report/csv';
import { formatHtml } from '../../../src/report/html';
import { buildFindingsSnapshot } from '../../../src/report/snapshot';
import { trendOf } from '../../../src/report/trend';
import { baseRun, bigRun, hostileRun } from './helpers';

const at = new Date('2026-07-01T00:00:00Z');

describe('CSV', () => {
  it('one row per finding, BOM first, formulas defused, URLs when the records have them', () => {
    const csv = formatCsv(buildFindingsSnapshot(hostileRun(), { generatedAt: at }));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed.headers).toEqual([...CSV_HEADERS.slice(0, 9), 'record_urls', 'evidence']);
    expect(parsed.rows).toHaveLength(hostileRun().findings.length);
    const first = parsed.rows[0]!.cells;
    expect(first[0]).toBe('invalid-email');
    expect(first[1]).toBe('');
    expect(first[8]).toBe('<script>alert(1)</script> علی رضایی;=HYPERLINK("http://evil")');
    expect(first[9]).toBe('https://crm.example.com/contacts/c1?e=ali@example.com;https://crm.example.com/contacts/c2');
    // a cell that *starts* with = is prefixed so Excel shows it as text
    const formula = formatCsv(
      buildFindingsSnapshot({ ...baseRun(), findings: [{ ...hostileRun().findings[0]!, records: [{ kind: 'contact', id: '=1+1' }] }] }),
    );
    expect(formula).toContain(",'=1+1,");
  });

  it('keeps the CLI header when no record has a URL (export files)', () => {
    const csv = formatCsv(buildFindingsSnapshot(baseRun()));
    expect(csv.startsWith(`\uFEFF${CSV_HEADERS.join(',')}\r\n`)).toBe(true);
    expect(formatCsv(buildFindingsSnapshot(baseRun()), { urls: true })).toContain('record_names,record_urls,evidence');
  });

  it('Persian and Japanese text survive as UTF-8', () => {
    const csv = formatCsv(buildFindingsSnapshot(baseRun()));
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('佐藤 花子');
    expect(csv).toContain('رضا کریمی');
  });
});

describe('HTML report', () => {
  const history = trendOf([
    baseRun({ id: 'r1', startedAt: '2025-12-01T00:00:00.000Z', score: 55 }),
    baseRun({ id: 'r2', startedAt: '2026-03-01T00:00:00.000Z', score: 64 }),
    baseRun(),
  ]);
  const html = formatHtml(
    buildFindingsSnapshot(hostileRun(), {
      generatedAt: at,
      history,
      generator: { name: 'crm-audit-lens', version: '0.1.0' },
      selfAssessment: { encryption: 'yes', 'access-control': 'no' },
      roi: { gain: 150000, cost: 100000 },
    }),
  );

  it('is self-contained: no script, no external resource, a CSP that forbids both', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('escapes every CRM value', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; علی رضایی');
    expect(html).toContain('=HYPERLINK(&quot;http://evil&quot;)');
  });

  it('shows score and grade, category bars, the trend, top findings per check, checklist and ROI', () => {
    expect(html).toMatch(/<span class="score" data-testid="score">72<\/span><span class="grade">good<\/span>/);
    expect(html).toContain('aria-label="Category scores"');
    expect(html).toContain('aria-label="Score trend over 3 audits"');
    expect((html.match(/<polyline /g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('<h3>Duplicates <span class="muted">(duplicates · 1)</span></h3>');
    expect(html).toContain('Is CRM data encrypted in transit and at rest');
    expect(html).toContain('<td class="answer-no">No</td>');
    expect(html).toContain('<span class="score-sm">50%</span>');
    expect(html).toContain('crm-audit-lens 0.1.0');
  });

  it('says there is no trend yet on a first audit, and caps long lists', () => {
    const first = formatHtml(buildFindingsSnapshot(bigRun(2000)));
    expect(first).toContain('This is the first audit kept for this CRM');
    expect(first).toContain('… and 495 more findings of this check');
    expect(first.length).toBeLessThan(200_000);
  });
});
