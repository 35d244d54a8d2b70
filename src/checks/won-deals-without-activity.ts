// Won deals with no logged activity: sales happen, but not in the CRM. The gap between
// what the CRM shows and how deals were really won.
import type { Finding, Severity } from '../model/finding';
import { displayName, type CrmRecord } from '../model/record';
import { flag, words } from './config';
import { toTime } from './dates';
import { CLOSED_WORDS, dealOutcome, LOST_WORDS, normTextCached as normText, WON_WORDS } from './shared-words';
import type { CheckDefinition } from './types';
import { finding, msg, noData, str } from './util';

export type WonDealsWithoutActivityThresholds = {
  wonWords: string[];
  lostWords: string[];
  /** Activity types that count; activities with no type at all count too (the column may be missing). */
  activityTypes: string[];
  /** An activity on the deal's contact or company also counts as activity for the deal. */
  linkViaContactOrCompany: boolean;
};

const ID = 'won-deals-without-activity';

interface ActivityLinks {
  deals: Set<string>;
  contacts: Set<string>;
  companies: Set<string>;
  /** `relatedTo` values, raw and normalised: CRMs put ids or display names there. */
  related: Set<string>;
}

function collectLinks(activities: readonly CrmRecord[], types: ReadonlySet<string>): { links: ActivityLinks; counted: number } {
  const links: ActivityLinks = { deals: new Set(), contacts: new Set(), companies: new Set(), related: new Set() };
  let counted = 0;
  for (const a of activities) {
    const type = a.fields.activityType;
    if (type !== undefined && !types.has(type)) continue;
    counted++;
    const f = a.fields;
    const [dealId, contactId, companyId, company, related] = [f.dealId, f.contactId, f.companyId, f.company, f.relatedTo].map(str);
    if (dealId) links.deals.add(dealId);
    if (contactId) links.contacts.add(contactId);
    if (companyId) links.companies.add(companyId);
    if (company) links.related.add(normText(company));
    if (related) {
      links.related.add(related);
      links.related.add(normText(related));
    }
  }
  return { links, counted };
}

function linked(deal: CrmRecord, links: ActivityLinks, viaParties: boolean): 'deal' | 'contact' | 'company' | undefined {
  const f = deal.fields;
  const id = deal.source.id;
  const name = str(f.name);
  if (links.deals.has(id) || links.related.has(id) || (name && links.related.has(normText(name)))) return 'deal';
  // The CRM's own "last activity" date on the deal is activity we didn't read but it did.
  if (toTime(f.lastActivityAt) !== undefined) return 'deal';
  if (!viaParties) return undefined;
  const contactId = str(f.contactId);
  const companyId = str(f.companyId);
  const company = str(f.company);
  if (contactId && (links.contacts.has(contactId) || links.related.has(contactId))) return 'contact';
  if (companyId && (links.companies.has(companyId) || links.related.has(companyId))) return 'company';
  if (company && links.related.has(normText(company))) return 'company';
  return undefined;
}

/** 75th percentile (nearest rank) per currency; deals above it are the top quartile, where a missing trace matters most. */
function bigDealThresholds(deals: readonly CrmRecord[]): Map<string, number> {
  const byCurrency = new Map<string, number[]>();
  for (const d of deals) {
    const a = d.fields.amount;
    if (typeof a !== 'number' || !Number.isFinite(a) || a <= 0) continue;
    const cur = str(d.fields.currency).toUpperCase();
    const list = byCurrency.get(cur) ?? [];
    list.push(a);
    byCurrency.set(cur, list);
  }
  const out = new Map<string, number>();
  for (const [cur, list] of byCurrency) {
    if (list.length < 4) continue;
    list.sort((x, y) => x - y);
    out.set(cur, list[Math.ceil(list.length * 0.75) - 1] ?? Infinity);
  }
  return out;
}

const check: CheckDefinition<WonDealsWithoutActivityThresholds> = {
  id: ID,
  category: 'usage',
  kinds: ['deal', 'activity'],
  weight: 2,
  title: 'Won deals without activity',
  defaults: { wonWords: WON_WORDS, lostWords: LOST_WORDS, activityTypes: ['call', 'email', 'meeting'], linkViaContactOrCompany: true },
  run(snapshot, config) {
    const d = check.defaults;
    const deals = snapshot.of('deal');
    if (deals.length === 0) return noData('won_deals_without_activity_no_deals', 'not enough data: no deals seen');
    const vocab = { won: words(config.wonWords, d.wonWords), lost: words(config.lostWords, d.lostWords), closed: CLOSED_WORDS };
    const won = deals.filter((deal) => dealOutcome(deal, vocab) === 'won');
    if (won.length === 0) return noData('won_deals_without_activity_no_won', 'not enough data: no won deals seen');

    const types = new Set(words(config.activityTypes, d.activityTypes));
    const { links, counted } = collectLinks(snapshot.of('activity'), types);
    // Without any activity read, "no activity" would only mean "activities not browsed".
    if (counted === 0 && !won.some((deal) => toTime(deal.fields.lastActivityAt) !== undefined)) {
      return noData('won_deals_without_activity_no_activities', 'not enough data: no activities seen');
    }
    const viaParties = flag(config.linkViaContactOrCompany, d.linkViaContactOrCompany);
    const big = bigDealThresholds(won);

    const findings: Finding[] = [];
    let viaContactOrCompany = 0;
    for (const deal of won) {
      const link = linked(deal, links, viaParties);
      if (link === 'contact' || link === 'company') viaContactOrCompany++;
      if (link) continue;
      const limit = big.get(str(deal.fields.currency).toUpperCase());
      const amount = deal.fields.amount;
      const severity: Severity = limit !== undefined && typeof amount === 'number' && amount > limit ? 'high' : 'medium';
      const name = displayName(deal);
      findings.push(
        finding(ID, severity, [deal], msg('won_deals_without_activity_finding', `Won deal ${name} has no logged call, e-mail or meeting on it, its contact or its company`, { name }), {
          amount,
          currency: deal.fields.currency,
          contactId: deal.fields.contactId,
          companyId: deal.fields.companyId,
          topQuartileAmount: severity === 'high',
        }),
      );
    }
    return { status: 'ok', findings, metrics: { eligible: won.length, affected: findings.length, linkedViaContactOrCompany: viaContactOrCompany, activitiesSeen: counted } };
  },
};

export default check;
