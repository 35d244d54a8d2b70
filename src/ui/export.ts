import type { AuditRun } from '../model/audit';
import browser from '../platform/browser';
import { buildFindingsSnapshot } from '../report/snapshot';
import { findingsForRun, type AuditRunSummary } from '../store/runs';

/** crm-audit-<crm host>-<date>.json — what the downloads shelf shows. */
export function exportFileName(origin: string, at: string, ext: string): string {
  const host = new URL(origin).hostname.replace(/[^a-z0-9.-]/gi, '_');
  return `crm-audit-${host}-${at.slice(0, 10)}.${ext}`;
}

export async function fullRun(summary: AuditRunSummary): Promise<AuditRun> {
  const { findingCount: _count, ...rest } = summary;
  const findings = (await findingsForRun(summary.id)).map(({ runId: _r, seq: _s, ...f }) => f);
  return { ...rest, findings };
}

/** Saves the findings snapshot (crm-audit/findings@1) through the downloads API. */
export async function downloadSnapshot(summary: AuditRunSummary, opts: { redact?: boolean } = {}): Promise<void> {
  const snapshot = buildFindingsSnapshot(await fullRun(summary), { redact: opts.redact === true });
  const url = URL.createObjectURL(new Blob([JSON.stringify(snapshot, null, 2)], { type: 'application/json' }));
  try {
    await browser.downloads.download({ url, filename: exportFileName(summary.origin, summary.finishedAt, 'json'), saveAs: false });
  } finally {
    // The download has its own copy once started; give it a moment before revoking.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
