import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/impossible-counts';
import { daysAgo, expectNoData, ok, rec, run, runOnGarbage } from './helpers-a';

describe('impossible-counts', () => {
  it('flags counts that cannot be true, one finding per problem', () => {
    const records = [
      rec('campaign', 'ok', { name: 'Fine', sent: 100, delivered: 95, opened: 40, clicked: 10, replied: 2, recipients: 100 }),
      rec('campaign', 'c1', { name: 'Replies', sent: 10, replied: 12 }),
      rec('campaign', 'c2', { name: 'Opens', sent: 100, delivered: 50, opened: 60, clicked: 70 }),
      rec('campaign', 'c3', { name: 'Negative', sent: -5 }),
      rec('campaign', 'c4', { name: 'No delivered', sent: 10, opened: 11 }),
      rec('activity', 'c5', { subject: 'Mail', delivered: 3, sent: 2, recipients: 1, replied: 2 }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 6, affected: 5, recordsWithCounts: 6 });
    const facts = findings.map((f) => [f.records[0]?.id, f.evidence?.rule, f.evidence?.field, f.evidence?.other ?? null, f.severity]);
    expect(facts).toEqual([
      ['c1', 'greater', 'replied', 'sent', 'high'],
      ['c2', 'greater', 'opened', 'delivered', 'medium'],
      ['c2', 'greater', 'clicked', 'opened', 'medium'],
      ['c3', 'negative', 'sent', null, 'high'],
      ['c4', 'greater', 'opened', 'sent', 'medium'],
      ['c5', 'greater', 'delivered', 'sent', 'high'],
      ['c5', 'greater', 'replied', 'recipients', 'medium'],
    ]);
    expect(findings[0]?.message).toMatchObject({ key: 'impossible_counts_greater', params: { name: 'Replies', field: 'replied', value: 12, other: 'sent', otherValue: 10 } });
  });

  it('flags records dated in the future beyond the tolerance, and updates before creation', () => {
    const records = [
      rec('contact', 'p1', { name: 'Fine', createdAt: daysAgo(10), updatedAt: daysAgo(-0.5) }),
      rec('contact', 'p2', { name: 'Future', createdAt: daysAgo(-5) }),
      rec('contact', 'p3', { name: 'Far future', createdAt: daysAgo(10), updatedAt: daysAgo(-400) }),
      rec('deal', 'p4', { name: 'Backwards', createdAt: daysAgo(5), updatedAt: daysAgo(50), closeDate: daysAgo(-90) }),
      rec('activity', 'p5', { activityType: 'call', activityDate: daysAgo(-3) }),
      rec('activity', 'p6', { activityType: 'meeting', activityDate: daysAgo(-3) }),
      rec('user', 'p7', { lastLoginAt: daysAgo(-2) }),
    ];
    const { findings, metrics } = ok(run(check, records));
    // p6 is a scheduled meeting with no other date: nothing to check.
    expect(metrics).toMatchObject({ eligible: 6, affected: 5, recordsWithCounts: 0 });
    const facts = findings.map((f) => [f.records[0]?.id, f.evidence?.rule, f.evidence?.field ?? null, f.severity]);
    expect(facts).toEqual([
      ['p2', 'future-date', 'createdAt', 'medium'],
      ['p3', 'future-date', 'updatedAt', 'high'],
      ['p4', 'updated-before-created', null, 'low'],
      ['p5', 'future-date', 'activityDate', 'medium'],
      ['p7', 'future-date', 'lastLoginAt', 'medium'],
    ]);
    expect(findings[0]?.message).toMatchObject({ key: 'impossible_counts_future_date', params: { field: 'createdAt', days: 5 } });
    expect(findings[2]?.message.key).toBe('impossible_counts_updated_before_created');
  });

  it('honours tolerance and can skip dates', () => {
    const records = [rec('contact', 'p', { createdAt: daysAgo(-5) })];
    expect(ok(run(check, records, { futureToleranceDays: 7 })).metrics.affected).toBe(0);
    expectNoData(run(check, records, { checkDates: false }), 'impossible_counts_no_data');
  });

  it('ignores garbled values and reports no data when nothing can be checked', () => {
    expectNoData(run(check, [rec('contact', 'x', { name: 'x', createdAt: 'yesterday', sent: Number.NaN })]), 'impossible_counts_no_data');
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
