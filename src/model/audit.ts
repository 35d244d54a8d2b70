import type { CheckCategory, Finding, LocalisableMessage } from './finding';
import type { RecordKind } from './record';

export const GRADES = ['excellent', 'very-good', 'good', 'poor', 'very-poor'] as const;
export type Grade = (typeof GRADES)[number];

export type ThresholdValue = number | string | boolean | string[];
export type Thresholds = Record<string, ThresholdValue>;

/** What the user can tune; stored with every run so two audits can be compared fairly. */
export interface AuditSettings {
  /** Per check id: overrides of that check's default thresholds. */
  thresholds: Record<string, Thresholds>;
  /** Check ids the user switched off. */
  disabledChecks: string[];
  /** ISO 3166 region for phone numbers written without a country code ("IR", "JP", "US"). */
  defaultRegion: string;
}

export const DEFAULT_SETTINGS: AuditSettings = { thresholds: {}, disabledChecks: [], defaultRegion: 'US' };

export interface CheckOutcome {
  id: string;
  category: CheckCategory;
  status: 'ok' | 'no-data';
  /** 0–100; null when status is no-data. */
  score: number | null;
  weight: number;
  eligible: number;
  affected: number;
  /** One sentence built from the inputs: "duplicates: 37 of 412 contacts in 15 clusters". */
  explanation: LocalisableMessage;
}

export interface CategoryScore {
  category: CheckCategory;
  score: number | null;
  /** Checks that counted, and checks left out for lack of data. */
  checks: string[];
  noData: string[];
}

export interface FieldEvidence {
  field: string;
  a?: string;
  b?: string;
  /** Similarity 0..1 as compared. */
  similarity: number;
  /** How much this field moved the match score (log-likelihood weight; negative = disagreement). */
  weight: number;
}

export interface DuplicateGroup {
  kind: RecordKind;
  /** Record ids as in the source (CRM id or the export's id column). */
  ids: string[];
  /** Match confidence 0..1 of the weakest pair holding the group together. */
  score: number;
  /** That pair's log-likelihood score in bits (the sum of its evidence weights). */
  bits?: number;
  level: 'duplicate' | 'possible';
  /** Why: the weakest pair's fields, each with both records' values and its weight in bits. */
  evidence: FieldEvidence[];
  /** Per record: kind and origin (a group may join a lead to a contact, or two CRMs' records). */
  members?: DuplicateMember[];
}

export interface DuplicateMember {
  kind: RecordKind;
  id: string;
  origin: string;
}

export interface AuditRun {
  id: string;
  origin: string;
  startedAt: string;
  finishedAt: string;
  /** The "now" the checks used (ISO): settable so a run can be reproduced. */
  now: string;
  settings: AuditSettings;
  counts: Partial<Record<RecordKind, number>>;
  score: number | null;
  grade: Grade | null;
  categories: CategoryScore[];
  checks: CheckOutcome[];
  findings: Finding[];
  duplicates: DuplicateGroup[];
  /** Values or records that could not be used, counted by reason ("unparseable date": 3). */
  skipped: Record<string, number>;
}
