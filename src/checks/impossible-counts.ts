// Numbers and dates that cannot be true: more replies than messages sent, clicks without
// opens, records from the future, updates before creation. Each points at an integration
// (e-mail tool, sync, import) that writes wrong data into the CRM.
import type { Finding, LocalisableMessage, Severity } from '../model/finding';
import { displayName, type CrmRecord } from '../model/record';
import { flag, num, words } from './config';
import { DAY_MS, isoDay, toTime } from './dates';
import type { CheckDefinition } from './types';
import { finding, maxSeverity, msg, noData } from './util';

export type ImpossibleCountsThresholds = {
  /** Dates up to this many days ahead are tolerated (time zones, clock skew). */
  futureToleranceDays: number;
  /** Activity types that may legitimately be dated in the future (scheduled meetings, tasks). */
  futureActivityTypes: string[];
  checkDates: boolean;
};

const ID = 'impossible-counts';
type CountField = 'sent' | 'delivered' | 'opened' | 'clicked' | 'replied' | 'recipients';
const COUNT_FIELDS: CountField[] = ['sent', 'delivered', 'opened', 'clicked', 'replied', 'recipients'];

// [larger, smaller, severity]: `larger` can never exceed `smaller`. Opens and clicks are
// medium: tools that count total clicks against unique opens produce these honestly.
const ORDER: [CountField, CountField, Severity][] = [
  ['delivered', 'sent', 'high'],
  ['replied', 'sent', 'high'],
  ['replied', 'recipients', 'medium'],
  ['opened', 'delivered', 'medium'],
  ['clicked', 'opened', 'medium'],
];

// Dates that record something that already happened; due and close dates may be ahead.
const PAST_FIELDS = ['createdAt', 'updatedAt', 'completedAt', 'lastActivityAt', 'stageChangedAt', 'lastLoginAt'] as const;
// A minute of slack: some CRMs write createdAt a moment after the first updatedAt.
const ORDER_SLACK_MS = 60_000;

interface Problem {
  severity: Severity;
  message: LocalisableMessage;
  evidence: Record<string, unknown>;
}

function countProblems(r: CrmRecord, name: string): Problem[] {
  const out: Problem[] = [];
  const v: Partial<Record<CountField, number>> = {};
  for (const f of COUNT_FIELDS) {
    const n = r.fields[f];
    if (typeof n === 'number' && Number.isFinite(n)) v[f] = n;
  }
  for (const f of COUNT_FIELDS) {
    const n = v[f];
    if (n !== undefined && n < 0) {
      out.push({ severity: 'high', message: msg('impossible_counts_negative', `${name}: ${f} is negative (${n})`, { name, field: f, value: n }), evidence: { rule: 'negative', field: f, value: n } });
    }
  }
  for (const [big, small, severity] of ORDER) {
    // Opens are compared with sends when the tool reports no deliveries.
    const other = big === 'opened' && v.delivered === undefined ? 'sent' : small;
    const a = v[big];
    const b = v[other];
    if (a === undefined || b === undefined || a < 0 || b < 0 || a <= b) continue;
    out.push({
      severity,
      message: msg('impossible_counts_greater', `${name}: ${big} (${a}) is greater than ${other} (${b})`, { name, field: big, value: a, other, otherValue: b }),
      evidence: { rule: 'greater', field: big, value: a, other, otherValue: b },
    });
  }
  return out;
}

/**
 * Future dates and updates before creation. `problems` is only allocated when there is one:
 * this runs on every record of the snapshot, and nearly all are fine.
 */
