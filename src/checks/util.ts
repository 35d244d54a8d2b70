// Small builders shared by the checks, so every finding and message has the same shape.
import type { CheckResult, Finding, LocalisableMessage, RecordRef, Severity } from '../model/finding';
import { displayName, type CrmRecord } from '../model/record';

const DAY_MS = 86_400_000;

/** A localisable message: `key` names a chrome.i18n message, `text` is its English rendering. */
export function msg(key: string, text: string, params: Record<string, string | number> = {}): LocalisableMessage {
  return { key, params, text };
}

export function ref(r: CrmRecord): RecordRef {
  const out: RecordRef = { kind: r.kind, id: r.source.id, name: displayName(r) };
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
