import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/won-deals-without-activity';
import { bySeverity, daysAgo, expectNoData, ids, ok, rec, run, runOnGarbage } from './helpers-a';

describe('won-deals-without-activity', () => {
  const activities = [
    rec('activity', 'a1', { activityType: 'call', dealId: 'd1' }),
    rec('activity', 'a2', { activityType: 'email', contactId: 'c2' }),
    rec('activity', 'a3', { activityType: 'meeting', companyId: 'co3' }),
    rec('activity', 'a4', { relatedTo: 'Big Deal 4' }),
    rec('activity', 'a5', { activityType: 'note', dealId: 'd5' }),
  ];

  it('flags won deals with no activity on the deal, its contact or its company', () => {
    const deals = [
      rec('deal', 'd1', { name: 'Deal 1', stage: 'Closed Won' }),
      rec('deal', 'd2', { name: 'Deal 2', stage: 'won', contactId: 'c2' }),
      rec('deal', 'd3', { name: 'Deal 3', stage: '受注', companyId: 'co3' }),
      rec('deal', 'd4', { name: 'Big Deal 4', stage: 'برنده' }),
      rec('deal', 'd5', { name: 'Deal 5', stage: 'closedwon' }), // only a note: not a call, e-mail or meeting
      rec('deal', 'd6', { name: 'Deal 6', stage: 'won', lastActivityAt: daysAgo(40) }),
      rec('deal', 'd7', { name: 'Deal 7', stage: 'won', contactId: 'c9' }),
      rec('deal', 'd8', { name: 'Deal 8', stage: 'Closed Lost' }),
      rec('deal', 'd9', { name: 'Deal 9', stage: 'Proposal' }),
    ];
    const { findings, metrics } = ok(run(check, [...deals, ...activities]));
    expect(metrics).toMatchObject({ eligible: 7, affected: 2, linkedViaContactOrCompany: 2 });
    expect(ids(findings)).toEqual(['d5', 'd7']);
    expect(findings[0]?.message.key).toBe('won_deals_without_activity_finding');
  });

  it('can require activity on the deal itself', () => {
    const deals = [rec('deal', 'd2', { stage: 'won', contactId: 'c2' }), rec('deal', 'd1', { stage: 'won' })];
    expect(ids(ok(run(check, [...deals, ...activities], { linkViaContactOrCompany: false })).findings)).toEqual(['d2']);
  });

  it('rates the biggest won deals without a trace high', () => {
    const deals = [10, 20, 30, 40, 1000].map((amount, i) => rec('deal', `w${i}`, { stage: 'won', amount, currency: 'USD' }));
    const { findings } = ok(run(check, [...deals, rec('activity', 'x', { activityType: 'call', dealId: 'other' })]));
    expect(bySeverity(findings)).toEqual({ high: ['w4'], medium: ['w0', 'w1', 'w2', 'w3'] });
  });

  it('reports no data without deals, won deals or activities', () => {
    expectNoData(run(check, activities), 'won_deals_without_activity_no_deals');
    expectNoData(run(check, [rec('deal', 'd', { stage: 'Proposal' }), ...activities]), 'won_deals_without_activity_no_won');
    expectNoData(run(check, [rec('deal', 'd', { stage: 'won' })]), 'won_deals_without_activity_no_activities');
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
