// What the generator needs from each language: names with a Latin spelling (e-mail addresses are
// ASCII even when names are not), companies, places, phone formats and everyday CRM phrases.

import type { ActivityType, Lang } from './types';
import type { Rng } from './prng';

/** [as written, Latin spelling used in e-mail addresses] */
export type NamePart = readonly [string, string];

export interface CompanySeed {
  name: string;
  domain: string;
  industry: string;
  city: string;
}

export interface GeneratedPhone {
  /** As a user typed it into the CRM. */
  text: string;
  /** E.164, to keep generated numbers unique across formats. */
  e164: string;
}

export interface Region {
  /** Spellings users type for this country, most common first; weights match. */
  countries: readonly string[];
  countryWeights: readonly number[];
  cities: readonly string[];
  phone(rng: Rng): GeneratedPhone;
}

export interface LangPack {
  lang: Lang;
  firstNames: readonly NamePart[];
  lastNames: readonly NamePart[];
  /** Display order differs: "Emily Johnson", "علی محمدی", "佐藤 太郎". */
  fullName(first: string, last: string): string;
  companies: readonly CompanySeed[];
  regions: readonly { weight: number; region: Region }[];
  freeMailDomains: readonly string[];
  jobTitles: readonly string[];
  notes: readonly string[];
  taskSubjects: readonly string[];
  activitySubjects: Readonly<Record<ActivityType, readonly string[]>>;
  dealProducts: readonly string[];
  lossReasons: readonly string[];
  currency: string;
  dealAmount(rng: Rng): number;
}

export function weighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng.next() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

export function pickRegion(rng: Rng, pack: LangPack): Region {
  return weighted(
    rng,
    pack.regions.map((r) => r.region),
    pack.regions.map((r) => r.weight),
  );
}

export function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

const PERSIAN_ZERO = 0x06f0;
const FULLWIDTH_OFFSET = 0xfee0; // '!'..'~' → '！'..'～'

/** "0912" → "۰۹۱۲": Persian users often type native digits. */
export function persianDigits(text: string): string {
  return text.replace(/\d/g, (d) => String.fromCharCode(PERSIAN_ZERO + Number(d)));
}

/** "03-1234" → "０３－１２３４": Japanese IMEs default to full-width. */
export function fullWidth(text: string): string {
  return text.replace(/[\d\-+()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + FULLWIDTH_OFFSET));
}

/** Persian, Arabic-Indic and full-width digits → ASCII; other characters unchanged. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULLWIDTH_OFFSET));
}

/** Last 8 digits: enough to tell fixture numbers apart whatever format they were typed in. */
export function phoneKey(text: string): string {
  return asciiDigits(text).replace(/\D/g, '').slice(-8);
}
