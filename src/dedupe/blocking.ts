// Candidate generation: several cheap keys per record; two records are compared only when
// they share a key. Each key tolerates a different kind of error, so a duplicate with a typo
// in the name still meets its original through its e-mail, phone, birth date or address.
import { nicknameGroups } from './nicknames';
import { fnv1a } from './dict';
import type { Dict } from './dict';
import { COL } from './table';
import type { FeatureTable } from './table';

function firstWord(s: string): string {
  const sp = s.indexOf(' ');
  return sp < 0 ? s : s.slice(0, sp);
}

/** How a key part is cut from a dictionary value. */
const WHOLE = 0;
const FIRST_CHAR = 1;
const FIRST_3 = 2;
const FIRST_4 = 3;
const FIRST_WORD = 4;
const FIRST_WORD_3 = 5;
type Cut = 0 | 1 | 2 | 3 | 4 | 5;

function cut(s: string, how: Cut): string {
  switch (how) {
    case WHOLE:
      return s;
    case FIRST_CHAR:
      return s.slice(0, 1);
    case FIRST_3:
      return s.slice(0, 3);
    case FIRST_4:
      return s.slice(0, 4);
    case FIRST_WORD:
      return firstWord(s);
    default:
      return firstWord(s).slice(0, 3);
  }
}

/**
 * Receives keys part by part: `begin(rule letter)`, then parts, then `end()`. Person keys name
 * their parts as (dictionary, id, cut), so the hashing emitter hashes each distinct value once;
 * the string emitter writes the key as `tag a|b|c`.
 */
interface KeySink {
  begin(tag: string): void;
  part(d: Dict, id: number, how: Cut): void;
  text(s: string): void;
  end(): void;
}

function emailKey(T: FeatureTable, r: number, e: number, k: KeySink): void {
  if (T.isRoleEmail(r, e)) return;
  k.begin('e');
  k.part(T.dict.email, e, WHOLE);
  k.end();
}

function phoneKey(T: FeatureTable, p: number, k: KeySink): void {
  k.begin('p');
  k.part(T.dict.phone, p, WHOLE);
  k.end();
}

/** Where the person lives, as one key part: the postcode, else the city. */
function placePart(T: FeatureTable, r: number, k: KeySink): void {
  const postcode = T.at(r, COL.postcode);
  if (postcode) k.part(T.dict.postcode, postcode, WHOLE);
  else k.part(T.dict.city, T.at(r, COL.city), WHOLE);
}

