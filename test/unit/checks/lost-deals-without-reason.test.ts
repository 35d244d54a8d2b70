import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/lost-deals-without-reason';
import { expectNoData, ids, ok, rec, run, runOnGarbage } from './helpers-a';

describe('lost-deals-without-reason', () => {
  it('flags lost deals (en/fa/ja) with an empty or placeholder reason', () => {
    const records = [
      rec('deal', 'd1', { name: 'A', stage: 'Closed Lost', lossReason: 'Price' }),
      rec('deal', 'd2', { name: 'B', stage: 'closedlost' }),
      rec('deal', 'd3', { name: 'C', stage: 'از دست رفته', lossReason: '  ' }),
      rec('deal', 'd4', { name: 'D', status: '失注', lossReason: 'N/A' }),
      rec('deal', 'd5', { name: 'E', stage: 'ناموفق', lossReason: '...' }),
      rec('deal', 'd6', { name: 'F', stage: 'Closed Won' }),
      rec('deal', 'd7', { name: 'G', stage: 'Proposal' }),
      rec('deal', 'd8', { name: 'H', stage: 'lost', lossReason: 'قیمت بالا' }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 6, affected: 4, placeholderReasons: 2 });
    expect(ids(findings)).toEqual(['d2', 'd3', 'd4', 'd5']);
    expect(findings.every((f) => f.severity === 'medium' && f.message.key === 'lost_deals_without_reason_finding')).toBe(true);
  });

  it('reports no data when the loss reason column was never shown', () => {
    const listView = [rec('deal', 'd1', { stage: 'lost' }, { via: 'dom-table', raw: { Deal: 'x', Stage: 'lost' } })];
    expectNoData(run(check, listView), 'lost_deals_without_reason_field_not_seen');
    const withColumn = [rec('deal', 'd1', { stage: 'lost' }, { via: 'dom-table', raw: { Deal: 'x', Stage: 'lost', 'Lost reason': '' } })];
    expect(ok(run(check, withColumn)).metrics.affected).toBe(1);
  });

  it('reports no data without deals or lost deals; custom lost words', () => {
    expectNoData(run(check, []), 'lost_deals_without_reason_no_deals');
    expectNoData(run(check, [rec('deal', 'd1', { stage: 'Dropped' })]), 'lost_deals_without_reason_no_lost');
    expect(ok(run(check, [rec('deal', 'd1', { stage: 'Dropped' })], { lostWords: ['dropped'] })).metrics.affected).toBe(1);
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