function dateProblems(r: CrmRecord, now: number, tolerance: number, futureTypes: ReadonlySet<string>): { problems: Problem[] | undefined; dated: boolean } {
  let out: Problem[] | undefined;
  let dated = false;
  const f = r.fields as Record<string, unknown>;
  // Logged calls, e-mails and notes happened; meetings and tasks may be scheduled ahead, and
  // an activity of unknown type may be either.
  const type = r.fields.activityType;
  const withActivityDate = r.kind === 'activity' && type !== undefined && !futureTypes.has(type);
  let created: number | undefined;
  let updated: number | undefined;
  const latest = now + tolerance;
  for (let k = 0; k < PAST_FIELDS.length + 1; k++) {
    const field = k < PAST_FIELDS.length ? PAST_FIELDS[k]! : 'activityDate';
    if (k === PAST_FIELDS.length && !withActivityDate) break;
    const iso = f[field];
    const t = toTime(typeof iso === 'string' ? iso : undefined);
    if (k === 0) created = t;
    else if (k === 1) updated = t;
    if (t === undefined) continue;
    dated = true;
    if (t <= latest) continue;
    const days = Math.ceil((t - now) / DAY_MS);
    const date = isoDay(t);
    // named only when there is a problem: displayName is not free and most records are fine
    const name = displayName(r);
    (out ??= []).push({
      // A year or more ahead is a format bug (day/month swapped, wrong epoch), not a time zone.
      severity: days >= 365 ? 'high' : 'medium',
      message: msg('impossible_counts_future_date', `${name}: ${field} is ${days} days in the future (${date})`, { name, field, days, date }),
      evidence: { rule: 'future-date', field, value: iso, days },
    });
  }
  if (created !== undefined && updated !== undefined && updated + ORDER_SLACK_MS < created) {
    const params = { name: displayName(r), updated: isoDay(updated), created: isoDay(created) };
    (out ??= []).push({
      severity: 'low',
      message: msg('impossible_counts_updated_before_created', `${params.name}: updated on ${params.updated}, before it was created on ${params.created}`, params),
      evidence: { rule: 'updated-before-created', createdAt: r.fields.createdAt, updatedAt: r.fields.updatedAt },
    });
  }
  return { problems: out, dated };
}

function hasCountFields(f: CrmRecord['fields']): boolean {
  return (
    Number.isFinite(f.sent) || Number.isFinite(f.delivered) || Number.isFinite(f.opened) || Number.isFinite(f.clicked) || Number.isFinite(f.replied) || Number.isFinite(f.recipients)
  );
}

const check: CheckDefinition<ImpossibleCountsThresholds> = {
  id: ID,
  category: 'integration',
  kinds: ['campaign', 'activity', 'contact', 'lead', 'company', 'deal', 'task', 'ticket', 'user'],
  weight: 1,
  title: 'Impossible counts and dates',
  defaults: { futureToleranceDays: 1, futureActivityTypes: ['meeting', 'task'], checkDates: true },
  run(snapshot, config, ctx) {
    const d = check.defaults;
    const tolerance = Math.max(0, num(config.futureToleranceDays, d.futureToleranceDays)) * DAY_MS;
    const futureTypes = new Set(words(config.futureActivityTypes, d.futureActivityTypes));
    const checkDates = flag(config.checkDates, d.checkDates);
    const now = ctx.now.getTime();

    const findings: Finding[] = [];
    let eligible = 0;
    let affected = 0;
    let countRecords = 0;
    for (const r of snapshot.records) {
      const hasCounts = hasCountFields(r.fields);
      let problems = hasCounts ? countProblems(r, displayName(r)) : undefined;
      let dated = false;
      if (checkDates) {
        const res = dateProblems(r, now, tolerance, futureTypes);
        dated = res.dated;
        if (res.problems) problems = problems ? problems.concat(res.problems) : res.problems;
      }
      if (!hasCounts && !dated) continue;
      eligible++;
      if (hasCounts) countRecords++;
      if (!problems || problems.length === 0) continue;
      affected++;
      let worst: Severity = 'info';
      for (const p of problems) worst = maxSeverity(worst, p.severity);
      // One finding per problem: each has its own message; the record is counted once.
      for (const p of problems) findings.push(finding(ID, p.severity, [r], p.message, { ...p.evidence, worstForRecord: worst }));
    }
    if (eligible === 0) return noData('impossible_counts_no_data', 'not enough data: no records with counts or dates seen');
    return { status: 'ok', findings, metrics: { eligible, affected, recordsWithCounts: countRecords } };
  },
};

export default check;
