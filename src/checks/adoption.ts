// Is the team using the CRM? Share of users with a login or owned activity in the window.
// Half the team not logging in is the classic red flag of a CRM audit.
import type { Finding, Severity } from '../model/finding';
import { displayName } from '../model/record';
import { flag, num } from './config';
import { DAY_MS, isoDay, toTime } from './dates';
import { indexUsers, ownedTouches, userActivity } from './owners';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

export type AdoptionThresholds = {
  windowDays: number;
  /** Below this share of active users the team as a whole is flagged (the classic 50% red flag). */
  minActiveShare: number;
  /** Below this share every inactive user is a critical finding. */
  criticalActiveShare: number;
  /** Deactivated accounts count as inactive users; switch off to leave them out entirely. */
  countDeactivated: boolean;
};

const ID = 'adoption';

const check: CheckDefinition<AdoptionThresholds> = {
  id: ID,
  category: 'usage',
  kinds: ['user'],
  weight: 3,
  title: 'User adoption',
  defaults: { windowDays: 30, minActiveShare: 0.5, criticalActiveShare: 0.25, countDeactivated: true },
  run(snapshot, config, ctx) {
    const d = check.defaults;
    const windowDays = Math.max(1, num(config.windowDays, d.windowDays));
    const minShare = num(config.minActiveShare, d.minActiveShare);
    const criticalShare = num(config.criticalActiveShare, d.criticalActiveShare);
    const countDeactivated = flag(config.countDeactivated, d.countDeactivated);

    const allUsers = snapshot.of('user');
    if (allUsers.length === 0) return noData('adoption_no_users', 'not enough data: no users seen');
    const users = countDeactivated ? allUsers : allUsers.filter((u) => u.fields.active !== false);
    if (users.length === 0) return noData('adoption_no_active_accounts', 'not enough data: all users seen are deactivated');

    const now = ctx.now.getTime();
    const from = now - windowDays * DAY_MS;
    const to = now + DAY_MS;
    const touches = ownedTouches(snapshot, indexUsers(allUsers), from, to);
    const anyLogin = users.some((u) => toTime(u.fields.lastLoginAt) !== undefined);
    if (!anyLogin && touches.dated === 0) {
      return noData('adoption_no_dates', 'not enough data: no login dates or dated activity by users seen');
    }

    const activity = users.map((u) => ({ u, a: userActivity(u, touches, from, to) }));
    const activeCount = activity.filter((x) => x.a.active).length;
    const share = activeCount / users.length;
    const teamSeverity: Severity = share < criticalShare ? 'critical' : share < minShare ? 'high' : 'medium';
    const percent = Math.round(share * 100);

    const findings: Finding[] = [];
    if (share < minShare) {
      findings.push(
        finding(ID, teamSeverity, [], msg('adoption_low_share', `Only ${activeCount} of ${users.length} users (${percent}%) used the CRM in the last ${windowDays} days`, { active: activeCount, total: users.length, percent, days: windowDays }), {
          activeUsers: activeCount,
          users: users.length,
          activeShare: share,
          minActiveShare: minShare,
        }),
      );
    }
    let deactivated = 0;
    for (const { u, a } of activity) {
      if (a.active) continue;
      const name = displayName(u);
      const evidence = { lastLoginAt: u.fields.lastLoginAt, lastSeen: a.lastSeen === undefined ? undefined : isoDay(a.lastSeen), windowDays, activeShare: share };
      if (a.deactivated) {
        deactivated++;
        findings.push(finding(ID, 'low', [u], msg('adoption_deactivated_user', `${name} is deactivated and counts as not using the CRM`, { name }), { ...evidence, reason: 'deactivated' }));
      } else if (a.lastSeen !== undefined) {
        const lastSeen = isoDay(a.lastSeen);
        findings.push(
          finding(ID, teamSeverity, [u], msg('adoption_inactive_user_since', `${name} has not used the CRM in the last ${windowDays} days (last seen ${lastSeen})`, { name, days: windowDays, lastSeen }), {
            ...evidence,
            reason: 'inactive',
          }),
        );
      } else {
        findings.push(
          finding(ID, teamSeverity, [u], msg('adoption_inactive_user', `${name} has no login or logged activity in the last ${windowDays} days`, { name, days: windowDays }), {
            ...evidence,
            reason: 'never-seen',
          }),
        );
      }
    }
    return {
      status: 'ok',
      findings,
      metrics: { eligible: users.length, affected: users.length - activeCount, activeUsers: activeCount, deactivatedUsers: deactivated, windowDays },
    };
  },
};

export default check;
