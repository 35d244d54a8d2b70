// Hand-built audit runs for the report tests. Deliberately not produced by runAudit: the report
// is tested on its own, whatever state the engine (and the duplicate refactor) is in.
import type { AuditRun, CheckOutcome } from '../../../src/model/audit';
import type { CheckCategory, Finding } from '../../../src/model/finding';

const msg = (text: string, params: Record<string, string | number> = {}) => ({ key: 'k', params, text });

function outcome(id: string, category: CheckCategory, score: number | null, eligible: number, affected: number): CheckOutcome {
  return {
    id,
    category,
    status: score === null ? 'no-data' : 'ok',
    score,
    weight: 1,
    eligible,
    affected,
    explanation: msg(`${id}: ${affected} of ${eligible}; score ${score ?? 'n/a'}`, { check: id, affected, eligible }),
  };
}

export function baseRun(over: Partial<AuditRun> = {}): AuditRun {
  const findings: Finding[] = [
    {
      check: 'stale-records',
      severity: 'low',
      records: [{ kind: 'contact', id: 'c7', name: 'Sara Ahmadi' }],
      message: msg('1 contact not updated for 400 days', { days: 400 }),
      evidence: { days: 400 },
    },
    {
      check: 'missing-key-data',
      severity: 'medium',
      records: [{ kind: 'contact', id: 'c8', name: '佐藤 花子' }],
      message: msg('佐藤 花子 has no e-mail or phone', { name: '佐藤 花子', field: 'email' }),
      evidence: { fields: ['email', 'phone'] },
    },
    {
      check: 'duplicates',
      severity: 'high',
      records: [
        { kind: 'contact', id: 'c3', name: 'Reza Karimi' },
        { kind: 'contact', id: 'c4', name: 'رضا کریمی' },
      ],
      message: msg('2 contacts look like the same person'),
      evidence: { fields: [{ field: 'email', a: 'reza@example.com', b: 'reza@example.com', similarity: 1, weight: 4 }] },
    },
  ];
  return {
    id: 'run-b',
    origin: 'https://crm.example.com',
    startedAt: '2026-06-30T12:00:00.000Z',
    finishedAt: '2026-06-30T12:00:05.000Z',
    now: '2026-06-30T12:00:00.000Z',
    settings: { thresholds: { 'stale-records': { staleDays: 365 } }, disabledChecks: ['adoption'], defaultRegion: 'IR' },
    counts: { contact: 12, deal: 4 },
    score: 72,
    grade: 'good',
    categories: [
      { category: 'data-quality', score: 68, checks: ['stale-records', 'missing-key-data', 'duplicates'], noData: [] },
      { category: 'process', score: 90, checks: ['overdue-tasks'], noData: [] },
      { category: 'usage', score: null, checks: [], noData: ['activity-logging'] },
    ],
    checks: [
      outcome('stale-records', 'data-quality', 92, 12, 1),
      outcome('missing-key-data', 'data-quality', 85, 12, 1),
      outcome('duplicates', 'data-quality', 80, 12, 2),
      outcome('overdue-tasks', 'process', 90, 4, 0),
      outcome('activity-logging', 'usage', null, 0, 0),
    ],
    findings,
    duplicates: [
      {
        kind: 'contact',
        ids: ['c3', 'c4'],
        score: 0.97,
        level: 'duplicate',
        evidence: [{ field: 'email', a: 'reza@example.com', b: 'reza@example.com', similarity: 1, weight: 4 }],
      },
    ],
    skipped: { 'unparseable date': 2 },
    ...over,
  };
}

/** Alias kept for readability in tests: "the" run. */
export const plantedRun = (): AuditRun => baseRun();

/** A run with a finding carrying markup, a formula, Persian and Japanese names, e-mails and URLs. */
export function hostileRun(): AuditRun {
  const base = baseRun();
  return {
    ...base,
    id: 'run-hostile',
    findings: [
      {
        check: 'invalid-email',
        severity: 'high',
        records: [
          {
            kind: 'contact',
            id: 'c1',
            name: '<script>alert(1)</script> علی رضایی',
            url: 'https://crm.example.com/contacts/c1?e=ali@example.com',
          },
          { kind: 'contact', id: 'c2', name: '=HYPERLINK("http://evil")', url: 'https://crm.example.com/contacts/c2' },
        ],
        message: {
          key: 'invalid_email_disposable',
          params: { name: '山田 太郎', email: 'taro@mailinator.com', field: 'email' },
          text: '山田 太郎 uses taro@mailinator.com, a disposable domain',
        },
        evidence: { email: 'taro@mailinator.com', phone: '+98 912 345 6789', field: 'email' },
      },
      ...base.findings,
    ],
  };
}

export const PERSONAL = [
  'علی رضایی',
  '山田 太郎',
  'taro@mailinator.com',
  '+98 912 345 6789',
  'ali@example.com',
  'HYPERLINK',
  'Sara Ahmadi',
  '佐藤 花子',
  'رضا کریمی',
  'reza@example.com',
];

/** n findings over a few checks, for size and speed tests. */
export function bigRun(n: number): AuditRun {
  const checks = ['stale-records', 'missing-key-data', 'invalid-phone', 'weak-segmentation'];
  const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
    check: checks[i % checks.length]!,
    severity: (['low', 'medium', 'high'] as const)[i % 3]!,
    records: [{ kind: 'contact', id: `c${i}`, name: `Contact ${i} محمد 田中`, url: `https://crm.example.com/c/${i}` }],
    message: msg(`Contact ${i} محمد 田中 has a problem`, { name: `Contact ${i} محمد 田中` }),
    evidence: { field: 'phone', value: `+98912${String(i).padStart(7, '0')}` },
  }));
  return baseRun({ id: `run-big-${n}`, findings });
}
