import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/unused-modules';
import type { RecordKind } from '../../../src/model/record';
import { expectNoData, ok, rec, run, runOnGarbage } from './helpers-a';

const many = (kind: RecordKind, n: number, via: 'api' | 'dom-table' = 'api') => Array.from({ length: n }, (_, i) => rec(kind, `${kind}${i}`, {}, { via }));

describe('unused-modules', () => {
  it('flags modules with no or almost no records while others are used', () => {
    const records = [...many('contact', 10), ...many('deal', 5), ...many('company', 6), ...many('task', 2), ...many('ticket', 1, 'dom-table'), ...many('user', 30)];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 8, affected: 5, usedModules: 3, recordsSeen: 24 });
    const byModule = Object.fromEntries(findings.map((f) => [String(f.message.params.module), f]));
    expect(Object.keys(byModule).sort()).toEqual(['activity', 'campaign', 'lead', 'task', 'ticket']);
    expect(byModule.activity).toMatchObject({ severity: 'low', records: [], message: { key: 'unused_modules_absent', params: { used: 3 } } });
    expect(byModule.task).toMatchObject({ severity: 'medium', message: { key: 'unused_modules_few', params: { count: 2 } } });
    expect(byModule.task?.records).toHaveLength(2);
    // Read from a list page: may be just the first rows.
    expect(byModule.ticket?.severity).toBe('low');
    expect(byModule.lead?.evidence?.seenKinds).toEqual(['contact', 'deal', 'company', 'task', 'ticket', 'user']);
  });

  it('uses configured modules and minimum', () => {
    const records = [...many('contact', 10), ...many('deal', 2)];
    expect(ok(run(check, records, { modules: ['contact', 'deal', 'bogus'], minRecords: 2 })).metrics).toMatchObject({ eligible: 2, affected: 0 });
  });

  it('reports no data when nothing (or too little) was seen', () => {
    expectNoData(run(check, many('user', 3)), 'unused_modules_no_records');
    expectNoData(run(check, [...many('contact', 2), ...many('deal', 1)]), 'unused_modules_too_few_records');
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
