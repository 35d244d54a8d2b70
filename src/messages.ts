// The one protocol between the extension's contexts (popup, options, content scripts → worker).
// Every request type has a runtime schema and the kinds of sender allowed to send it; the
// router rejects anything else with a typed error reply instead of throwing.
import * as v from 'valibot';
import type { FieldEvidence } from './model/audit';
import type { LocalisableMessage, RecordRef, Severity } from './model/finding';
import { RECORD_KINDS, type CrmRecord } from './model/record';
import type { AuditRunSummary } from './store/runs';

const MAX_TEXT = 10_000;
const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const ShortText = v.pipe(v.string(), v.maxLength(512));

/** An http(s) origin as `new URL(u).origin` writes it; records and settings are keyed by it. */
export const OriginSchema = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.check((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === s;
    } catch {
      return false;
    }
  }, 'not an http(s) origin'),
);

const FieldValue = v.union([Text, v.pipe(v.number(), v.finite()), v.boolean(), v.pipe(v.array(Text), v.maxLength(200))]);

export const RecordSchema = v.object({
  kind: v.picklist(RECORD_KINDS),
  source: v.object({
    origin: OriginSchema,
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
    idIsHash: v.optional(v.boolean()),
    objectType: v.optional(ShortText),
    url: v.optional(v.pipe(v.string(), v.maxLength(4096))),
    via: v.picklist(['dom-table', 'dom-grid', 'dom-list', 'dom-record', 'api', 'import']),
  }),
  fields: v.pipe(v.record(v.string(), FieldValue), v.check((o) => Object.keys(o).length <= 200)),
  raw: v.pipe(v.record(ShortText, Text), v.check((o) => Object.keys(o).length <= 500, 'too many raw fields')),
  seenAt: ShortText,
});

const Counts = v.pipe(v.record(ShortText, v.pipe(v.number(), v.integer(), v.minValue(0))), v.check((o) => Object.keys(o).length <= 100));
const RecordRefSchema = v.object({ kind: v.picklist(RECORD_KINDS), id: v.pipe(v.string(), v.minLength(1), v.maxLength(512)) });
const Decision = v.picklist(['duplicate', 'not-duplicate', 'ignore', 'review']);

export type SenderKind = 'page' | 'content';

/** request schema + who may send it; responses are typed in `Responses`. */
export const REQUESTS = {
  /** A content script hands over what it read. Only for its own tab's origin. */
  'records.upsert': {
    from: ['content'],
    schema: v.object({
      origin: OriginSchema,
      url: v.pipe(v.string(), v.maxLength(4096)),
      site: ShortText,
      /** 'user': read because the user asked (activeTab); 'auto': the origin is enabled. */
      trigger: v.picklist(['user', 'auto']),
      records: v.pipe(v.array(RecordSchema), v.maxLength(20_000)),
      skipped: Counts,
      notes: v.pipe(v.array(ShortText), v.maxLength(50)),
    }),
  },
  /** Popup: read the page in this tab now (activeTab grant or enabled origin). */
  'page.read': { from: ['page'], schema: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }) },
  /** `tabId`: the tab the popup is about, told to redraw its badges even without host permission (activeTab). */
  'audit.run': { from: ['page'], schema: v.object({ origin: OriginSchema, now: v.optional(ShortText), tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }) },
  /** Called after the popup obtained the host permission (only a page has the user gesture). */
  'origin.enable': { from: ['page'], schema: v.object({ origin: OriginSchema }) },
  'origin.disable': { from: ['page'], schema: v.object({ origin: OriginSchema }) },
  'origin.status': { from: ['page'], schema: v.object({ origin: OriginSchema }) },
  'data.clear': { from: ['page'], schema: v.object({ origin: OriginSchema }) },
  'decision.set': {
    from: ['page', 'content'],
    schema: v.object({
      origin: OriginSchema,
      check: ShortText,
      records: v.pipe(v.array(RecordRefSchema), v.minLength(1), v.maxLength(50)),
      decision: Decision,
    }),
  },
  /** Overlay: which of these records carry findings in the latest run. */
  'overlay.query': {
    from: ['content'],
    schema: v.object({
      origin: OriginSchema,
      records: v.pipe(v.array(RecordRefSchema), v.maxLength(20_000)),
      /** Records new on the page since the last query: checked against the live duplicate index too. */
      fresh: v.optional(v.pipe(v.array(RecordRefSchema), v.maxLength(20_000))),
    }),
  },
  /** Options: the audit reminder's schedule (the alarm lives in the worker, which gets the event). */
  'reminder.set': { from: ['page'], schema: v.object({ schedule: v.picklist(['year-end', 'quarterly', 'monthly', 'off']) }) },
  'reminder.get': { from: ['page'], schema: v.object({}) },
} as const;

