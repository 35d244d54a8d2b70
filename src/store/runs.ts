import type { AuditRun } from '../model/audit';
import { db, toStorageError, type StoredFinding } from './db';

/** A run without its findings: what lists and the popup header need, cheap to load. */
export interface AuditRunSummary extends Omit<AuditRun, 'findings'> {
  findingCount: number;
}

export function summarise(run: AuditRun): AuditRunSummary {
  const { findings, ...rest } = run;
  return { ...rest, findingCount: findings.length };
}

/** Saves the run and its findings in one transaction: a half-saved audit never shows. */
export async function saveRun(run: AuditRun): Promise<AuditRunSummary> {
  const summary = summarise(run);
  try {
    const d = await db();
    const tx = d.transaction(['runs', 'findings'], 'readwrite');
    const findings = tx.objectStore('findings');
    await Promise.all([tx.objectStore('runs').put(summary), ...run.findings.map((f, seq) => findings.put({ ...f, runId: run.id, seq }))]);
    await tx.done;
    return summary;
  } catch (e) {
    throw toStorageError(e);
  }
}

const originTimeRange = (origin: string) => IDBKeyRange.bound([origin, ''], [origin, '\uffff']);

export async function latestRun(origin: string): Promise<AuditRunSummary | undefined> {
  const d = await db();
  const cursor = await d.transaction('runs').store.index('origin-time').openCursor(originTimeRange(origin), 'prev');
  return cursor?.value;
}

export async function listRuns(origin: string): Promise<AuditRunSummary[]> {
  const runs = await (await db()).getAllFromIndex('runs', 'origin-time', originTimeRange(origin));
  return runs.reverse();
}

export async function findingsForRun(runId: string, limit?: number): Promise<StoredFinding[]> {
  return (await db()).getAllFromIndex('findings', 'runId', IDBKeyRange.only(runId), limit);
}

export async function deleteRun(runId: string): Promise<void> {
  const d = await db();
  const tx = d.transaction(['runs', 'findings'], 'readwrite');
  const findings = tx.objectStore('findings');
  let cursor = await findings.index('runId').openKeyCursor(IDBKeyRange.only(runId));
  const keys: [string, number][] = [];
  while (cursor) {
    keys.push(cursor.primaryKey);
    cursor = await cursor.continue();
  }
  await Promise.all([tx.objectStore('runs').delete(runId), ...keys.map((k) => findings.delete(k))]);
  await tx.done;
}
