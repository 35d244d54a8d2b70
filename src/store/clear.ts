import { db, toStorageError } from './db';

/** Deletes everything kept for one CRM origin, in one transaction. */
export async function clearOrigin(origin: string): Promise<{ records: number; runs: number }> {
  try {
    const d = await db();
    const tx = d.transaction(['records', 'runs', 'findings', 'decisions', 'settings', 'stamps', 'indexSnapshots', 'readSkips'], 'readwrite');
    const only = IDBKeyRange.only(origin);
    const recordKeys = await tx.objectStore('records').index('origin').getAllKeys(only);
    const runIds = await tx.objectStore('runs').index('origin').getAllKeys(only);
    const decisionKeys = await tx.objectStore('decisions').index('origin').getAllKeys(only);
    const findings = tx.objectStore('findings');
    const findingKeys = (await Promise.all(runIds.map((id) => findings.index('runId').getAllKeys(IDBKeyRange.only(id))))).flat();
    await Promise.all([
      ...recordKeys.map((k) => tx.objectStore('records').delete(k)),
      ...runIds.map((k) => tx.objectStore('runs').delete(k)),
      ...findingKeys.map((k) => findings.delete(k)),
      ...decisionKeys.map((k) => tx.objectStore('decisions').delete(k)),
      tx.objectStore('stamps').delete(origin),
      tx.objectStore('indexSnapshots').delete(origin),
      tx.objectStore('readSkips').delete(origin),
    ]);
    await tx.done;
    return { records: recordKeys.length, runs: runIds.length };
  } catch (e) {
    throw toStorageError(e);
  }
}
