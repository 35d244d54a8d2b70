import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/sync-duplicates';
import { expectNoData, minutesAgo, ok, rec, run, runOnGarbage } from './helpers-a';

describe('sync-duplicates', () => {
  it('flags bursts of exact copies from one source', () => {
    const records = [
      // Zapier re-creates the same e-mail three times within minutes (different name spellings).
      rec('contact', 'z1', { name: 'Ann Lee', emails: ['ann@x.com'], leadSource: 'Zapier', createdAt: minutesAgo(30) }),
      rec('contact', 'z2', { name: 'Ann  LEE', emails: [' ANN@x.com'], leadSource: 'zapier', createdAt: minutesAgo(25) }),
      rec('contact', 'z3', { name: 'A. Lee', emails: ['ann@x.com'], leadSource: 'Zapier', createdAt: minutesAgo(17) }),
      // Same e-mail, same source, but hours apart: not a burst.
      rec('contact', 'h1', { emails: ['bob@x.com'], leadSource: 'Zapier', createdAt: minutesAgo(600) }),
      rec('contact', 'h2', { emails: ['bob@x.com'], leadSource: 'Zapier', createdAt: minutesAgo(300) }),
      rec('contact', 'h3', { emails: ['bob@x.com'], leadSource: 'Zapier', createdAt: minutesAgo(10) }),
      // Same phone in Persian digits, source from a raw column.
      rec('contact', 'p1', { name: 'علی', phones: ['۰۹۱۲ ۳۴۵ ۶۷۸۹'], createdAt: minutesAgo(50) }, { raw: { 'Created By': 'Sync App' } }),
      rec('contact', 'p2', { name: 'علي', phones: ['09123456789'], createdAt: minutesAgo(48) }, { raw: { 'Created By': 'Sync App' } }),
      rec('contact', 'p3', { name: 'Ali', phones: ['0912-345-6789'], createdAt: minutesAgo(47) }, { raw: { 'Created By': 'Sync App' } }),
      // Same name and time but two different sources: not one sync.
      rec('company', 'c1', { name: 'Acme', leadSource: 'Import', createdAt: minutesAgo(5) }),
      rec('company', 'c2', { name: 'Acme', leadSource: 'Import', createdAt: minutesAgo(5) }),
      rec('company', 'c3', { name: 'Acme', leadSource: 'HubSpot', createdAt: minutesAgo(5) }),
      // No source or no creation time: not eligible.
      rec('contact', 'n1', { emails: ['ann@x.com'], createdAt: minutesAgo(30) }),
      rec('contact', 'n2', { emails: ['ann@x.com'], leadSource: 'Zapier' }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 12, affected: 4, bursts: 2, recordsInBursts: 6 });
    const groups = findings.map((f) => [f.records.map((r) => r.id).join(','), f.message.params.field, f.severity]);
    expect(groups).toEqual([
      ['z1,z2,z3', 'email', 'medium'],
      ['p1,p2,p3', 'phone', 'medium'],
    ]);
    expect(findings[0]?.message).toMatchObject({ key: 'sync_duplicates_finding', params: { count: 3, kind: 'contact', source: 'Zapier', minutes: 13 } });
  });

  it('chains copies within the window and rates large bursts high', () => {
    const loop = Array.from({ length: 12 }, (_, i) => rec('lead', `l${i}`, { name: 'Test Lead', leadSource: 'webhook', createdAt: minutesAgo(i * 8) }));
    const { findings, metrics } = ok(run(check, loop));
    expect(metrics).toMatchObject({ eligible: 12, affected: 11, bursts: 1 });
    expect(findings[0]?.severity).toBe('high');
    expect(ok(run(check, loop, { windowMinutes: 5 })).metrics.affected).toBe(0);
    expect(ok(run(check, loop.slice(0, 2))).metrics.affected).toBe(0);
    expect(ok(run(check, loop.slice(0, 2), { minBurstSize: 2 })).metrics.affected).toBe(1);
  });

  it('reports no data without a source or a creation time', () => {
    expectNoData(run(check, [rec('contact', 'a', { emails: ['a@x.com'], createdAt: minutesAgo(1) })]), 'sync_duplicates_no_data');
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
