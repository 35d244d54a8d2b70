// Candidate generation: several cheap keys per record; two records are compared only when
// they share a key. Each key tolerates a different kind of error, so a duplicate with a typo
// in the name still meets its original through its e-mail, phone, birth date or address.
import { nicknameGroups } from './nicknames';
import type { FeatureTable } from './table';

function firstWord(s: string): string {
  const sp = s.indexOf(' ');
  return sp < 0 ? s : s.slice(0, sp);
}

function personKeys(T: FeatureTable, r: number, key: Emit): void {
  const C = T.col;
  for (const e of T.emails(r)) if (!T.isRoleEmail(r, e)) key('e', T.dict.email.str(e));
  for (const p of T.phones(r)) key('p', T.dict.phone.str(p));
  const D = T.dict;
  const first = D.first.values[C.first[r]!]!;
  const last = D.last.values[C.last[r]!]!;
  const firstPh = D.ph.values[C.firstPh[r]!]!;
  const lastPh = D.ph.values[C.lastPh[r]!]!;
  const postcode = D.postcode.values[C.postcode[r]!]!;
  const first0 = firstWord(first);
  // Full sound of one part + the first three sounds of the other, both ways round: a typo in
  // one part still leaves the other key intact, and a swapped record yields the same pair.
  if (lastPh && first0) {
    key('n', lastPh, firstPh.slice(0, 3) || first0.slice(0, 3));
    for (const g of nicknameGroups(first0)) key('g', lastPh, String(g));
  }
  if (firstPh && last) key('n', firstPh, lastPh.slice(0, 3) || last.slice(0, 3));
  if (C.whole[r]) key('w', T.s('whole', r));
  const lastKey = lastPh.slice(0, 4);
  // same family name at the same postcode: catches a missing or mistyped given name
  if (lastKey && postcode) key('l', lastKey, postcode);
  const dob = D.dob.values[C.dob[r]!]!;
  if (dob) {
    if (lastKey) key('d', dob, lastKey[0]);
    if (firstPh) key('d', dob, firstPh[0]);
    // birth date where they live: a changed family name (marriage) with a missing given name
    const place = postcode || T.s('city', r);
    if (place) key('d', dob, place);
    if (!lastKey && !firstPh) key('d', dob);
  }
  if (C.street[r] && (postcode || C.city[r])) {
    key('a', postcode || T.s('city', r), firstWord(T.s('streetNumbers', r)), T.s('streetWords', r).slice(0, 3));
  }
  if (firstPh && postcode) key('f', firstPh.slice(0, 4), postcode);
  const domain = D.domain.values[C.domain[r]!]!;
  if (domain && lastKey) key('c', domain, lastKey);
}

function companyKeys(T: FeatureTable, r: number, key: Emit): void {
  const name = T.s('name', r);
  const compact = T.s('compact', r);
  const initials = T.s('initials', r);
  const namePh = T.s('namePh', r);
  const sp = name.indexOf(' ');
  if (namePh) key('N', namePh.slice(0, 4), sp < 0 ? '' : name.charAt(sp + 1));
  if (compact) key('W', compact.slice(0, 8));
  if (initials.length >= 2) key('X', initials);
  else if (compact.length >= 2 && compact.length <= 5) key('X', compact);
  const domain = T.s('domain', r);
  if (domain) key('D', domain);
  for (const p of T.phones(r)) key('P', T.dict.phone.str(p));
  const postcode = T.s('postcode', r);
  if (T.col.street[r] && postcode) key('A', postcode, T.s('streetWords', r).slice(0, 3));
}

function dealKeys(T: FeatureTable, r: number, key: Emit): void {
  const account = T.s('companyId', r) || T.s('company', r);
  if (account) key('C', account);
  else if (T.col.nameKey[r]) key('M', T.s('nameKey', r));
}

/** Receives one key: its rule's letter and up to three parts (written `tag a|b|c`). */
type Emit = (tag: string, a: string, b?: string, c?: string) => void;

function keysOf(T: FeatureTable, r: number, key: Emit): void {
  if (T.family === 'person') personKeys(T, r, key);
  else if (T.family === 'company') companyKeys(T, r, key);
  else dealKeys(T, r, key);
}

/** Blocking keys of a row; each starts with its rule's letter so keys of different rules never meet. */
export function blockingKeys(T: FeatureTable, r: number): string[] {
  const out: string[] = [];
  keysOf(T, r, (tag, a, b, c) => {
    const k = b === undefined ? tag + a : c === undefined ? `${tag}${a}|${b}` : `${tag}${a}|${b}|${c}`;
    // the same key can come out of two rules (birth date + initial of either name)
    if (!out.includes(k)) out.push(k);
  });
  return out;
}

const FNV_OFFSET = 0x811c9dc5;
const BAR = 124; // '|'

function fnv(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a of a string: `hash32(k)` for each k of `blockingKeys` equals `blockingHashes`. */
export function hash32(s: string): number {
  return fnv(FNV_OFFSET, s) >>> 0;
}

const hashes: number[] = [];
const pushHash: Emit = (tag, a, b, c) => {
  let h = fnv(fnv(FNV_OFFSET, tag), a);
  if (b !== undefined) h = fnv(Math.imul(h ^ BAR, 0x01000193), b);
  if (c !== undefined) h = fnv(Math.imul(h ^ BAR, 0x01000193), c);
  h >>>= 0;
  if (!hashes.includes(h)) hashes.push(h);
};

/**
 * The 32-bit hashes of a row's blocking keys, hashed part by part without building the key
 * strings (the batch run makes several million). The array is reused by the next call.
 */
export function blockingHashes(T: FeatureTable, r: number): readonly number[] {
  hashes.length = 0;
  keysOf(T, r, pushHash);
  return hashes;
}

/** Order inside an oversized block: neighbours in this order are compared (sorted neighbourhood). */
export function windowKey(T: FeatureTable, r: number): string {
  if (T.family === 'person') return `${T.s('lastPh', r)}|${T.s('firstPh', r)}|${T.s('first', r)}|${T.s('dob', r)}`;
  if (T.family === 'company') return T.s('compact', r);
  return `${T.s('nameKey', r)}|${T.s('closeDate', r)}`;
}
