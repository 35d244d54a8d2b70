// Is the team using the CRM? Share of users with a login or owned activity in the window.
// Half the team not logging in is the classic red flag of a CRM audit.
//
// Also hosts the "who owns this record / was this user active" helpers shared with
// activity-logging and team-coverage, so the three agree on what "active" means.
import type { Finding, Severity } from '../model/finding';
import { displayName, type CrmRecord } from '../model/record';
import type { Snapshot } from '../model/snapshot';
import { DAY_MS, flag, isoDay, normText, num, str, strList, toTime } from './deals-past-close-date';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

// ---------------------------------------------------------------------------------------
// People: matching a record's owner/ownerId to a user record.

export type UserIndex = Map<string, CrmRecord>;

function emailKey(text: string): string {
  return text.trim().toLowerCase();
}

/** Keys under which a user can be named by other records: id, display name, first+last, e-mails. */
export function indexUsers(users: readonly CrmRecord[]): UserIndex {
  const index: UserIndex = new Map();
  const add = (key: string, u: CrmRecord) => {
    if (!index.has(key)) index.set(key, u);
  };
  for (const u of users) {
    const f = u.fields;
    add(`id:${u.source.id}`, u);
    const name = normText(f.name ?? '');
    if (name) add(`n:${name}`, u);
    const person = normText([str(f.firstName), str(f.lastName)].filter(Boolean).join(' '));
    if (person) add(`n:${person}`, u);
    for (const e of strList(f.emails)) if (e.trim()) add(`e:${emailKey(e)}`, u);
  }
  return index;
}

export interface Owner {
  /** Stable key: `u:<user id>` when the owner is a known user, else the owner id or name. */
  key: string;
  label: string;
  user?: CrmRecord;
}

export function userKey(u: CrmRecord): string {
  return `u:${u.source.id}`;
}

export function ownerOf(r: CrmRecord, index: UserIndex): Owner | undefined {
  const ownerId = typeof r.fields.ownerId === 'string' ? r.fields.ownerId.trim() : '';
  const owner = typeof r.fields.owner === 'string' ? r.fields.owner.trim() : '';
  if (!ownerId && !owner) return undefined;
  const user =
    (ownerId ? index.get(`id:${ownerId}`) : undefined) ??
    (owner ? (index.get(`n:${normText(owner)}`) ?? index.get(`e:${emailKey(owner)}`) ?? index.get(`id:${owner}`)) : undefined);
  if (user) return { key: userKey(user), label: displayName(user), user };
  if (ownerId) return { key: `id:${ownerId}`, label: owner || ownerId };
  return { key: `n:${normText(owner)}`, label: owner };
}

/** Dates on which an owned record shows its owner at work. `updatedAt` is left out: syncs touch it. */
export function touchTimes(r: CrmRecord): number[] {
  const out: number[] = [];
  for (const iso of [r.fields.activityDate, r.fields.createdAt, r.fields.completedAt]) {
    const t = toTime(iso);
    if (t !== undefined) out.push(t);
  }
  return out;
}

export interface Touches {
  /** Owner key → owned records with a date inside the window. */
  counts: Map<string, number>;
  /** Owner key → latest usable date (not in the future), in or before the window. */
  latest: Map<string, number>;
  /** Owned records with at least one usable date: zero means we can't judge activity from records. */
  dated: number;
}

/** One pass over all non-user records; dates after `to` (future, garbled) are ignored. */
export function ownedTouches(snapshot: Snapshot, index: UserIndex, from: number, to: number): Touches {
  const counts = new Map<string, number>();
  const latest = new Map<string, number>();
  let dated = 0;
  for (const r of snapshot.records) {
    if (r.kind === 'user') continue;
    const owner = ownerOf(r, index);
    if (!owner) continue;
    const times = touchTimes(r).filter((t) => t <= to);
    if (times.length === 0) continue;
    dated++;
    const last = Math.max(...times);
    if (last > (latest.get(owner.key) ?? -Infinity)) latest.set(owner.key, last);
    if (times.some((t) => t >= from)) counts.set(owner.key, (counts.get(owner.key) ?? 0) + 1);
  }
  return { counts, latest, dated };
}

export interface UserActivity {
  active: boolean;
  deactivated: boolean;
  /** Latest login or owned-record date we know of, if any. */
  lastSeen?: number;
  touches: number;
}

export function userActivity(u: CrmRecord, touches: Touches, from: number, to: number): UserActivity {
  const login = toTime(u.fields.lastLoginAt);
  const usableLogin = login !== undefined && login <= to ? login : undefined;
  const key = userKey(u);
  const count = touches.counts.get(key) ?? 0;
  const latestTouch = touches.latest.get(key);
  const seen = [usableLogin, latestTouch].filter((t): t is number => t !== undefined);
  const lastSeen = seen.length ? Math.max(...seen) : undefined;
  const deactivated = u.fields.active === false;
  const active = !deactivated && ((usableLogin !== undefined && usableLogin >= from) || count > 0);
  const out: UserActivity = { active, deactivated, touches: count };
  if (lastSeen !== undefined) out.lastSeen = lastSeen;
  return out;
}

// ---------------------------------------------------------------------------------------
// The check.

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
