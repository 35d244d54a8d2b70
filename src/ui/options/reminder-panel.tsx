// Options → Audit reminder: the schedule is kept and the alarm set by the worker, which is
// where the alarm event arrives.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../message-client';
import { formatDate, t } from '../i18n';

const SCHEDULES = [
  ['year-end', 'reminderYearEnd'],
  ['quarterly', 'reminderQuarterly'],
  ['monthly', 'reminderMonthly'],
  ['off', 'reminderOff'],
] as const;
type Schedule = (typeof SCHEDULES)[number][0];

export function ReminderPanel({ onError }: { onError: (message: string | null) => void }) {
  const [state, setState] = useState<{ schedule: string; next: string | null } | null>(null);
  useEffect(() => {
    send('reminder.get', {}).then(setState, (e: unknown) => onError(String(e instanceof Error ? e.message : e)));
  }, []);
  const choose = (schedule: Schedule) =>
    send('reminder.set', { schedule }).then(setState, (e: unknown) => onError(String(e instanceof Error ? e.message : e)));
  return (
    <section class="reminder" data-testid="reminder">
      <h2>{t('reminderSection')}</h2>
      {SCHEDULES.map(([value, key]) => (
        <label key={value} class="choice">
          <input
            type="radio"
            name="reminder"
            value={value}
            checked={state?.schedule === value}
            disabled={!state}
            onChange={() => void choose(value)}
          />{' '}
          {t(key)}
        </label>
      ))}
      {state?.next && <p class="muted">{t('reminderNext', formatDate(state.next))}</p>}
    </section>
  );
}
