// Per-field comparators shared by the record families. Each returns the weight, log2(m/u) of
// the agreement level reached (the m and u behind each constant are in docs/dedupe.md), and
// leaves the similarity a person reads in the evidence in `SIM.v`. Returning a number rather
// than a tuple keeps the hot loop free of allocation.
import { isNickname } from './nicknames';
import { boundedLevenshtein, isTransposition, jaroWinkler, jaroWinklerPrefix, tokenSetSimilarity } from './similarity';
import { COL } from './table';
import type { FeatureTable } from './table';
import { clamp, weight, type Tally } from './tally';
import { termU } from './tf';
import { MEMO } from './memo';
import { shapesOf, tailsOf } from './contact-shapes';
import type { PairMemo } from './memo';

/**
 * Similarity of the last comparison (0..1). Only evidence shows it: `wanted` is off in the hot
 * loop, so a comparator whose weight does not depend on it may skip computing it.
 */
export const SIM = { v: 0, wanted: true };

function out(w: number, sim: number): number {
  SIM.v = sim;
  return w;
}

function isLatin(s: string): boolean {
  return s.charCodeAt(0) < 0x250;
}

/** Script class of a name, by its first character: names in two classes can't be compared letter by letter. */
function scriptClass(s: string): number {
  const c = s.charCodeAt(0);
  if (c < 0x250) return 0; // Latin
  if (c >= 0x0600 && c <= 0x06ff) return 1; // Arabic script
  if (c >= 0x3040 && c <= 0x30ff) return 2; // kana (a reading)
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return 3; // kanji
  return 4;
}

function firstToken(s: string): string {
  const sp = s.indexOf(' ');
  return sp < 0 ? s : s.slice(0, sp);
}

/** Whole-word containment ("john paul" contains "john"); only multi-word names can contain another. */
function contains(long: string, short: string): boolean {
  if (short.length < 2 || long.length <= short.length || long.indexOf(' ') < 0) return false;
  const at = long.indexOf(short);
  if (at < 0) return false;
  const before = at === 0 || long.charCodeAt(at - 1) === 32;
  const end = at + short.length;
  return before && (end === long.length || long.charCodeAt(end) === 32);
}

function noSpace(s: string): string {
  return s.indexOf(' ') < 0 ? s : s.replace(/ /g, '');
}

/**
 * Given names: exact (TF), nickname, initial, phonetic, Jaro-Winkler. NaN when not comparable.
 * `aId` is a's id in the given-name dictionary (for its frequency); `aPh`/`bPh` phonetic ids.
 * `m` caches the Jaro-Winkler outcome for the pair of ids (`aId`, `bId`): one cache per pair of
 * dictionaries the ids come from (memo.ts MEMO); a phonetic id follows from its name. The same
 * holds for compareFamily.
 */
export function compareGiven(
  T: FeatureTable,
  a: string,
  b: string,
  aId: number,
  aPh: number,
  bPh: number,
  inData: number,
  m?: PairMemo,
  bId = 0,
): number {
  // A Latin name against a Persian one, a kana reading against kanji: not comparable.
  if (!a || !b || scriptClass(a) !== scriptClass(b)) return out(NaN, 0);
  if (a === b || noSpace(a) === noSpace(b)) return out(clamp(weight(0.85, termU(T, 'first', aId, inData)), 1, 9), 1);
  const ac = noSpace(a);
  const bc = noSpace(b);
  const a0 = firstToken(a);
  const b0 = firstToken(b);
  if (isNickname(a0, b0) || (ac !== a0 && isNickname(ac, bc))) return out(4.5, 0.9);
  if (isLatin(a) && (a0.length === 1 || b0.length === 1)) {
    // "J." against "John": consistent, but an initial is shared by many
    return a0.charCodeAt(0) === b0.charCodeAt(0) ? out(2, 0.7) : out(-4.5, 0);
  }
  if (contains(a, b) || contains(b, a)) return out(3.5, 0.85); // "John Paul" vs "John"
  const sounds = aPh && aPh === bPh && T.dict.ph.str(aPh).length >= 2;
  if (sounds && !SIM.wanted) return out(4, 0.9);
  if (m?.has(T.stamp(inData), aId, bId)) return out(m.w, m.sim);
  const jw = jaroWinkler(ac, bc);
  let w: number;
  if (sounds) w = out(4, jw > 0.9 ? jw : 0.9);
  else if (jw >= 0.92) w = out(4, jw);
  else if (jw >= 0.87) w = out(2, jw);
  // Given names are short: two different ones often reach 0.8 (Chinedu/Chioma, Maryam/Sara)
  else if (jw >= 0.8) w = out(-2, jw);
  else w = out(-4.5, jw);
  m?.set(aId, bId, w, SIM.v);
  return w;
}

