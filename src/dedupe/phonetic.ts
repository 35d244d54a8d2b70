// Phonetic keys: strings that sound alike get the same key, per script. Used as a comparator
// level ("sounds the same") and, truncated, as a blocking key. Input is already folded.
import { scriptOf } from './text';

/**
 * A Soundex-like key that keeps the first sound instead of the first letter (Katherine ≈
 * Catherine), merges common spelling variants (Schmidt ≈ Schmitt ≈ Smith, Meyer ≈ Maier,
 * Mueller ≈ Müller ≈ Muller after folding) and is not truncated (callers slice for blocking).
 */
export function latinPhonetic(folded: string): string {
  let s = folded.replace(/[^a-z]/g, '');
  if (!s) return '';
  s = s.replace(/^(kn|gn|pn|wr|ps)/, (m) => m.slice(1));
  s = s
    .replace(/sch/g, 's')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/ch/g, 'k')
    .replace(/sh/g, 's')
    .replace(/th/g, 't')
    .replace(/dt/g, 't')
    .replace(/gh/g, 'g')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/x/g, 'ks')
    .replace(/h/g, '');
  let out = '';
  let prev = '';
  for (let i = 0; i < s.length; i++) {
    const code = LATIN_CODE[s.charCodeAt(i) - 97] ?? '';
    if (code === '') {
      // vowels (and w, y) separate repeated consonants but carry no sound of their own,
      // except at the start, where "A" stands for any leading vowel (Ellis ≈ Allis).
      if (i === 0) out = 'A';
      prev = '';
      continue;
    }
    if (code !== prev) out += code;
    prev = code;
  }
  return out;
}

//                 a    b    c    d    e   f    g    h   i   j    k    l    m    n    o   p    q    r    s    t    u   v    w   x    y   z
const LATIN_CODE = [
  '',
  'P',
  'K',
  'T',
  '',
  'F',
  'K',
  '',
  '',
  'J',
  'K',
  'L',
  'M',
  'N',
  '',
  'P',
  'K',
  'R',
  'S',
  'T',
  '',
  'F',
  '',
  'S',
  '',
  'S',
];

// Persian letters that sound the same and are confused in spelling and transliteration.
const PERSIAN_HOMOPHONES: Record<string, string> = {
  ث: 'س',
  ص: 'س',
  ذ: 'ز',
  ض: 'ز',
  ظ: 'ز',
  ط: 'ت',
  ح: 'ه',
  غ: 'ق',
  ع: 'ا',
};
const PERSIAN_RE = new RegExp(`[${Object.keys(PERSIAN_HOMOPHONES).join('')}]`, 'g');

export function persianPhonetic(folded: string): string {
  return folded.replace(/ /g, '').replace(PERSIAN_RE, (c) => PERSIAN_HOMOPHONES[c] ?? c);
}

const SMALL_KANA: Record<string, string> = { ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ' };
// Kana of the o-row and u-row: a following う or お only lengthens the vowel (さとう ≈ さとお ≈ さとー).
const O_U_ROW = new Set('おこごそぞとどのほぼぽもよょろをうくぐすずつづぬふぶぷむゆゅる');

/** Readings in kana: long vowels, small kana and the sokuon are where spellings drift. Kanji pass through. */
export function japanesePhonetic(folded: string): string {
  let out = '';
  let prev = '';
  for (const ch of folded.replace(/ /g, '')) {
    if (ch === 'ー' || ch === 'っ') continue;
    const c = SMALL_KANA[ch] ?? ch;
    if ((c === 'う' || c === 'お') && O_U_ROW.has(prev)) continue;
    out += c;
    prev = c;
  }
  return out;
}

/** Phonetic key of one folded name or word, by its script. */
export function phonetic(folded: string): string {
  switch (scriptOf(folded)) {
    case 'latin':
      return latinPhonetic(folded);
    case 'arabic':
      return persianPhonetic(folded);
    case 'cjk':
      return japanesePhonetic(folded);
    default:
      return folded.replace(/ /g, '');
  }
}
