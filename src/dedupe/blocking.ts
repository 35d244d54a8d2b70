// Candidate generation: several cheap keys per record; two records are compared only when
// they share a key. Each key tolerates a different kind of error, so a duplicate with a typo
// in the name still meets its original through its e-mail, phone, birth date or address.
import { nicknameGroups } from './nicknames';
import type { FeatureTable } from './table';

function firstWord(s: string): string {
  const sp = s.indexOf(' ');
  return sp < 0 ? s : s.slice(0, sp);
}

function personKeys(T: FeatureTable, r: number, out: string[]): void {
  const C = T.col;
  for (const e of T.emails(r)) if (!T.isRoleEmail(r, e)) out.push('e' + T.dict.email.str(e));
  for (const p of T.phones(r)) out.push('p' + T.dict.phone.str(p));
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
    out.push(`n${lastPh}|${firstPh.slice(0, 3) || first0.slice(0, 3)}`);
    for (const g of nicknameGroups(first0)) out.push(`g${lastPh}|${g}`);
  }
  if (firstPh && last) out.push(`n${firstPh}|${lastPh.slice(0, 3) || last.slice(0, 3)}`);
  if (C.whole[r]) out.push('w' + T.s('whole', r));
  const lastKey = lastPh.slice(0, 4);
  // same family name at the same postcode: catches a missing or mistyped given name
  if (lastKey && postcode) out.push(`l${lastKey}|${postcode}`);
  const dob = D.dob.values[C.dob[r]!]!;
  if (dob) {
    if (lastKey) out.push(`d${dob}|${lastKey[0]}`);
    if (firstPh) out.push(`d${dob}|${firstPh[0]}`);
    // birth date where they live: a changed family name (marriage) with a missing given name
    const place = postcode || T.s('city', r);
    if (place) out.push(`d${dob}|${place}`);
    if (!lastKey && !firstPh) out.push(`d${dob}`);
  }
  if (C.street[r] && (postcode || C.city[r])) {
    out.push(`a${postcode || T.s('city', r)}|${firstWord(T.s('streetNumbers', r))}|${T.s('streetWords', r).slice(0, 3)}`);
  }
  if (firstPh && postcode) out.push(`f${firstPh.slice(0, 4)}|${postcode}`);
  const domain = D.domain.values[C.domain[r]!]!;
  if (domain && lastKey) out.push(`c${domain}|${lastKey}`);
}

function companyKeys(T: FeatureTable, r: number, out: string[]): void {
  const name = T.s('name', r);
  const compact = T.s('compact', r);
  const initials = T.s('initials', r);
  const namePh = T.s('namePh', r);
  const sp = name.indexOf(' ');
  if (namePh) out.push(`N${namePh.slice(0, 4)}|${sp < 0 ? '' : name.charAt(sp + 1)}`);
  if (compact) out.push('W' + compact.slice(0, 8));
  if (initials.length >= 2) out.push('X' + initials);
  else if (compact.length >= 2 && compact.length <= 5) out.push('X' + compact);
  const domain = T.s('domain', r);
  if (domain) out.push('D' + domain);
  for (const p of T.phones(r)) out.push('P' + T.dict.phone.str(p));
  const postcode = T.s('postcode', r);
  if (T.col.street[r] && postcode) out.push(`A${postcode}|${T.s('streetWords', r).slice(0, 3)}`);
}

function dealKeys(T: FeatureTable, r: number, out: string[]): void {
  const account = T.s('companyId', r) || T.s('company', r);
  if (account) out.push('C' + account);
  else if (T.col.nameKey[r]) out.push('M' + T.s('nameKey', r));
}

/** Blocking keys of a row; each starts with its rule's letter so keys of different rules never meet. */
export function blockingKeys(T: FeatureTable, r: number): string[] {
  const out: string[] = [];
  if (T.family === 'person') personKeys(T, r, out);
  else if (T.family === 'company') companyKeys(T, r, out);
  else dealKeys(T, r, out);
  // the same key can come out of two rules (birth date + initial of either name)
  for (let k = 1; k < out.length; k++) {
    if (out.indexOf(out[k]!) < k) out.splice(k--, 1);
  }
  return out;
}

/** Order inside an oversized block: neighbours in this order are compared (sorted neighbourhood). */
export function windowKey(T: FeatureTable, r: number): string {
  if (T.family === 'person') return `${T.s('lastPh', r)}|${T.s('firstPh', r)}|${T.s('first', r)}|${T.s('dob', r)}`;
  if (T.family === 'company') return T.s('compact', r);
  return `${T.s('nameKey', r)}|${T.s('closeDate', r)}`;
}
