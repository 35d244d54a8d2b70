import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/activity-logging';
import type { CrmRecord } from '../../../src/model/record';
import { bySeverity, daysAgo, expectNoData, ok, rec, run, runOnGarbage } from './helpers-a';

function calls(ownerId: string, n: number, ageDays = 3, type: 'call' | 'email' | 'meeting' | 'note' = 'call'): CrmRecord[] {
  return Array.from({ length: n }, (_, i) => rec('activity', `${ownerId}-${type}-${ageDays}-${i}`, { ownerId, activityType: type, activityDate: daysAgo(ageDays) }));
}

describe('activity-logging', () => {
  const sales = ['s1', 's2', 's3', 's4'].map((id) => rec('user', id, { name: `Sales ${id}`, team: 'Sales' }));
  const support = ['p1', 'p2', 'p3'].map((id) => rec('user', id, { name: `Support ${id}`, team: 'Support' }));

  it('flags people far below their own team median, severity by how far', () => {
    const records = [
      ...sales,
      ...support,
      ...calls('s1', 20),
      ...calls('s2', 20),
      ...calls('s3', 2), // median (2+20)/2 = 11: 2 < 25% of it → low (not below 12.5%)
      // s4 logs nothing → high
      ...calls('p1', 2),
      ...calls('p2', 2),
      ...calls('p3', 1), // 1 ≥ 25% of 2: fine within its own team
      ...calls('s1', 50, 60), // outside the window
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 7, affected: 2, activitiesInWindow: 47, teams: 2 });
    expect(bySeverity(findings)).toEqual({ low: ['s3'], high: ['s4'] });
    const s3 = findings.find((f) => f.records[0]?.id === 's3');
    expect(s3?.message.key).toBe('activity_logging_low_user');
    expect(s3?.message.params).toMatchObject({ name: 'Sales s3', count: 2, team: 'Sales', days: 28, perWeek: 0.5, median: 2.8 });
  });

  it('counts deals created in the window and only the configured activity types', () => {
    const records = [...sales, ...calls('s1', 4), ...calls('s2', 4), ...calls('s3', 4), ...calls('s4', 4, 3, 'note'), rec('deal', 'd1', { ownerId: 's4', createdAt: daysAgo(2) })];
    // s4: 1 deal vs median 4 → exactly 25% → not flagged.
    expect(ok(run(check, records)).metrics.affected).toBe(0);
    expect(ok(run(check, records, { includeDeals: false })).findings.map((f) => f.records[0]?.id)).toEqual(['s4']);
    expect(ok(run(check, records, { activityTypes: ['call', 'note'], includeDeals: false })).metrics.affected).toBe(0);
  });

  it('compares small or missing teams with all users, and owners without user records too', () => {
    const records = [...calls('x1', 10), ...calls('x2', 10), ...calls('x3', 1), rec('activity', 'named', { owner: 'Ali', activityType: 'email', activityDate: daysAgo(1) })];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics.eligible).toBe(4);
    expect(findings.map((f) => f.message.params.name).sort()).toEqual(['Ali', 'x3']);
    expect(findings.every((f) => f.message.key === 'activity_logging_low_user_all' && f.records.length === 0)).toBe(true);
  });

  it('reports no data without activities, owners or recent activities', () => {
    expectNoData(run(check, sales), 'activity_logging_no_activities');
    expectNoData(run(check, [rec('activity', 'a', { activityType: 'call', activityDate: daysAgo(1) })]), 'activity_logging_no_owners');
    expectNoData(run(check, [...sales, ...calls('s1', 3, 90)]), 'activity_logging_none_in_window');
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
