// Small builders shared by the checks, so every finding and message has the same shape.
import type { CheckResult, Finding, LocalisableMessage, RecordRef, Severity } from '../model/finding';
import { displayName, type CrmRecord, type FieldKey, type RecordKind } from '../model/record';
import { matchHeader } from '../readers/dictionary';

const DAY_MS = 86_400_000;

/** A localisable message: `key` names a chrome.i18n message, `text` is its English rendering. */
export function msg(key: string, text: string, params: Record<string, string | number> = {}): LocalisableMessage {
  return { key, params, text };
}

/**
 * `displayName` without its two throwaway arrays for the usual shapes (a name, or string
 * first/last names): findings can list tens of thousands of records. Same result.
 */
function refName(r: CrmRecord): string {
  const f = r.fields;
  if (f.name) return f.name;
  const a = f.firstName;
  const b = f.lastName;
  if ((a !== undefined && typeof a !== 'string') || (b !== undefined && typeof b !== 'string')) return displayName(r);
  const person = a && b ? `${a} ${b}` : a || b || '';
  return person || f.subject || f.emails?.[0] || f.phones?.[0] || `${r.kind} ${r.source.id}`;
}

export function ref(r: CrmRecord): RecordRef {
  const out: RecordRef = { kind: r.kind, id: r.source.id, name: refName(r) };
  if (r.source.url) out.url = r.source.url;
  return out;
}

export function finding(check: string, severity: Severity, records: CrmRecord[], message: LocalisableMessage, evidence?: Record<string, unknown>): Finding {
  const f: Finding = { check, severity, records: records.map(ref), message };
  if (evidence) f.evidence = evidence;
  return f;
}

export function noData(key: string, text: string, params: Record<string, string | number> = {}): CheckResult {
  return { status: 'no-data', reason: msg(key, text, params) };
}

/** Whole days from an ISO date to `now`; undefined when the date is missing or unparseable. */
export function daysSince(iso: string | undefined, now: Date): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : Math.floor((now.getTime() - t) / DAY_MS);
}

export function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** The strings of a field that should be a list of strings; anything else is dropped. */
export function strList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The trimmed text of a field that should be a string, or '' for anything else. */
export function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

export function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a;
}

export function lowerSeverity(s: Severity): Severity {
  const order: Severity[] = ['info', 'low', 'medium', 'high', 'critical'];
  return order[Math.max(0, SEVERITY_RANK[s] - 1)] ?? 'info';
}

/**
 * Which of `wanted` the records use, as a value or as a (possibly empty) column of the export.
 * Stops when all are seen or, each time one more is seen, when `enough(seen)` says so: usually
 * within the first records. Headers are mapped once per distinct header.
 */
export function fieldsInUse(
  records: readonly CrmRecord[],
  kind: RecordKind,
  wanted: ReadonlySet<string>,
  enough?: (seen: ReadonlySet<string>) => boolean,
): Set<string> {
  const seen = new Set<string>();
  let answered = 0;
  const headers = new Map<string, FieldKey | undefined>();
  for (const r of records) {
    for (const k in r.fields) if (wanted.has(k)) seen.add(k);
    for (const h in r.raw) {
      let field = headers.get(h);
      if (field === undefined && !headers.has(h)) {
        field = matchHeader(h, kind);
        headers.set(h, field);
      }
      if (field && wanted.has(field)) seen.add(field);
    }
    if (seen.size === wanted.size) break;
    if (enough && seen.size > answered) {
      answered = seen.size;
      if (enough(seen)) break;
    }
  }
  return seen;
}
