import type { Thresholds } from '../model/audit';
import type { CheckCategory, CheckResult } from '../model/finding';
import type { RecordKind } from '../model/record';
import type { Snapshot } from '../model/snapshot';

export interface CheckContext {
  /** The audit's "now": checks never read the clock themselves, so runs are reproducible. */
  now: Date;
  /** ISO 3166 region for phone numbers without a country code. */
  defaultRegion: string;
}

/**
 * One audit check. The id is the file name (`src/checks/<id>.ts`) and appears in exports:
 * never rename one. `run` is pure: same snapshot, config and context, same result.
 */
export interface CheckDefinition<T extends Thresholds = Thresholds> {
  id: string;
  category: CheckCategory;
  /** Record kinds the check reads; with none of them in the snapshot it reports no-data. */
  kinds: RecordKind[];
  /** Relative weight inside its category. */
  weight: number;
  defaults: T;
  /** English title; the UI uses the i18n message `check_<id with - as _>_title`. */
  title: string;
  run(snapshot: Snapshot, config: T, ctx: CheckContext): CheckResult;
}
