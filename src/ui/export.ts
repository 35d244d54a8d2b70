// Exports of a stored audit run: the findings snapshot as JSON (crm-audit/findings@1), CSV or
// the HTML report, through the downloads API. Everything the snapshot can carry is gathered
// here from the store: the user's decisions, the self-assessment and ROI answers, the trend.
import type { AuditRun } from '../model/audit';
import browser from '../platform/browser';
import { formatCsv } from '../report/csv';
import { formatHtml } from '../report/html';
import { t, tm, uiLanguage } from './i18n';
import type { RedactionMode } from '../report/redact';
import { buildFindingsSnapshot, type FindingsSnapshot, type SnapshotOptions } from '../report/snapshot';
import { trendOf } from '../report/trend';
import { db } from '../store/db';
import { decisionsForOrigin } from '../store/decisions';
import { findingsForRun, listRuns, type AuditRunSummary } from '../store/runs';

export type ExportFormat = 'json' | 'csv' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'html'];

export interface ExportOptions {
  format?: ExportFormat;
  /** false / undefined: no redaction; true = 'mask'. */
  redact?: boolean | RedactionMode;
}

const MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

/** crm-audit-<crm host>-<date>.<ext> — what the downloads shelf shows. Imports ("file:a.csv") use the file name. */
export function exportFileName(origin: string, at: string, ext: string): string {
  let host: string;
  try {
    const u = new URL(origin);
    host = u.protocol === 'file:' || !u.hostname ? origin.replace(/^file:/, '') : u.hostname;
  } catch {
    host = origin;
  }
  host =
    host
      .replace(/[^a-z0-9.-]/gi, '_')
      .replace(/^[._]+/, '')
      .slice(0, 60) || 'crm';
  return `crm-audit-${host}-${at.slice(0, 10)}.${ext}`;
}

export async function fullRun(summary: AuditRunSummary): Promise<AuditRun> {
  const { findingCount: _count, ...rest } = summary;
  const findings = (await findingsForRun(summary.id)).map(({ runId: _r, seq: _s, ...f }) => f);
  return { ...rest, findings };
}

/** Snapshot options from the store: decisions for the run's CRM, global checklist/ROI answers, trend up to this run. */
export async function storedSnapshotOptions(summary: AuditRunSummary, version: string): Promise<SnapshotOptions> {
  const [decisions, runs, global] = await Promise.all([
    decisionsForOrigin(summary.origin),
    listRuns(summary.origin),
    (await db()).get('settings', 'global'),
  ]);
  const opts: SnapshotOptions = {
    generator: { name: 'crm-audit-lens', version },
    decisions: decisions.map((d) => ({ check: d.check, records: d.records, decision: d.decision, at: d.at })),
    history: trendOf(runs, { upTo: summary.id }),
  };
  if (global?.selfAssessment && Object.keys(global.selfAssessment).length) opts.selfAssessment = global.selfAssessment;
  if (global?.roi && (global.roi.gain || global.roi.cost)) opts.roi = global.roi;
  return opts;
}

export function render(snapshot: FindingsSnapshot, format: ExportFormat): string {
  if (format === 'csv') return formatCsv(snapshot);
  if (format === 'html') return formatHtml(snapshot, { lang: uiLanguage(), t, tm });
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

export interface BuiltExport {
  fileName: string;
  mime: string;
  text: string;
}

/** Builds the file without touching the downloads API (testable; the e2e test reads it back). */
export async function buildExport(summary: AuditRunSummary, opts: ExportOptions, version: string): Promise<BuiltExport> {
  const format = opts.format ?? 'json';
  const snapshot = buildFindingsSnapshot(await fullRun(summary), {
    ...(await storedSnapshotOptions(summary, version)),
    redact: opts.redact ?? false,
  });
  return { fileName: exportFileName(summary.origin, summary.finishedAt, format), mime: MIME[format], text: render(snapshot, format) };
}

/** Saves a text file through the downloads API. */
export async function downloadText(fileName: string, mime: string, text: string): Promise<number> {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  try {
    return await browser.downloads.download({ url, filename: fileName, saveAs: false });
  } finally {
    // The download has its own copy once started; give it a moment before revoking.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Exports a run in one format (JSON by default) through the downloads API. */
export async function downloadSnapshot(summary: AuditRunSummary, opts: ExportOptions = {}): Promise<number> {
  const built = await buildExport(summary, opts, browser.runtime.getManifest().version);
  return downloadText(built.fileName, built.mime, built.text);
}
