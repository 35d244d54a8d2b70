// Thin entry: the router and handlers live in src/worker. Listeners are registered
// synchronously at start-up so that a message that wakes the worker is not lost.
import browser, { type Runtime } from '../src/platform/browser';
import { onMenuClicked, refreshMenus } from '../src/worker/context-menu';
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

// "Flag as duplicate" / "Mark this record for review": menus persist, so they are (re)built at
// install and start-up (and on enable/disable); the click listener must exist at every wake-up.
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab).catch(() => undefined));
browser.runtime.onInstalled.addListener(() => void refreshMenus().catch(() => undefined));
browser.runtime.onStartup.addListener(() => void refreshMenus().catch(() => undefined));

// e2e builds only: menu clicks can't be made by automation, so the test calls the same handler.
if (import.meta.env.MODE === 'e2e') (globalThis as { __lensTest?: object }).__lensTest = { onMenuClicked, refreshMenus };
