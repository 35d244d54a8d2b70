// Deals: the same account, a similar name, the same amount and a close date near the other's.
// Two deals of different accounts are never the same deal, whatever their names.
import { jaroWinkler, relativeDifference, tokenSetSimilarity } from './similarity';
import { COL } from './table';
import type { FeatureTable } from './table';
import type { Tally } from './tally';
import type { Thresholds } from './types';

const DAY = 86_400_000;

function numbersOf(words: readonly string[]): string {
  return words.filter((w) => /^\d+$/.test(w)).join(' ');
}

export function compareDeal(T: FeatureTable, i: number, j: number, th: Thresholds, t: Tally): void {
  if (T.at(i, COL.companyId) && T.at(j, COL.companyId)) {
    if (T.at(i, COL.companyId) !== T.at(j, COL.companyId)) {
      t.clash = true;
      return t.add('companyId', -40, 0, 'other', 'companyId');
    }
    t.add('companyId', 6, 1, 'other', 'companyId');
  } else if (T.at(i, COL.company) && T.at(j, COL.company)) {
    const jw = T.at(i, COL.company) === T.at(j, COL.company) ? 1 : jaroWinkler(T.s('company', i), T.s('company', j));
    if (jw < 0.9) {
      t.clash = true;
      return t.add('company', -40, jw, 'other', 'company');
    }
    t.add('company', jw === 1 ? 6 : 4, jw, 'other', 'company');
  }
  if (T.at(i, COL.nameKey) && T.at(j, COL.nameKey)) {
    let w: number;
    let sim: number;
    if (T.at(i, COL.nameKey) === T.at(j, COL.nameKey)) [w, sim] = [7, 1];
    else {
      const wa = T.s('nameKey', i).split(' ');
      const wb = T.s('nameKey', j).split(' ');
      const ts = tokenSetSimilarity(wa, wb);
      sim = ts.score;
      w = ts.score >= 0.9 && ts.coverage >= 0.5 ? 5 : ts.score >= 0.8 ? 0 : -5;
      // "Renewal 2024" vs "Renewal 2025", "Phase 1" vs "Phase 2": a different number is a different deal
      const na = numbersOf(wa);
      const nb = numbersOf(wb);
      if (na && nb && na !== nb) {
        w = -8;
        t.clash = true;
      }
    }
    t.add('name', w, sim, 'first', 'nameKey');
  }
  const a = T.amount[i]!;
  const b = T.amount[j]!;
  if (a === a && b === b && (!T.at(i, COL.currency) || !T.at(j, COL.currency) || T.at(i, COL.currency) === T.at(j, COL.currency))) {
    const d = relativeDifference(a, b);
    t.add('amount', d === 0 ? 4 : d <= 0.05 ? 2 : d <= 0.2 ? 0 : -4, 1 - d, 'household');
  }
  if (T.at(i, COL.closeDate) && T.at(j, COL.closeDate)) {
    const days = Math.abs(Date.parse(T.s('closeDate', i)) - Date.parse(T.s('closeDate', j))) / DAY;
    const w = days === 0 ? 3 : days <= 7 ? 2 : days <= 31 ? 1 : days <= 92 ? 0 : -2;
    t.add('closeDate', w, Math.max(0, 1 - days / 92), 'household', 'closeDate');
  }
  if (T.at(i, COL.owner) && T.at(i, COL.owner) === T.at(j, COL.owner)) t.add('owner', 1, 1, 'geo', 'owner');
  if (t.household === 0) {
    // Same account and name but nothing about amount or date: worth a look, not a merge.
    const target = Math.min(t.score, th.duplicate - 1);
    if (target < t.score) t.adjust('no amount or close date agrees', target - t.score, ['amount', 'closeDate']);
  }
}
