// Options → History: every saved audit, per CRM, with its trend, exports, a diff of any two
// runs, deletion, and the whole history as one JSON file (export / import).
import { useEffect, useState } from 'preact/hooks';
import browser from '../../platform/browser';
import { parseHistoryFile } from '../../report/history-file';
import type { RedactionMode } from '../../report/redact';
import { trendOf } from '../../report/trend';
import type { AuditRunSummary } from '../../store/runs';
import { downloadSnapshot, downloadText, EXPORT_FORMATS, type ExportFormat } from '../export';
import { formatDate, t } from '../i18n';
import { DiffView } from './diff-view';
import { allRuns, deleteRuns, exportHistory, importHistory } from './history-store';
import { TrendCharts } from './trend-chart';
import { errorText } from '../error-text';

const FORMAT_LABEL: Record<ExportFormat, () => string> = { json: () => 'JSON', csv: () => 'CSV', html: () => t('exportHtml') };

function host(origin: string): string {
  try {
    return new URL(origin).host || origin;
  } catch {
    return origin;
  }
}

export function HistoryPanel({ onError }: { onError: (message: string | null) => void }) {
  const [runs, setRuns] = useState<AuditRunSummary[] | null>(null);
  const [origin, setOrigin] = useState<string>('');
  const [picked, setPicked] = useState<string[]>([]);
  const [redact, setRedact] = useState<'none' | RedactionMode>('none');
  const [note, setNote] = useState<string | null>(null);

  const refresh = () =>
    allRuns()
      .then((r) => {
        setRuns(r);
        setOrigin((o) => (o && r.some((x) => x.origin === o) ? o : (r[0]?.origin ?? '')));
      })
      .catch((e: unknown) => onError(errorText(e)));
  useEffect(() => void refresh(), []);

  async function act(fn: () => Promise<unknown>) {
    onError(null);
    setNote(null);
    try {
      await fn();
    } catch (e) {
      onError(errorText(e));
    }
  }

  if (runs === null) return <p>{t('popupLoading')}</p>;
  const origins = [...new Set(runs.map((r) => r.origin))].sort();
  const mine = runs.filter((r) => r.origin === origin);
  const pair = picked.map((id) => mine.find((r) => r.id === id)).filter((r): r is AuditRunSummary => !!r);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));

  const exportAll = () =>
    act(async () => {
      const version = browser.runtime.getManifest().version;
      const file = await exportHistory(version);
      await downloadText(`crm-audit-history-${file.exportedAt.slice(0, 10)}.json`, 'application/json', `${JSON.stringify(file)}\n`);
    });
  const importFile = (input: HTMLInputElement) =>
    act(async () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      const parsed = parseHistoryFile(await file.text());
      if (!parsed.ok) throw new Error(t('historyImportFailed', parsed.error));
      const r = await importHistory(parsed.file);
      setNote(t('historyImported', r.runs, r.decisions, r.existing));
      await refresh();
    });

  return (
    <section class="history" data-testid="history">
      <h2>{t('historyTitle')}</h2>
      <div class="toolbar">
        <label>
          {t('exportRedaction')}{' '}
          <select
            data-testid="redaction"
            value={redact}
            onChange={(e) => setRedact((e.target as HTMLSelectElement).value as typeof redact)}
          >
            <option value="none">{t('exportRedactNone')}</option>
            <option value="mask">{t('exportRedactMask')}</option>
            <option value="hash">{t('exportRedactHash')}</option>
          </select>
        </label>
        <button data-action="export-history" onClick={exportAll} disabled={runs.length === 0}>
          {t('historyExportAll')}
        </button>
        <label class="button">
          {t('historyImport')}
          <input
            type="file"
            accept=".json,application/json"
            data-action="import-history"
            class="visually-hidden"
            onChange={(e) => importFile(e.target as HTMLInputElement)}
          />
        </label>
      </div>
      {note && (
        <p class="note" role="status">
          {note}
        </p>
      )}
      {runs.length === 0 ? (
        <p class="muted">{t('historyEmpty')}</p>
      ) : (
        <>
          {origins.length > 1 && (
            <label>
              {t('historyCrm')}{' '}
              <select
                data-testid="history-origin"
                value={origin}
                onChange={(e) => (setOrigin((e.target as HTMLSelectElement).value), setPicked([]))}
              >
                {origins.map((o) => (
                  <option key={o} value={o} dir="ltr">
                    {host(o)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <h3>{t('historyTrend')}</h3>
          <TrendCharts points={trendOf(mine)} />
          <p class="muted">{t('historyCompareHint')}</p>
          <table class="runs">
            <thead>
              <tr>
                <th>{t('historyCompare')}</th>
                <th>{t('historyDate')}</th>
                <th>{t('historyScore')}</th>
                <th>{t('historyGrade')}</th>
                <th>{t('historyFindings')}</th>
                <th>{t('exportTitle')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {mine.map((r) => (
                <tr key={r.id} data-run={r.id}>
                  <td>
                    <input type="checkbox" checked={picked.includes(r.id)} onChange={() => toggle(r.id)} aria-label={t('historyCompare')} />
                  </td>
                  <td>{formatDate(r.startedAt)}</td>
                  <td>{r.score ?? '–'}</td>
                  <td>{r.grade ?? '–'}</td>
                  <td>{r.findingCount}</td>
                  <td class="row-actions">
                    {EXPORT_FORMATS.map((f) => (
                      <button
                        key={f}
                        data-export={f}
                        onClick={() => act(() => downloadSnapshot(r, { format: f, redact: redact === 'none' ? false : redact }))}
                      >
                        {FORMAT_LABEL[f]()}
                      </button>
                    ))}
                  </td>
                  <td>
                    <button
                      data-action="delete-run"
                      onClick={() =>
                        confirm(t('historyDeleteConfirm', formatDate(r.startedAt))) &&
                        act(async () => (await deleteRuns([r.id]), setPicked((p) => p.filter((x) => x !== r.id)), await refresh()))
                      }
                    >
                      {t('historyDelete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {pair.length === 2 && <DiffView a={pair[0]!} b={pair[1]!} />}
        </>
      )}
    </section>
  );
}
