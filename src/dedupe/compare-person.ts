// Contacts and leads: the same person, not just the same household or the same name.
import {
  SIM,
  compareBirthDate,
  compareEmails,
  compareFamily,
  compareGiven,
  compareAddress,
  comparePhones,
  type AddressWeights,
} from './compare-fields';
import { jaroWinkler } from './similarity';
import { COL } from './table';
import type { ColumnName, FeatureTable } from './table';
import { clamp, weight } from './tally';
import type { Tally } from './tally';
import { termU } from './tf';
import { MEMO } from './memo';
import type { Thresholds } from './types';

/**
 * Family members share a surname, a landline and an address: those agreements are not
 * independent, so together they may prove "same household" but never "same person".
 * Kept below the duplicate threshold: a person-level field (given name, e-mail, birth date)
 * must agree too.
 */
export const HOUSEHOLD_CAP = 14;

const PERSON_ADDRESS: AddressWeights = { postcode: [6, 1.5, -1.5], city: [2.5, 1.5, -1.5], state: [1.5, 0, -1.5], countryClash: -3 };
/** A given-name weight at or below this means "clearly another first name" (compare-fields). */
const GIVEN_DIFFERS = -4.5;
/**
 * Two people who share nothing but a name are usually two people: name-only evidence loses
 * this much, so a common full name ("James Smith", "Ali Mohammadi": ~10-12 bits) stays below
 * "possible" while a rare one (~18+ bits) is still worth a look.
 */
export const NAME_ONLY_PENALTY = 4;
/** An exact, personal e-mail alone is enough for a duplicate (HubSpot's own rule). */
export const EMAIL_CAP = 16;

// What each rule looked at: its evidence line shows both records' values of these columns.
const NAME_COLS: ColumnName[] = ['first', 'last'];
const HOUSEHOLD_COLS: ColumnName[] = ['last', 'phone0', 'street', 'postcode', 'company'];
const OFFICE_COLS: ColumnName[] = ['phone0', 'street', 'company'];
const NAME_AND_CHANNEL_COLS: ColumnName[] = ['first', 'last', 'email0', 'phone0', 'company'];

function compareWholeNames(T: FeatureTable, i: number, j: number, inData: number, t: Tally): void {
  // One name could not be split (a single Japanese token, a one-word name): compare whole.
  const a = T.at(i, COL.whole) ? T.s('whole', i) : T.s('first', i) + T.s('last', i);
  const b = T.at(j, COL.whole) ? T.s('whole', j) : T.s('first', j) + T.s('last', j);
  if (!a || !b) return;
  const swapped = T.at(i, COL.whole) || T.at(j, COL.whole) ? '' : T.s('last', i) + T.s('first', i);
  if (a === b || (swapped && swapped === b) || T.s('last', j) + T.s('first', j) === a) {
    // u of a whole name ≈ u(given) × u(family); the family-name table is the best proxy we have
    const u = T.at(i, COL.whole) ? termU(T, 'whole', T.at(i, COL.whole), inData) : termU(T, 'last', T.at(i, COL.last), inData) * 0.05;
    t.add('name', clamp(weight(0.9, u), 4, 12), 1, 'first');
    return;
  }
  const jw = jaroWinkler(a, b);
  t.add('name', jw >= 0.92 ? 5 : jw >= 0.85 ? 2 : -4, jw, 'first');
}

/** Adds the name evidence; returns the given-name weight (NaN when not compared). */
function compareNames(T: FeatureTable, i: number, j: number, inData: number, t: Tally): number {
  if (T.at(i, COL.suffix) && T.at(j, COL.suffix) && T.at(i, COL.suffix) !== T.at(j, COL.suffix))
    t.add('name suffix', -8, 0, 'other', 'suffix');
  if (T.at(i, COL.whole) || T.at(j, COL.whole)) {
    compareWholeNames(T, i, j, inData, t);
    return NaN;
  }
  const firsts = T.dict.first.values;
  const lasts = T.dict.last.values;
  const af = firsts[T.at(i, COL.first)]!;
  const al = lasts[T.at(i, COL.last)]!;
  const bf = firsts[T.at(j, COL.first)]!;
  const bl = lasts[T.at(j, COL.last)]!;
  const afPh = T.at(i, COL.firstPh);
  const alPh = T.at(i, COL.lastPh);
  const bfPh = T.at(j, COL.firstPh);
  const blPh = T.at(j, COL.lastPh);
  const f = compareGiven(T, af, bf, T.at(i, COL.first), afPh, bfPh, inData, T.memo(MEMO.given), T.at(j, COL.first));
  const fs = SIM.v;
  const l = compareFamily(T, al, bl, T.at(i, COL.last), alPh, blPh, inData, T.memo(MEMO.family), T.at(j, COL.last));
  const ls = SIM.v;
  const straight = (f || 0) + (l || 0);
  // First and family name swapped (family-first exports, Japanese order, form typos); only
  // tried when a part could line up the other way round: its first sound must agree.
  if (af && al && bf && bl && !(f >= 4 && l >= 4)) {
    const ph = T.dict.ph.values;
    if (ph[afPh]!.charCodeAt(0) === ph[blPh]!.charCodeAt(0) || ph[alPh]!.charCodeAt(0) === ph[bfPh]!.charCodeAt(0)) {
      const sf = compareGiven(T, af, bl, T.at(i, COL.first), afPh, blPh, inData, T.memo(MEMO.givenFamily), T.at(j, COL.last));
      const sfs = SIM.v;
      const sl = compareFamily(T, al, bf, T.at(i, COL.last), alPh, bfPh, inData, T.memo(MEMO.familyGiven), T.at(j, COL.first));
      const sls = SIM.v;
      if ((sf || 0) + (sl || 0) - 0.5 > straight) {
        if (sf === sf) t.add('firstName', sf, sfs, 'first', 'first', 'last');
        if (sl === sl) t.add('lastName', sl, sls, 'last', 'last', 'first');
        t.adjust('name order swapped', -0.5, NAME_COLS);
        return sf;
      }
    }
  }
  // NaN (not comparable: missing or another script) adds nothing
  if (f === f) t.add('firstName', f, fs, 'first', 'first');
  if (l === l) t.add('lastName', l, ls, 'last', 'last');
  return f;
}

