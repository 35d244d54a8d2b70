// One entry point for comparing two rows of the same table.
import { compareCompany } from './compare-company';
import { SIM } from './compare-fields';
import { compareDeal } from './compare-deal';
import { comparePerson } from './compare-person';
import type { FeatureTable } from './table';
import { Tally } from './tally';
import type { Thresholds } from './types';

export interface CompareContext {
  table: FeatureTable;
  thresholds: Thresholds;
  /** How many of the two compared rows the term frequencies count (2 in batch runs). */
  inData: number;
}

const shared = new Tally();

/**
 * Scores rows i and j; with `explain`, the tally also carries the evidence. Without it the
 * returned tally is shared and only valid until the next call (the hot loop allocates nothing).
 */
export function scorePair(ctx: CompareContext, i: number, j: number, explain = false): Tally {
  const T = ctx.table;
  const t = explain ? new Tally().reset(true, T, i, j) : shared.reset(false, T, i, j);
  SIM.wanted = explain;
  if (T.family === 'person') comparePerson(T, i, j, ctx.inData, ctx.thresholds, t);
  else if (T.family === 'company') compareCompany(T, i, j, ctx.inData, ctx.thresholds, t);
  else compareDeal(T, i, j, ctx.thresholds, t);
  return t;
}