export type MessageType = keyof typeof REQUESTS;
export type Request<T extends MessageType> = v.InferOutput<(typeof REQUESTS)[T]['schema']>;

export interface PageFlagFinding {
  check: string;
  severity: Severity;
  message: LocalisableMessage;
  /** Duplicates: field-by-field evidence, `a` being this record, `b` the first other one. */
  evidence?: FieldEvidence[];
  /** Duplicates: the other records of the group. */
  others?: RecordRef[];
  /** From the live duplicate index (flag while browsing), not from an audit run. */
  live?: boolean;
}

export interface PageFlag {
  kind: CrmRecord['kind'];
  id: string;
  findings: PageFlagFinding[];
}

/** Worker → content script notices (the other direction: no reply expected). */
export type Notice = { channel: 'crm-audit-lens'; type: 'overlay.refresh' | 'overlay.remove'; payload: { origin: string } };
/** Worker → content script: the user chose a context-menu item on this page; the record is the one under the pointer. */
export type MarkNotice = { channel: 'crm-audit-lens'; type: 'overlay.mark'; payload: { origin: string; action: 'duplicate' | 'review' } };

/** The decisions' `check` for a mark set from the context menu on one record. */
export const MARK_CHECK = 'user-mark';

/** A record the user flagged or marked for review (context menu), shown as a badge. */
export interface PageMark {
  kind: CrmRecord['kind'];
  id: string;
  decision: 'duplicate' | 'review';
}

export interface Responses {
  'records.upsert': { stored: number; total: number };
  'page.read': { records: number; site: string; notes: string[]; skipped: Record<string, number> };
  'audit.run': AuditRunSummary;
  'origin.enable': { enabled: boolean };
  'origin.disable': { enabled: boolean };
  'origin.status': { enabled: boolean; granted: boolean };
  'data.clear': { records: number; runs: number };
  'decision.set': { stored: number };
  /** `flags`: findings of the latest audit run; `live`: duplicates of the `fresh` records among everything stored; `marks`: the user's context-menu marks. */
  'overlay.query': { flags: PageFlag[]; live?: PageFlag[]; marks?: PageMark[] };
  'reminder.set': { schedule: string; next: string | null };
  'reminder.get': { schedule: string; next: string | null };
}

/**
 * Why a request failed. The UI words the reply from its code in the user's language; the
 * English message is detail for logs and the console. 'nothing-read': an audit with no stored
 * records; 'storage-full' / 'storage-blocked': IndexedDB quota, or an upgrade held by another tab.
 */
export type ErrorCode = 'unknown-type' | 'bad-request' | 'forbidden' | 'nothing-read' | 'storage' | 'storage-full' | 'storage-blocked' | 'unavailable' | 'internal';
export type Reply<T extends MessageType> = { ok: true; data: Responses[T] } | { ok: false; error: { code: ErrorCode; message: string } };

export interface Envelope {
  channel: 'crm-audit-lens';
  type: string;
  payload: unknown;
}

export function isEnvelope(m: unknown): m is Envelope {
  return typeof m === 'object' && m !== null && (m as Envelope).channel === 'crm-audit-lens' && typeof (m as Envelope).type === 'string';
}

/** Validates a payload; returns the typed request or a readable reason. */
export function parseRequest<T extends MessageType>(type: T, payload: unknown): { ok: true; value: Request<T> } | { ok: false; reason: string } {
  const result = v.safeParse(REQUESTS[type].schema, payload);
  if (result.success) return { ok: true, value: result.output as Request<T> };
  return { ok: false, reason: v.summarize(result.issues).slice(0, 1000) };
}

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(REQUESTS, type);
}

// The sending side lives apart so the popup and options load without valibot and the schemas.
export { MessageError, send } from './message-client';
