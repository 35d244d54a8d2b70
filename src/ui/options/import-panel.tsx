// Options → Audit CRM export files: pick or drop files; a worker streams, audits and stores
// them (import-job.ts) while this shows its progress. Nothing is stored until the end, so
// cancelling — or closing the tab — leaves no half-imported workspace behind.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportErrorCode } from '../../import/stream-import';
import { formatNumber, t } from '../i18n';
import type { ImportMessage } from './import-job';

const ERROR_KEY: Record<ImportErrorCode, string> = {
  empty: 'importErrEmpty',
  encoding: 'importErrEncoding',
  malformed: 'importErrMalformed',
  ragged: 'importErrRagged',
  'unknown-kind': 'importErrUnknownKind',
  'unknown-format': 'importErrUnknownFormat',
  'no-records': 'importErrNoRecords',
  json: 'importErrJson',
  'too-large': 'importErrTooLarge',
};

type State = { phase: 'idle' } | { phase: 'cancelled' } | ImportMessage;

const size = (bytes: number) => formatNumber(bytes / 1_048_576, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

function startWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
}

export function ImportPanel({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [over, setOver] = useState(false);
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const busy = 'type' in state && (state.type === 'progress' || state.type === 'auditing' || state.type === 'saving');

  function start(list: FileList | null | undefined) {
    const files = list ? [...list] : [];
    if (files.length === 0 || busy) return;
    worker.current?.terminate();
    const w = startWorker();
    worker.current = w;
    setState({
      type: 'progress',
      file: files[0]!.name,
      index: 0,
      files: files.length,
      bytes: 0,
      totalBytes: files.reduce((a, f) => a + f.size, 0),
      rows: 0,
    });
    w.onmessage = (e: MessageEvent<ImportMessage>) => {
      setState(e.data);
      if (e.data.type === 'done' || e.data.type === 'refused' || e.data.type === 'failed') {
        w.terminate();
        worker.current = null;
        if (e.data.type === 'done') onImported();
      }
    };
    w.onerror = (e) => setState({ type: 'failed', message: e.message || 'worker error' });
    w.postMessage({ files });
  }

  function cancel() {
    worker.current?.terminate();
    worker.current = null;
    setState({ phase: 'cancelled' });
  }

  return (
    <section class="import" data-testid="import">
      <h2>{t('importTitle')}</h2>
      <p class="muted">{t('importHint')}</p>
      <div
        class={`drop-zone${over ? ' over' : ''}`}
        data-testid="import-drop"
        onDragOver={(e) => (e.preventDefault(), setOver(true))}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => (e.preventDefault(), setOver(false), start(e.dataTransfer?.files))}
      >
        <label class="button">
          {t('importChoose')}
          <input
            type="file"
            multiple
            accept=".csv,.tsv,.txt,.json,text/csv,application/json"
            data-action="import-files"
            class="visually-hidden"
            disabled={busy}
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              start(input.files);
              input.value = '';
            }}
          />
        </label>{' '}
        <span class="muted">{t('importDrop')}</span>
      </div>
      <ImportStatus state={state} onCancel={cancel} />
    </section>
  );
}

function ImportStatus({ state, onCancel }: { state: State; onCancel: () => void }) {
  if ('phase' in state)
    return state.phase === 'cancelled' ? (
      <p class="note" role="status">
        {t('importCancelled')}
      </p>
    ) : null;
  switch (state.type) {
    case 'progress':
    case 'auditing':
    case 'saving': {
      const p = state.type === 'progress' ? state : undefined;
      const text =
        state.type === 'progress'
          ? t(
              'importReading',
              state.file,
              formatNumber(state.index + 1),
              formatNumber(state.files),
              size(state.bytes),
              size(state.totalBytes),
              formatNumber(state.rows),
            )
          : state.type === 'auditing'
            ? t('importAuditing', formatNumber(state.records))
            : t('importSaving');
      return (
        <div class="import-progress" data-phase={state.type}>
          <progress data-testid="import-progress" max={p ? Math.max(1, p.totalBytes) : undefined} value={p ? p.bytes : undefined} />
          <p role="status">
            {text} {/* once saving, the transaction decides: a cancel now could not promise "nothing saved" */}
            {state.type !== 'saving' && <button onClick={onCancel}>{t('importCancel')}</button>}
          </p>
        </div>
      );
    }
    case 'done':
      return (
        <div class="note" role="status" data-testid="import-done" data-run={state.run.id}>
          <p>
            {t(
              'importDone',
              formatNumber(Object.values(state.counts).reduce((a, b) => a + b, 0)),
              state.run.score === null ? '–' : formatNumber(state.run.score),
              formatNumber(state.run.findingCount),
            )}
          </p>
          {state.skipped > 0 && <p class="muted">{t('importSkipped', formatNumber(state.skipped))}</p>}
        </div>
      );
    case 'refused':
      return (
        <div class="error" role="alert" data-testid="import-error">
          <p>{t('importRefused')}</p>
          <ul>
            {state.errors.map((e) => (
              <li key={e.file} data-file={e.file} data-line={e.line}>
                {e.line === undefined
                  ? t('importErrorFile', e.file, t(ERROR_KEY[e.code]))
                  : t('importErrorAt', e.file, formatNumber(e.line, { useGrouping: false }), t(ERROR_KEY[e.code]))}{' '}
                <small dir="ltr" class="detail">
                  ({e.message})
                </small>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'failed':
      return (
        <p class="error" role="alert" data-testid="import-error">
          {t('importFailed', state.message)}
        </p>
      );
  }
}
