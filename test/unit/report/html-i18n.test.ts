// The HTML report in Persian (right-to-left) and Japanese, through the CLI's dictionary lookup
// and through a chrome.i18n-like lookup; English stays the default.
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../../src/report/html';
import { reportDictionary } from '../../../src/report/html-dictionary';
import { buildFindingsSnapshot } from '../../../src/report/snapshot';
import { trendOf } from '../../../src/report/trend';
import { baseRun, hostileRun } from './helpers';

const at = new Date('2026-06-30T12:00:00Z');
const history = trendOf([baseRun({ id: 'r1', startedAt: '2025-12-01T00:00:00.000Z', score: 55 }), baseRun()]);
const snapshot = buildFindingsSnapshot(hostileRun(), {
  generatedAt: at,
  history,
  selfAssessment: { encryption: 'yes', 'access-control': 'no' },
  roi: { gain: 150000, cost: 100000 },
});

/** Visible text: tags, entities and the CSS dropped. */
function text(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
}

describe('HTML report languages', () => {
  it('is Persian and right-to-left with the fa dictionary', () => {
    const html = formatHtml(snapshot, reportDictionary('fa'));
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain('<title>گزارش ممیزی CRM</title>');
    expect(html).toContain('<h2>روند امتیاز</h2>');
    const no = reportDictionary('fa').t!('checklistNo');
    expect(no).toMatch(/[\u0600-\u06ff]/);
    expect(html).toContain(`<td class="answer-no">${no}</td>`);
    expect(html).toMatch(/<span class="score" data-testid="score">[۰-۹]+<\/span>/); // Persian digits
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;'); // hostile values still escaped
    expect(html).not.toMatch(/<script/i);
    // none of the report's own English headings is left
    for (const english of [
      'CRM audit report',
      'Score trend',
      'Top findings per check',
      'Self-assessment checklist',
      'Return on investment',
      'Duplicate groups',
      'Severity',
    ])
      expect(text(html)).not.toContain(english);
    // the charts keep their left-to-right geometry inside the right-to-left page
    expect(html).toContain('direction:ltr');
  });

  it('is Japanese with the ja dictionary, engine messages included', () => {
    const html = formatHtml(snapshot, reportDictionary('ja-JP'));
    expect(html).toContain('<html lang="ja-JP" dir="ltr">');
    expect(html).toContain('<h1>CRM監査レポート</h1>');
    expect(html).toContain('<h2>自己評価チェックリスト</h2>');
    expect(html).toContain('暗号化'); // the self-assessment question about encryption
    expect(text(html)).not.toContain('Top findings per check');
  });

  it('takes any lookup with chrome.i18n semantics, falling back to English per key', () => {
    const t = (key: string, ...subs: (string | number)[]) =>
      key === 'reportTitle' ? 'Prüfbericht' : key === 'reportAudits' ? `${subs[0]} Prüfungen` : '';
    const html = formatHtml(snapshot, { lang: 'de', t });
    expect(html).toContain('<h1>Prüfbericht</h1>');
    expect(html).toContain('<summary>2 Prüfungen</summary>');
    expect(html).toContain('<h2>Score trend</h2>');
    expect(html).toContain('<html lang="de" dir="ltr">');
  });

  it('stays English without options, and refuses a language tag that is not one', () => {
    expect(formatHtml(snapshot)).toContain('<html lang="en" dir="ltr">');
    expect(formatHtml(snapshot, { lang: '"><script>' })).toContain('<html lang="en" dir="ltr">');
  });
});

describe('the CLI report dictionary localises ids inside params', () => {
  it('names categories, grades and kinds in Persian and Japanese, as the extension does', () => {
    const fa = reportDictionary('fa').tm!;
    const ja = reportDictionary('ja').tm!;
    const category = { key: 'score_category', params: { category: 'data-quality', score: 68, count: 3 }, text: 'x' };
    expect(fa(category)).not.toContain('data-quality');
    expect(fa(category)).toContain('کیفیت داده');
    expect(ja(category)).not.toContain('data-quality');
    const group = { key: 'duplicates_group', params: { count: 2, kind: 'company', score: 93 }, text: 'x' };
    expect(ja(group)).toBe('会社レコード2件が同一の会社と思われます（確度 93%）');
    // a value with no message (a CRM's own column name) stays as it is
    expect(fa({ key: 'unused_fields_empty', params: { field: 'Fax 2', kind: 'contact', count: 1, total: 2 }, text: 'x' })).toContain('Fax 2');
  });
});
