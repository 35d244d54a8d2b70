// A workspace imported from export files, stored as one unit: its records (replacing what an
// earlier import of the same files left), the audit run and its findings, in ONE transaction.
// A failure anywhere — quota, a record that cannot be stored — leaves the database as it was.
import type { AuditRun } from '../model/audit';
import { recordKey, type CrmRecord } from '../model/record';
import type { IDBPTransaction } from 'idb';
import { db, toStorageError, type LensDB, type StoredRecord } from './db';
import { summarise, type AuditRunSummary } from './runs';

export async function saveImport(origin: string, records: readonly CrmRecord[], run: AuditRun): Promise<AuditRunSummary> {
  const summary = summarise(run);
  const writes: Promise<unknown>[] = [];
  let tx: IDBPTransaction<LensDB, ('records' | 'runs' | 'findings')[], 'readwrite'> | undefined;
  try {
    const d = await db();
    tx = d.transaction(['records', 'runs', 'findings'], 'readwrite');
    tx.done.catch(() => undefined); // observed below, or aborted in the catch
    const store = tx.objectStore('records');
    // the files are the whole truth about this workspace: last import's records go
    let cursor = await store.index('origin').openKeyCursor(IDBKeyRange.only(origin));
    while (cursor) {
      writes.push(store.delete(cursor.primaryKey));
      cursor = await cursor.continue();
    }
    for (const r of records) {
      const stored: StoredRecord = { ...r, key: recordKey(r), origin, firstSeenAt: r.seenAt };
      writes.push(store.put(stored));
    }
    writes.push(tx.objectStore('runs').put(summary));
    const findings = tx.objectStore('findings');
    run.findings.forEach((f, seq) => writes.push(findings.put({ ...f, runId: run.id, seq })));
    await Promise.all(writes);
    await tx.done;
    return summary;
  } catch (e) {
    // a put that throws (DataCloneError) does not end the transaction by itself: the deletes
    // before it would commit
    for (const w of writes) w.catch(() => undefined); // each fails with the abort: already reported
    try {
      tx?.abort();
    } catch {
      // already finished: aborted by the failed request
    }
    throw toStorageError(e);
  }
}
