import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/tasks-without-owner-or-due-date';
import { bySeverity, daysAgo, expectNoData, ok, rec, run, runOnGarbage } from './helpers-a';

describe('tasks-without-owner-or-due-date', () => {
  it('flags open tasks missing owner (medium) or due date (low)', () => {
    const records = [
      rec('task', 't1', { subject: 'ok', owner: 'Sara', dueDate: daysAgo(-2) }),
      rec('task', 't2', { subject: 'no owner', dueDate: daysAgo(-2) }),
      rec('task', 't3', { subject: 'no due', ownerId: '42' }),
      rec('task', 't4', { subject: 'neither', owner: '   ' }),
      rec('task', 't5', { subject: 'done', status: 'Completed' }),
      rec('task', 't6', { subject: 'bad date', owner: 'Ken', dueDate: 'soon' }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 5, affected: 4, withoutOwner: 2, withoutDueDate: 3 });
    expect(bySeverity(findings)).toEqual({ medium: ['t2', 't4'], low: ['t3', 't6'] });
    expect(findings.find((f) => f.records[0]?.id === 't4')?.message.key).toBe('tasks_without_owner_or_due_date_both');
    expect(findings.find((f) => f.records[0]?.id === 't2')?.message.key).toBe('tasks_without_owner_or_due_date_no_owner');
    expect(findings.find((f) => f.records[0]?.id === 't3')?.message.key).toBe('tasks_without_owner_or_due_date_no_due_date');
  });

  it('does not hold a field nobody shows against the tasks', () => {
    const records = [rec('task', 't1', { subject: 'a', dueDate: daysAgo(1) }), rec('task', 't2', { subject: 'b' })];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 2, affected: 1, ownerChecked: 0, dueDateChecked: 1 });
    expect(findings[0]?.records[0]?.id).toBe('t2');
    expectNoData(run(check, [rec('task', 't1', { subject: 'a' })]), 'tasks_without_owner_or_due_date_fields_not_seen');
  });

  it('can switch either requirement off', () => {
    const records = [rec('task', 't1', { owner: 'A' }), rec('task', 't2', { dueDate: daysAgo(1) })];
    expect(ok(run(check, records, { requireDueDate: false })).findings.map((f) => f.records[0]?.id)).toEqual(['t2']);
    expect(ok(run(check, records, { requireOwner: false })).findings.map((f) => f.records[0]?.id)).toEqual(['t1']);
  });

  it('reports no data without tasks or open tasks', () => {
    expectNoData(run(check, []), 'tasks_without_owner_or_due_date_no_tasks');
    expectNoData(run(check, [rec('task', 't', { status: 'done' })]), 'tasks_without_owner_or_due_date_no_open');
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
