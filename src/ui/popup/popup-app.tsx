import { useEffect, useState } from 'preact/hooks';
import { MessageError, send } from '../../message-client';
import browser from '../../platform/browser';
import { db, type StoredFinding } from '../../store/db';
import { countRecords } from '../../store/records';
import { findingsForRun, latestRun, type AuditRunSummary, type RunPreview } from '../../store/runs';
import { originPattern } from '../../worker/patterns';
import { t } from '../i18n';
import { targetTab, type TargetTab } from '../tab';
import { errorText } from '../error-text';
import { FindingList } from './finding-list';
import { ScoreCard } from './score-card';
import { SkippedLine } from './skipped-line';

// The list is virtualised, so every finding can be loaded; this only guards against absurd runs.
const FINDINGS_SHOWN = 50_000;

interface State {
  tab?: TargetTab;
  status?: { enabled: boolean; granted: boolean };
  run?: AuditRunSummary;
  findings: StoredFinding[];
  /** Set while all findings are loading: the list's first rows, from the run's summary. */
  preview?: RunPreview;
  records: number;
}

/** Reads what is stored straight from IndexedDB: the popup shows the last audit even while the worker sleeps. */
async function loadSummary(origin: string): Promise<Pick<State, 'run' | 'records'>> {
  const [run, records] = await Promise.all([latestRun(origin), countRecords(origin)]);
  return { run, records };
}

/** What the popup needs for its first rows, fetched before the first render (see startFirstLoad). */
export interface FirstLoad {
  target?: TargetTab;
  stored?: Pick<State, 'run' | 'records'>;
  error?: unknown;
}

/**
 * Starts the first reads as soon as the popup's script runs: the database opens while the tab
 * is looked up, and neither waits for the first render (preact runs effects after a paint).
 */
export function startFirstLoad(): Promise<FirstLoad> {
  void db().catch(() => undefined);
  return targetTab().then(async (target): Promise<FirstLoad> => {
    if (!target?.origin) return { target };
    try {
      return { target, stored: await loadSummary(target.origin) };
    } catch (error) {
      return { target, error };
    }
  });
}

export function PopupApp({ first }: { first?: Promise<FirstLoad> }) {
  const [state, setState] = useState<State>({ findings: [], records: 0 });
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  async function refresh(tab?: TargetTab, early?: FirstLoad) {
    const target = tab ?? state.tab ?? (early ? early.target : await targetTab());
    if (!target?.origin) {
      setState({ tab: target, findings: [], records: 0 });
      return;
    }
    const origin = target.origin;
    // Three reads at once, shown as each arrives: the summary and its preview of the list's first
    // rows (a few ms), the worker's answer about this site (slower when it has to wake up), and
    // every finding (10,000 take a few hundred ms to load).
    const status = send('origin.status', { origin }).catch(() => undefined);
    const failed = (e: unknown) => {
      setError(errorText(e));
      return { run: undefined, records: 0 };
    };
    const stored = early?.stored ?? (early?.error !== undefined ? failed(early.error) : await loadSummary(origin).catch(failed));
    const all = stored.run ? findingsForRun(stored.run.id, FINDINGS_SHOWN) : Promise.resolve([]);
    const previewed = stored.run?.preview && stored.run.preview.findings.length < stored.run.findingCount;
    if (previewed) {
      setState({ tab: target, ...stored, findings: [], preview: stored.run!.preview });
      setLoading(false);
    }
    const [findings, st] = await Promise.all([
      all.catch((e: unknown) => {
        setError(errorText(e));
        return [];
      }),
      status,
    ]);
    setState({ tab: target, status: st, ...stored, findings });
  }

  useEffect(() => {
    void (first ?? startFirstLoad())
      .then((early) => refresh(undefined, early))
      .finally(() => setLoading(false));
  }, []);

  async function readAndAudit() {
    const tab = state.tab;
    if (!tab?.origin) return;
    setError(null);
    setNote(null);
    try {
      setBusy(t('popupReading'));
      const read = await send('page.read', { tabId: tab.id });
      if (read.records === 0) setNote(t('popupNothingReadable'));
      setBusy(t('popupAuditing'));
      await send('audit.run', { origin: tab.origin, tabId: tab.id });
      await refresh(tab);
    } catch (e) {
      // nothing on this page and nothing stored: one instruction, not a note and an error saying it twice
      if (e instanceof MessageError && e.code === 'nothing-read') setNote(t('errorNothingRead'));
      else setError(errorText(e));
    } finally {
      setBusy(null);
    }
  }

  async function enable() {
    const tab = state.tab;
    if (!tab?.origin) return;
    setError(null);
    try {
      // Must run in the click's user gesture: the worker cannot ask for permissions.
      const granted = await browser.permissions.request({ origins: [originPattern(tab.origin)] });
      if (!granted) return setError(t('popupPermissionDenied'));
      await send('origin.enable', { origin: tab.origin });
      await refresh(tab);
    } catch (e) {
      setError(errorText(e, 'popupPermissionDenied'));
    }
  }

  async function exportAs(format: 'json' | 'csv' | 'html') {
    if (!state.run) return;
    setError(null);
    try {
      // loaded on first use: the exporters are a third of the popup's code and not needed to show it
      const { downloadSnapshot } = await import('../export');
      await downloadSnapshot(state.run, { format });
    } catch (e) {
      setError(errorText(e));
    }
  }

  async function openRecord(url: string) {
    if (state.tab) await browser.tabs.update(state.tab.id, { url, active: true });
  }

  if (loading) return <main class="popup"><p class="muted">{t('popupLoading')}</p></main>;
  const { tab, status, run, findings, preview, records } = state;

  return (
    <main class="popup">
      <header class="bar">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
        {tab?.origin && <span class="origin" dir="ltr">{new URL(tab.origin).host}</span>}
      </header>
      {!tab?.origin ? (
        <p class="empty">{t('popupNotACrmPage')}</p>
      ) : (
        <>
          <div class="actions">
            <button class="primary" onClick={readAndAudit} disabled={!!busy} data-action="audit">
              {busy ?? t('popupReadAndAudit')}
            </button>
            {status && !status.enabled && (
              <button onClick={enable} disabled={!!busy} data-action="enable" title={t('popupEnableHint')}>
                {t('popupEnable')}
              </button>
            )}
            {run && (
              <span class="export" role="group" aria-label={t('popupExportHint')}>
                <button onClick={() => exportAs('json')} disabled={!!busy} data-action="export" title={t('popupExportHint')}>
                  {t('popupExport')}
                </button>
                <button onClick={() => exportAs('csv')} disabled={!!busy} data-action="export-csv" title={t('popupExportCsvHint')}>
                  {t('popupExportCsv')}
                </button>
                <button onClick={() => exportAs('html')} disabled={!!busy} data-action="export-html" title={t('popupExportHtmlHint')}>
                  {t('popupReport')}
                </button>
              </span>
            )}
            {status?.enabled && <span class="pill ok">{t('popupEnabled')}</span>}
          </div>
          {error && <p class="error" role="alert">{error}</p>}
          {note && <p class="note">{note}</p>}
          {run ? (
            <>
              <ScoreCard run={run} records={records} />
              <SkippedLine skipped={run.skipped} />
              <FindingList findings={findings} {...(preview ? { preview } : {})} total={run.findingCount} onOpen={openRecord} />
            </>
          ) : (
            <p class="empty">{records > 0 ? t('popupNoAuditYet', records) : t('popupGetStarted')}</p>
          )}
        </>
      )}
    </main>
  );
}
