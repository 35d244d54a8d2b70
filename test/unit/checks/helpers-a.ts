// Record factories for the part-A check tests: small hand-built snapshots with a fixed "now".
import { expect } from 'vitest';
import type { Thresholds } from '../../../src/model/audit';
import type { CheckMetrics, CheckResult, Finding } from '../../../src/model/finding';
import type { CanonicalFields, CrmRecord, ReadVia, RecordKind } from '../../../src/model/record';
import { makeSnapshot } from '../../../src/model/snapshot';
import type { CheckContext, CheckDefinition } from '../../../src/checks/types';

export const NOW = new Date('2026-11-23T12:00:00.000Z');
export const CTX: CheckContext = { now: NOW, defaultRegion: 'US' };
const DAY = 86_400_000;

/** ISO time `n` days before NOW (negative = in the future). */
export function daysAgo(n: number): string {
  return new Date(NOW.getTime() - n * DAY).toISOString();
}

export function minutesAgo(n: number): string {
  return new Date(NOW.getTime() - n * 60_000).toISOString();
}

export interface RecOptions {
  raw?: Record<string, string>;
  via?: ReadVia;
}

export function rec(kind: RecordKind, id: string, fields: CanonicalFields = {}, opts: RecOptions = {}): CrmRecord {
  return {
    kind,
    source: { origin: 'https://crm.test', id, via: opts.via ?? 'api' },
    fields,
    raw: opts.raw ?? {},
    seenAt: NOW.toISOString(),
  };
}

export function run<T extends Thresholds>(check: CheckDefinition<T>, records: CrmRecord[], overrides: Partial<T> = {}, ctx: CheckContext = CTX): CheckResult {
  return check.run(makeSnapshot(records), { ...check.defaults, ...overrides }, ctx);
}

/** Asserts status ok and returns findings + metrics. */
export function ok(result: CheckResult): { findings: Finding[]; metrics: CheckMetrics } {
  if (result.status !== 'ok') throw new Error(`expected ok, got no-data: ${result.reason.text}`);
  return result;
}

export function expectNoData(result: CheckResult, key: string): void {
  expect(result.status).toBe('no-data');
  if (result.status === 'no-data') expect(result.reason.key).toBe(key);
}

/** Record ids of the findings, sorted, one entry per finding record. */
export function ids(findings: Finding[]): string[] {
  return findings.flatMap((f) => f.records.map((r) => r.id)).sort();
}

export function bySeverity(findings: Finding[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of findings) for (const r of f.records) (out[f.severity] ??= []).push(r.id);
  for (const list of Object.values(out)) list.sort();
  return out;
}

/**
 * Records a check must survive without throwing: wrong types, garbled and contradictory
 * values, future dates, a 1 MB string, every kind.
 */
export function garbageRecords(): CrmRecord[] {
  const huge = '4111 1111 1111 1111 password: x '.repeat(35_000);
  const wrong = <T>(v: unknown) => v as T;
  const fields = (i: number): CanonicalFields => ({
    name: i % 3 === 2 ? wrong(42) : i % 2 ? huge : wrong(null),
    firstName: wrong(i % 2 ? 7 : ['x']),
    owner: wrong(i % 3 ? 42 : ['a']),
    ownerId: wrong(i % 2 ? { id: 1 } : ''),
    emails: wrong(i % 2 ? 'not-a-list@x.com' : [null, 7, 'A@B.C']),
    phones: wrong(i % 2 ? [undefined] : '۰۹۱۲'),
    stage: wrong(i % 2 ? 12 : 'won'),
    status: wrong(i % 2 ? 'lost' : { a: 1 }),
    lossReason: wrong(5),
    team: wrong(i % 2 ? [] : 'Sales'),
    tags: wrong('newsletter'),
    lists: wrong([null]),
    consent: wrong(false),
    lawfulBasis: wrong(0),
    marketingOptIn: wrong('yes'),
    lifecycle: wrong(['mql']),
    notes: wrong(i % 2 ? huge : 12),
    subject: wrong(i % 2 ? undefined : huge),
    activityType: wrong(i % 2 ? 'telepathy' : 'call'),
    createdAt: i % 2 ? 'garbage' : '9999-12-31T00:00:00Z',
    updatedAt: i % 2 ? '1970-01-01T00:00:00Z' : huge,
    stageChangedAt: '2400-01-01T00:00:00Z',
    lastLoginAt: wrong(12345),
    dueDate: '2026-02-31',
    closeDate: wrong(new Date()),
    activityDate: i % 2 ? NOW.toISOString() : 'tomorrow',
    completedAt: wrong([]),
    dealId: wrong(9),
    contactId: wrong({}),
    amount: wrong('1,000'),
    currency: wrong(3),
    sent: Number.NaN,
    delivered: Infinity,
    opened: -1,
    clicked: wrong('5'),
    replied: 1e308,
    recipients: wrong(null),
    active: wrong('false'),
  });
  const kinds: RecordKind[] = ['contact', 'lead', 'company', 'deal', 'task', 'activity', 'user', 'ticket', 'campaign'];
  // One wrong value among valid ones reaches code paths that all-garbage records never do.
  const halfValid = [
    rec('deal', 'h-deal', { status: 'open', stage: wrong(12), name: wrong(5), createdAt: daysAgo(400), closeDate: daysAgo(10), lossReason: wrong(3), currency: wrong(1), amount: 5 }),
    rec('deal', 'h-won', { stage: 'won', amount: 10, currency: wrong(['USD']), contactId: wrong(4), company: wrong(5) }),
    rec('deal', 'h-lost', { stage: 'lost', lossReason: wrong({}) }),
    rec('task', 'h-task', { status: wrong(7), dueDate: daysAgo(10), owner: wrong(9), subject: wrong(['x']) }),
    rec('user', 'h-user1', { team: wrong(5), lastLoginAt: daysAgo(1), name: wrong(3), emails: wrong('x') }),
    rec('user', 'h-user2', { team: 'Sales', lastLoginAt: daysAgo(100), firstName: wrong(1) }),
    rec('activity', 'h-act', { ownerId: 'h-user2', activityType: 'call', activityDate: daysAgo(1), dealId: wrong(5), relatedTo: wrong(6), companyId: wrong(7) }),
    ...[1, 2, 3].map((i) => rec('contact', `h-c${i}`, { marketingOptIn: true, consent: wrong(5), lifecycle: wrong(7), tags: wrong([5]), createdAt: daysAgo(0), leadSource: wrong(5), emails: ['a@b.c'], phones: wrong([9]) }, { raw: wrong({ 'Created By': 3 }) })),
  ];
  return [...halfValid, ...kinds.flatMap((kind, k) =>
    [0, 1, 2, 3].map((i) => ({
      kind,
      source: { origin: 'https://crm.test', id: `${kind}-${i}`, via: (i % 2 ? 'dom-table' : 'api') as ReadVia },
      fields: fields(i + k),
      raw: wrong<Record<string, string>>(i % 2 ? { Notes: huge, 'Created By': 'sync', '': '' } : { Description: 12 }),
      seenAt: 'never',
    })),
  )];
}

/** Runs a check over `garbageRecords()` with default and with nonsense config. */
export function runOnGarbage<T extends Thresholds>(check: CheckDefinition<T>): CheckResult[] {
  const nonsense = Object.fromEntries(Object.keys(check.defaults).map((k) => [k, { nonsense: true }])) as unknown as T;
  const records = garbageRecords();
  return [run(check, records), check.run(makeSnapshot(records), nonsense, CTX), run(check, [])];
}
