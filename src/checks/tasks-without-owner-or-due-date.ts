// Open tasks nobody owns or nobody has to finish by a date: work that silently never happens.
import type { Finding, Severity } from '../model/finding';
import { displayName } from '../model/record';
import { flag, words } from './config';
import { toTime } from './dates';
import { DONE_WORDS, isOpenTask } from './shared-words';
import type { CheckDefinition } from './types';
import { finding, hasText, msg, noData } from './util';

export type TasksWithoutOwnerOrDueDateThresholds = {
  requireOwner: boolean;
  requireDueDate: boolean;
  doneWords: string[];
};

const ID = 'tasks-without-owner-or-due-date';

const check: CheckDefinition<TasksWithoutOwnerOrDueDateThresholds> = {
  id: ID,
  category: 'process',
  kinds: ['task'],
  weight: 1,
  title: 'Open tasks without owner or due date',
  defaults: { requireOwner: true, requireDueDate: true, doneWords: DONE_WORDS },
  run(snapshot, config, ctx) {
    const tasks = snapshot.of('task');
    if (tasks.length === 0) return noData('tasks_without_owner_or_due_date_no_tasks', 'not enough data: no tasks seen');
    const d = check.defaults;
    const done = words(config.doneWords, d.doneWords);
    const open = tasks.filter((t) => isOpenTask(t, done, ctx.now));
    if (open.length === 0) return noData('tasks_without_owner_or_due_date_no_open', 'not enough data: no open tasks seen');

    const hasOwner = (t: (typeof tasks)[number]) => hasText(t.fields.owner) || hasText(t.fields.ownerId);
    const hasDue = (t: (typeof tasks)[number]) => toTime(t.fields.dueDate) !== undefined;
    // A list view without an owner (or due date) column shows every task without one; a
    // field no task has at all was most likely not read, so it is not held against anyone.
    const ownerSeen = tasks.some(hasOwner);
    const dueSeen = tasks.some(hasDue);
    const checkOwner = flag(config.requireOwner, d.requireOwner) && ownerSeen;
    const checkDue = flag(config.requireDueDate, d.requireDueDate) && dueSeen;
    if (!checkOwner && !checkDue) {
      return noData('tasks_without_owner_or_due_date_fields_not_seen', 'not enough data: no task shows an owner or a due date (columns not read?)');
    }

    const findings: Finding[] = [];
    let noOwner = 0;
    let noDue = 0;
    for (const task of open) {
      const missingOwner = checkOwner && !hasOwner(task);
      const missingDue = checkDue && !hasDue(task);
      if (!missingOwner && !missingDue) continue;
      if (missingOwner) noOwner++;
      if (missingDue) noDue++;
      const name = displayName(task);
      // Nobody owning a task is worse than no date: an owner can still chase a dateless task.
      const severity: Severity = missingOwner ? 'medium' : 'low';
      const message =
        missingOwner && missingDue
          ? msg('tasks_without_owner_or_due_date_both', `Open task ${name} has no owner and no due date`, { name })
          : missingOwner
            ? msg('tasks_without_owner_or_due_date_no_owner', `Open task ${name} has no owner`, { name })
            : msg('tasks_without_owner_or_due_date_no_due_date', `Open task ${name} has no due date`, { name });
      const missing = [missingOwner ? 'owner' : '', missingDue ? 'dueDate' : ''].filter(Boolean);
      findings.push(finding(ID, severity, [task], message, { missing, status: task.fields.status }));
    }
    return {
      status: 'ok',
      findings,
      metrics: { eligible: open.length, affected: findings.length, withoutOwner: noOwner, withoutDueDate: noDue, ownerChecked: checkOwner ? 1 : 0, dueDateChecked: checkDue ? 1 : 0 },
    };
  },
};

export default check;
