import type { RecordKind } from './record';

export const CHECK_CATEGORIES = ['usage', 'data-quality', 'process', 'integration', 'compliance'] as const;
export type CheckCategory = (typeof CHECK_CATEGORIES)[number];

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface RecordRef {
  kind: RecordKind;
  id: string;
  /** Display name at audit time; absent when the snapshot is redacted. */
  name?: string;
  url?: string;
}

/** A message that the UI can localise: `key` is a chrome.i18n message name, `params` its values. */
export interface LocalisableMessage {
  key: string;
  params: Record<string, string | number>;
  /** English rendering, for the CLI, exports and as the fallback. */
  text: string;
}

export interface Finding {
  /** Check id (the check's file name). */
  check: string;
  severity: Severity;
  records: RecordRef[];
  message: LocalisableMessage;
  /** Machine-readable facts behind the message (field values, thresholds, scores). */
  evidence?: Record<string, unknown>;
}

export interface CheckMetrics {
  /** Records (or users, teams…) the check looked at. */
  eligible: number;
  /** How many of those fail. */
  affected: number;
  [extra: string]: number;
}

export type CheckResult =
  | { status: 'ok'; findings: Finding[]; metrics: CheckMetrics }
  | { status: 'no-data'; reason: LocalisableMessage };
