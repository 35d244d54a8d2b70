import type { Severity } from '../../model/finding';
import type { StoredFinding } from '../../store/db';
import { checkTitle, formatNumber, t, tm } from '../i18n';

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** Findings grouped by check, worst first. CRM values are rendered as text nodes only. */
export function FindingList({ findings, total, onOpen }: { findings: StoredFinding[]; total: number; onOpen: (url: string) => void }) {
  if (findings.length === 0) return <p class="empty">{t('popupNoFindings')}</p>;
  const groups = new Map<string, StoredFinding[]>();
  for (const f of [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])) {
    const list = groups.get(f.check) ?? [];
    list.push(f);
    groups.set(f.check, list);
  }
  return (
    <section class="findings" aria-label={t('popupFlagged')}>
      <h2>{t('popupFlaggedCount', formatNumber(total))}</h2>
      {[...groups.entries()].map(([check, list]) => (
        <details key={check} open={groups.size <= 3} class="group">
          <summary>
            <span class="check-id">{checkTitle(check)}</span>
            <span class="count">{formatNumber(list.length)}</span>
          </summary>
          <ul>
            {list.slice(0, 100).map((f) => (
              <li key={`${f.runId}-${f.seq}`} class="finding" data-check={f.check}>
                <span class={`sev sev-${f.severity}`}>{t(`severity_${f.severity}`)}</span>
                <span class="what">
                  {f.records.slice(0, 3).map((r, i) => (
                    <span key={`${r.kind}:${r.id}`}>
                      {i > 0 && ' · '}
                      {r.url ? (
                        <a href={r.url} onClick={(e) => (e.preventDefault(), onOpen(r.url!))} class="record">
                          {r.name ?? r.id}
                        </a>
                      ) : (
                        <span class="record">{r.name ?? r.id}</span>
                      )}
                    </span>
                  ))}
                  <span class="msg">{tm(f.message)}</span>
                </span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
