import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/deals-past-close-date';
import { deadlineTime } from '../../../src/checks/dates';
import { dealOutcome, isOpenTask, matchesWord, normText } from '../../../src/checks/shared-words';
import { CTX, NOW, bySeverity, daysAgo, expectNoData, ids, ok, rec, run, runOnGarbage } from './helpers-a';

describe('shared vocabulary helpers', () => {
  it('matches stage words as whole words, compact forms and Japanese substrings', () => {
    expect(matchesWord('Closed Won', 'closed won')).toBe(true);
    expect(matchesWord('closedwon', 'closed won')).toBe(true);
    expect(matchesWord('Closed_Won - signed', 'closed won')).toBe(true);
    expect(matchesWord('ClosedWon', 'closedwon')).toBe(true);
    expect(matchesWord('受注済み', '受注')).toBe(true);
    expect(matchesWord('未成約', '成約')).toBe(false);
    expect(matchesWord('ناموفق', 'موفق')).toBe(false);
    expect(matchesWord('معامله موفق', 'موفق')).toBe(true);
    expect(matchesWord('از‌دست‌رفته', 'از دست رفته')).toBe(true);
    expect(matchesWord('not completed', 'completed')).toBe(false);
    expect(matchesWord('wonderful', 'won')).toBe(false);
    expect(matchesWord('', 'won')).toBe(false);
  });

  it('folds Arabic letter variants', () => {
    expect(normText('برنده شدي')).toBe(normText('برنده شدی'));
  });

  it('classifies deals by status first, then stage, lost before won', () => {
    expect(dealOutcome(rec('deal', '1', { stage: 'Closed Won' }))).toBe('won');
    expect(dealOutcome(rec('deal', '2', { stage: 'closedlost' }))).toBe('lost');
    expect(dealOutcome(rec('deal', '3', { status: 'lost', stage: 'Negotiation' }))).toBe('lost');
    expect(dealOutcome(rec('deal', '4', { status: 'open', stage: 'Proposal' }))).toBe('open');
    expect(dealOutcome(rec('deal', '5', { stage: 'ناموفق' }))).toBe('lost');
    expect(dealOutcome(rec('deal', '6', { stage: '失注' }))).toBe('lost');
    expect(dealOutcome(rec('deal', '7', { stage: '成約' }))).toBe('won');
    expect(dealOutcome(rec('deal', '8', { stage: 'Cancelled' }))).toBe('closed');
    expect(dealOutcome(rec('deal', '9', {}))).toBe('unknown');
  });

  it('reads tasks as open unless done by status or completion date', () => {
    expect(isOpenTask(rec('task', '1', { status: 'Not started' }))).toBe(true);
    expect(isOpenTask(rec('task', '2', { status: 'COMPLETED' }))).toBe(false);
    expect(isOpenTask(rec('task', '3', { status: '未完了' }))).toBe(true);
    expect(isOpenTask(rec('task', '4', { status: 'انجام شده' }))).toBe(false);
    expect(isOpenTask(rec('task', '5', { completedAt: daysAgo(2) }), undefined, NOW)).toBe(false);
    expect(isOpenTask(rec('task', '6', {}))).toBe(true);
  });

  it('treats a date-only deadline as the end of that day', () => {
    expect(deadlineTime('2026-11-23T00:00:00.000Z')).toBe(Date.parse('2026-11-24T00:00:00.000Z'));
    expect(deadlineTime('2026-11-23T15:00:00.000Z')).toBe(Date.parse('2026-11-23T15:00:00.000Z'));
    expect(deadlineTime('garbage')).toBeUndefined();
    expect(deadlineTime('x'.repeat(1_000_000))).toBeUndefined();
  });
});

describe('deals-past-close-date', () => {
  it('flags open deals past their close date, with severity by days past', () => {
    const records = [
      rec('deal', 'd1', { name: 'A', stage: 'Proposal', closeDate: daysAgo(3) }),
      rec('deal', 'd2', { name: 'B', stage: 'Proposal', closeDate: daysAgo(20) }),
      rec('deal', 'd3', { name: 'C', stage: 'Negotiation', closeDate: daysAgo(100) }),
      rec('deal', 'd4', { name: 'D', stage: 'Proposal', closeDate: daysAgo(-10) }),
      rec('deal', 'd5', { name: 'E', stage: 'Closed Won', closeDate: daysAgo(50) }),
      rec('deal', 'd6', { name: 'F', status: 'lost', closeDate: daysAgo(50) }),
      rec('deal', 'd7', { name: 'G', stage: 'Proposal' }),
      rec('deal', 'd8', { name: 'H', closeDate: daysAgo(50) }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics.eligible).toBe(4);
    expect(metrics.affected).toBe(3);
    expect(metrics.unknownState).toBe(1);
    expect(bySeverity(findings)).toEqual({ low: ['d1'], medium: ['d2'], high: ['d3'] });
    const f = findings.find((x) => x.records[0]?.id === 'd3');
    expect(f?.message.key).toBe('deals_past_close_date_finding');
    expect(f?.message.params).toMatchObject({ name: 'C', days: 100 });
  });

  it('does not flag a deal closing today', () => {
    const { findings } = ok(run(check, [rec('deal', 'd1', { stage: 'Proposal', closeDate: '2026-11-23T00:00:00.000Z' })]));
    expect(findings).toHaveLength(0);
  });

  it('honours thresholds from config', () => {
    const records = [rec('deal', 'd1', { stage: 'Proposal', closeDate: daysAgo(3) }), rec('deal', 'd2', { stage: 'Signed', closeDate: daysAgo(3) })];
    const { findings, metrics } = ok(run(check, records, { graceDays: 5 }));
    expect(findings).toHaveLength(0);
    expect(metrics.eligible).toBe(2);
    const custom = ok(run(check, records, { wonWords: ['signed'] }));
    expect(ids(custom.findings)).toEqual(['d1']);
  });

  it('reports no data without deals or without open deals with a close date', () => {
    expectNoData(run(check, []), 'deals_past_close_date_no_deals');
    expectNoData(run(check, [rec('deal', 'd1', { stage: 'won', closeDate: daysAgo(5) }), rec('deal', 'd2', { stage: 'Proposal', closeDate: 'garbled' })]), 'deals_past_close_date_no_open');
  });

  it('survives garbage', () => {
    const bad = rec('deal', 'x', { stage: 'x'.repeat(1_000_000), closeDate: daysAgo(400), name: 42 as unknown as string });
    const r = run(check, [bad], { graceDays: 'x' as unknown as number }, CTX);
    expect(ok(r).metrics.affected).toBe(1);
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
