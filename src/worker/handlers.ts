// What the worker does for each message. State is read from and written to IndexedDB on every
// call: the worker may have been restarted between any two messages; what it keeps in memory
// (the live duplicate index, the latest run's flags) is a cache rebuilt from the store.
import { MessageError } from '../messages';
import type { CrmRecord } from '../model/record';
import browser from '../platform/browser';
import { decisionsForOrigin } from '../store/decisions';
import { recordSkipped } from '../store/read-skips';
import { saveRun } from '../store/runs';
import { enabledOrigins, getOriginSettings, setOriginEnabled } from '../store/settings';
import { auditOrigin, NothingToAudit } from './audit';
import { marksFor, refreshMenus } from './context-menu';
import { notifyTabs, updateBadge } from './badge';
import { clearRecords, flagsForRefs, storeDecision, storeRecords } from './live-index';
import { forgetRunFlags, runFlags } from './run-flags';
import { getSchedule, REMINDER_ALARM, setSchedule } from './reminders';
import type { Handlers } from './router';
import { originPattern, readTab, registerForOrigin, unregisterForOrigin } from './scripts';

async function hasHostPermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

function newRunId(now: Date): string {
  return `run-${now.toISOString()}-${crypto.randomUUID().slice(0, 8)}`;
}

export const handlers: Handlers = {
  async 'records.upsert'(req) {
    if (req.trigger === 'auto' && !(await getOriginSettings(req.origin)).enabled) throw new MessageError('forbidden', 'this CRM is not enabled');
    // The schema already checked shapes; the records are ours to store as they are.
    const out = await storeRecords(req.origin, req.records as CrmRecord[]);
    // only the first batch of a read carries its counts (the others send {}): don't erase them
    if (Object.keys(req.skipped).length) await recordSkipped(req.origin, req.url, req.skipped);
    return out;
  },

  async 'page.read'(req) {
    try {
      return await readTab(req.tabId);
    } catch (e) {
      // No activeTab grant and no host permission, or a page scripts may not touch (chrome://, the Web Store).
      throw new MessageError('forbidden', `this page cannot be read: ${e instanceof Error ? e.message : String(e)}`);
    }
  },

  async 'audit.run'(req) {
    const now = req.now ? new Date(req.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new MessageError('bad-request', 'invalid "now"');
    const startedAt = new Date();
    const run = await auditOrigin(req.origin, now, newRunId(startedAt)).catch((e: unknown) => {
      throw e instanceof NothingToAudit ? new MessageError('nothing-read', e.message) : e;
    });
    const summary = await saveRun({ ...run, startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString() });
    await updateBadge(req.origin, summary.score, summary.grade, req.tabId);
    await notifyTabs(req.origin, 'overlay.refresh', req.tabId);
    return summary;
  },

  async 'origin.enable'(req) {
    if (!(await hasHostPermission(req.origin))) throw new MessageError('forbidden', 'permission for this site was not granted');
    await registerForOrigin(req.origin);
    await setOriginEnabled(req.origin, true);
    await refreshMenus().catch(() => undefined);
    return { enabled: true };
  },

  async 'origin.disable'(req) {
    await unregisterForOrigin(req.origin);
    await setOriginEnabled(req.origin, false);
    await refreshMenus().catch(() => undefined);
    await notifyTabs(req.origin, 'overlay.remove');
    return { enabled: false };
  },

  async 'origin.status'(req) {
    const enabled = (await enabledOrigins()).includes(req.origin);
    return { enabled, granted: await hasHostPermission(req.origin) };
  },

  async 'data.clear'(req) {
    forgetRunFlags(req.origin);
    return clearRecords(req.origin);
  },

  async 'decision.set'(req) {
    await storeDecision(req.origin, req.check, req.records, req.decision);
    return { stored: 1 };
  },

  async 'overlay.query'(req) {
    const [flags, live, decisions] = await Promise.all([
      runFlags(req.origin, req.records),
      req.fresh?.length ? flagsForRefs(req.origin, req.fresh) : undefined,
      decisionsForOrigin(req.origin),
    ]);
    const marks = marksFor(decisions, req.records);
    return { flags, ...(live ? { live } : {}), ...(marks.length ? { marks } : {}) };
  },

  async 'reminder.set'(req) {
    return setSchedule(req.schedule);
  },

  async 'reminder.get'() {
    const alarm = await browser.alarms.get(REMINDER_ALARM);
    return { schedule: await getSchedule(), next: alarm ? new Date(alarm.scheduledTime).toISOString() : null };
  },
};
