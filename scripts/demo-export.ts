// The demo's findings snapshot: the latest run as the extension stored it in IndexedDB,
// turned into the same crm-audit/findings@1 document the popup's Export button downloads.
import type { AuditRun } from '../src/model/audit';
import { buildFindingsSnapshot, type FindingsSnapshot } from '../src/report/snapshot';
import type { Lens } from './lens-browser';

export async function exportSnapshotFromWorker(lens: Lens, origin: string): Promise<FindingsSnapshot> {
  const run = await lens.inWorker(
    (o) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('crm-audit-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['runs', 'findings']);
          const cursor = tx.objectStore('runs').index('origin-time').openCursor(IDBKeyRange.bound([o, ''], [o, '\uffff']), 'prev');
          cursor.onsuccess = () => {
            const summary = cursor.result?.value;
            if (!summary) return reject(new Error('no audit run stored'));
            const all = tx.objectStore('findings').index('runId').getAll(IDBKeyRange.only(summary.id));
            all.onsuccess = () => {
              resolve({ ...summary, findings: all.result.map(({ runId: _r, seq: _s, ...f }: Record<string, unknown>) => f) });
              db.close();
            };
          };
        };
      }),
    origin,
  );
  return buildFindingsSnapshot(run as AuditRun);
}
