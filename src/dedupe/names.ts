// Person names: titles and honorifics out, generational suffixes kept apart, a full name split
// into given/family parts by the conventions of its script (Japanese is family-first).
import { JAPANESE_SURNAMES } from './common-names';
import { foldText, scriptOf } from './text';
import type { Script } from './text';

// Titles before a name (folded). Persian ones are as common in CRMs as Mr/Ms in English ones.
const TITLES = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'miss',
    'mx',
    'dr',
    'prof',
    'sir',
    'madam',
    'mme',
    'mlle',
    'herr',
    'frau',
    'sr',
    'sra',
    'srta',
    'dott',
    'ing',
    'eng',
    'rev',
    'hon',
    'آقای',
    'آقا',
    'خانم',
    'دکتر',
    'مهندس',
    'استاد',
    'جناب',
    'سرکار',
    'حاج',
    'حاجی',
    'سرکارخانم',
    'جنابآقای',
  ].map(foldText),
);
// "Sr" is Spanish "Señor" before a name but "Senior" after one; position decides.
const SUFFIXES: Record<string, string> = {
  jr: 'jr',
  junior: 'jr',
  sr: 'sr',
  senior: 'sr',
  ii: '2',
  iii: '3',
  iv: '4',
  '2nd': '2',
  '3rd': '3',
};
const POST_NOMINALS = new Set(['phd', 'md', 'mba', 'esq', 'cpa', 'dds', 'msc', 'bsc']);
// Japanese honorifics attached to the end of a name, with or without a space.
const JA_HONORIFICS = ['さま', '様', 'さん', '殿', 'どの', '先生', '氏', 'くん', '君', 'ちゃん'];
// Particles that belong to the family name ("van der Berg", "de la Cruz", "bin Laden").
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'bin',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
]);

export interface PersonName {
  /** Folded given name(s), tokens joined by a space; '' when unknown. */
  first: string;
  /** Folded family name; '' when unknown. */
  last: string;
  /** All tokens, for order-free comparison. */
  tokens: string[];
  /** Tokens sorted and joined without spaces: equal for "Sato Taro" and "Taro Sato". */
  key: string;
  /** Tokens joined without spaces in written order: equal for "علی پور" and "علیپور", "佐藤 太郎" and "佐藤太郎". */
  compact: string;
  /** Generational suffix (jr, sr, 2, 3...) when present: John Smith Jr ≠ John Smith Sr. */
  suffix: string;
  script: Script;
}

function stripJapaneseHonorific(s: string): string {
  for (const h of JA_HONORIFICS) {
    if (s.endsWith(h) && s.length - h.length >= 1) return s.slice(0, -h.length).trim();
  }
  return s;
}

function clean(folded: string, suffix: { value: string }): string[] {
  const out: string[] = [];
  const parts = folded.split(' ').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i]!;
    if (i < parts.length - 1 && TITLES.has(t) && out.length === 0) continue;
    if (i > 0 && SUFFIXES[t]) {
      suffix.value = SUFFIXES[t];
      continue;
    }
    if (i > 0 && POST_NOMINALS.has(t)) continue;
    out.push(t);
  }
  if (out.length > 1 && JA_HONORIFICS.includes(out[out.length - 1]!)) out.pop(); // "佐藤太郎 様"
  if (out.length) {
    const lastIdx = out.length - 1;
    const stripped = stripJapaneseHonorific(out[lastIdx]!);
    if (stripped) out[lastIdx] = stripped;
    else out.pop();
  }
  return out;
}

function splitFamilyFirst(tokens: string[]): { first: string[]; last: string[] } {
  if (tokens.length >= 2) return { last: tokens.slice(0, 1), first: tokens.slice(1) };
  const only = tokens[0] ?? '';
  for (const s of JAPANESE_SURNAMES) {
    if (only.length > s.length && only.startsWith(s)) return { last: [s], first: [only.slice(s.length)] };
  }
  return { last: [], first: [] };
}

function splitGivenFirst(tokens: string[]): { first: string[]; last: string[] } {
  if (tokens.length < 2) return { first: [], last: [] };
  let start = tokens.length - 1;
  while (start > 1 && PARTICLES.has(tokens[start - 1]!)) start--;
  return { first: tokens.slice(0, start), last: tokens.slice(start) };
}

/** One name field (given or family) on its own: folded, titles and honorifics out, suffix apart. */
export function parseNamePart(raw: string): { value: string; suffix: string } {
  const suffix = { value: '' };
  const value = clean(foldText(raw), suffix).join(' ');
  return { value, suffix: suffix.value };
}

/** Parses a person's name from the canonical fields a reader produced. */
export function parsePersonName(fields: { firstName?: string; lastName?: string; name?: string }): PersonName {
  const suffix = { value: '' };
  let first: string[] = [];
  let last: string[] = [];
  let all: string[];
  if (fields.firstName || fields.lastName) {
    first = clean(foldText(fields.firstName ?? ''), suffix);
    last = clean(foldText(fields.lastName ?? ''), suffix);
    all = [...first, ...last];
  } else {
    const raw = fields.name ?? '';
    const comma = raw.indexOf(',');
    if (comma > 0 && !/,\s*(jr|sr|ii|iii|iv|phd|md)\.?$/i.test(raw)) {
      // "Smith, John": the export wrote family name first
      last = clean(foldText(raw.slice(0, comma)), suffix);
      first = clean(foldText(raw.slice(comma + 1)), suffix);
      all = [...first, ...last];
    } else {
      all = clean(foldText(raw), suffix);
      const split = scriptOf(all.join(' ')) === 'cjk' ? splitFamilyFirst(all) : splitGivenFirst(all);
      first = split.first;
      last = split.last;
      if (all.length === 1 && last.length) all = [...last, ...first];
    }
  }
  const joined = all.join(' ');
  return {
    first: first.join(' '),
    last: last.join(' '),
    tokens: all,
    key: [...all].sort().join(''),
    compact: all.join(''),
    suffix: suffix.value,
    script: scriptOf(joined),
  };
}
