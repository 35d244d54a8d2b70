// One audit of one CRM origin, from what is stored, with the user's decisions applied:
// "duplicate"/"not a duplicate" steer the duplicate engine; "ignore" hides that finding.
import { runAudit } from '../audit/run-audit';
import type { DuplicateDecision } from '../checks/duplicate-scan';
import type { AuditRun } from '../model/audit';
import type { CrmRecord } from '../model/record';
import type { StoredDecision } from '../store/db';
import { decisionKey, decisionsForOrigin } from '../store/decisions';
import { skippedForOrigin } from '../store/read-skips';
import { recordsForOrigin } from '../store/records';
import { getAuditSettings } from '../store/settings';

export class NothingToAudit extends Error {}

/** Pairwise engine decisions from the stored ones (a decision on a group covers each pair in it). */
export function duplicateDecisions(decisions: readonly StoredDecision[]): DuplicateDecision[] {
  const out: DuplicateDecision[] = [];
  for (const d of decisions) {
    if (d.check !== 'duplicates' || (d.decision !== 'duplicate' && d.decision !== 'not-duplicate')) continue;
    for (let i = 0; i < d.records.length; i++)
      for (let j = i + 1; j < d.records.length; j++) {
        const a = d.records[i]!;
        const b = d.records[j]!;
        if (a.kind === b.kind) out.push({ kind: a.kind, a: a.id, b: b.id, decision: d.decision });
      }
  }
  return out;
}

export function withoutIgnored(run: AuditRun, decisions: readonly StoredDecision[]): AuditRun {
  const ignored = new Set(decisions.filter((d) => d.decision === 'ignore').map((d) => d.key));
  if (ignored.size === 0) return run;
  const findings = run.findings.filter((f) => !ignored.has(decisionKey(run.origin, f.check, f.records)));
  const hidden = run.findings.length - findings.length;
  return hidden ? { ...run, findings, skipped: { ...run.skipped, 'findings ignored by the user': hidden } } : run;
}

export async function auditOrigin(origin: string, now: Date, id: string): Promise<AuditRun> {
  const [records, decisions, settings, skipped] = await Promise.all([
    recordsForOrigin(origin),
    decisionsForOrigin(origin),
    getAuditSettings(origin),
    skippedForOrigin(origin),
  ]);
  if (records.length === 0) throw new NothingToAudit('nothing has been read from this CRM yet: open a list of contacts or deals, then run the audit');
  const run = runAudit(records as CrmRecord[], { origin, settings, now, id, decisions: duplicateDecisions(decisions), skipped });
  return withoutIgnored(run, decisions);
}
