import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/stale-records';
import { daysAgo, expectNoData, idsOf, ok, rec, run } from '../../fixtures/workspace/records';

describe('stale-records', () => {
  const records = [
    rec('contact', 'fresh', { updatedAt: daysAgo(10) }),
    rec('contact', 'old', { updatedAt: daysAgo(400) }),
    rec('contact', 'oldButActive', { updatedAt: daysAgo(800), lastActivityAt: daysAgo(20) }),
    rec('contact', 'veryOld', { lastActivityAt: daysAgo(1200) }),
    rec('contact', 'former', { lifecycle: 'Former Customer', updatedAt: daysAgo(200) }),
    rec('lead', 'lost', { status: 'Unqualified', updatedAt: daysAgo(500) }),
    rec('lead', 'lostRecently', { status: 'lost', updatedAt: daysAgo(30) }),
    rec('contact', 'persian', { lifecycle: 'مشتری سابق', updatedAt: daysAgo(190) }),
    rec('company', 'jp', { status: '解約', updatedAt: daysAgo(365 + 30) }),
    rec('contact', 'undated', { createdAt: daysAgo(900) }),
    rec('contact', 'future', { updatedAt: daysAgo(-30) }),
    rec('deal', 'deal', { updatedAt: daysAgo(900) }),
  ];

  it('flags records untouched for a year and former customers / lost leads to archive', () => {
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 9, affected: 6, undated: 2, stale: 2, archive: 4 });
    expect(idsOf(findings, 'stale_records_stale')).toEqual(['old', 'veryOld']);
    expect(idsOf(findings, 'stale_records_archive')).toEqual(['former', 'jp', 'lost', 'persian']);
    const stale = findings.find((f) => f.message.key === 'stale_records_stale')!;
    expect(stale.message.text).toBe('2 contact records have had no update or activity for over 365 days');
    expect(stale.evidence).toMatchObject({ kind: 'contact', days: 365, oldest: daysAgo(1200).slice(0, 10) });
  });

  it('takes its thresholds from the config', () => {
    const { metrics } = ok(run(check, records, { staleDays: 100, archiveDays: 1000 }));
    // now everything older than 100 days is stale and nothing is old enough to archive
    expect(metrics).toMatchObject({ affected: 6, stale: 6, archive: 0 });
  });

  it('reports no data without modification or activity dates', () => {
    expectNoData(run(check, [rec('contact', 'a', { createdAt: daysAgo(3) })]), 'stale_records_no_data');
  });
});
