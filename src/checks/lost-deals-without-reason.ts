// Lost deals with no loss reason: the team can't learn why it loses.
import type { Finding } from '../model/finding';
import { displayName, type CrmRecord } from '../model/record';
import { words } from './config';
import { CLOSED_WORDS, dealOutcome, LOST_WORDS, normTextCached as normText, WON_WORDS } from './shared-words';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

export type LostDealsWithoutReasonThresholds = {
  lostWords: string[];
  /** Values that fill the field without saying anything; compared after lower-casing. */
  placeholderReasons: string[];
};

const ID = 'lost-deals-without-reason';

const PLACEHOLDERS = ['-', '--', '—', '?', '.', 'n/a', 'na', 'none', 'null', 'undefined', 'unknown', 'tbd', 'ندارد', 'نامشخص', 'بدون دلیل', 'なし', '無し', '不明', '未定'];

// A header that names a loss-reason column: if the page showed one, an empty value is real.
const REASON_HEADER = /loss|lost|reason|دلیل|علت|理由/i;

function reasonColumnSeen(deals: readonly CrmRecord[]): boolean {
  return deals.some(
    (d) =>
      (typeof d.fields.lossReason === 'string' && d.fields.lossReason.trim() !== '') ||
      // API payloads, imports and record pages carry every field; only list views may omit it.
      d.source.via === 'api' ||
      d.source.via === 'import' ||
      d.source.via === 'dom-record' ||
      Object.keys(d.raw).some((k) => REASON_HEADER.test(k)),
  );
}

const check: CheckDefinition<LostDealsWithoutReasonThresholds> = {
  id: ID,
  category: 'process',
  kinds: ['deal'],
  weight: 1,
  title: 'Lost deals without a reason',
  defaults: { lostWords: LOST_WORDS, placeholderReasons: PLACEHOLDERS },
  run(snapshot, config) {
    const deals = snapshot.of('deal');
    if (deals.length === 0) return noData('lost_deals_without_reason_no_deals', 'not enough data: no deals seen');
    const d = check.defaults;
    const vocab = { won: WON_WORDS, lost: words(config.lostWords, d.lostWords), closed: CLOSED_WORDS };
    const lost = deals.filter((deal) => dealOutcome(deal, vocab) === 'lost');
    if (lost.length === 0) return noData('lost_deals_without_reason_no_lost', 'not enough data: no lost deals seen');
    if (!reasonColumnSeen(lost)) {
      return noData('lost_deals_without_reason_field_not_seen', 'not enough data: the loss reason of lost deals was not shown on the pages read');
    }
    const placeholders = new Set(words(config.placeholderReasons, d.placeholderReasons).map(normText).filter(Boolean));

    const findings: Finding[] = [];
    let placeholderCount = 0;
    for (const deal of lost) {
      const reason = typeof deal.fields.lossReason === 'string' ? deal.fields.lossReason.trim() : '';
      // Punctuation only ("-", "...") says nothing either.
      const isPlaceholder = reason !== '' && (normText(reason) === '' || placeholders.has(normText(reason)));
      if (reason !== '' && !isPlaceholder) continue;
      if (isPlaceholder) placeholderCount++;
      const name = displayName(deal);
      findings.push(
        finding(ID, 'medium', [deal], msg('lost_deals_without_reason_finding', `Lost deal ${name} has no loss reason`, { name }), {
          lossReason: deal.fields.lossReason ?? null,
          stage: deal.fields.stage,
          status: deal.fields.status,
        }),
      );
    }
    return { status: 'ok', findings, metrics: { eligible: lost.length, affected: findings.length, placeholderReasons: placeholderCount } };
  },
};

export default check;