/** Family names: exact (TF), double-barrelled containment, phonetic, Jaro-Winkler. NaN when not comparable. */
export function compareFamily(
  T: FeatureTable,
  a: string,
  b: string,
  aId: number,
  aPh: number,
  bPh: number,
  inData: number,
  m?: PairMemo,
  bId = 0,
): number {
  if (!a || !b || scriptClass(a) !== scriptClass(b)) return out(NaN, 0);
  if (a === b || noSpace(a) === noSpace(b)) return out(clamp(weight(0.9, termU(T, 'last', aId, inData)), 1, 12), 1);
  const sounds = aPh && aPh === bPh && T.dict.ph.str(aPh).length >= 2;
  if (sounds && !SIM.wanted) return out(5, 0.9);
  if (m?.has(T.stamp(inData), aId, bId)) return out(m.w, m.sim);
  const ac = noSpace(a);
  const bc = noSpace(b);
  const jw = jaroWinkler(ac, bc);
  let w: number;
  if (sounds) w = out(5, jw > 0.9 ? jw : 0.9);
  else if (jw >= 0.92) w = out(5, jw);
  else if ((contains(a, b) || contains(b, a)) && Math.min(a.length, b.length) >= 3)
    w = out(4, 0.85); // "García López" vs "García"
  else if (jw >= 0.85) w = out(2.5, jw);
  else if (jw >= 0.75) w = out(0, jw);
  else w = out(-4, jw);
  m?.set(aId, bId, w, SIM.v);
  return w;
}

/** E-mails of two rows: exact (TF; team mailboxes weigh little), same local part elsewhere, typo in local part. */
const NONE: number[] = [];

/** a[ia..ia+len) === b[ib..ib+len), without slicing (this runs for every pair with two e-mails). */
function sameRange(a: string, ia: number, b: string, ib: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (a.charCodeAt(ia + k) !== b.charCodeAt(ib + k)) return false;
  return true;
}

export function compareEmails(T: FeatureTable, i: number, j: number, inData: number, cap: number): number {
  const D = T.dict.email;
  // one e-mail each is the common case: no list to build
  // two column slots cover nearly every record: read them in place, lists only beyond
  const many = T.moreEmails.size > 0 && (T.moreEmails.has(i) || T.moreEmails.has(j));
  const as = many ? T.emails(i) : NONE;
  const bs = many ? T.emails(j) : NONE;
  const na = many ? as.length : 2;
  const nb = many ? bs.length : 2;
  let best = -2;
  let sim = 0;
  for (let p = 0; p < na; p++) {
    const xa = many ? as[p]! : p === 0 ? T.at(i, COL.email0) : T.at(i, COL.email1);
    if (!xa) continue;
    for (let q = 0; q < nb; q++) {
      const yb = many ? bs[q]! : q === 0 ? T.at(j, COL.email0) : T.at(j, COL.email1);
      if (!yb) continue;
      if (xa === yb) {
        const w = clamp(weight(0.95, termU(T, 'email', xa, inData)), 2, T.isRoleEmail(i, xa) ? 4 : cap);
        if (w > best) {
          best = w;
          sim = 1;
        }
        continue;
      }
      const sh = shapesOf(D, xa, yb);
      const ax = sh[xa * 4]! - 2;
      const ay = sh[yb * 4]! - 2;
      const sameLocal = ax === ay && ax >= 5 && sh[xa * 4 + 1] === sh[yb * 4 + 1];
      const sameDomain = ax >= 5 && ay >= 5 && sh[xa * 4 + 2] === sh[yb * 4 + 2];
      if (!sameLocal && !sameDomain) continue; // unrelated: no string is read
      const x = D.str(xa);
      const y = D.str(yb);
      if (sameLocal && sameRange(x, 0, y, 0, ax)) {
        // same person, work vs personal domain
        if (5 > best && !T.isRoleEmail(i, xa)) {
          best = 5;
          sim = 0.8;
        }
      } else if (sameDomain && x.length - ax === y.length - ay && sameRange(x, ax, y, ay, x.length - ax)) {
        const jw = jaroWinklerPrefix(x, ax, y, ay);
        if (jw >= 0.93 && 4 > best) {
          best = 4; // typo in the local part
          sim = jw;
        }
      }
    }
  }
  return out(best, sim);
}

