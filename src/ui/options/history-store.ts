// History across every CRM: list, export and import. Import writes every run, its findings and
// the decisions in one IndexedDB transaction, so a failed import leaves nothing half-stored.
import { buildHistoryFile, type HistoryFile } from '../../report/history-file';
import { db, toStorageError } from '../../store/db';
import { decisionKey } from '../../store/decisions';
import type { AuditRunSummary } from '../../store/runs';
import { summarise } from '../../store/runs';
import { fullRun } from '../export';

/** Every stored run, newest first. Summaries only: cheap even with years of audits. */
export async function allRuns(): Promise<AuditRunSummary[]> {
  const runs = await (await db()).getAll('runs');
  return runs.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

export async function exportHistory(version: string, at = new Date()): Promise<HistoryFile> {
  const d = await db();
  const [summaries, decisions] = await Promise.all([d.getAll('runs'), d.getAll('decisions')]);
  summaries.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const runs = [];
  for (const s of summaries) runs.push(await fullRun(s));
  return buildHistoryFile(
    runs,
    decisions.map((x) => ({ origin: x.origin, check: x.check, records: x.records, decision: x.decision, at: x.at })),
    version,
    at,
  );
}

export interface ImportOutcome {
  runs: number;
  /** Runs already here (same id): kept as they are. */
  existing: number;
  decisions: number;
}

export async function importHistory(file: HistoryFile): Promise<ImportOutcome> {
  try {
    const d = await db();
    const tx = d.transaction(['runs', 'findings', 'decisions'], 'readwrite');
    const runs = tx.objectStore('runs');
    const findings = tx.objectStore('findings');
    const decisions = tx.objectStore('decisions');
    const out: ImportOutcome = { runs: 0, existing: 0, decisions: 0 };
    const writes: Promise<unknown>[] = [];
    for (const run of file.runs) {
      if (await runs.getKey(run.id)) {
        out.existing++;
        continue;
      }
      writes.push(runs.put(summarise(run)));
      run.findings.forEach((f, seq) => writes.push(findings.put({ ...f, runId: run.id, seq })));
      out.runs++;
    }
    for (const x of file.decisions) {
      const key = decisionKey(x.origin, x.check, x.records);
      const current = await decisions.get(key);
      // The later decision wins, whichever browser it was made in.
      if (current && current.at >= x.at) continue;
      writes.push(decisions.put({ key, origin: x.origin, check: x.check, records: x.records, decision: x.decision, at: x.at }));
      out.decisions++;
    }
    await Promise.all(writes);
    await tx.done;
    return out;
  } catch (e) {
    throw toStorageError(e);
  }
}

export async function deleteRuns(ids: readonly string[]): Promise<void> {
  const d = await db();
  const tx = d.transaction(['runs', 'findings'], 'readwrite');
  const findings = tx.objectStore('findings');
  const keys: [string, number][] = [];
  for (const id of ids) keys.push(...(await findings.index('runId').getAllKeys(IDBKeyRange.only(id))));
  await Promise.all([...ids.map((id) => tx.objectStore('runs').delete(id)), ...keys.map((k) => findings.delete(k))]);
  await tx.done;
}
