import { describe, expect, it } from 'vitest';
import type { StoredFinding } from '../../../src/store/db';
import { preview, PREVIEW_ROWS } from '../../../src/store/runs';
import { buildRows, previewRows } from '../../../src/ui/popup/finding-list';

const f = (seq: number, check: string, severity: StoredFinding['severity'], name: string, text = `${check} problem`): StoredFinding => ({
  runId: 'r',
  seq,
  check,
  severity,
  records: [{ kind: 'contact', id: `c${seq}`, name }],
  message: { key: 'no_such_key', params: {}, text },
});

const findings = [
  f(0, 'stale-records', 'low', 'Ada Lovelace'),
  f(1, 'duplicates', 'high', 'علی محمدی'),
  f(2, 'duplicates', 'medium', '佐藤 太郎'),
  f(3, 'invalid-email', 'critical', 'Grace Hopper'),
  f(4, 'stale-records', 'info', 'Alan Turing'),
];

describe('popup finding rows', () => {
  it('groups by check, worst group first, worst finding first inside a group', () => {
    const rows = buildRows(findings, '', 'all');
    expect(rows.map((r) => (r.type === 'group' ? `#${r.check}:${r.count}` : r.finding.seq))).toEqual(['#invalid-email:1', 3, '#duplicates:2', 1, 2, '#stale-records:2', 0, 4]);
  });

  it('filters by minimum severity', () => {
    const rows = buildRows(findings, '', 'medium');
    expect(rows.filter((r) => r.type === 'finding').map((r) => (r.type === 'finding' ? r.finding.seq : -1))).toEqual([3, 1, 2]);
  });

  it('searches names in any script, ids and message text', () => {
    expect(buildRows(findings, 'محمدی', 'all').filter((r) => r.type === 'finding')).toHaveLength(1);
    expect(buildRows(findings, '佐藤', 'all').filter((r) => r.type === 'finding')).toHaveLength(1);
    expect(buildRows(findings, 'c4', 'all').filter((r) => r.type === 'finding')).toHaveLength(1);
    expect(buildRows(findings, 'STALE-RECORDS PROBLEM', 'all').filter((r) => r.type === 'finding')).toHaveLength(2);
    expect(buildRows(findings, 'nobody', 'all')).toEqual([]);
  });

  it('handles 10,000 findings', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => f(i, `check-${i % 20}`, 'low', `Person ${i}`));
    expect(buildRows(many, 'person 99', 'all').filter((r) => r.type === 'finding')).toHaveLength(111);
  });

  it('the preview saved with a run is exactly how the full list begins, with the full group sizes', () => {
    const severities: StoredFinding['severity'][] = ['info', 'low', 'medium', 'high', 'critical'];
    const many = Array.from({ length: 10_000 }, (_, i) => f(i, `check-${i % 7}`, severities[(i * 7919) % 5]!, `Person ${i}`));
    const engineFindings = many.map(({ runId: _r, seq: _s, ...rest }) => rest);
    const p = preview('r', engineFindings);
    expect(p.findings).toHaveLength(PREVIEW_ROWS);
    const head = previewRows(p);
    const full = buildRows(many, '', 'all');
    const label = (r: (typeof full)[number]) => (r.type === 'group' ? `#${r.check}:${r.count}` : r.finding.seq);
    expect(head.map(label)).toEqual(full.slice(0, head.length).map(label));
    expect(p.groups.reduce((n, g) => n + g.count, 0)).toBe(10_000);
  });
});
