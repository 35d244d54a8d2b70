// The findings snapshot: the one complete, versioned export of an audit run. The CLI writes
// it and the extension exports it, so both produce the same schema (`crm-audit/findings@1`,
// documented in docs/snapshot-schema.md and docs/findings.schema.json). Fields added since the
// first release are optional, so a reader of @1 never breaks on a newer file.
// Pure: no I/O, no clock unless `generatedAt` is left out.
import { computeRoi, type RoiInput } from '../audit/roi';
import { SELF_ASSESSMENT_ANSWERS, SELF_ASSESSMENT_ITEMS, scoreSelfAssessment, type SelfAssessmentAnswer } from '../audit/self-assessment';
import type { AuditRun, AuditSettings, CheckOutcome, Grade } from '../model/audit';
import type { CheckCategory, LocalisableMessage, RecordRef, Severity } from '../model/finding';
import type { RecordKind } from '../model/record';
import { explainCategory, explainOverall } from '../score/explain';
import { makeRedactor, type RedactionMode } from './redact';
import type { HistoryPoint } from './trend';

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

export type DecisionValue = 'duplicate' | 'not-duplicate' | 'ignore' | 'review';

/** A user's decision on a finding ("not a duplicate", "ignore"): survives re-audits. */
export interface SnapshotDecision {
  check: string;
  records: { kind: RecordKind; id: string }[];
  decision: DecisionValue;
  at: string;
}

export interface SnapshotSelfAssessment {
  answers: Record<string, SelfAssessmentAnswer>;
  score: number | null;
  answered: string[];
  unknown: string[];
  failing: string[];
  explanation: LocalisableMessage;
}

export interface SnapshotRoi {
  input: { gain: number | string; cost: number | string };
  ok: boolean;
  percent?: number;
  explanation: LocalisableMessage;
}

export interface FindingsSnapshot {
  schema: typeof FINDINGS_SCHEMA;
  generatedAt: string;
  /** The program that wrote the file: the extension or the CLI, with its version. */
  generator?: { name: string; version: string };
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
  /** How personal values were redacted; absent when `redacted` is false. */
  redaction?: RedactionMode;
  decisions?: SnapshotDecision[];
  selfAssessment?: SnapshotSelfAssessment;
  roi?: SnapshotRoi;
  /** Earlier runs of the same CRM (oldest first, this run last): the score trend. */
  history?: HistoryPoint[];
}

export interface SnapshotOptions {
  /** Export files the records came from (CLI, options-page import). */
  files?: string[];
  /** Records read per kind, when it differs from what the run counted. */
  counts?: Partial<Record<RecordKind, number>>;
  generatedAt?: Date;
  /** Drop names, URLs and personal values; keep ids, counts and field names. `true` = 'mask'. */
  redact?: boolean | RedactionMode;
  /** Key for 'hash' redaction; random per export when left out. */
  redactionSalt?: string;
  generator?: { name: string; version: string };
  decisions?: readonly SnapshotDecision[];
  /** Self-assessment answers keyed by item id (see src/audit/self-assessment). */
  selfAssessment?: Readonly<Record<string, unknown>>;
  roi?: RoiInput;
  history?: readonly HistoryPoint[];
}

export { REDACTED } from './redact';

function selfAssessmentOf(answers: Readonly<Record<string, unknown>>): SnapshotSelfAssessment {
  // Only answers to known questions with a known answer: stale or hand-edited settings stay out.
  const ids = new Set(SELF_ASSESSMENT_ITEMS.map((it) => it.id));
  const kept: Record<string, SelfAssessmentAnswer> = {};
  for (const [k, v] of Object.entries(answers))
    if (ids.has(k) && typeof v === 'string' && (SELF_ASSESSMENT_ANSWERS as readonly string[]).includes(v))
      kept[k] = v as SelfAssessmentAnswer;
  const r = scoreSelfAssessment(kept);
  return { answers: kept, score: r.score, answered: r.answered, unknown: r.unknown, failing: r.failing, explanation: r.explanation };
}

function roiOf(input: RoiInput): SnapshotRoi {
  const r = computeRoi(input);
  const kept = { gain: input.gain, cost: input.cost };
  return r.ok
    ? { input: kept, ok: true, percent: r.percent, explanation: r.explanation }
    : { input: kept, ok: false, explanation: r.error };
}

export function buildFindingsSnapshot(run: AuditRun, opts: SnapshotOptions = {}): FindingsSnapshot {
  const mode: RedactionMode | undefined = opts.redact === true ? 'mask' : opts.redact === false ? undefined : opts.redact;
  const rd = mode ? makeRedactor(mode, opts.redactionSalt) : undefined;
  const categories: Partial<Record<CheckCategory, SnapshotCategory>> = {};
  for (const c of run.categories)
    categories[c.category] = { score: c.score, checks: [...c.checks], noData: [...c.noData], explanation: explainCategory(c) };
  // Findings are built in a plain loop: a run can hold 100k of them.
  const findings: SnapshotFinding[] = new Array<SnapshotFinding>(run.findings.length);
  for (let i = 0; i < run.findings.length; i++) {
    const f = run.findings[i]!;
    findings[i] = {
      check: f.check,
      severity: f.severity,
      records: rd ? f.records.map(rd.ref) : f.records.map((r) => ({ ...r })),
      message: rd ? rd.message(f.message) : f.message,
      evidence: rd ? rd.evidence(f.evidence ?? {}) : (f.evidence ?? {}),
    };
  }
  const snapshot: FindingsSnapshot = {
    schema: FINDINGS_SCHEMA,
    generatedAt: (opts.generatedAt ?? new Date()).toISOString(),
    ...(opts.generator ? { generator: { ...opts.generator } } : {}),
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
      explanation: rd ? rd.message(c.explanation) : c.explanation,
    })),
    findings,
    duplicates: run.duplicates.map((d) => ({
      kind: d.kind,
      ids: [...d.ids],
      score: d.score,
      level: d.level,
      evidence: rd ? rd.fieldEvidence(d.evidence) : d.evidence,
    })),
    skipped: { ...run.skipped },
    settings: run.settings,
    redacted: rd !== undefined,
  };
  if (mode) snapshot.redaction = mode;
  if (opts.decisions)
    snapshot.decisions = opts.decisions.map((d) => ({
      check: d.check,
      records: d.records.map((r) => ({ kind: r.kind, id: r.id })),
      decision: d.decision,
      at: d.at,
    }));
  if (opts.selfAssessment) snapshot.selfAssessment = selfAssessmentOf(opts.selfAssessment);
  if (opts.roi) snapshot.roi = roiOf(opts.roi);
  if (opts.history) snapshot.history = opts.history.map((h) => ({ ...h, categories: { ...h.categories } }));
  return snapshot;
}