export function comparePerson(T: FeatureTable, i: number, j: number, inData: number, th: Thresholds, t: Tally): void {
  const given = compareNames(T, i, j, inData, t);
  if (T.at(i, COL.suffix) && T.at(j, COL.suffix) && T.at(i, COL.suffix) !== T.at(j, COL.suffix)) t.clash = true;

  if (T.at(i, COL.email0) && T.at(j, COL.email0)) {
    const w = compareEmails(T, i, j, inData, EMAIL_CAP);
    t.add('emails', w, SIM.v, 'other', 'email0');
    if (w < 0) t.conflicts++;
  }
  if (T.at(i, COL.phone0) && T.at(j, COL.phone0)) {
    const w = comparePhones(T, i, j, inData);
    t.add('phones', w, SIM.v, 'household', 'phone0');
    if (w < 0) t.conflicts++;
  }
  if (T.at(i, COL.dob) && T.at(j, COL.dob)) {
    const w = compareBirthDate(T, T.at(i, COL.dob), T.at(j, COL.dob), inData);
    t.add('birthDate', w, SIM.v, 'other', 'dob');
    // a typo touches the year or the day, not both: both different is another person
    if (w < 0) {
      const a = T.s('dob', i);
      const b = T.s('dob', j);
      if (a.slice(0, 4) !== b.slice(0, 4) && a.slice(5) !== b.slice(5)) t.clash = true;
    }
  }
  const ca = T.at(i, COL.company);
  const cb = T.at(j, COL.company);
  if (ca && cb) {
    if (ca === cb) {
      // colleagues share an employer as families share a phone: household-level evidence
      t.add('company', clamp(weight(0.8, termU(T, 'company', ca, inData)), 0.5, 5), 1, 'household', 'company');
    } else {
      const m = T.memo(MEMO.company);
      let jw: number;
      if (m?.has(T.stamp(inData), ca, cb)) jw = m.sim;
      else {
        const names = T.dict.company.values;
        jw = jaroWinkler(names[ca]!, names[cb]!);
        m?.set(ca, cb, 0, jw);
      }
      if (jw >= 0.9) t.add('company', 2.5, jw, 'household', 'company');
      else {
        t.add('company', -2.5, jw, 'other', 'company');
        t.conflicts++;
      }
    }
  }
  compareAddress(T, i, j, inData, t, PERSON_ADDRESS);

  const household = t.last + t.household;
  if (household > HOUSEHOLD_CAP)
    t.adjust('household cap: surname, phone and address are shared by families', HOUSEHOLD_CAP - household, HOUSEHOLD_COLS);
  // Another given name clearly contradicts unless something personal (e-mail, birth date) agrees.
  if (given <= GIVEN_DIFFERS && t.other === 0) t.clash = true;
  if (given <= GIVEN_DIFFERS && t.other === 0 && t.score >= th.possible) {
    // Another given name in the same household, and nothing personal (e-mail, birth date)
    // agrees: a spouse, a child, a sibling — not a duplicate to review.
    t.adjust('another given name in the same household', th.possible - 1 - t.score, NAME_COLS);
  }
  if (t.first <= 0 && t.other === 0 && t.household > 0 && t.score >= th.duplicate) {
    // Phone, address, employer agree but nothing about the person (given name, e-mail, birth
    // date) does: the same household or office, maybe the same person — worth a look only.
    t.adjust('only household or office details agree', th.duplicate - 1 - t.score, OFFICE_COLS);
  }
  if (t.other === 0 && t.household === 0) {
    // Only the name agrees (perhaps with a city): never a duplicate on its own, and not even a
    // possible one when e-mail, phone or employer say otherwise.
    const cap = t.conflicts >= 2 ? th.possible - 1 : th.duplicate - 1;
    const target = Math.min(t.score - Math.min(t.geo, Math.max(0, HOUSEHOLD_CAP - t.last)) - NAME_ONLY_PENALTY, cap);
    if (target < t.score)
      t.adjust(
        t.conflicts >= 2 ? 'only the name agrees; e-mail/phone/company differ' : 'only the name agrees',
        target - t.score,
        t.conflicts >= 2 ? NAME_AND_CHANNEL_COLS : NAME_COLS,
      );
  }
}
