import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditRun } from '../../../src/model/audit';
import type { CrmRecord } from '../../../src/model/record';
import { clearOrigin } from '../../../src/store/clear';
import { resetDbCache } from '../../../src/store/db';
import { decisionsForOrigin, setDecision } from '../../../src/store/decisions';
import { countByKind, countRecords, originsWithData, recordsForOrigin, upsertRecords } from '../../../src/store/records';
import { findingsForRun, latestRun, listRuns, saveRun } from '../../../src/store/runs';

const A = 'https://a.example';
const B = 'https://b.example';
const rec = (origin: string, id: string, fields: CrmRecord['fields'], raw: Record<string, string> = {}): CrmRecord => ({
  kind: 'contact',
  source: { origin, id, via: 'dom-table' },
  fields,
  raw,
  seenAt: '2026-11-20T00:00:00.000Z',
});
const run = (id: string, origin: string, startedAt: string, findings = 2): AuditRun => ({
  id,
  origin,
  startedAt,
  finishedAt: startedAt,
  now: startedAt,
  settings: { thresholds: {}, disabledChecks: [], defaultRegion: 'US' },
  counts: { contact: 2 },
  score: 80,
  grade: 'very-good',
  categories: [],
  checks: [],
  findings: Array.from({ length: findings }, (_, i) => ({ check: 'x', severity: 'low', records: [{ kind: 'contact', id: `c${i}` }], message: { key: 'k', params: {}, text: 't' } })),
  duplicates: [],
  skipped: {},
});

beforeEach(async () => {
  resetDbCache();
  indexedDB.deleteDatabase('crm-audit-lens');
});

describe('store', () => {
  it('merges a record read twice instead of replacing it', async () => {
    await upsertRecords(A, [rec(A, 'c1', { name: 'Ada', emails: ['ada@x.org'] }, { Name: 'Ada' })]);
    await upsertRecords(A, [rec(A, 'c1', { phones: ['+1 555'] }, { Phone: '+1 555' })]);
    const [r] = await recordsForOrigin(A);
    expect(r!.fields).toEqual({ name: 'Ada', emails: ['ada@x.org'], phones: ['+1 555'] });
    expect(r!.raw).toEqual({ Name: 'Ada', Phone: '+1 555' });
    expect(await countRecords(A)).toBe(1);
  });

  it('keeps origins apart and clears one without touching the other', async () => {
    await upsertRecords(A, [rec(A, 'c1', { name: 'a1' }), rec(A, 'c2', { name: 'a2' })]);
    await upsertRecords(B, [rec(B, 'c1', { name: 'b1' })]);
    await saveRun(run('r1', A, '2026-11-01T00:00:00Z'));
    await saveRun(run('r2', B, '2026-11-01T00:00:00Z'));
    await setDecision(A, 'duplicates', [{ kind: 'contact', id: 'c1' }, { kind: 'contact', id: 'c2' }], 'not-duplicate');
    expect(Object.fromEntries(await originsWithData())).toEqual({ [A]: 2, [B]: 1 });
    expect(await countByKind(A, ['contact', 'deal'])).toEqual({ contact: 2 });

    expect(await clearOrigin(A)).toEqual({ records: 2, runs: 1 });
    expect(await countRecords(A)).toBe(0);
    expect(await latestRun(A)).toBeUndefined();
    expect(await decisionsForOrigin(A)).toEqual([]);
    expect(await findingsForRun('r1')).toEqual([]);
    expect(await countRecords(B)).toBe(1);
    expect(await findingsForRun('r2')).toHaveLength(2);
  });

  it('returns the latest run per origin and its findings in order', async () => {
    await saveRun(run('old', A, '2026-10-01T00:00:00Z', 1));
    await saveRun(run('new', A, '2026-11-01T00:00:00Z', 3));
    expect((await latestRun(A))?.id).toBe('new');
    expect((await latestRun(A))?.findingCount).toBe(3);
    expect((await listRuns(A)).map((r) => r.id)).toEqual(['new', 'old']);
    expect((await findingsForRun('new')).map((f) => f.seq)).toEqual([0, 1, 2]);
  });

  it('stores one decision per record set whatever the order', async () => {
    await setDecision(A, 'duplicates', [{ kind: 'contact', id: 'c2' }, { kind: 'contact', id: 'c1' }], 'duplicate');
    await setDecision(A, 'duplicates', [{ kind: 'contact', id: 'c1' }, { kind: 'contact', id: 'c2' }], 'not-duplicate');
    const all = await decisionsForOrigin(A);
    expect(all).toHaveLength(1);
    expect(all[0]!.decision).toBe('not-duplicate');
  });
});
