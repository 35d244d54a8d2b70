// Term-frequency adjustment: an exact agreement on a value is worth log2(m / u_v), where u_v
// is the chance that two different records share that very value. "Mohammadi" or "佐藤" is
// shared by many, so agreeing on it proves little; a rare name proves a lot.
//
// u_v is estimated from the data (how many *other* records carry the value: the counter next
// to the value's dictionary entry), smoothed with K pseudo-records at the field's default u
// so that a 10-record CRM does not conclude that a name seen twice is common, and floored by
// the built-in name priors (common-names.ts).
import { GIVEN_NAME_PRIOR, SURNAME_PRIOR } from './common-names';
import type { DictName, FeatureTable } from './table';

/** Default u: chance that two different records agree on this field by coincidence. */
export const DEFAULT_U: Partial<Record<DictName, number>> = {
  first: 0.01,
  last: 0.002,
  whole: 1e-4,
  email: 1e-6,
  phone: 1e-6,
  street: 1e-4,
  city: 0.02,
  postcode: 0.005,
  state: 0.15,
  dob: 4e-5,
  company: 0.002,
  compact: 1e-4,
  domain: 1e-5,
};

const K = 1000;

/**
 * u for an exact agreement on value `id` of `field`. `inData` is how many of the two compared
 * records are counted in the table (2 in a batch run, 1 when querying with an unindexed
 * record): they are not evidence that the value is common.
 */
export function termU(T: FeatureTable, field: DictName, id: number, inData: number): number {
  if (!T.memoBits) return computeU(T, field, id, inData);
  // a batch run asks for the same common values millions of times (and the priors are a string map)
  const d = T.dict[field];
  const stamp = T.stamp(inData);
  if (d.uStamp !== stamp || d.uValues.length < d.size) {
    d.uValues = new Float64Array(d.counts.length).fill(NaN);
    d.uStamp = stamp;
  }
  const hit = d.uValues[id]!;
  return hit === hit ? hit : (d.uValues[id] = computeU(T, field, id, inData));
}

function computeU(T: FeatureTable, field: DictName, id: number, inData: number): number {
  const d = T.dict[field];
  const others = Math.max(0, d.count(id) - inData);
  const u0 = DEFAULT_U[field] ?? 0.01;
  const observed = (others + K * u0) / (Math.max(0, T.live - inData) + K);
  if (field !== 'last' && field !== 'first' && field !== 'whole') return observed;
  const prior = (field === 'first' ? GIVEN_NAME_PRIOR : SURNAME_PRIOR).get(d.str(id));
  return prior !== undefined && prior > observed ? prior : observed;
}
