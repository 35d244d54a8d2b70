import { describe, expect, it } from 'vitest';
import { provideDuplicateScan, scanDuplicates } from '../../../src/checks/duplicate-scan';
import check from '../../../src/checks/duplicates';
import type { DuplicateGroup } from '../../../src/model/audit';
import type { CrmRecord } from '../../../src/model/record';
import { makeSnapshot } from '../../../src/model/snapshot';
import { CTX, expectNoData, ok, rec } from '../../fixtures/workspace/records';

function group(kind: DuplicateGroup['kind'], ids: string[], level: DuplicateGroup['level'] = 'duplicate', score = 0.99): DuplicateGroup {
  return { kind, ids, level, score, evidence: [{ field: 'email', a: 'x', b: 'x', similarity: 1, weight: 12 }] };
}

function runWith(records: CrmRecord[], groups: DuplicateGroup[], overrides: Partial<typeof check.defaults> = {}) {
  const snapshot = makeSnapshot(records);
  provideDuplicateScan(snapshot, { groups, metrics: { candidatePairs: 7, cappedBlocks: 0 } });
  return check.run(snapshot, { ...check.defaults, ...overrides }, CTX);
}

const people = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => rec('contact', id, { name: `Person ${id}` }));
const firms = ['x', 'y', 'z'].map((id) => rec('company', id, { name: `Firm ${id}` }));

describe('duplicates', () => {
  it('turns groups into findings: every member of a duplicate group is affected', () => {
    const { findings, metrics } = ok(
      runWith(
        [...people, ...firms],
        [group('contact', ['a', 'b']), group('contact', ['c', 'd', 'e'], 'duplicate', 0.987), group('company', ['x', 'y'])],
      ),
    );
    expect(metrics).toMatchObject({ eligible: 10, affected: 7, clusters: 3, extraCopies: 4, possibleClusters: 0, engineCandidatePairs: 7 });
    expect(findings.map((f) => [f.severity, f.records.map((r) => r.id).join(',')])).toEqual([
      ['medium', 'a,b'],
      ['high', 'c,d,e'],
      ['medium', 'x,y'],
    ]);
    expect(findings[1]!.message).toEqual({
      key: 'duplicates_group',
      params: { count: 3, kind: 'contact', score: 99 },
      text: '3 contact records look like the same contact (confidence 99%)',
    });
    expect(findings[0]!.records[0]).toMatchObject({ kind: 'contact', id: 'a', name: 'Person a' });
    expect(findings[0]!.evidence).toMatchObject({ level: 'duplicate', fields: [{ field: 'email' }] });
  });

  it('reports possible duplicates at low severity without counting them, unless asked', () => {
    const groups = [group('contact', ['a', 'b']), group('contact', ['f', 'g'], 'possible', 11)];
    const plain = ok(runWith(people, groups));
    expect(plain.metrics).toMatchObject({ affected: 2, clusters: 1, possibleClusters: 1, possibleRecords: 2 });
    expect(plain.findings[1]!).toMatchObject({ severity: 'low', message: { key: 'duplicates_possible_group' } });
    expect(ok(runWith(people, groups, { countPossible: true })).metrics).toMatchObject({ affected: 4, clusters: 2 });
  });

  it('resolves members of mixed lead/contact groups and skips kinds that are switched off', () => {
    const lead = rec('lead', 'L1', { name: 'Person a' });
    const mixed = {
      ...group('contact', ['a', 'L1']),
      members: [
        { kind: 'contact' as const, id: 'a', origin: 'https://crm.test' },
        { kind: 'lead' as const, id: 'L1', origin: 'https://crm.test' },
      ],
    };
    const all = ok(runWith([...people, lead, ...firms], [mixed, group('company', ['x', 'y'])]));
    expect(all.metrics).toMatchObject({ eligible: 11, affected: 4 });
    expect(all.findings[0]!.records.map((r) => `${r.kind}:${r.id}`)).toEqual(['contact:a', 'lead:L1']);
    const contactsOnly = ok(runWith([...people, lead, ...firms], [mixed, group('company', ['x', 'y'])], { kinds: ['contact'] }));
    // the lead is out of scope, which leaves a group of one: nothing to report
    expect(contactsOnly.metrics).toMatchObject({ eligible: 7, affected: 0, clusters: 0 });
  });

  it('reports no data without deduplicable records, and the engine error when it failed', () => {
    expectNoData(check.run(makeSnapshot([rec('task', 't', { subject: 's' })]), check.defaults, CTX), 'duplicates_no_data');
    const snapshot = makeSnapshot(people);
    provideDuplicateScan(snapshot, { groups: [], metrics: {}, error: 'boom' });
    const result = check.run(snapshot, check.defaults, CTX);
    expectNoData(result, 'duplicates_engine_failed');
    if (result.status === 'no-data') expect(result.reason.params).toEqual({ error: 'boom' });
  });

  it('finds an exact copy with the real engine, once per snapshot', () => {
    const records = [
      rec('contact', 'c1', {
        firstName: 'Sara',
        lastName: 'Ahmadi',
        emails: ['sara.ahmadi@acme.com'],
        phones: ['+1 415 555 2671'],
        company: 'Acme',
      }),
      rec('contact', 'c2', {
        firstName: 'Sara',
        lastName: 'Ahmadi',
        emails: ['sara.ahmadi@acme.com'],
        phones: ['+1 415 555 2671'],
        company: 'Acme',
      }),
      rec('contact', 'c3', {
        firstName: 'Kenji',
        lastName: 'Watanabe',
        emails: ['kenji@tokyo-trading.jp'],
        phones: ['+81 3 1234 5678'],
        company: 'Tokyo Trading',
      }),
    ];
    const snapshot = makeSnapshot(records);
    const scan = scanDuplicates(snapshot, { defaultRegion: 'US' });
    expect(scanDuplicates(snapshot)).toBe(scan);
    const { metrics, findings } = ok(check.run(snapshot, check.defaults, CTX));
    expect(metrics).toMatchObject({ eligible: 3, affected: 2, clusters: 1 });
    expect(findings[0]!.records.map((r) => r.id).sort()).toEqual(['c1', 'c2']);
  });
});
