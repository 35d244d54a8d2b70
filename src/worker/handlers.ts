// What the worker does for each message. State is read from and written to IndexedDB on every
// call: the worker may have been restarted between any two messages.
import { MessageError, type PageFlag, type PageFlagFinding } from '../messages';
import type { FieldEvidence } from '../model/audit';
import type { Finding, RecordRef } from '../model/finding';
import type { CrmRecord } from '../model/record';
import browser from '../platform/browser';
import { clearOrigin } from '../store/clear';
import { setDecision } from '../store/decisions';
import { countRecords, upsertRecords } from '../store/records';
import { findingsForRun, latestRun, saveRun } from '../store/runs';
import { enabledOrigins, getOriginSettings, setOriginEnabled } from '../store/settings';
import { auditOrigin, NothingToAudit } from './audit';
import { notifyTabs, updateBadge } from './badge';
import { getSchedule, REMINDER_ALARM, setSchedule } from './reminders';
import type { Handlers } from './router';
import { originPattern, readTab, registerForOrigin, unregisterForOrigin } from './scripts';

async function hasHostPermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

function newRunId(now: Date): string {
  return `run-${now.toISOString()}-${crypto.randomUUID().slice(0, 8)}`;
}

/** A finding as the overlay shows it on one record: duplicates carry the others and the evidence, oriented from this record. */
export function pageFinding(f: Finding, self: RecordRef): PageFlagFinding {
  const out: PageFlagFinding = { check: f.check, severity: f.severity, message: f.message };
  if (f.check !== 'duplicates') return out;
  const others = f.records.filter((o) => o.kind !== self.kind || o.id !== self.id);
  out.others = others;
  const fields = (f.evidence as { fields?: FieldEvidence[] } | undefined)?.fields;
  if (Array.isArray(fields)) {
    // Group evidence compares the first two members; flip it when this record is the second.
    const second = f.records[1];
    const flip = second !== undefined && second.kind === self.kind && second.id === self.id;
    out.evidence = fields.map((e) => (flip ? { ...e, a: e.b, b: e.a } : e));
  }
  return out;
}

export const handlers: Handlers = {
  async 'records.upsert'(req) {
    if (req.trigger === 'auto' && !(await getOriginSettings(req.origin)).enabled) throw new MessageError('forbidden', 'this CRM is not enabled');
    // The schema already checked shapes; the records are ours to store as they are.
    const stored = await upsertRecords(req.origin, req.records as CrmRecord[]);
    return { stored, total: await countRecords(req.origin) };
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
      throw e instanceof NothingToAudit ? new MessageError('bad-request', e.message) : e;
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
    return { enabled: true };
  },

  async 'origin.disable'(req) {
    await unregisterForOrigin(req.origin);
    await setOriginEnabled(req.origin, false);
    await notifyTabs(req.origin, 'overlay.remove');
    return { enabled: false };
  },

  async 'origin.status'(req) {
    const enabled = (await enabledOrigins()).includes(req.origin);
    return { enabled, granted: await hasHostPermission(req.origin) };
  },

  async 'data.clear'(req) {
    return clearOrigin(req.origin);
  },

  async 'decision.set'(req) {
    await setDecision(req.origin, req.check, req.records, req.decision);
    return { stored: 1 };
  },

  async 'overlay.query'(req) {
    const run = await latestRun(req.origin);
    if (!run) return { flags: [] };
    const wanted = new Set(req.records.map((r) => `${r.kind}:${r.id}`));
    const byRecord = new Map<string, PageFlag>();
    for (const f of await findingsForRun(run.id)) {
      for (const r of f.records) {
        const key = `${r.kind}:${r.id}`;
        if (!wanted.has(key)) continue;
        const flag = byRecord.get(key) ?? { kind: r.kind, id: r.id, findings: [] };
        flag.findings.push(pageFinding(f, r));
        byRecord.set(key, flag);
      }
    }
    return { flags: [...byRecord.values()] };
  },

  async 'reminder.set'(req) {
    return setSchedule(req.schedule);
  },

  async 'reminder.get'() {
    const alarm = await browser.alarms.get(REMINDER_ALARM);
    return { schedule: await getSchedule(), next: alarm ? new Date(alarm.scheduledTime).toISOString() : null };
  },
};
