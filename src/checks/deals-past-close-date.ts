// Open deals whose expected close date has passed: the forecast is stale.
import type { Finding, Severity } from '../model/finding';
import { displayName } from '../model/record';
import { num, words } from './config';
import { DAY_MS, deadlineTime, isoDay, toTime } from './dates';
import { CLOSED_WORDS, LOST_WORDS, WON_WORDS, dealOutcome, type DealVocabulary } from './shared-words';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

export type DealsPastCloseDateThresholds = {
  /** Days past the close date before a deal is flagged at all. */
  graceDays: number;
  mediumAfterDays: number;
  highAfterDays: number;
  wonWords: string[];
  lostWords: string[];
  closedWords: string[];
};

const ID = 'deals-past-close-date';

const check: CheckDefinition<DealsPastCloseDateThresholds> = {
  id: ID,
  category: 'process',
  kinds: ['deal'],
  weight: 1,
  title: 'Open deals past their close date',
  defaults: { graceDays: 0, mediumAfterDays: 14, highAfterDays: 60, wonWords: WON_WORDS, lostWords: LOST_WORDS, closedWords: CLOSED_WORDS },
  run(snapshot, config, ctx) {
    const deals = snapshot.of('deal');
    if (deals.length === 0) return noData('deals_past_close_date_no_deals', 'not enough data: no deals seen');
    const d = check.defaults;
    const vocab: DealVocabulary = { won: words(config.wonWords, d.wonWords), lost: words(config.lostWords, d.lostWords), closed: words(config.closedWords, d.closedWords) };
    const grace = num(config.graceDays, d.graceDays);
    const medium = num(config.mediumAfterDays, d.mediumAfterDays);
    const high = num(config.highAfterDays, d.highAfterDays);
    const now = ctx.now.getTime();

    const findings: Finding[] = [];
    let eligible = 0;
    let unknownState = 0;
    for (const deal of deals) {
      const outcome = dealOutcome(deal, vocab);
      if (outcome === 'unknown') unknownState++;
      if (outcome !== 'open') continue;
      const close = deadlineTime(deal.fields.closeDate);
      if (close === undefined) continue;
      eligible++;
      if (close >= now) continue;
      const days = Math.floor((now - close) / DAY_MS);
      if (days < grace) continue;
      const severity: Severity = days >= high ? 'high' : days >= medium ? 'medium' : 'low';
      const closeDate = isoDay(toTime(deal.fields.closeDate) ?? close);
      const name = displayName(deal);
      findings.push(
        finding(ID, severity, [deal], msg('deals_past_close_date_finding', `Open deal ${name} was expected to close on ${closeDate}, ${days} days ago`, { name, closeDate, days }), {
          closeDate: deal.fields.closeDate,
          daysPast: days,
          stage: deal.fields.stage,
          status: deal.fields.status,
        }),
      );
    }
    if (eligible === 0) {
      return noData('deals_past_close_date_no_open', 'not enough data: no open deals with a close date seen');
    }
    return { status: 'ok', findings, metrics: { eligible, affected: findings.length, unknownState } };
  },
};

export default check;