function personKeys(T: FeatureTable, r: number, k: KeySink): void {
  const D = T.dict;
  // two column slots hold nearly every record's e-mails and phones: no list built per record
  if (T.moreEmails.has(r)) {
    for (const e of T.emails(r)) emailKey(T, r, e, k);
  } else {
    if (T.at(r, COL.email0)) emailKey(T, r, T.at(r, COL.email0), k);
    if (T.at(r, COL.email1)) emailKey(T, r, T.at(r, COL.email1), k);
  }
  if (T.morePhones.has(r)) {
    for (const p of T.phones(r)) phoneKey(T, p, k);
  } else {
    if (T.at(r, COL.phone0)) phoneKey(T, T.at(r, COL.phone0), k);
    if (T.at(r, COL.phone1)) phoneKey(T, T.at(r, COL.phone1), k);
  }
  const first = T.at(r, COL.first);
  const last = T.at(r, COL.last);
  const firstPh = T.at(r, COL.firstPh);
  const lastPh = T.at(r, COL.lastPh);
  const postcode = T.at(r, COL.postcode);
  const city = T.at(r, COL.city);
  const ph = D.ph;
  // Full sound of one part + the first three sounds of the other, both ways round: a typo in
  // one part still leaves the other key intact, and a swapped record yields the same pair.
  if (lastPh && first) {
    k.begin('n');
    k.part(ph, lastPh, WHOLE);
    if (firstPh) k.part(ph, firstPh, FIRST_3);
    else k.part(D.first, first, FIRST_WORD_3);
    k.end();
    for (const g of nicknameGroups(firstWord(D.first.str(first)))) {
      k.begin('g');
      k.part(ph, lastPh, WHOLE);
      k.text(String(g));
      k.end();
    }
  }
  if (firstPh && last) {
    k.begin('n');
    k.part(ph, firstPh, WHOLE);
    if (lastPh) k.part(ph, lastPh, FIRST_3);
    else k.part(D.last, last, FIRST_3);
    k.end();
  }
  if (T.at(r, COL.whole)) {
    k.begin('w');
    k.part(D.whole, T.at(r, COL.whole), WHOLE);
    k.end();
  }
  // same family name at the same postcode: catches a missing or mistyped given name
  if (lastPh && postcode) {
    k.begin('l');
    k.part(ph, lastPh, FIRST_4);
    k.part(D.postcode, postcode, WHOLE);
    k.end();
  }
  const dob = T.at(r, COL.dob);
  if (dob) {
    if (lastPh) {
      k.begin('d');
      k.part(D.dob, dob, WHOLE);
      k.part(ph, lastPh, FIRST_CHAR);
      k.end();
    }
    if (firstPh) {
      k.begin('d');
      k.part(D.dob, dob, WHOLE);
      k.part(ph, firstPh, FIRST_CHAR);
      k.end();
    }
    // birth date where they live: a changed family name (marriage) with a missing given name
    if (postcode || city) {
      k.begin('d');
      k.part(D.dob, dob, WHOLE);
      placePart(T, r, k);
      k.end();
    }
    if (!lastPh && !firstPh) {
      k.begin('d');
      k.part(D.dob, dob, WHOLE);
      k.end();
    }
  }
  if (T.at(r, COL.street) && (postcode || city)) {
    k.begin('a');
    placePart(T, r, k);
    k.part(D.streetNumbers, T.at(r, COL.streetNumbers), FIRST_WORD);
    k.part(D.streetWords, T.at(r, COL.streetWords), FIRST_3);
    k.end();
  }
  if (firstPh && postcode) {
    k.begin('f');
    k.part(ph, firstPh, FIRST_4);
    k.part(D.postcode, postcode, WHOLE);
    k.end();
  }
  const domain = T.at(r, COL.domain);
  if (domain && lastPh) {
    k.begin('c');
    k.part(D.domain, domain, WHOLE);
    k.part(ph, lastPh, FIRST_4);
    k.end();
  }
}

/** A key of plain strings (company and deal tables are small next to contacts: no per-value hashes). */
function textKey(k: KeySink, tag: string, a: string, b?: string, c?: string): void {
  k.begin(tag);
  k.text(a);
  if (b !== undefined) k.text(b);
  if (c !== undefined) k.text(c);
  k.end();
}

function companyKeys(T: FeatureTable, r: number, k: KeySink): void {
  const name = T.s('name', r);
  const compact = T.s('compact', r);
  const initials = T.s('initials', r);
  const namePh = T.s('namePh', r);
  const sp = name.indexOf(' ');
  if (namePh) textKey(k, 'N', namePh.slice(0, 4), sp < 0 ? '' : name.charAt(sp + 1));
  if (compact) textKey(k, 'W', compact.slice(0, 8));
  if (initials.length >= 2) textKey(k, 'X', initials);
  else if (compact.length >= 2 && compact.length <= 5) textKey(k, 'X', compact);
  const domain = T.s('domain', r);
  if (domain) textKey(k, 'D', domain);
  for (const p of T.phones(r)) textKey(k, 'P', T.dict.phone.str(p));
  const postcode = T.s('postcode', r);
  if (T.at(r, COL.street) && postcode) textKey(k, 'A', postcode, T.s('streetWords', r).slice(0, 3));
}

function dealKeys(T: FeatureTable, r: number, k: KeySink): void {
  const account = T.s('companyId', r) || T.s('company', r);
  if (account) textKey(k, 'C', account);
  else if (T.at(r, COL.nameKey)) textKey(k, 'M', T.s('nameKey', r));
}

function keysOf(T: FeatureTable, r: number, k: KeySink): void {
  if (T.family === 'person') personKeys(T, r, k);
  else if (T.family === 'company') companyKeys(T, r, k);
  else dealKeys(T, r, k);
}

