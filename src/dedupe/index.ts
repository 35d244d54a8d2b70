// The duplicate engine: normalise, block, compare, decide, cluster. Pure TypeScript, no
// extension API: the `duplicates` check, the overlay (through the service worker) and the CLI
// all call this. How it works and the measured figures: docs/dedupe.md.
export { findDuplicates } from './find';
export { DuplicateIndex, INDEX_SNAPSHOT_VERSION } from './duplicate-index';
export type { IndexSnapshot, QueryMetrics } from './duplicate-index';
export { DEFAULT_THRESHOLDS, PRIOR_BITS, confidence } from './types';
export type {
  DedupeGroup,
  DedupeMetrics,
  DedupeOptions,
  DedupeResult,
  DuplicatePair,
  GroupMember,
  PairDecision,
  Thresholds,
} from './types';
// Normalisers, for checks that want the same canonical forms (invalid e-mail/phone, consistency).
export { parseEmail, websiteDomain } from './contact-points';
export { parsePhone } from './phone';
export { parseCompanyName } from './legal-forms';
export { parsePersonName } from './names';
export { foldText } from './text';
