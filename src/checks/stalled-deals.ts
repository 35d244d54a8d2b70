// Open deals that have sat in one stage for months: pipeline that isn't real any more.
import type { Finding, LocalisableMessage, Severity } from '../model/finding';
import { displayName } from '../model/record';
import { num, words } from './config';
import { DAY_MS, isoDay, toTime } from './dates';
import { CLOSED_WORDS, dealOutcome, type DealVocabulary, LOST_WORDS, WON_WORDS } from './shared-words';
import type { CheckDefinition } from './types';
import { finding, lowerSeverity, msg, noData, str } from './util';

export type StalledDealsThresholds = {
  maxDaysInStage: number;
  highAfterDays: number;
  wonWords: string[];
  lostWords: string[];
  closedWords: string[];
};

const ID = 'stalled-deals';
type DateField = 'stageChangedAt' | 'updatedAt' | 'createdAt';

const check: CheckDefinition<StalledDealsThresholds> = {
  id: ID,
  category: 'process',
  kinds: ['deal'],
  weight: 1,
  title: 'Stalled deals',
  defaults: { maxDaysInStage: 90, highAfterDays: 180, wonWords: WON_WORDS, lostWords: LOST_WORDS, closedWords: CLOSED_WORDS },
  run(snapshot, config, ctx) {
    const deals = snapshot.of('deal');
    if (deals.length === 0) return noData('stalled_deals_no_deals', 'not enough data: no deals seen');
    const d = check.defaults;
    const vocab: DealVocabulary = { won: words(config.wonWords, d.wonWords), lost: words(config.lostWords, d.lostWords), closed: words(config.closedWords, d.closedWords) };
    const maxDays = num(config.maxDaysInStage, d.maxDaysInStage);
    const highDays = num(config.highAfterDays, d.highAfterDays);
    const now = ctx.now.getTime();

    const findings: Finding[] = [];
    let eligible = 0;
    const used: Record<DateField, number> = { stageChangedAt: 0, updatedAt: 0, createdAt: 0 };
    for (const deal of deals) {
      if (dealOutcome(deal, vocab) !== 'open') continue;
      // The best date we have for "entered this stage"; a future one is garbage, try the next.
      let since: { field: DateField; t: number } | undefined;
      for (const field of ['stageChangedAt', 'updatedAt', 'createdAt'] as const) {
        const t = toTime(deal.fields[field]);
        if (t !== undefined && t <= now + DAY_MS) {
          since = { field, t };
          break;
        }
      }
      if (!since) continue;
      eligible++;
      const days = Math.floor((now - since.t) / DAY_MS);
      if (days <= maxDays) continue;
      used[since.field]++;
      let severity: Severity = days > highDays ? 'high' : 'medium';
      // Only a creation date says the deal is old, not that it never moved: less certain.
      if (since.field === 'createdAt') severity = lowerSeverity(severity);
      const name = displayName(deal);
      const stage = str(deal.fields.stage) || str(deal.fields.status) || '—';
      const sinceDay = isoDay(since.t);
      const params = { name, stage, days, since: sinceDay };
      const message: LocalisableMessage =
        since.field === 'stageChangedAt'
          ? msg('stalled_deals_in_stage', `Deal ${name} has been in stage ${stage} for ${days} days (since ${sinceDay})`, params)
          : since.field === 'updatedAt'
            ? msg('stalled_deals_not_updated', `Deal ${name} (stage ${stage}) has not been updated for ${days} days (since ${sinceDay})`, params)
            : msg('stalled_deals_open_since_created', `Deal ${name} (stage ${stage}) has been open for ${days} days with no stage change or update recorded`, params);
      findings.push(finding(ID, severity, [deal], message, { dateField: since.field, since: deal.fields[since.field], days, maxDaysInStage: maxDays, stage: deal.fields.stage }));
    }
    if (eligible === 0) return noData('stalled_deals_no_open', 'not enough data: no open deals with a stage change, update or creation date seen');
    return {
      status: 'ok',
      findings,
      metrics: { eligible, affected: findings.length, byStageChangedAt: used.stageChangedAt, byUpdatedAt: used.updatedAt, byCreatedAt: used.createdAt },
    };
  },
};

export default check;
