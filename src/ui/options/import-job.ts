// One import of CRM export files, start to end: stream every file, audit the records with the
// same engine as the popup and the CLI, store records + run in one transaction. Runs in the
// options page's worker (import-worker.ts); kept apart from it so the tests can drive it.
import { runAudit } from '../../audit/run-audit';
import type { AuditRun } from '../../model/audit';
import type { RecordKind } from '../../model/record';
import type { ImportError } from '../../import/stream-import';
import { importFiles, type SourceFile, type WorkspaceProgress } from '../../import/workspace';
import { decisionsForOrigin } from '../../store/decisions';
import { saveImport } from '../../store/import';
import type { AuditRunSummary } from '../../store/runs';
import { getAuditSettings } from '../../store/settings';
import { duplicateDecisions, withoutIgnored } from '../../worker/audit';

export type ImportMessage =
  | ({ type: 'progress' } & WorkspaceProgress)
  | { type: 'auditing'; records: number }
  | { type: 'saving'; records: number }
  | { type: 'done'; run: AuditRunSummary; counts: Partial<Record<RecordKind, number>>; skipped: number }
  | { type: 'refused'; errors: ImportError[] }
  | { type: 'failed'; message: string };

export async function runImportJob(files: readonly SourceFile[], post: (m: ImportMessage) => void, now = new Date()): Promise<void> {
  try {
    const ws = await importFiles(files, { seenAt: now.toISOString(), onProgress: (p) => post({ type: 'progress', ...p }) });
    if (ws.errors.length) return post({ type: 'refused', errors: ws.errors });
    post({ type: 'auditing', records: ws.records.length });
    const [settings, decisions] = await Promise.all([getAuditSettings(ws.origin), decisionsForOrigin(ws.origin)]);
    const run: AuditRun = withoutIgnored(
      runAudit(ws.records, { origin: ws.origin, settings, now, skipped: ws.skipped, decisions: duplicateDecisions(decisions) }),
      decisions,
    );
    post({ type: 'saving', records: ws.records.length });
    const summary = await saveImport(ws.origin, ws.records, run);
    const skipped = Object.values(ws.skipped).reduce((a, b) => a + b, 0);
    post({ type: 'done', run: summary, counts: run.counts, skipped });
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
}
