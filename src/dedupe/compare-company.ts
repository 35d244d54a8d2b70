// Companies: name without legal form + domain + phone + address. A shared name in another
// country with another website is a namesake (or a subsidiary), not the same account.
import { SIM, compareAddress, comparePhones, type AddressWeights } from './compare-fields';
import { jaroWinkler, tokenSetSimilarity } from './similarity';
import { COL } from './table';
import type { FeatureTable } from './table';
import { clamp, weight } from './tally';
import type { Tally } from './tally';
import { termU } from './tf';
import type { Thresholds } from './types';

const COMPANY_ADDRESS: AddressWeights = { postcode: [4, 1, -1], city: [3, 1.5, -2], countryClash: -4 };

function compareCompanyNames(T: FeatureTable, i: number, j: number, inData: number): number {
  if (T.at(i, COL.compact) === T.at(j, COL.compact))
    return ((SIM.v = 1), clamp(weight(0.9, termU(T, 'compact', T.at(i, COL.compact), inData)), 3, 12));
  const a = T.s('compact', i);
  const b = T.s('compact', j);
  const ai = T.s('initials', i);
  const bi = T.s('initials', j);
  if ((ai.length >= 2 && ai === b) || (bi.length >= 2 && bi === a)) return ((SIM.v = 0.8), 5); // "IBM" vs "International Business Machines"
  const jw = jaroWinkler(a, b);
  const ts = tokenSetSimilarity(T.dict.name.tokens(T.at(i, COL.name)), T.dict.name.tokens(T.at(j, COL.name)));
  SIM.v = Math.max(jw, ts.score);
  if (ts.score >= 0.95 && ts.coverage >= 0.6) return 7;
  if (jw >= 0.93) return 6;
  if (ts.score >= 0.9) return 4;
  if (jw >= 0.85) return 1;
  return -6;
}

export function compareCompany(T: FeatureTable, i: number, j: number, inData: number, th: Thresholds, t: Tally): void {
  if (T.at(i, COL.compact) && T.at(j, COL.compact)) {
    const w = compareCompanyNames(T, i, j, inData);
    t.add('name', w, SIM.v, 'first', 'name');
    if (w < 0) t.clash = true;
    if (T.at(i, COL.form) && T.at(j, COL.form) && T.at(i, COL.form) !== T.at(j, COL.form)) t.add('legal form', -2, 0, 'other', 'form');
  }
  if (T.at(i, COL.domain) && T.at(j, COL.domain)) {
    if (T.at(i, COL.domain) === T.at(j, COL.domain))
      t.add('website', clamp(weight(0.95, termU(T, 'domain', T.at(i, COL.domain), inData)), 3, 12), 1, 'other', 'domain');
    else t.add('website', -4, jaroWinkler(T.s('domain', i), T.s('domain', j)), 'other', 'domain');
  }
  if (T.at(i, COL.phone0) && T.at(j, COL.phone0)) {
    const w = comparePhones(T, i, j, inData);
    t.add('phones', w > 0 ? Math.min(w, 8) : -1, SIM.v, 'household', 'phone0');
  }
  compareAddress(T, i, j, inData, t, COMPANY_ADDRESS);
  if (t.other === 0 && t.household === 0) {
    // Only the name (and a city) agree: worth a look, not a merge.
    const target = Math.min(t.score - t.geo, th.duplicate - 1);
    if (target < t.score) t.adjust('only the name agrees', target - t.score, ['name', 'domain', 'phone0']);
  }
}
