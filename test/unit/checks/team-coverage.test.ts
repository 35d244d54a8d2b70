import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/team-coverage';
import { daysAgo, expectNoData, ok, rec, run, runOnGarbage } from './helpers-a';

describe('team-coverage', () => {
  it('flags teams with few active members, and expected teams not seen at all', () => {
    const records = [
      rec('user', 's1', { name: 'S1', team: 'Sales EMEA', lastLoginAt: daysAgo(1) }),
      rec('user', 's2', { name: 'S2', team: 'Sales EMEA', lastLoginAt: daysAgo(2) }),
      rec('user', 'm1', { name: 'M1', team: 'بازاریابی', lastLoginAt: daysAgo(1) }),
      rec('user', 'm2', { name: 'M2', team: 'بازاریابی', lastLoginAt: daysAgo(80) }),
      rec('user', 'm3', { name: 'M3', team: 'بازاریابی' }),
      rec('user', 'f1', { name: 'F1', team: 'Finance', lastLoginAt: daysAgo(100) }),
      rec('user', 'x1', { name: 'X1', team: 'Finance', active: false }),
      rec('user', 'n1', { name: 'N1' }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 4, affected: 3, teams: 3, usersWithoutTeam: 1 });
    const byTeam = Object.fromEntries(findings.map((f) => [String(f.message.params.team), f]));
    expect(Object.keys(byTeam).sort()).toEqual(['Finance', 'support', 'بازاریابی'].sort());
    expect(byTeam['بازاریابی']).toMatchObject({ severity: 'high', message: { key: 'team_coverage_low_team', params: { active: 1, members: 3 } } });
    expect(byTeam['بازاریابی']?.records.map((r) => r.id)).toEqual(['m2', 'm3']);
    expect(byTeam.Finance).toMatchObject({ severity: 'high', message: { params: { active: 0, members: 1 } } });
    expect(byTeam.support).toMatchObject({ severity: 'low', records: [], message: { key: 'team_coverage_missing_team' } });
  });

  it('also judges records logged per member when owned dated records exist', () => {
    const records = [
      rec('user', 's1', { team: '営業部', lastLoginAt: daysAgo(1) }),
      rec('user', 's2', { team: '営業部', lastLoginAt: daysAgo(1) }),
      rec('user', 'p1', { team: 'サポート', lastLoginAt: daysAgo(1) }),
      ...Array.from({ length: 20 }, (_, i) => rec('activity', `a${i}`, { ownerId: i % 2 ? 's1' : 's2', activityDate: daysAgo(3) })),
    ];
    const r = ok(run(check, records, { expectedTeams: ['sales', 'support'] }));
    expect(r.metrics).toMatchObject({ eligible: 2, affected: 1 });
    expect(r.findings[0]).toMatchObject({ severity: 'medium', message: { params: { team: 'サポート', perWeek: 0 } } });
    expect(ok(run(check, records, { expectedTeams: ['sales', 'support'], minRecordsPerMemberPerWeek: 0 })).metrics.affected).toBe(0);
  });

  it('reports no data without users, teams or dates', () => {
    expectNoData(run(check, []), 'team_coverage_no_users');
    expectNoData(run(check, [rec('user', 'u', { lastLoginAt: daysAgo(1) })]), 'team_coverage_no_teams');
    expectNoData(run(check, [rec('user', 'u', { team: 'Sales' })]), 'team_coverage_no_dates');
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