/** Phones of two rows: exact (TF: a switchboard shared by 40 contacts weighs little), same last 8 digits. */
export function comparePhones(T: FeatureTable, i: number, j: number, inData: number): number {
  const D = T.dict.phone;
  let best = -2;
  let sim = 0;
  // two column slots cover nearly every record: read them in place, lists only beyond
  const many = T.morePhones.size > 0 && (T.morePhones.has(i) || T.morePhones.has(j));
  const as = many ? T.phones(i) : NONE;
  const bs = many ? T.phones(j) : NONE;
  const na = many ? as.length : 2;
  const nb = many ? bs.length : 2;
  for (let p = 0; p < na; p++) {
    const xa = many ? as[p]! : p === 0 ? T.at(i, COL.phone0) : T.at(i, COL.phone1);
    if (!xa) continue;
    for (let q = 0; q < nb; q++) {
      const yb = many ? bs[q]! : q === 0 ? T.at(j, COL.phone0) : T.at(j, COL.phone1);
      if (!yb) continue;
      if (xa === yb) {
        const w = clamp(weight(0.9, termU(T, 'phone', xa, inData)), 1, 12);
        if (w > best) {
          best = w;
          sim = 1;
        }
      } else if (6 > best) {
        const tails = tailsOf(D, xa, yb);
        if (tails[xa] === -1 || tails[xa] !== tails[yb]) continue; // short, or other last digits: no string is read
        const x = D.str(xa);
        const y = D.str(yb);
        if (x.length >= 9 && y.length >= 9 && x.endsWith(y.slice(-8))) {
          best = 6; // same subscriber, country code written differently or missing
          sim = 0.8;
        }
      }
    }
  }
  return out(best, sim);
}

/** Dates as YYYY-MM-DD: exact (TF: 1900-01-01 placeholders), day/month swapped, one-digit typo, same year. */
export function compareBirthDate(T: FeatureTable, aId: number, bId: number, inData: number): number {
  if (aId === bId) return out(clamp(weight(0.95, termU(T, 'dob', aId, inData)), 1, 10), 1);
  const a = T.dict.dob.str(aId);
  const b = T.dict.dob.str(bId);
  const sameYear = a.startsWith(b.slice(0, 4));
  if (sameYear && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7)) return out(4, 0.8);
  // dashes line up in both, so the distance is the digits' distance
  if (boundedLevenshtein(a, b, 1) <= 1 || isTransposition(a, b)) return out(3, 0.7);
  if (sameYear && a.slice(5, 7) === b.slice(5, 7)) return out(0, 0.5);
  return out(-5, 0);
}

