import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/overdue-tasks';
import { bySeverity, daysAgo, expectNoData, ok, rec, run, runOnGarbage } from './helpers-a';

describe('overdue-tasks', () => {
  it('flags open tasks past due, severity by days overdue', () => {
    const records = [
      rec('task', 't1', { subject: 'Call back', status: 'Not started', dueDate: daysAgo(2) }),
      rec('task', 't2', { subject: 'Send quote', status: 'In progress', dueDate: daysAgo(10) }),
      rec('task', 't3', { subject: 'Renewal', dueDate: daysAgo(45) }),
      rec('task', 't4', { subject: 'Done one', status: 'Completed', dueDate: daysAgo(45) }),
      rec('task', 't5', { subject: 'پیگیری', status: 'انجام شده', dueDate: daysAgo(45) }),
      rec('task', 't6', { subject: '見積送付', status: '完了', dueDate: daysAgo(45) }),
      rec('task', 't7', { subject: '見積確認', status: '未完了', dueDate: daysAgo(8) }),
      rec('task', 't8', { subject: 'Future', status: 'open', dueDate: daysAgo(-3) }),
      rec('task', 't9', { subject: 'No date', status: 'open' }),
      rec('task', 't10', { subject: 'Completed by date', dueDate: daysAgo(20), completedAt: daysAgo(19) }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 5, affected: 4, overdueWithoutStatus: 1 });
    expect(bySeverity(findings)).toEqual({ low: ['t1'], medium: ['t2', 't7'], high: ['t3'] });
    const t2 = findings.find((f) => f.records[0]?.id === 't2');
    expect(t2?.message).toMatchObject({ key: 'overdue_tasks_finding', params: { name: 'Send quote', days: 10 } });
    expect(findings.find((f) => f.records[0]?.id === 't3')?.evidence).toMatchObject({ statusKnown: false });
  });

  it('does not flag a task due today (date-only)', () => {
    expect(ok(run(check, [rec('task', 't', { dueDate: '2026-11-23' })])).findings).toHaveLength(0);
    expect(ok(run(check, [rec('task', 't', { dueDate: '2026-11-22' })])).findings).toHaveLength(1);
  });

  it('honours grace days, severity thresholds and custom done words', () => {
    const records = [rec('task', 't1', { dueDate: daysAgo(3) }), rec('task', 't2', { status: 'Erledigt', dueDate: daysAgo(3) })];
    expect(ok(run(check, records, { graceDays: 5 })).metrics.affected).toBe(0);
    expect(bySeverity(ok(run(check, records, { mediumAfterDays: 2 })).findings)).toEqual({ medium: ['t1', 't2'] });
    expect(ok(run(check, records, { doneWords: ['erledigt'] })).metrics).toMatchObject({ eligible: 1, affected: 1 });
  });

  it('reports no data without tasks or without open dated tasks', () => {
    expectNoData(run(check, []), 'overdue_tasks_no_tasks');
    expectNoData(run(check, [rec('task', 't', { status: 'done', dueDate: daysAgo(3) }), rec('task', 'u', { dueDate: '31/02/2026' })]), 'overdue_tasks_no_due_dates');
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
