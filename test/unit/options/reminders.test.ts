import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDbCache } from '../../../src/store/db';
import { fakeBrowser } from '../fake-browser';

// The shared fake has no alarms or notifications: add them for these tests only.
const alarms = new Map<string, { name: string; scheduledTime: number }>();
Object.assign(fakeBrowser, {
  alarms: {
    create: vi.fn(async (name: string, info: { when: number }) => void alarms.set(name, { name, scheduledTime: info.when })),
    clear: vi.fn(async (name: string) => alarms.delete(name)),
    get: vi.fn(async (name: string) => alarms.get(name)),
  },
  notifications: { create: vi.fn(async () => 'id'), clear: vi.fn(async () => true) },
});
Object.assign(fakeBrowser.runtime, { openOptionsPage: vi.fn(async () => undefined) });

const { ensureReminder, nextReminder, onReminderAlarm, onReminderClicked, REMINDER_ALARM, setSchedule } =
  await import('../../../src/worker/reminders');

beforeEach(async () => {
  alarms.clear();
  resetDbCache();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase('crm-audit-lens');
    req.onsuccess = req.onerror = () => resolve();
  });
});

const local = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h);

describe('next reminder', () => {
  it.each([
    ['year-end', local(2026, 3, 15), local(2026, 12, 1)],
    ['year-end', local(2026, 12, 1, 10), local(2027, 12, 1)],
    ['year-end', local(2026, 12, 20), local(2027, 12, 1)],
    ['quarterly', local(2026, 3, 15), local(2026, 4, 1)],
    ['quarterly', local(2026, 10, 1, 9), local(2026, 10, 1)],
    ['quarterly', local(2026, 11, 30), local(2027, 1, 1)],
    ['monthly', local(2026, 1, 31), local(2026, 2, 1)],
    ['monthly', local(2026, 12, 5), local(2027, 1, 1)],
  ] as const)('%s from %s', (schedule, from, expected) => {
    expect(nextReminder(schedule, from).getTime()).toBe(expected.getTime());
  });
});

describe('reminder alarm', () => {
  it('a fresh install gets the year-end reminder; off clears it; the choice is stored', async () => {
    await ensureReminder(local(2026, 3, 1));
    expect(alarms.get(REMINDER_ALARM)?.scheduledTime).toBe(local(2026, 12, 1).getTime());
    expect(await setSchedule('monthly', local(2026, 3, 1))).toEqual({ schedule: 'monthly', next: local(2026, 4, 1).toISOString() });
    expect(await setSchedule('off')).toEqual({ schedule: 'off', next: null });
    expect(alarms.has(REMINDER_ALARM)).toBe(false);
    await ensureReminder();
    expect(alarms.has(REMINDER_ALARM)).toBe(false);
  });

  it('shows a notification that opens the options page, and sets the next alarm', async () => {
    await setSchedule('quarterly', local(2026, 3, 1));
    await onReminderAlarm({ name: 'something-else' });
    const n = (fakeBrowser as unknown as { notifications: { create: ReturnType<typeof vi.fn> } }).notifications;
    expect(n.create).not.toHaveBeenCalled();
    await onReminderAlarm({ name: REMINDER_ALARM });
    expect(n.create).toHaveBeenCalledWith(REMINDER_ALARM, expect.objectContaining({ type: 'basic' }));
    expect(alarms.get(REMINDER_ALARM)!.scheduledTime).toBeGreaterThan(Date.now());
    await onReminderClicked(REMINDER_ALARM);
    expect((fakeBrowser.runtime as unknown as { openOptionsPage: ReturnType<typeof vi.fn> }).openOptionsPage).toHaveBeenCalled();
  });
});