/** Streets of two rows: exact (TF), same words and compatible house numbers, same street other house. */
export function compareStreet(T: FeatureTable, i: number, j: number, inData: number): number {
  if (T.at(i, COL.street) === T.at(j, COL.street))
    return out(clamp(weight(0.85, termU(T, 'street', T.at(i, COL.street), inData)), 2, 8), 1);
  const awId = T.at(i, COL.streetWords);
  const bwId = T.at(j, COL.streetWords);
  let words: number;
  if (awId && bwId) words = awId === bwId ? 1 : tokenSetSimilarity(T.dict.streetWords.tokens(awId), T.dict.streetWords.tokens(bwId)).score;
  else words = awId || bwId ? 0 : 1;
  const naId = T.at(i, COL.streetNumbers);
  const nbId = T.at(j, COL.streetNumbers);
  const numbersAgree = !naId || !nbId || naId === nbId;
  const numbersClose = numbersAgree || firstToken(T.dict.streetNumbers.str(naId)) === firstToken(T.dict.streetNumbers.str(nbId));
  if (words >= 0.9 && numbersAgree) return out(6, words);
  if (words >= 0.9 && numbersClose) return out(4, words * 0.9);
  if (words >= 0.8 && numbersAgree) return out(3, words);
  if (words >= 0.9) return out(-1, words * 0.5); // same street, another house: neighbours
  if (naId && naId === nbId && words >= 0.6) return out(1, words);
  return out(-2, words);
}

/** Plain keys with TF (city, postcode, state): exact, near (one edit / swap; Jaro-Winkler for cities), different. */
export function compareKey(
  T: FeatureTable,
  field: 'city' | 'postcode' | 'state',
  aId: number,
  bId: number,
  inData: number,
  cap: number,
  near: number,
  differ: number,
): number {
  if (aId === bId) return out(clamp(weight(0.9, termU(T, field, aId, inData)), 0.5, cap), 1);
  // one table holds one family, so one set of weights: the pair of ids decides the result
  const m = T.memo(MEMO[field]);
  if (m?.has(T.stamp(inData), aId, bId)) return out(m.w, m.sim);
  const a = T.dict[field].str(aId);
  const b = T.dict[field].str(bId);
  let w: number;
  if (field === 'city') {
    const jw = jaroWinkler(a, b);
    w = jw >= 0.9 ? out(near, jw) : out(differ, jw);
  } else if (isTransposition(a, b) || boundedLevenshtein(a, b, 1) <= 1) w = out(near, 0.7);
  else w = out(differ, 0);
  m?.set(aId, bId, w, SIM.v);
  return w;
}

/** [cap on agreement, weight when near, weight when different] for one address key. */
type KeyWeights = readonly [number, number, number];

/** How much each address part counts: people and companies read the same parts with other weights. */
export interface AddressWeights {
  postcode: KeyWeights;
  city: KeyWeights;
  /** Left out when the kind does not compare states. */
  state?: KeyWeights;
  /** Weight of two different countries (a clash: no match across countries). */
  countryClash: number;
}

/** Street, postcode, city, state and country of two rows, added to the tally. */
export function compareAddress(T: FeatureTable, i: number, j: number, inData: number, t: Tally, w: AddressWeights): void {
  if (T.at(i, COL.street) && T.at(j, COL.street)) {
    const sw = compareStreet(T, i, j, inData);
    t.add('street', sw, SIM.v, 'household', 'street');
  }
  if (T.at(i, COL.postcode) && T.at(j, COL.postcode)) {
    const pw = compareKey(T, 'postcode', T.at(i, COL.postcode), T.at(j, COL.postcode), inData, ...w.postcode);
    t.add('postcode', pw, SIM.v, 'household', 'postcode');
  }
  if (T.at(i, COL.city) && T.at(j, COL.city)) {
    const cw = compareKey(T, 'city', T.at(i, COL.city), T.at(j, COL.city), inData, ...w.city);
    t.add('city', cw, SIM.v, 'geo', 'city');
  }
  if (w.state && T.at(i, COL.state) && T.at(j, COL.state)) {
    const stw = compareKey(T, 'state', T.at(i, COL.state), T.at(j, COL.state), inData, ...w.state);
    t.add('state', stw, SIM.v, 'geo', 'state');
  }
  if (T.at(i, COL.country) && T.at(j, COL.country) && T.at(i, COL.country) !== T.at(j, COL.country)) {
    t.add('country', w.countryClash, 0, 'geo', 'country');
    t.clash = true;
  }
}
