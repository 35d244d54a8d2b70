// Calls, e-mails, meetings and deals logged per person over a window, compared with the
// person's own team: someone far below colleagues doing the same job isn't logging work.
import type { Finding, Severity } from '../model/finding';
import { displayName, type CrmRecord } from '../model/record';
import { flag, num, words } from './config';
import { DAY_MS, toTime } from './dates';
import { indexUsers, type Owner, ownerOf, userKey } from './owners';
import { normTextCached as normText } from './shared-words';
import type { CheckDefinition } from './types';
import { finding, msg, noData, str } from './util';

export type ActivityLoggingThresholds = {
  windowDays: number;
  /** A person is flagged below this share of their team's median. */
  minShareOfTeamMedian: number;
  /** Teams smaller than this are compared with everyone instead: a median of two says little. */
  minTeamSize: number;
  /** Activity types that count; activities with no type count too (the column may be missing). */
  activityTypes: string[];
  /** Deals created in the window count as logged work. */
  includeDeals: boolean;
};

const ID = 'activity-logging';

interface Person {
  key: string;
  label: string;
  user?: CrmRecord;
  team: string;
  teamLabel: string;
  count: number;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

const check: CheckDefinition<ActivityLoggingThresholds> = {
  id: ID,
  category: 'usage',
  kinds: ['activity'],
  weight: 2,
  title: 'Activity logging per person and team',
  defaults: { windowDays: 28, minShareOfTeamMedian: 0.25, minTeamSize: 3, activityTypes: ['call', 'email', 'meeting'], includeDeals: true },
  run(snapshot, config, ctx) {
    const d = check.defaults;
    const activities = snapshot.of('activity');
    if (activities.length === 0) return noData('activity_logging_no_activities', 'not enough data: no activities seen');
    const windowDays = Math.max(1, num(config.windowDays, d.windowDays));
    const minShare = num(config.minShareOfTeamMedian, d.minShareOfTeamMedian);
    const minTeamSize = Math.max(1, num(config.minTeamSize, d.minTeamSize));
    const types = new Set(words(config.activityTypes, d.activityTypes));
    const includeDeals = flag(config.includeDeals, d.includeDeals);
    const now = ctx.now.getTime();
    const from = now - windowDays * DAY_MS;
    const to = now + DAY_MS;
    const weeks = windowDays / 7;

    const users = snapshot.of('user');
    const index = indexUsers(users);
    const people = new Map<string, Person>();
    const teamOf = (r: CrmRecord | undefined) => str(r?.fields.team);
    const person = (owner: Owner, record?: CrmRecord): Person => {
      let p = people.get(owner.key);
      if (!p) {
        const team = teamOf(owner.user) || teamOf(record);
        p = { key: owner.key, label: owner.label, team: normText(team), teamLabel: team, count: 0 };
        if (owner.user) p.user = owner.user;
        people.set(owner.key, p);
      }
      return p;
    };
    // Everyone with an account is expected to log; a deactivated account is not.
    for (const u of users) {
      if (u.fields.active === false) continue;
      person({ key: userKey(u), label: displayName(u), user: u });
    }

    let owned = 0;
    let activitiesInWindow = 0;
    let dealsInWindow = 0;
    const tally = (r: CrmRecord, date: string | undefined, isDeal: boolean) => {
      const owner = ownerOf(r, index);
      if (!owner) return;
      owned++;
      if (owner.user?.fields.active === false) return;
      const p = person(owner, r);
      const t = toTime(date);
      if (t === undefined || t < from || t > to) return;
      p.count++;
      if (isDeal) dealsInWindow++;
      else activitiesInWindow++;
    };
    for (const a of activities) {
      if (a.fields.activityType !== undefined && !types.has(a.fields.activityType)) continue;
      tally(a, a.fields.activityDate ?? a.fields.createdAt, false);
    }
    if (owned === 0) return noData('activity_logging_no_owners', 'not enough data: activities show no owner');
    if (activitiesInWindow === 0) {
      return noData('activity_logging_none_in_window', `not enough data: no activities dated in the last ${windowDays} days`, { days: windowDays });
    }
    if (includeDeals) for (const deal of snapshot.of('deal')) tally(deal, deal.fields.createdAt, true);

    const all = [...people.values()];
    const teams = new Map<string, Person[]>();
    for (const p of all) {
      if (!p.team) continue;
      const list = teams.get(p.team) ?? [];
      list.push(p);
      teams.set(p.team, list);
    }
    const orgMedian = median(all.map((p) => p.count));
    const teamMedian = new Map([...teams].map(([t, list]) => [t, median(list.map((p) => p.count))]));

    const findings: Finding[] = [];
    for (const p of all) {
      const teamSize = teams.get(p.team)?.length ?? 0;
      const byTeam = p.team !== '' && teamSize >= minTeamSize;
      const med = byTeam ? (teamMedian.get(p.team) ?? 0) : orgMedian;
      if (med <= 0 || p.count >= minShare * med) continue;
      const ratio = p.count / med;
      const severity: Severity = p.count === 0 ? 'high' : ratio < minShare / 2 ? 'medium' : 'low';
      const params = { name: p.label, count: p.count, days: windowDays, perWeek: round1(p.count / weeks), percent: Math.round(minShare * 100), median: round1(med / weeks) };
      const message = byTeam
        ? msg('activity_logging_low_user', `${p.label} logged ${p.count} activities and deals in the last ${windowDays} days (${params.perWeek}/week), below ${params.percent}% of the ${p.teamLabel} team median (${params.median}/week)`, { ...params, team: p.teamLabel })
        : msg('activity_logging_low_user_all', `${p.label} logged ${p.count} activities and deals in the last ${windowDays} days (${params.perWeek}/week), below ${params.percent}% of the median of all users (${params.median}/week)`, params);
      findings.push(
        finding(ID, severity, p.user ? [p.user] : [], message, {
          owner: p.label,
          team: p.teamLabel || undefined,
          comparedWith: byTeam ? 'team' : 'all users',
          count: p.count,
          perWeek: params.perWeek,
          medianPerWeek: params.median,
          minShareOfTeamMedian: minShare,
        }),
      );
    }
    return {
      status: 'ok',
      findings,
      metrics: {
        eligible: all.length,
        affected: findings.length,
        activitiesInWindow,
        dealsInWindow,
        teams: teams.size,
        medianPerWeek: round1(orgMedian / weeks),
      },
    };
  },
};

export default check;
