// New, resolved and persisting findings between two runs of one CRM.
import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../../model/finding';
import { diffRuns, findingKey, type RunDiff } from '../../report/diff';
import { findingsForRun, type AuditRunSummary } from '../../store/runs';
import { checkTitle, formatDate, formatNumber, t, tm } from '../i18n';

const SHOWN = 100;

function FindingItems({ list }: { list: Finding[] }) {
  return (
    <ul class="diff-list">
      {list.slice(0, SHOWN).map((f) => (
        <li key={findingKey(f)}>
          <span class={`sev sev-${f.severity}`}>{checkTitle(f.check)}</span> <span dir="auto">{tm(f.message)}</span>
        </li>
      ))}
      {list.length > SHOWN && <li class="muted">{t('historyDiffMore', formatNumber(list.length - SHOWN))}</li>}
    </ul>
  );
}

export function DiffView({ a, b }: { a: AuditRunSummary; b: AuditRunSummary }) {
  const [before, after] = a.startedAt <= b.startedAt ? [a, b] : [b, a];
  const [diff, setDiff] = useState<RunDiff<Finding> | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([findingsForRun(before.id), findingsForRun(after.id)]).then(([x, y]) => live && setDiff(diffRuns<Finding>(x, y)));
    return () => void (live = false);
  }, [before.id, after.id]);
  if (!diff) return <p class="muted">{t('popupLoading')}</p>;
  return (
    <section class="diff" data-testid="diff">
      <h3>{t('historyDiffTitle', formatDate(before.startedAt), formatDate(after.startedAt))}</h3>
      <details open>
        <summary data-diff="added">{t('historyDiffNew', formatNumber(diff.added.length))}</summary>
        <FindingItems list={diff.added} />
      </details>
      <details open>
        <summary data-diff="resolved">{t('historyDiffResolved', formatNumber(diff.resolved.length))}</summary>
        <FindingItems list={diff.resolved} />
      </details>
      <details>
        <summary data-diff="persisting">{t('historyDiffPersisting', formatNumber(diff.persisting.length))}</summary>
        <FindingItems list={diff.persisting.map((p) => p.finding)} />
      </details>
    </section>
  );
}
