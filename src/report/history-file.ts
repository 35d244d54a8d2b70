// The whole audit history as one JSON file (`crm-audit/history@1`): every run with its
// settings and findings, and the user's decisions, so the history moves to another browser.
// Pure: building and validating the file; writing it to IndexedDB is the options page's job.
// The file comes from outside, so everything is validated before anything is stored.
import * as v from 'valibot';
import type { AuditRun } from '../model/audit';
import { CHECK_CATEGORIES, SEVERITIES } from '../model/finding';
import { RECORD_KINDS } from '../model/record';
import type { SnapshotDecision } from './snapshot';

export const HISTORY_SCHEMA = 'crm-audit/history@1';

export interface HistoryFile {
  schema: typeof HISTORY_SCHEMA;
  exportedAt: string;
  generator: { name: string; version: string };
  runs: AuditRun[];
  decisions: (SnapshotDecision & { origin: string })[];
}

export function buildHistoryFile(
  runs: readonly AuditRun[],
  decisions: HistoryFile['decisions'],
  version: string,
  at = new Date(),
): HistoryFile {
  return {
    schema: HISTORY_SCHEMA,
    exportedAt: at.toISOString(),
    generator: { name: 'crm-audit-lens', version },
    runs: [...runs],
    decisions: [...decisions],
  };
}

const Str = v.pipe(v.string(), v.maxLength(10_000));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(512));
const Score = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100)));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Message = v.object({ key: Str, params: v.record(v.string(), v.union([v.string(), v.number()])), text: Str });
const Kind = v.picklist(RECORD_KINDS);
const Ref = v.object({ kind: Kind, id: Id, name: v.optional(Str), url: v.optional(Str) });
const IsoDate = v.pipe(v.string(), v.isoTimestamp());
const ThresholdValue = v.union([v.number(), v.string(), v.boolean(), v.array(v.string())]);

const RunSchema = v.object({
  id: Id,
  origin: v.pipe(v.string(), v.minLength(1), v.maxLength(2048)),
  startedAt: IsoDate,
  finishedAt: IsoDate,
  now: IsoDate,
  settings: v.object({
    thresholds: v.record(v.string(), v.record(v.string(), ThresholdValue)),
    disabledChecks: v.array(v.string()),
    defaultRegion: v.string(),
  }),
  counts: v.record(v.string(), Count),
  score: Score,
  grade: v.nullable(v.picklist(['excellent', 'very-good', 'good', 'poor', 'very-poor'])),
  categories: v.array(
    v.object({ category: v.picklist(CHECK_CATEGORIES), score: Score, checks: v.array(v.string()), noData: v.array(v.string()) }),
  ),
  checks: v.array(
    v.object({
      id: Id,
      category: v.picklist(CHECK_CATEGORIES),
      status: v.picklist(['ok', 'no-data']),
      score: Score,
      weight: v.number(),
      eligible: Count,
      affected: Count,
      explanation: Message,
    }),
  ),
  findings: v.array(
    v.object({
      check: Id,
      severity: v.picklist(SEVERITIES),
      records: v.array(Ref),
      message: Message,
      evidence: v.optional(v.record(v.string(), v.unknown())),
    }),
  ),
  duplicates: v.array(
    v.object({
      kind: Kind,
      ids: v.array(v.string()),
      score: v.number(),
      level: v.picklist(['duplicate', 'possible']),
      evidence: v.array(v.unknown()),
    }),
  ),
  skipped: v.record(v.string(), v.number()),
});

const DecisionSchema = v.object({
  origin: v.pipe(v.string(), v.minLength(1)),
  check: Id,
  records: v.pipe(v.array(v.object({ kind: Kind, id: Id })), v.minLength(1)),
  decision: v.picklist(['duplicate', 'not-duplicate', 'ignore', 'review']),
  at: IsoDate,
});

export type ParsedHistory = { ok: true; file: HistoryFile } | { ok: false; error: string };

/** Parses and validates a history file; the error names the run (and field) that is wrong. */
export function parseHistoryFile(text: string): ParsedHistory {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'not a CRM Audit Lens history file' };
  const o = data as Record<string, unknown>;
  if (o.schema === 'crm-audit/findings@1')
    return {
      ok: false,
      error: 'this is the export of a single audit (crm-audit/findings@1), not a history file: export the history from Options → History',
    };
  if (o.schema !== HISTORY_SCHEMA)
    return { ok: false, error: `not a CRM Audit Lens history file (expected "schema": "${HISTORY_SCHEMA}")` };
  if (!Array.isArray(o.runs) || !Array.isArray(o.decisions))
    return { ok: false, error: 'a history file needs "runs" and "decisions" lists' };
  const runs: AuditRun[] = [];
  for (let i = 0; i < o.runs.length; i++) {
    const r = v.safeParse(RunSchema, o.runs[i]);
    if (!r.success) {
      const id = (o.runs[i] as { id?: unknown } | null)?.id;
      const issue = r.issues[0];
      const path = issue ? v.getDotPath(issue) : null;
      return {
        ok: false,
        error: `run ${i + 1}${typeof id === 'string' ? ` (${id})` : ''}${path ? `, ${path}` : ''}: ${issue?.message ?? 'invalid'}`,
      };
    }
    runs.push(r.output as AuditRun);
  }
  const decisions: HistoryFile['decisions'] = [];
  for (let i = 0; i < o.decisions.length; i++) {
    const r = v.safeParse(DecisionSchema, o.decisions[i]);
    if (!r.success) return { ok: false, error: `decision ${i + 1}: ${r.issues[0]?.message ?? 'invalid'}` };
    decisions.push(r.output);
  }
  const generator =
    typeof o.generator === 'object' && o.generator !== null ? (o.generator as HistoryFile['generator']) : { name: 'unknown', version: '' };
  return { ok: true, file: { schema: HISTORY_SCHEMA, exportedAt: String(o.exportedAt ?? ''), generator, runs, decisions } };
}
