import { useMemo, useState } from 'preact/hooks';
import { SEVERITIES, type Severity } from '../../model/finding';
import type { StoredFinding } from '../../store/db';
import { groupForDisplay, SEVERITY_ORDER } from '../../store/finding-order';
import type { RunPreview } from '../../store/runs';
import { checkTitle, formatNumber, t, tm } from '../i18n';
import { VirtualList } from './virtual-list';

const ROW_HEIGHT = 52;

type Row = { type: 'group'; check: string; count: number } | { type: 'finding'; finding: StoredFinding };

// Messages are localised as rows are drawn (a few dozen), not for all 10,000 findings up front;
// a search needs every text once, and keeps it.
const texts = new WeakMap<StoredFinding, string>();
function textOf(f: StoredFinding): string {
  let text = texts.get(f);
  if (text === undefined) texts.set(f, (text = tm(f.message)));
  return text;
}

/** Text a user may search for: the message and the records' names and ids. */
function haystack(f: StoredFinding): string {
  return `${textOf(f)} ${f.records.map((r) => `${r.name ?? ''} ${r.id}`).join(' ')} ${checkTitle(f.check)}`.toLowerCase();
}

export function buildRows(findings: readonly StoredFinding[], query: string, minSeverity: Severity | 'all'): Row[] {
  const q = query.trim().toLowerCase();
  const limit = minSeverity === 'all' ? 4 : SEVERITY_ORDER[minSeverity];
  const kept = findings.filter((f) => SEVERITY_ORDER[f.severity] <= limit && (!q || haystack(f).includes(q)));
  const rows: Row[] = [];
  for (const g of groupForDisplay(kept)) {
    rows.push({ type: 'group', check: g.check, count: g.items.length });
    for (const finding of g.items) rows.push({ type: 'finding', finding });
  }
  return rows;
}

/** The rows a run's preview stands for: the list's first rows, with every group's full size. */
export function previewRows(preview: RunPreview): Row[] {
  const rows: Row[] = [];
  for (const g of preview.groups) {
    const items = preview.findings.filter((f) => f.check === g.check);
    if (!items.length) break;
    rows.push({ type: 'group', check: g.check, count: g.count });
    for (const finding of items) rows.push({ type: 'finding', finding });
  }
  return rows;
}

/** Findings grouped by check, worst first, searchable and filterable; only visible rows are in the DOM. CRM values are text nodes. */
export function FindingList({ findings, preview, total, onOpen }: { findings: StoredFinding[]; preview?: RunPreview; total: number; onOpen: (url: string) => void }) {
  const [query, setQuery] = useState('');
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  // `preview`: the whole run is still loading; its first rows are already right
  const rows = useMemo(() => (preview && !query.trim() && severity === 'all' ? previewRows(preview) : buildRows(findings, query, severity)), [findings, preview, query, severity]);
  if (findings.length === 0 && !preview?.findings.length) return <p class="empty">{t('popupNoFindings')}</p>;
  return (
    <section class="findings" aria-label={t('popupFlagged')}>
      <h2>{t('popupFlaggedCount', formatNumber(total))}</h2>
      <div class="filters">
        <input type="search" placeholder={t('popupSearch')} aria-label={t('popupSearch')} value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        <select aria-label={t('popupSeverityFilter')} value={severity} onChange={(e) => setSeverity((e.target as HTMLSelectElement).value as Severity | 'all')}>
          <option value="all">{t('popupAllSeverities')}</option>
          {[...SEVERITIES].reverse().map((s) => (
            <option key={s} value={s}>
              {t('popupAtLeast', t(`severity_${s}`))}
            </option>
          ))}
        </select>
      </div>
      {rows.length === 0 ? (
        <p class="muted">{t('popupNoMatch')}</p>
      ) : (
        <VirtualList
          items={rows}
          rowHeight={ROW_HEIGHT}
          height={Math.min(rows.length * ROW_HEIGHT, 320)}
          render={(row) =>
            row.type === 'group' ? (
              <div class="group-row" role="heading" aria-level={3}>
                <span class="check-id">{checkTitle(row.check)}</span>
                <span class="count">{formatNumber(row.count)}</span>
              </div>
            ) : (
              <FindingRow finding={row.finding} query={query} onOpen={onOpen} />
            )
          }
        />
      )}
    </section>
  );
}

/** When searching, the records that match come first: "佐藤" in a 40-record finding shows 佐藤. */
function matchingFirst(records: StoredFinding['records'], query: string): StoredFinding['records'] {
  const q = query.trim().toLowerCase();
  if (!q) return records;
  const hit = (r: StoredFinding['records'][number]) => `${r.name ?? ''} ${r.id}`.toLowerCase().includes(q);
  return [...records.filter(hit), ...records.filter((r) => !hit(r))];
}

function FindingRow({ finding: f, query, onOpen }: { finding: StoredFinding; query: string; onOpen: (url: string) => void }) {
  const text = textOf(f);
  const records = matchingFirst(f.records, query);
  return (
    <div class="finding" data-check={f.check}>
      <span class={`sev sev-${f.severity}`}>{t(`severity_${f.severity}`)}</span>
      <span class="what">
        <span class="names">
          {records.slice(0, 3).map((r, i) => (
            <span key={`${r.kind}:${r.id}`}>
              {i > 0 && ' · '}
              {r.url ? (
                <a href={r.url} onClick={(e) => (e.preventDefault(), onOpen(r.url!))} class="record" dir="auto">
                  {(r.name ?? r.id).slice(0, 120)}
                </a>
              ) : (
                <span class="record" dir="auto">
                  {(r.name ?? r.id).slice(0, 120)}
                </span>
              )}
            </span>
          ))}
          {f.records.length > 3 && <span class="muted"> +{formatNumber(f.records.length - 3)}</span>}
        </span>
        <span class="msg" title={text}>
          {text}
        </span>
      </span>
    </div>
  );
}
