// The audit runner: one snapshot, every enabled check, the score. Pure (no extension API,
// no I/O): the service worker, the CLI and the tests all call this.
// A check that throws or returns nonsense does not kill the run: it becomes a no-data outcome
// carrying the error, counted in `skipped`. The duplicate engine runs once, here, and its
// groups feed both AuditRun.duplicates and the `duplicates` check.
import { CHECKS } from '../checks/index';
import { scanDuplicates, type DuplicateDecision } from '../checks/duplicate-scan';
import type { CheckContext, CheckDefinition } from '../checks/types';
import type { AuditRun, AuditSettings, CheckOutcome, DuplicateGroup } from '../model/audit';
import type { CheckResult, Finding, LocalisableMessage } from '../model/finding';
import type { CrmRecord, RecordKind } from '../model/record';
import { makeSnapshot } from '../model/snapshot';
import { categoryScores, checkScore, explainCheck, gradeFor, overallScore, worstSeverity, type CategoryWeights } from '../score/index';
import { mergeThresholds, parseSettings } from './settings';

export interface RunAuditOptions {
  /** CRM origin, or "file:<names>" for imports. */
  origin: string;
  settings?: Partial<AuditSettings>;
  /** The audit's "now"; defaults to the clock. */
  now?: Date;
  /** Checks to run; defaults to the registry. */
  checks?: readonly CheckDefinition[];
  /** The user's "duplicate" / "not a duplicate" decisions, passed to the duplicate engine. */
  decisions?: DuplicateDecision[];
  /** Counts from reading the records (unparseable dates, ragged rows…), carried into the run. */
  skipped?: Record<string, number>;
  categoryWeights?: CategoryWeights;
  /** Run id; defaults to a random UUID. */
  id?: string;
}

const DUPLICATES_ID = 'duplicates';

function m(key: string, text: string, params: Record<string, string | number> = {}): LocalisableMessage {
  return { key, params, text };
}

function runId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function bump(skipped: Record<string, number>, reason: string, n = 1): void {
  skipped[reason] = (skipped[reason] ?? 0) + n;
}

/** A result we can trust: the right status, finite non-negative counts, affected ≤ eligible. */
function validResult(r: unknown): r is CheckResult {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Partial<CheckResult> & { status?: unknown };
  if (x.status === 'no-data') return typeof (x as { reason?: { text?: unknown } }).reason?.text === 'string';
  if (x.status !== 'ok') return false;
  const ok = x as { findings?: unknown; metrics?: { eligible?: unknown; affected?: unknown } };
  const e = ok.metrics?.eligible;
  const a = ok.metrics?.affected;
  return (
    Array.isArray(ok.findings) &&
    typeof e === 'number' &&
    typeof a === 'number' &&
    Number.isFinite(e) &&
    Number.isFinite(a) &&
    a >= 0 &&
    e >= 0 &&
    a <= e
  );
}

function noDataOutcome(check: CheckDefinition, explanation: LocalisableMessage): CheckOutcome {
  return {
    id: check.id,
    category: check.category,
    status: 'no-data',
    score: null,
    weight: check.weight,
    eligible: 0,
    affected: 0,
    explanation,
  };
}

export function runAudit(records: readonly CrmRecord[], opts: RunAuditOptions): AuditRun {
  const startedAt = new Date();
  const now = opts.now instanceof Date && !Number.isNaN(opts.now.getTime()) ? opts.now : startedAt;
  const skipped: Record<string, number> = { ...(opts.skipped ?? {}) };
  const { settings, problems } = parseSettings(opts.settings ?? {});
  for (const p of problems) bump(skipped, `invalid setting: ${p}`);

  const list = Array.isArray(records) ? records : [];
  const snapshot = makeSnapshot(list);
  const counts: Partial<Record<RecordKind, number>> = {};
  for (const kind of snapshot.kinds()) counts[kind] = snapshot.of(kind).length;

  const checks = (opts.checks ?? CHECKS).filter((c) => !settings.disabledChecks.includes(c.id));
  const ctx: CheckContext = { now, defaultRegion: settings.defaultRegion };

  let duplicates: DuplicateGroup[] = [];
  if (checks.some((c) => c.id === DUPLICATES_ID)) {
    const scan = scanDuplicates(snapshot, {
      defaultRegion: settings.defaultRegion,
      ...(opts.decisions ? { decisions: opts.decisions } : {}),
    });
    duplicates = scan.groups;
    if (scan.error !== undefined) bump(skipped, 'duplicate engine failed');
    const capped = scan.metrics.cappedBlocks ?? 0;
    if (capped > 0) bump(skipped, 'duplicate blocks too large to compare fully', capped);
  }

  const outcomes: CheckOutcome[] = [];
  const findings: Finding[] = [];
  for (const check of checks) {
    if (!check.kinds.some((k) => snapshot.of(k).length > 0)) {
      const kinds =
        check.kinds.length > 1
          ? `${check.kinds.slice(0, -1).join(', ')} or ${check.kinds[check.kinds.length - 1]}`
          : (check.kinds[0] ?? '');
      outcomes.push(noDataOutcome(check, m('audit_no_records', `Not enough data: no ${kinds} records seen`, { check: check.id, kinds })));
      continue;
    }
    const config = mergeThresholds(check.defaults, settings.thresholds[check.id], (key, expected) =>
      bump(skipped, `invalid threshold: ${check.id}.${key} (expected ${expected})`),
    );
    let result: unknown;
    try {
      result = check.run(snapshot, config, ctx);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      bump(skipped, `check failed: ${check.id}`);
      outcomes.push(
        noDataOutcome(
          check,
          m('audit_check_failed', `${check.id}: the check failed and was left out (${error})`, { check: check.id, error }),
        ),
      );
      continue;
    }
    if (!validResult(result)) {
      bump(skipped, `check failed: ${check.id}`);
      outcomes.push(
        noDataOutcome(
          check,
          m('audit_check_invalid_result', `${check.id}: the check returned an unusable result and was left out`, { check: check.id }),
        ),
      );
      continue;
    }
    if (result.status === 'no-data') {
      outcomes.push(noDataOutcome(check, result.reason));
      continue;
    }
    const { eligible, affected } = result.metrics;
    if (eligible === 0) {
      outcomes.push(
        noDataOutcome(check, m('audit_nothing_eligible', `${check.id}: not enough data, nothing to check`, { check: check.id })),
      );
      for (const f of result.findings) findings.push(f); // no spread: a check may return 100k findings
      continue;
    }
    const severity = worstSeverity(result);
    const score = checkScore(eligible, affected, severity) ?? 0;
    outcomes.push({
      id: check.id,
      category: check.category,
      status: 'ok',
      score,
      weight: check.weight,
      eligible,
      affected,
      explanation: explainCheck({ id: check.id, kinds: check.kinds, eligible, affected, score, severity, metrics: result.metrics }),
    });
    for (const f of result.findings) findings.push(f.check ? f : { ...f, check: check.id });
  }

  const categories = categoryScores(outcomes);
  const score = overallScore(categories, opts.categoryWeights);
  return {
    id: opts.id ?? runId(),
    origin: opts.origin,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    now: now.toISOString(),
    settings,
    counts,
    score,
    grade: gradeFor(score),
    categories,
    checks: outcomes,
    findings,
    duplicates,
    skipped,
  };
}
