// Departments that barely use the CRM: a CRM only sales uses leaves marketing and support
// history outside it. Per team: share of members active, and records logged per member.
import type { Finding, Severity } from '../model/finding';
import { displayName, type CrmRecord } from '../model/record';
import { num, words } from './config';
import { DAY_MS, toTime } from './dates';
import { indexUsers, ownedTouches, userActivity } from './owners';
import { matchesAny, normTextCached as normText } from './shared-words';
import type { CheckDefinition } from './types';
import { finding, msg, noData, str } from './util';

export type TeamCoverageThresholds = {
  /** Teams every CRM user base should include; matched in en/fa/ja ("Sales EMEA", "فروش", "営業部"). */
  expectedTeams: string[];
  windowDays: number;
  minActiveShare: number;
  /** Owned records (activities, deals, tickets, contacts…) created or logged per member per week. */
  minRecordsPerMemberPerWeek: number;
};

const ID = 'team-coverage';

const TEAM_ALIASES: Record<string, string[]> = {
  sales: ['sales', 'فروش', '営業', '販売', 'セールス'],
  marketing: ['marketing', 'بازاریابی', 'مارکتینگ', 'マーケティング', '販促'],
  support: ['support', 'customer support', 'customer service', 'customer success', 'helpdesk', 'help desk', 'service desk', 'پشتیبانی', 'خدمات مشتریان', 'サポート', 'カスタマーサービス', 'カスタマーサクセス'],
};

function matchesTeam(team: string, expected: string): boolean {
  return matchesAny(team, [expected, ...(TEAM_ALIASES[normText(expected)] ?? [])]);
}

interface Team {
  label: string;
  members: CrmRecord[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

const check: CheckDefinition<TeamCoverageThresholds> = {
  id: ID,
  category: 'usage',
  kinds: ['user'],
  weight: 1,
  title: 'Team and department coverage',
  defaults: { expectedTeams: ['sales', 'marketing', 'support'], windowDays: 30, minActiveShare: 0.5, minRecordsPerMemberPerWeek: 1 },
  run(snapshot, config, ctx) {
    const d = check.defaults;
    const allUsers = snapshot.of('user');
    if (allUsers.length === 0) return noData('team_coverage_no_users', 'not enough data: no users seen');
    // A deactivated account is not a member of a team any more.
    const users = allUsers.filter((u) => u.fields.active !== false);
    const teams = new Map<string, Team>();
    let withoutTeam = 0;
    for (const u of users) {
      const label = str(u.fields.team);
      const key = normText(label);
      if (!key) {
        withoutTeam++;
        continue;
      }
      const t = teams.get(key) ?? { label, members: [] };
      t.members.push(u);
      teams.set(key, t);
    }
    if (teams.size === 0) return noData('team_coverage_no_teams', 'not enough data: users show no team or department');

    const windowDays = Math.max(1, num(config.windowDays, d.windowDays));
    const minActive = num(config.minActiveShare, d.minActiveShare);
    const minRate = num(config.minRecordsPerMemberPerWeek, d.minRecordsPerMemberPerWeek);
    const expected = words(config.expectedTeams, d.expectedTeams);
    const now = ctx.now.getTime();
    const from = now - windowDays * DAY_MS;
    const to = now + DAY_MS;
    const touches = ownedTouches(snapshot, indexUsers(allUsers), from, to);
    const loginsSeen = users.some((u) => toTime(u.fields.lastLoginAt) !== undefined);
    // Without owned dated records a rate of zero would only mean "not read": judge on logins alone.
    const rateKnown = touches.dated > 0;
    if (!loginsSeen && !rateKnown) return noData('team_coverage_no_dates', 'not enough data: no login dates or dated activity by users seen');

    const findings: Finding[] = [];
    let eligible = 0;
    for (const team of teams.values()) {
      eligible++;
      const activity = team.members.map((u) => ({ u, a: userActivity(u, touches, from, to) }));
      const active = activity.filter((x) => x.a.active).length;
      const records = activity.reduce((s, x) => s + x.a.touches, 0);
      const members = team.members.length;
      const share = active / members;
      const perWeek = round1(records / members / (windowDays / 7));
      const lowShare = share < minActive;
      const lowRate = rateKnown && perWeek < minRate;
      if (!lowShare && !lowRate) continue;
      const core = expected.some((e) => matchesTeam(team.label, e));
      const severity: Severity = active === 0 || (lowShare && core) ? 'high' : 'medium';
      const inactive = activity.filter((x) => !x.a.active).map((x) => x.u);
      findings.push(
        finding(
          ID,
          severity,
          inactive,
          msg('team_coverage_low_team', `${team.label}: ${active} of ${members} members used the CRM in the last ${windowDays} days, ${perWeek} records logged per member per week`, { team: team.label, active, members, days: windowDays, perWeek }),
          { team: team.label, members, activeMembers: active, activeShare: share, recordsPerMemberPerWeek: perWeek, lowActiveShare: lowShare, lowRecordRate: lowRate, inactiveMembers: inactive.map(displayName) },
        ),
      );
    }
    for (const e of expected) {
      if ([...teams.values()].some((t) => matchesTeam(t.label, e))) continue;
      eligible++;
      // Low: the team may exist and simply not be in the user list we read.
      findings.push(
        finding(ID, 'low', [], msg('team_coverage_missing_team', `No users in the ${e} team were seen: it does not appear to use the CRM (or its users were not read)`, { team: e }), {
          team: e,
          teamsSeen: [...teams.values()].map((t) => t.label),
        }),
      );
    }
    return { status: 'ok', findings, metrics: { eligible, affected: findings.length, teams: teams.size, usersWithoutTeam: withoutTeam } };
  },
};

export default check;
