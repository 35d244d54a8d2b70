import type { AuditRun } from '../model/audit';
import { db, toStorageError, type StoredFinding } from './db';
import { groupForDisplay } from './finding-order';

/** Findings in the preview: a screenful and then some, so the list can scroll a little before the rest arrives. */
export const PREVIEW_ROWS = 40;

/** The popup list's first rows and every group's size: shown while the full run loads (10,000 findings take ~300 ms). */
export interface RunPreview {
  groups: { check: string; count: number }[];
  findings: StoredFinding[];
}

/** A run without its findings: what lists and the popup header need, cheap to load. */
export interface AuditRunSummary extends Omit<AuditRun, 'findings'> {
  findingCount: number;
  /** Absent on runs saved before it existed. */
  preview?: RunPreview;
}

export function preview(runId: string, findings: AuditRun['findings']): RunPreview {
  // ordered as small stand-ins: a run may hold 100,000 findings, the preview wants 40 of them
  const groups = groupForDisplay(findings.map((f, seq) => ({ check: f.check, severity: f.severity, seq })));
  const head: StoredFinding[] = [];
  for (const g of groups) {
    for (const { seq } of g.items) {
      if (head.length >= PREVIEW_ROWS) break;
      head.push({ ...findings[seq]!, runId, seq });
    }
  }
  return { groups: groups.map((g) => ({ check: g.check, count: g.items.length })), findings: head };
}

export function summarise(run: AuditRun): AuditRunSummary {
  const { findings, ...rest } = run;
  return { ...rest, findingCount: findings.length, preview: preview(run.id, findings) };
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
