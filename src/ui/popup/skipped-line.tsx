import { formatNumber, t } from '../i18n';

// The readers' reasons (src/readers) with a label in every language. Audit-side reasons
// ("findings ignored by the user", "check failed: …") are not about reading and stay out.
const READ_REASONS: Record<string, string> = {
  'cross-origin frame': 'skipCrossOriginFrames',
  'empty row': 'skipEmptyRows',
  'unreadable row': 'skipRowsWithoutCells',
  'hidden row': 'skipHiddenRows',
  'duplicate row': 'skipDuplicateRows',
  'row limit': 'skipRowLimit',
  'record of unknown kind': 'skipUnknownKind',
  'list of unknown kind': 'skipUnknownKind',
  'object type not audited': 'skipUnknownKind',
  'unreadable payload': 'skipUnreadable',
  'unreadable item': 'skipUnreadable',
  'unreadable table': 'skipUnreadable',
  'unreadable list': 'skipUnreadable',
  'unreadable grid': 'skipUnreadable',
  'reader error': 'skipUnreadable',
  'item limit': 'skipRowLimit',
  'time budget': 'skipRowLimit',
};
const NOT_READING = /^(findings ignored|check failed|invalid |duplicate (engine|blocks))/;

/** "Skipped while reading: 3 cross-origin frames, 2 rows without cells" for a run's counts. */
export function skippedSummary(skipped: Readonly<Record<string, number>> | undefined): string | null {
  const byKey = new Map<string, number>();
  for (const [reason, n] of Object.entries(skipped ?? {})) {
    if (!(n > 0) || NOT_READING.test(reason)) continue;
    const key = READ_REASONS[reason] ?? 'skipOther';
    byKey.set(key, (byKey.get(key) ?? 0) + n);
  }
  if (!byKey.size) return null;
  const parts = [...byKey].sort((a, b) => b[1] - a[1]).map(([key, n]) => t(key, formatNumber(n)));
  return t('popupSkippedWhileReading', parts.join(t('listSeparator')));
}

export function SkippedLine({ skipped }: { skipped: Readonly<Record<string, number>> | undefined }) {
  const text = skippedSummary(skipped);
  return text ? <p class="muted skipped" data-skipped>{text}</p> : null;
}
