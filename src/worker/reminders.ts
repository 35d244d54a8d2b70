// The periodic audit reminder: an alarm (default: year-end, as the audit checklist advises;
// quarterly or monthly on request) that shows a notification opening the options page.
// Alarms survive the worker being stopped; the schedule lives in the settings store, and the
// next alarm is set after each one fires (one-shot alarms: months have uneven lengths).
import browser from '../platform/browser';
import { db } from '../store/db';

export const REMINDER_ALARM = 'crm-audit-reminder';
export const REMINDER_SCHEDULES = ['year-end', 'quarterly', 'monthly', 'off'] as const;
export type ReminderSchedule = (typeof REMINDER_SCHEDULES)[number];
export const DEFAULT_SCHEDULE: ReminderSchedule = 'year-end';

const HOUR = 10; // local time: during a working morning, not at midnight

/** The next reminder strictly after `from`, in local time. Year-end = 1 December, leaving the month to act on it. */
export function nextReminder(schedule: Exclude<ReminderSchedule, 'off'>, from: Date): Date {
  const y = from.getFullYear();
  const m = from.getMonth();
  const at = (year: number, month: number) => new Date(year, month, 1, HOUR, 0, 0, 0);
  let next: Date;
  if (schedule === 'monthly') next = at(y, m);
  else if (schedule === 'quarterly') next = at(y, Math.floor(m / 3) * 3);
  else next = at(y, 11);
  const step = schedule === 'monthly' ? 1 : schedule === 'quarterly' ? 3 : 12;
  while (next.getTime() <= from.getTime()) next = at(next.getFullYear(), next.getMonth() + step);
  return next;
}

export async function getSchedule(): Promise<ReminderSchedule> {
  return (await (await db()).get('settings', 'global'))?.reminder ?? DEFAULT_SCHEDULE;
}

/** Stores the schedule and (re)sets the alarm. Returns when it will next fire, if at all. */
export async function setSchedule(
  schedule: ReminderSchedule,
  now = new Date(),
): Promise<{ schedule: ReminderSchedule; next: string | null }> {
  const d = await db();
  const tx = d.transaction('settings', 'readwrite');
  const current = (await tx.store.get('global')) ?? { key: 'global' };
  await tx.store.put({ ...current, reminder: schedule });
  await tx.done;
  return { schedule, next: await armAlarm(schedule, now) };
}

async function armAlarm(schedule: ReminderSchedule, now: Date): Promise<string | null> {
  await browser.alarms.clear(REMINDER_ALARM);
  if (schedule === 'off') return null;
  const when = nextReminder(schedule, now);
  await browser.alarms.create(REMINDER_ALARM, { when: when.getTime() });
  return when.toISOString();
}

/** On install and browser start: make sure the alarm exists (a fresh install gets the default). */
export async function ensureReminder(now = new Date()): Promise<void> {
  const schedule = await getSchedule();
  if (schedule === 'off') return;
  if (await browser.alarms.get(REMINDER_ALARM)) return;
  await armAlarm(schedule, now);
}

export async function onReminderAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name !== REMINDER_ALARM) return;
  const t = (key: string) => browser.i18n.getMessage(key) || key;
  await browser.notifications.create(REMINDER_ALARM, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('reminderTitle'),
    message: t('reminderMessage'),
  });
  const schedule = await getSchedule();
  if (schedule !== 'off') await armAlarm(schedule, new Date(Date.now() + 60_000));
}

export async function onReminderClicked(notificationId: string): Promise<void> {
  if (notificationId !== REMINDER_ALARM) return;
  await browser.notifications.clear(notificationId);
  await browser.runtime.openOptionsPage();
}
