// Thin entry: the router and handlers live in src/worker. Listeners are registered
// synchronously at start-up so that a message that wakes the worker is not lost.
import browser, { type Runtime } from '../src/platform/browser';
import { handlers } from '../src/worker/handlers';
import { ensureReminder, onReminderAlarm, onReminderClicked } from '../src/worker/reminders';
import { createRouter } from '../src/worker/router';

const route = createRouter(handlers, { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin });

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

// The audit reminder: alarms and notification clicks wake the worker, so these are top-level too.
browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(alarm));
browser.notifications.onClicked.addListener((id) => void onReminderClicked(id));
browser.runtime.onInstalled.addListener(() => void ensureReminder());
browser.runtime.onStartup.addListener(() => void ensureReminder());
