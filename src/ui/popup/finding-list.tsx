import { useMemo, useState } from 'preact/hooks';
import { SEVERITIES, type Severity } from '../../model/finding';
import type { StoredFinding } from '../../store/db';
import { checkTitle, formatNumber, t, tm } from '../i18n';
import { VirtualList } from './virtual-list';

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const ROW_HEIGHT = 52;

type Row = { type: 'group'; check: string; count: number } | { type: 'finding'; finding: StoredFinding; text: string };

/** Text a user may search for: the message and the records' names and ids. */
function haystack(f: StoredFinding, text: string): string {
  return `${text} ${f.records.map((r) => `${r.name ?? ''} ${r.id}`).join(' ')} ${checkTitle(f.check)}`.toLowerCase();
}

export function buildRows(findings: readonly StoredFinding[], query: string, minSeverity: Severity | 'all'): Row[] {
  const q = query.trim().toLowerCase();
  const limit = minSeverity === 'all' ? 4 : SEVERITY_ORDER[minSeverity];
  const groups = new Map<string, { finding: StoredFinding; text: string }[]>();
  for (const f of findings) {
    if (SEVERITY_ORDER[f.severity] > limit) continue;
    const text = tm(f.message);
    if (q && !haystack(f, text).includes(q)) continue;
    const list = groups.get(f.check) ?? [];
    list.push({ finding: f, text });
    groups.set(f.check, list);
  }
  const worst = (list: { finding: StoredFinding }[]) => Math.min(...list.map((x) => SEVERITY_ORDER[x.finding.severity]));
  const rows: Row[] = [];
  for (const [check, list] of [...groups.entries()].sort((a, b) => worst(a[1]) - worst(b[1]) || b[1].length - a[1].length)) {
    rows.push({ type: 'group', check, count: list.length });
    list.sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity]);
    for (const x of list) rows.push({ type: 'finding', ...x });
  }
  return rows;
}

/** Findings grouped by check, worst first, searchable and filterable; only visible rows are in the DOM. CRM values are text nodes. */
export function FindingList({ findings, total, onOpen }: { findings: StoredFinding[]; total: number; onOpen: (url: string) => void }) {
  const [query, setQuery] = useState('');
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const rows = useMemo(() => buildRows(findings, query, severity), [findings, query, severity]);
  if (findings.length === 0) return <p class="empty">{t('popupNoFindings')}</p>;
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
              <FindingRow finding={row.finding} text={row.text} query={query} onOpen={onOpen} />
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

function FindingRow({ finding: f, text, query, onOpen }: { finding: StoredFinding; text: string; query: string; onOpen: (url: string) => void }) {
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
