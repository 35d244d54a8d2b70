import { useEffect, useState } from 'preact/hooks';
import { CHECKS } from '../../checks';
import { send } from '../../message-client';
import { originsWithData } from '../../store/records';
import { enabledOrigins } from '../../store/settings';
import { checkTitle, formatNumber, t } from '../i18n';
import { ChecklistPanel } from './checklist-panel';
import { HistoryPanel } from './history-panel';
import { ImportPanel } from './import-panel';
import { ReminderPanel } from './reminder-panel';
import { errorText } from '../error-text';

interface OriginRow {
  origin: string;
  records: number;
  enabled: boolean;
}

async function loadOrigins(): Promise<OriginRow[]> {
  const [data, enabled] = await Promise.all([originsWithData(), enabledOrigins()]);
  const all = new Set([...data.keys(), ...enabled]);
  return [...all].sort().map((origin) => ({ origin, records: data.get(origin) ?? 0, enabled: enabled.includes(origin) }));
}

export function OptionsApp() {
  const [rows, setRows] = useState<OriginRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // bumped after a file import: the history panel reloads its runs
  const [imports, setImports] = useState(0);

  const refresh = () =>
    loadOrigins()
      .then(setRows)
      .catch((e: unknown) => setError(errorText(e)));
  useEffect(() => void refresh(), []);

  async function act(fn: () => Promise<unknown>) {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorText(e));
    }
    await refresh();
  }

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {error && <p class="error" role="alert">{error}</p>}
      <section>
        <h2>{t('optionsCrms')}</h2>
        {rows === null ? (
          <p>{t('popupLoading')}</p>
        ) : rows.length === 0 ? (
          <p class="muted">{t('optionsNoCrms')}</p>
        ) : (
          <table class="origins">
            <thead>
              <tr>
                <th>{t('optionsOrigin')}</th>
                <th>{t('optionsRecords')}</th>
                <th>{t('optionsEnabled')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.origin} data-origin={r.origin}>
                  <td dir="ltr">{r.origin}</td>
                  <td>{formatNumber(r.records)}</td>
                  <td>{r.enabled ? t('optionsYes') : t('optionsNo')}</td>
                  <td class="row-actions">
                    {r.enabled && <button onClick={() => act(() => send('origin.disable', { origin: r.origin }))}>{t('optionsDisable')}</button>}
                    <button data-action="clear" onClick={() => confirm(t('optionsClearConfirm', r.origin)) && act(() => send('data.clear', { origin: r.origin }))}>
                      {t('optionsClear')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ImportPanel onImported={() => (setImports((n) => n + 1), void refresh())} />
      <HistoryPanel key={imports} onError={setError} />
      <ChecklistPanel onError={setError} />
      <ReminderPanel onError={setError} />
      <section>
        <h2>{t('optionsChecks')}</h2>
        <p class="muted">{t('optionsThresholdsSoon')}</p>
        <table class="checks">
          <tbody>
            {CHECKS.map((c) => (
              <tr key={c.id}>
                <td>{checkTitle(c.id)}</td>
                <td class="muted" dir="ltr">
                  {Object.entries(c.defaults)
                    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