/** Writes keys as strings, `tag a|b|c`; each starts with its rule's letter so keys of different rules never meet. */
class StringSink implements KeySink {
  out: string[] = [];
  private key = '';
  private parts = 0;
  begin(tag: string): void {
    this.key = tag;
    this.parts = 0;
  }
  part(d: Dict, id: number, how: Cut): void {
    this.text(cut(d.str(id), how));
  }
  text(s: string): void {
    this.key += this.parts++ ? `|${s}` : s;
  }
  end(): void {
    // the same key can come out of two rules (birth date + initial of either name)
    if (!this.out.includes(this.key)) this.out.push(this.key);
  }
}

/** Blocking keys of a row as strings (the live index's block map is keyed by them). */
export function blockingKeys(T: FeatureTable, r: number): string[] {
  const sink = new StringSink();
  keysOf(T, r, sink);
  return sink.out;
}

/** Hash of one key part; never 0 (0 marks a per-value hash not computed yet). */
function partHash(s: string): number {
  return fnv1a(s) | 1;
}

function mix(h: number, part: number): number {
  h = Math.imul(h ^ part, 0x9e3779b1);
  return h ^ (h >>> 15);
}

/**
 * Rules built from names alone: the weakest evidence and, with common names, the largest
 * blocks. Their blocks get a smaller size limit (`maxNameBlockSize`).
 */
const NAME_RULES = new Set(['n', 'g', 'w']);

/** Top bit of a key's hash: set for name rules, so block sizes can be judged by rule after sorting. */
export const NAME_RULE_BIT = 0x80000000;

function withRule(h: number, tag: string): number {
  return ((h & 0x7fffffff) | (NAME_RULES.has(tag) ? NAME_RULE_BIT : 0)) >>> 0;
}

/**
 * The hash `blockingHashes` gives a key written as a string by `blockingKeys`: its rule letter,
 * then each `|`-separated part (for tests: a part holding `|` itself would be split).
 */
export function hash32(key: string): number {
  let h = partHash(key.charAt(0));
  for (const p of key.slice(1).split('|')) h = mix(h, partHash(p));
  return withRule(h, key.charAt(0));
}

/**
 * Hashes keys part by part: a whole value by the hash its dictionary computed when interning it,
 * a cut of one (first letters, first word) once per distinct value, kept on the dictionary.
 */
class HashSink implements KeySink {
  readonly out: number[] = [];
  private h = 0;
  private tag = '';
  begin(tag: string): void {
    this.tag = tag;
    this.h = partHash(tag);
  }
  part(d: Dict, id: number, how: Cut): void {
    if (how === WHOLE) {
      // the dictionary hashed the whole value when it interned it: no string read (most
      // e-mails and phones are met once, and their strings lie all over the heap)
      this.h = mix(this.h, d.fnvOf(id) | 1);
      return;
    }
    const cache = (d.partHashes[how] ??= new Int32Array(d.size));
    let ph: number;
    if (id < cache.length) {
      ph = cache[id]!;
      if (!ph) ph = cache[id] = partHash(cut(d.str(id), how));
    } else {
      // the dictionary grew since the cache was sized (an index adds records)
      const next = new Int32Array(Math.max(d.size, id + 1) * 2);
      next.set(cache);
      d.partHashes[how] = next;
      ph = next[id] = partHash(cut(d.str(id), how));
    }
    this.h = mix(this.h, ph);
  }
  text(s: string): void {
    this.h = mix(this.h, partHash(s));
  }
  end(): void {
    const h = withRule(this.h, this.tag);
    if (!this.out.includes(h)) this.out.push(h);
  }
}

const hashSink = new HashSink();

/**
 * The 32-bit hashes of a row's blocking keys, without building the key strings (the batch run
 * makes several million). The array is reused by the next call.
 */
export function blockingHashes(T: FeatureTable, r: number): readonly number[] {
  hashSink.out.length = 0;
  keysOf(T, r, hashSink);
  return hashSink.out;
}
