// Public types of the duplicate engine (re-exported by index.ts).
import type { DuplicateGroup, DuplicateMember, FieldEvidence } from '../model/audit';
import type { RecordKind } from '../model/record';

export interface Thresholds {
  /** Score (bits of evidence) at or above which a pair is a duplicate. */
  duplicate: number;
  /** Score at or above which a pair is a possible duplicate, shown for review. */
  possible: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { duplicate: 16, possible: 10 };

/**
 * Prior log-odds, in bits, that a candidate pair is the same record before any field is
 * compared. Fellegi-Sunter: posterior log-odds = prior + the sum of the field weights. At -10
 * bits a pair at the "possible" threshold is a coin flip (0.5) and one at the "duplicate"
 * threshold is 0.985; see docs/dedupe.md.
 */
export const PRIOR_BITS = -10;

/** Match confidence 0..1 of a score in bits, rounded to 3 decimals. */
export function confidence(bits: number): number {
  return Math.round(1000 / (1 + Math.pow(2, -(bits + PRIOR_BITS)))) / 1000;
}

export interface DedupeOptions {
  /** ISO 3166 region for phone numbers written without a country code ("IR", "JP", "US"). */
  defaultRegion?: string;
  /** User decisions: "not a duplicate" pairs never come back; confirmed ones always do. */
  decisions?: PairDecision[];
  thresholds?: Thresholds;
  /** Blocks larger than this are compared only within a sliding window (counted in metrics). Default 50. */
  maxBlockSize?: number;
  /** The same limit for blocks of name-only keys (the weakest and, with common names, the largest). */
  maxNameBlockSize?: number;
  /** Window used inside oversized blocks. Default 10. */
  blockWindow?: number;
  /** The same for oversized blocks of name-only keys. */
  nameBlockWindow?: number;
  /** Called as each phase of a batch run ends (benchmarks sample memory there). */
  onPhase?: (phase: string) => void;
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
  /** Match confidence 0..1 (see `confidence`): what the UI and the snapshot show. */
  score: number;
  /** The log-likelihood score in bits, the sum of the evidence weights (thresholds apply to it). */
  bits: number;
  level: 'duplicate' | 'possible';
  evidence: FieldEvidence[];
  /** Set when the level comes from a user decision rather than the score. */
  decided?: 'duplicate';
}

export type GroupMember = DuplicateMember;

/** A DuplicateGroup as the engine makes it: bits and members always set. */
export interface DedupeGroup extends DuplicateGroup {
  bits: number;
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
  /** Every scored pair at or above "possible", with its evidence: built on first read (a batch audit reads only groups). */
  pairs: DuplicatePair[];
  metrics: DedupeMetrics;
}
