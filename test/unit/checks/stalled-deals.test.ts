import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/stalled-deals';
import { bySeverity, daysAgo, expectNoData, ok, rec, run, runOnGarbage } from './helpers-a';

describe('stalled-deals', () => {
  it('flags open deals in one stage too long, using the best date available', () => {
    const records = [
      rec('deal', 'd1', { name: 'A', stage: 'Proposal', stageChangedAt: daysAgo(100), updatedAt: daysAgo(1) }),
      rec('deal', 'd2', { name: 'B', stage: 'Proposal', stageChangedAt: daysAgo(30), createdAt: daysAgo(500) }),
      rec('deal', 'd3', { name: 'C', stage: 'Qualification', updatedAt: daysAgo(200) }),
      rec('deal', 'd4', { name: 'D', stage: 'Demo', createdAt: daysAgo(120) }),
      rec('deal', 'd5', { name: 'E', stage: 'Closed Won', stageChangedAt: daysAgo(300) }),
      rec('deal', 'd6', { name: 'F', stage: 'Demo' }),
      // A future stage date is garbage: fall back to updatedAt.
      rec('deal', 'd7', { name: 'G', stage: 'Demo', stageChangedAt: daysAgo(-400), updatedAt: daysAgo(95) }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 5, affected: 4, byStageChangedAt: 1, byUpdatedAt: 2, byCreatedAt: 1 });
    expect(bySeverity(findings)).toEqual({ medium: ['d1', 'd7'], high: ['d3'], low: ['d4'] });
    const byId = Object.fromEntries(findings.map((f) => [f.records[0]?.id, f]));
    expect(byId.d1?.message.key).toBe('stalled_deals_in_stage');
    expect(byId.d1?.message.params).toMatchObject({ name: 'A', stage: 'Proposal', days: 100 });
    expect(byId.d3?.message.key).toBe('stalled_deals_not_updated');
    expect(byId.d4?.message.key).toBe('stalled_deals_open_since_created');
    expect(byId.d7?.evidence).toMatchObject({ dateField: 'updatedAt', days: 95 });
  });

  it('uses the configured limit', () => {
    const records = [rec('deal', 'd1', { stage: 'Demo', stageChangedAt: daysAgo(40) })];
    expect(ok(run(check, records)).metrics.affected).toBe(0);
    expect(ok(run(check, records, { maxDaysInStage: 30 })).metrics.affected).toBe(1);
  });

  it('reports no data without deals or open dated deals', () => {
    expectNoData(run(check, []), 'stalled_deals_no_deals');
    expectNoData(run(check, [rec('deal', 'd1', { stage: 'lost', createdAt: daysAgo(400) }), rec('deal', 'd2', { stage: 'Demo' })]), 'stalled_deals_no_open');
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
