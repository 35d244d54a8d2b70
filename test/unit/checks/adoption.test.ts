import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/adoption';
import { indexUsers, ownerOf } from '../../../src/checks/owners';
import { bySeverity, daysAgo, expectNoData, ok, rec, run, runOnGarbage } from './helpers-a';

const user = (id: string, fields: Parameters<typeof rec>[2] = {}) => rec('user', id, { name: `User ${id}`, ...fields });

describe('owner matching', () => {
  it('resolves owners by id, name (any case/spacing), e-mail; falls back to the text', () => {
    const users = [user('u1', { name: 'Sara  Ahmadi', emails: ['Sara@Acme.com'] }), user('u2', { firstName: 'Ken', lastName: 'Sato', name: undefined })];
    const index = indexUsers(users);
    expect(ownerOf(rec('deal', 'd', { ownerId: 'u1' }), index)?.key).toBe('u:u1');
    expect(ownerOf(rec('deal', 'd', { owner: 'sara ahmadi' }), index)?.key).toBe('u:u1');
    expect(ownerOf(rec('deal', 'd', { owner: 'sara@acme.com ' }), index)?.key).toBe('u:u1');
    expect(ownerOf(rec('deal', 'd', { owner: 'Ken Sato' }), index)?.key).toBe('u:u2');
    expect(ownerOf(rec('deal', 'd', { owner: 'Nobody' }), index)).toMatchObject({ key: 'n:nobody', label: 'Nobody' });
    expect(ownerOf(rec('deal', 'd', {}), index)).toBeUndefined();
  });
});

describe('adoption', () => {
  it('counts users active by login or owned dated records; lists the inactive', () => {
    const records = [
      user('u1', { lastLoginAt: daysAgo(2) }),
      user('u2', { lastLoginAt: daysAgo(90) }), // old login, but logged a call recently
      user('u3', { lastLoginAt: daysAgo(60) }),
      user('u4'),
      rec('activity', 'a1', { ownerId: 'u2', activityType: 'call', activityDate: daysAgo(5) }),
      rec('contact', 'c1', { owner: 'User u4', createdAt: daysAgo(400) }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 4, affected: 2, activeUsers: 2, deactivatedUsers: 0 });
    // 50% active is not below the 50% red flag: per-user findings are medium, no summary.
    expect(bySeverity(findings)).toEqual({ medium: ['u3', 'u4'] });
    const u4 = findings.find((f) => f.records[0]?.id === 'u4');
    expect(u4?.message.key).toBe('adoption_inactive_user_since');
    expect(u4?.message.params).toMatchObject({ lastSeen: daysAgo(400).slice(0, 10) });
  });

  it('raises a high red flag below half the team and critical below a quarter', () => {
    const base = [user('u1', { lastLoginAt: daysAgo(1) }), user('u2', { lastLoginAt: daysAgo(100) }), user('u3'), user('u4', { lastLoginAt: daysAgo(200) })];
    const { findings, metrics } = ok(run(check, base));
    expect(metrics.affected).toBe(3);
    const summary = findings.find((f) => f.message.key === 'adoption_low_share');
    expect(summary?.severity).toBe('high');
    expect(summary?.records).toEqual([]);
    expect(summary?.message.params).toMatchObject({ active: 1, total: 4, percent: 25 });
    expect(bySeverity(findings.filter((f) => f.records.length))).toEqual({ high: ['u2', 'u3', 'u4'] });
    expect(findings.find((f) => f.records[0]?.id === 'u3')?.message.key).toBe('adoption_inactive_user');

    const five = [...base, user('u5', { lastLoginAt: daysAgo(300) })];
    const r = ok(run(check, five));
    expect(r.findings.every((f) => f.severity === 'critical')).toBe(true);
    expect(r.metrics.affected).toBe(4);
  });

  it('counts deactivated users as inactive (low), or leaves them out when configured', () => {
    const records = [user('u1', { lastLoginAt: daysAgo(1) }), user('u2', { lastLoginAt: daysAgo(3) }), user('u3', { active: false, lastLoginAt: daysAgo(1) })];
    const a = ok(run(check, records));
    expect(a.metrics).toMatchObject({ eligible: 3, affected: 1, deactivatedUsers: 1 });
    expect(a.findings.map((f) => [f.records[0]?.id, f.severity, f.message.key])).toEqual([['u3', 'low', 'adoption_deactivated_user']]);
    const b = ok(run(check, records, { countDeactivated: false }));
    expect(b.metrics).toMatchObject({ eligible: 2, affected: 0 });
  });

  it('uses the configured window and ignores future dates', () => {
    const records = [user('u1', { lastLoginAt: daysAgo(45) }), user('u2', { lastLoginAt: daysAgo(-30) })];
    expect(ok(run(check, records)).metrics.affected).toBe(2);
    expect(ok(run(check, records, { windowDays: 60 })).metrics.affected).toBe(1);
  });

  it('reports no data without users or without any dates to judge by', () => {
    expectNoData(run(check, [rec('contact', 'c1')]), 'adoption_no_users');
    expectNoData(run(check, [user('u1'), user('u2'), rec('contact', 'c1', { owner: 'User u1' })]), 'adoption_no_dates');
    expectNoData(run(check, [user('u1', { active: false })], { countDeactivated: false }), 'adoption_no_active_accounts');
  });

  it('survives garbled fields', () => {
    const records = [user('u1', { lastLoginAt: 'not a date', name: 'x'.repeat(1_000_000) }), user('u2', { lastLoginAt: daysAgo(1) }), rec('activity', 'a', { ownerId: 7 as unknown as string, createdAt: daysAgo(1) })];
    expect(ok(run(check, records)).metrics).toMatchObject({ eligible: 2, affected: 1 });
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
