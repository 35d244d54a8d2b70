// Public types of the duplicate engine (re-exported by index.ts).
import type { DuplicateGroup, FieldEvidence } from '../model/audit';
import type { RecordKind } from '../model/record';

export interface Thresholds {
  /** Score (bits of evidence) at or above which a pair is a duplicate. */
  duplicate: number;
  /** Score at or above which a pair is a possible duplicate, shown for review. */
  possible: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { duplicate: 16, possible: 10 };

export interface DedupeOptions {
  /** ISO 3166 region for phone numbers written without a country code ("IR", "JP", "US"). */
  defaultRegion?: string;
  /** User decisions: "not a duplicate" pairs never come back; confirmed ones always do. */
  decisions?: PairDecision[];
  thresholds?: Thresholds;
  /** Blocks larger than this are compared only within a sliding window (counted in metrics). Default 50. */
  maxBlockSize?: number;
  /** Window used inside oversized blocks. Default 10. */
  blockWindow?: number;
}

/** a/b are record ids (source.id). For contacts and leads, `kind` may be either of the two. */
export interface PairDecision {
  kind: RecordKind;
  a: string;
  b: string;
  decision: 'duplicate' | 'not-duplicate';
}

export interface DuplicatePair {
  /** The pair's record family: 'contact' for contact/lead pairs that involve a contact. */
  kind: RecordKind;
  a: string;
  b: string;
  /** Kinds of a and b: differ for a lead matched to a contact. */
  aKind: RecordKind;
  bKind: RecordKind;
  /** Origins of a and b (recordKey parts), so ids from two CRMs never collide. */
  aOrigin: string;
  bOrigin: string;
  score: number;
  level: 'duplicate' | 'possible';
  evidence: FieldEvidence[];
  /** Set when the level comes from a user decision rather than the score. */
  decided?: 'duplicate';
}

export interface GroupMember {
  kind: RecordKind;
  id: string;
  origin: string;
}

/** A DuplicateGroup plus the members' kinds and origins (a group may mix leads and contacts). */
export interface DedupeGroup extends DuplicateGroup {
  members: GroupMember[];
}

export interface DedupeMetrics {
  records: number;
  candidatePairs: number;
  comparisons: number;
  cappedBlocks: number;
  /** Pairs inside oversized blocks that the sliding window did not compare there. */
  cappedPairs: number;
  /** Blocks with two or more records. */
  blocks: number;
  blockingKeys: number;
  largestBlock: number;
  [k: string]: number;
}

export interface DedupeResult {
  groups: DedupeGroup[];
  pairs: DuplicatePair[];
  metrics: DedupeMetrics;
}
