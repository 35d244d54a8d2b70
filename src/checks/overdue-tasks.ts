// Open tasks past their due date: follow-ups that were promised and not done.
import type { Finding, Severity } from '../model/finding';
import { displayName } from '../model/record';
import { num, words } from './config';
import { DAY_MS, deadlineTime, isoDay, toTime } from './dates';
import { DONE_WORDS, isOpenTask } from './shared-words';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

export type OverdueTasksThresholds = {
  /** Days past due before a task counts as overdue. */
  graceDays: number;
  mediumAfterDays: number;
  highAfterDays: number;
  /** Status words meaning the task is finished (en/fa/ja); matched as whole words. */
  doneWords: string[];
};

const ID = 'overdue-tasks';

const check: CheckDefinition<OverdueTasksThresholds> = {
  id: ID,
  category: 'process',
  kinds: ['task'],
  weight: 1,
  title: 'Overdue tasks',
  defaults: { graceDays: 0, mediumAfterDays: 7, highAfterDays: 30, doneWords: DONE_WORDS },
  run(snapshot, config, ctx) {
    const tasks = snapshot.of('task');
    if (tasks.length === 0) return noData('overdue_tasks_no_tasks', 'not enough data: no tasks seen');
    const d = check.defaults;
    const done = words(config.doneWords, d.doneWords);
    const grace = num(config.graceDays, d.graceDays);
    const medium = num(config.mediumAfterDays, d.mediumAfterDays);
    const high = num(config.highAfterDays, d.highAfterDays);
    const now = ctx.now.getTime();

    const findings: Finding[] = [];
    let eligible = 0;
    let withoutStatus = 0;
    for (const task of tasks) {
      if (!isOpenTask(task, done, ctx.now)) continue;
      const due = deadlineTime(task.fields.dueDate);
      if (due === undefined) continue;
      eligible++;
      if (due >= now) continue;
      const days = Math.floor((now - due) / DAY_MS);
      if (days < grace) continue;
      const statusKnown = typeof task.fields.status === 'string' && task.fields.status.trim() !== '';
      if (!statusKnown) withoutStatus++;
      const severity: Severity = days >= high ? 'high' : days >= medium ? 'medium' : 'low';
      const name = displayName(task);
      const dueDay = isoDay(toTime(task.fields.dueDate) ?? due);
      findings.push(
        finding(ID, severity, [task], msg('overdue_tasks_finding', `Task ${name} is ${days} days overdue (due ${dueDay})`, { name, days, due: dueDay }), {
          dueDate: task.fields.dueDate,
          daysOverdue: days,
          status: task.fields.status,
          owner: task.fields.owner,
          // Without a status column we assumed the task is open: say so, the user can check.
          statusKnown,
        }),
      );
    }
    if (eligible === 0) return noData('overdue_tasks_no_due_dates', 'not enough data: no open tasks with a due date seen');
    return { status: 'ok', findings, metrics: { eligible, affected: findings.length, overdueWithoutStatus: withoutStatus } };
  },
};

export default check;
