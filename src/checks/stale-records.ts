// Outdated records: no update and no activity for N days. Former customers and lost leads
// that nobody touched for a while are called out separately as records to archive.
// A record's last touch is the later of its last-modified and last-activity dates; records
// with neither are not judged (a creation date alone says nothing about upkeep), and dates in
// the future (time zones, garbled imports) are ignored.
import type { Finding } from '../model/finding';
import { isRecordKind, type CrmRecord, type RecordKind } from '../model/record';
import { parseTime } from './dates';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

export type StaleRecordsThresholds = {
  kinds: string[];
  /** No update or activity for this many days: stale. */
  staleDays: number;
  /** Former customers and lost leads untouched this long: archive. */
  archiveDays: number;
  /** Lifecycle / status values meaning "former customer" or "lost lead" (compared case-insensitively). */
  archiveStatuses: string[];
};

const ID = 'stale-records';
const DAY_MS = 86_400_000;

const ARCHIVE_STATUSES = [
  'former customer',
  'former client',
  'ex-customer',
  'past customer',
  'churned',
  'churned customer',
  'lost customer',
  'cancelled',
  'canceled',
  'lost',
  'closed lost',
  'unqualified',
  'disqualified',
  'junk',
  'dead',
  'not interested',
  'bad fit',
  'مشتری سابق',
  'مشتری قبلی',
  'از دست رفته',
  'رد شده',
  'غیر واجد شرایط',
  'منصرف شده',
  '元顧客',
  '解約',
  '解約済み',
  '失注',
  '不適格',
  '見込みなし',
  '休眠',
];

function normStatus(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-‌]+/g, ' ')
    .trim();
}

function touchTime(iso: unknown, latestOk: number): number | undefined {
  if (typeof iso !== 'string') return undefined;
  const t = parseTime(iso);
  return Number.isNaN(t) || t > latestOk ? undefined : t;
}

function lastTouch(r: CrmRecord, latestOk: number): number | undefined {
  const updated = touchTime(r.fields.updatedAt, latestOk);
  const activity = touchTime(r.fields.lastActivityAt, latestOk);
  if (updated === undefined) return activity;
  return activity === undefined || updated >= activity ? updated : activity;
}

// Lifecycle and status are picklists: normalise each distinct value once per run.
function isArchiveStatus(r: CrmRecord, statuses: ReadonlySet<string>, verdicts: Map<string, boolean>): boolean {
  for (const v of [r.fields.lifecycle, r.fields.status, r.fields.stage]) {
    if (typeof v !== 'string') continue;
    let yes = verdicts.get(v);
    if (yes === undefined) verdicts.set(v, (yes = statuses.has(normStatus(v))));
    if (yes) return true;
  }
  return false;
}

const check: CheckDefinition<StaleRecordsThresholds> = {
  id: ID,
  category: 'data-quality',
  kinds: ['contact', 'lead', 'company'],
  weight: 1,
  title: 'Outdated records',
  defaults: { kinds: ['contact', 'lead', 'company'], staleDays: 365, archiveDays: 180, archiveStatuses: ARCHIVE_STATUSES },
  run(snapshot, config, ctx) {
    const kinds = (Array.isArray(config.kinds) ? config.kinds : []).filter(isRecordKind);
    const staleDays = typeof config.staleDays === 'number' && config.staleDays > 0 ? config.staleDays : 365;
    const archiveDays = typeof config.archiveDays === 'number' && config.archiveDays > 0 ? config.archiveDays : 180;
    const statuses = new Set(
      (Array.isArray(config.archiveStatuses) ? config.archiveStatuses : ARCHIVE_STATUSES)
        .filter((s) => typeof s === 'string')
        .map(normStatus),
    );
    const now = ctx.now.getTime();
    const latestOk = now + DAY_MS;
    const staleBefore = now - staleDays * DAY_MS;
    const archiveBefore = now - archiveDays * DAY_MS;

    const verdicts = new Map<string, boolean>();
    const findings: Finding[] = [];
    let eligible = 0;
    let affected = 0;
    let undated = 0;
    let staleTotal = 0;
    let archiveTotal = 0;
    for (const kind of new Set<RecordKind>(kinds)) {
      const stale: CrmRecord[] = [];
      const archive: CrmRecord[] = [];
      let oldest = Infinity;
      for (const r of snapshot.of(kind)) {
        const t = lastTouch(r, latestOk);
        if (t === undefined) {
          undated++;
          continue;
        }
        eligible++;
        const isStale = t < staleBefore;
        const toArchive = t < archiveBefore && isArchiveStatus(r, statuses, verdicts);
        if (toArchive) archive.push(r);
        else if (isStale) stale.push(r);
        if (isStale || toArchive) {
          affected++;
          if (t < oldest) oldest = t;
        }
      }
      staleTotal += stale.length;
      archiveTotal += archive.length;
      const oldestIso = Number.isFinite(oldest) ? new Date(oldest).toISOString().slice(0, 10) : undefined;
      if (stale.length) {
        const n = stale.length;
        findings.push(
          finding(
            ID,
            'low',
            stale,
            msg('stale_records_stale', `${n} ${kind} records have had no update or activity for over ${staleDays} days`, {
              count: n,
              kind,
              days: staleDays,
            }),
            { kind, days: staleDays, oldest: oldestIso },
          ),
        );
      }
      if (archive.length) {
        const n = archive.length;
        findings.push(
          finding(
            ID,
            'low',
            archive,
            msg(
              'stale_records_archive',
              `${n} ${kind} records are former customers or lost leads untouched for over ${archiveDays} days: archive them`,
              { count: n, kind, days: archiveDays },
            ),
            {
              kind,
              days: archiveDays,
              oldest: oldestIso,
            },
          ),
        );
      }
    }
    if (eligible === 0) return noData('stale_records_no_data', 'Not enough data: no last-modified or last-activity dates seen');
    return { status: 'ok', findings, metrics: { eligible, affected, undated, stale: staleTotal, archive: archiveTotal, staleDays } };
  },
};

export default check;
