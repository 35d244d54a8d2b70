// The demo's findings snapshot: the latest run as the extension stored it in IndexedDB,
// turned into the same crm-audit/findings@1 document the popup's Export button downloads.
import type { AuditRun } from '../src/model/audit';
import type { Finding } from '../src/model/finding';
import { buildFindingsSnapshot, type FindingsSnapshot } from '../src/report/snapshot';
import { readDb, type Lens } from './lens-browser';

export async function exportSnapshotFromWorker(lens: Lens, origin: string): Promise<FindingsSnapshot> {
  const summary = await readDb<AuditRun | undefined>(lens, { store: 'runs', index: 'origin-time', bound: [[origin, ''], [origin, '\uffff']], mode: 'last' });
  if (!summary) throw new Error('no audit run stored');
  const findings = await readDb<(Finding & { runId?: string; seq?: number })[]>(lens, { store: 'findings', index: 'runId', only: summary.id });
  const run: AuditRun = { ...summary, findings: findings.map(({ runId: _r, seq: _s, ...f }) => f) };
  return buildFindingsSnapshot(run);
}
