// The findings snapshot: the one complete, versioned export of an audit run. The CLI writes
// it and the extension exports it, so both produce the same schema (`crm-audit/findings@1`).
// Pure: no I/O, no clock unless `generatedAt` is left out.
import type { AuditRun, AuditSettings, CheckOutcome, Grade } from '../model/audit';
import type { CheckCategory, LocalisableMessage, RecordRef, Severity } from '../model/finding';
import type { RecordKind } from '../model/record';
import { explainCategory, explainOverall } from '../score/explain';

export const FINDINGS_SCHEMA = 'crm-audit/findings@1';

export interface SnapshotFinding {
  check: string;
  severity: Severity;
  records: RecordRef[];
  message: LocalisableMessage;
  evidence: Record<string, unknown>;
}

export interface SnapshotCategory {
  score: number | null;
  checks: string[];
  noData: string[];
  explanation: LocalisableMessage;
}

export interface FindingsSnapshot {
  schema: typeof FINDINGS_SCHEMA;
  generatedAt: string;
  now: string;
  run: { id: string; origin: string; startedAt: string; finishedAt: string };
  source: { origin: string; files: string[]; counts: Partial<Record<RecordKind, number>> };
  score: number | null;
  grade: Grade | null;
  explanation: LocalisableMessage;
  categories: Partial<Record<CheckCategory, SnapshotCategory>>;
  checks: Pick<CheckOutcome, 'id' | 'category' | 'status' | 'score' | 'weight' | 'eligible' | 'affected' | 'explanation'>[];
  findings: SnapshotFinding[];
  duplicates: { kind: RecordKind; ids: string[]; score: number; level: 'duplicate' | 'possible'; evidence: unknown[] }[];
  skipped: Record<string, number>;
  settings: AuditSettings;
  redacted: boolean;
}

export interface SnapshotOptions {
  /** Export files the records came from (CLI, options-page import). */
  files?: string[];
  /** Records read per kind, when it differs from what the run counted. */
  counts?: Partial<Record<RecordKind, number>>;
  generatedAt?: Date;
  /** Drop names, URLs and personal values; keep ids, counts and field names. */
  redact?: boolean;
}

export const REDACTED = '[redacted]';

// Strings under these keys are about the audit (field names, reasons, kinds), not about people.
const SAFE_KEYS = new Set([
  'kind',
  'kinds',
  'field',
  'fields',
  'reason',
  'level',
  'check',
  'category',
  'severity',
  'reads',
  'dimensions',
  'seen',
  'inUse',
  'unit',
  'region',
  'defaultRegion',
  'days',
  'oldest',
  'minDimensions',
  'custom',
  'concept',
  'suggested',
  'spellings',
  'status',
  'stage',
  'error',
]);

function redactValue(value: unknown, key: string | undefined, depth = 0): unknown {
  if (typeof value === 'string') return key !== undefined && SAFE_KEYS.has(key) ? value : REDACTED;
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, key, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, k, depth + 1);
  return out;
}

/** Field evidence of a duplicate pair: keep field, similarity and weight; drop the two values. */
function redactFieldEvidence(list: unknown): unknown[] {
  if (!Array.isArray(list)) return [];
  return list.map((e) => {
    if (typeof e !== 'object' || e === null) return e;
    const { a: _a, b: _b, ...rest } = e as Record<string, unknown>;
    return rest;
  });
}

function redactMessage(m: LocalisableMessage): LocalisableMessage {
  let text = m.text;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.params)) {
    if (typeof v === 'string' && !SAFE_KEYS.has(k) && v !== '') {
      params[k] = REDACTED;
      text = text.split(v).join(REDACTED);
    } else params[k] = v;
  }
  return { key: m.key, params, text };
}

function redactRef(r: RecordRef): RecordRef {
  return { kind: r.kind, id: r.id };
}

export function buildFindingsSnapshot(run: AuditRun, opts: SnapshotOptions = {}): FindingsSnapshot {
  const redact = opts.redact === true;
  const categories: Partial<Record<CheckCategory, SnapshotCategory>> = {};
  for (const c of run.categories)
    categories[c.category] = { score: c.score, checks: [...c.checks], noData: [...c.noData], explanation: explainCategory(c) };
  return {
    schema: FINDINGS_SCHEMA,
    generatedAt: (opts.generatedAt ?? new Date()).toISOString(),
    now: run.now,
    run: { id: run.id, origin: run.origin, startedAt: run.startedAt, finishedAt: run.finishedAt },
    source: { origin: run.origin, files: [...(opts.files ?? [])], counts: { ...(opts.counts ?? run.counts) } },
    score: run.score,
    grade: run.grade,
    explanation: explainOverall(run),
    categories,
    checks: run.checks.map((c) => ({
      id: c.id,
      category: c.category,
      status: c.status,
      score: c.score,
      weight: c.weight,
      eligible: c.eligible,
      affected: c.affected,
      explanation: redact ? redactMessage(c.explanation) : c.explanation,
    })),
    findings: run.findings.map((f) => ({
      check: f.check,
      severity: f.severity,
      records: redact ? f.records.map(redactRef) : f.records.map((r) => ({ ...r })),
      message: redact ? redactMessage(f.message) : f.message,
      evidence: redact ? (redactValue(f.evidence ?? {}, undefined) as Record<string, unknown>) : (f.evidence ?? {}),
    })),
    duplicates: run.duplicates.map((d) => ({
      kind: d.kind,
      ids: [...d.ids],
      score: d.score,
      level: d.level,
      evidence: redact ? redactFieldEvidence(d.evidence) : d.evidence,
    })),
    skipped: { ...run.skipped },
    settings: run.settings,
    redacted: redact,
  };
}
