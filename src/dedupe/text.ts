// Character-level folding shared by every comparator: two strings a person would call "the
// same text" must fold to the same key. Display text is never touched; this is for comparison.

// Persian/Arabic letter variants that keyboards and OCR mix freely. Arabic yeh/kaf appear
// when text was typed on an Arabic layout; teh marbuta and heh-with-yeh are spelling
// variants of the final heh; hamza carriers are dropped or written plain in practice.
const ARABIC_LETTERS: Record<string, string> = {
  ي: 'ی', // U+064A Arabic yeh
  ى: 'ی', // U+0649 alef maksura
  ئ: 'ی', // U+0626 yeh with hamza
  ك: 'ک', // U+0643 Arabic kaf
  ة: 'ه', // U+0629 teh marbuta
  ۀ: 'ه', // U+06C0 heh with yeh above
  ۂ: 'ه', // U+06C2
  ؤ: 'و', // U+0624
  أ: 'ا', // U+0623
  إ: 'ا', // U+0625
  آ: 'ا', // U+0622 alef madda: often typed as plain alef
  ٱ: 'ا', // U+0671
  ء: '', // U+0621 lone hamza
  ـ: '', // U+0640 tatweel (kashida), pure justification
};

// Letters NFD cannot decompose but that people transliterate.
const LATIN_SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
};

// Kanji written in old or variant forms in family names (髙橋/高橋, 齋藤/斎藤, 渡邊/渡辺 ...).
// Registries and business cards keep the old form while CRMs typed later use the common one.
const KANJI_VARIANTS: Record<string, string> = {
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  齋: '斎',
  齊: '斎',
  斉: '斎',
  邊: '辺',
  邉: '辺',
  濱: '浜',
  濵: '浜',
  澤: '沢',
  嶋: '島',
  嶌: '島',
  廣: '広',
  國: '国',
  櫻: '桜',
  眞: '真',
  實: '実',
  惠: '恵',
  曾: '曽',
  萬: '万',
  藏: '蔵',
  德: '徳',
  會: '会',
  與: '与',
  龍: '竜',
  瀨: '瀬',
  冨: '富',
  槇: '槙',
  桒: '桑',
  圓: '円',
  邨: '村',
  栁: '柳',
  槗: '橋',
  舘: '館',
  鷗: '鴎',
  關: '関',
  條: '条',
  壽: '寿',
};

// One table for everything mapped character by character, keyed by UTF-16 code unit.
const CHAR_MAP = new Map<number, string>();
for (const [k, v] of Object.entries({ ...ARABIC_LETTERS, ...LATIN_SPECIAL, ...KANJI_VARIANTS })) CHAR_MAP.set(k.charCodeAt(0), v);
for (let d = 0; d < 10; d++) {
  CHAR_MAP.set(0x06f0 + d, String(d)); // Persian digits
  CHAR_MAP.set(0x0660 + d, String(d)); // Arabic-Indic digits
}
// Harakat, superscript alef, Quranic marks.
for (let c = 0x064b; c <= 0x065f; c++) CHAR_MAP.set(c, '');
for (let c = 0x06d6; c <= 0x06ed; c++) CHAR_MAP.set(c, '');
CHAR_MAP.set(0x0670, '');
// Invisible format characters (ZWJ, direction marks, BOM, soft hyphen); ZWNJ separates words.
for (const c of [0x200b, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff, 0x00ad])
  CHAR_MAP.set(c, '');
CHAR_MAP.set(0x200c, ' ');
CHAR_MAP.set(0x066b, '.'); // Arabic decimal separator
CHAR_MAP.set(0x066c, ','); // Arabic thousands separator

// Scripts whose diacritics NFD splits off as combining marks (Latin, Greek, Cyrillic).
const NEEDS_NFD_RE = /[\u00c0-\u02af\u0370-\u04ff\u1e00-\u1fff]/;
const LATIN_MARKS_RE = /[\u0300-\u036f]/g;
const APOSTROPHE_RE = /['’‘`´ʼ]/g;
// Anything that is neither a letter, a digit nor a Japanese sound/iteration mark separates tokens.
// Combining voiced-sound marks (U+3099/U+309A) are kept with their kana on purpose.
// eslint-disable-next-line no-misleading-character-class
const SEPARATOR_RE = /[^\p{L}\p{N}\u3005\u309b\u309c\u30fc\u3099\u309a]+/gu;
const ASCII_SEPARATOR_RE = /[^a-z0-9]+/g;
const KATAKANA_RE = /[\u30a1-\u30f6]/g;
const ASCII_RE = /^\p{ASCII}*$/u;

/** Persian, Arabic-Indic and full-width digits → ASCII; ASCII input is returned as is. */
export function toAsciiDigits(s: string): string {
  if (ASCII_RE.test(s)) return s;
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else out += s[k];
  }
  return out;
}

/** Katakana → hiragana, so コウ ≈ こう. Half-width katakana were already widened by NFKC. */
export function toHiragana(s: string): string {
  return s.replace(KATAKANA_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * Folds text for comparison: NFKC (full/half width, ㈱ → (株)), case, Latin diacritics,
 * Persian/Arabic letter variants and marks, variant kanji, katakana → hiragana, any digit
 * script → ASCII. ZWNJ becomes a space: callers that need "علی‌پور ≈ علیپور ≈ علی پور" compare
 * the `compact` form. Punctuation becomes a single space; apostrophes vanish (O'Brien ≈ OBrien).
 */
export function foldText(input: string): string {
  if (!input) return '';
  if (ASCII_RE.test(input)) {
    // Fast path: most CRM text is plain ASCII and needs only case and punctuation.
    const lower = input.toLowerCase();
    return lower.replace(APOSTROPHE_RE, '').replace(ASCII_SEPARATOR_RE, ' ').trim();
  }
  let s = input.normalize('NFKC').toLowerCase();
  if (NEEDS_NFD_RE.test(s)) s = s.normalize('NFD').replace(LATIN_MARKS_RE, '').normalize('NFC');
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) {
      out += s[k];
      continue;
    }
    const m = CHAR_MAP.get(c);
    if (m !== undefined) out += m;
    else if (c >= 0x30a1 && c <= 0x30f6)
      out += String.fromCharCode(c - 0x60); // katakana → hiragana
    else out += s[k];
  }
  return out.replace(APOSTROPHE_RE, '').replace(SEPARATOR_RE, ' ').trim();
}

/** Folded text with every space removed: "علی پور" ≈ "علیپور", "佐藤 太郎" ≈ "佐藤太郎", "Mac Donald" ≈ "MacDonald". */
export function compact(folded: string): string {
  return folded.replace(/ /g, '');
}

export function tokens(folded: string): string[] {
  return folded ? folded.split(' ') : [];
}

export type Script = 'latin' | 'arabic' | 'cjk' | 'other' | 'none';

/** The dominant script of a folded string; decides which phonetic key and name order apply. */
export function scriptOf(folded: string): Script {
  for (const ch of folded) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0x20 || (c >= 0x30 && c <= 0x39)) continue;
    if (c < 0x250) return 'latin';
    if (c >= 0x0600 && c <= 0x06ff) return 'arabic';
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005) return 'cjk';
    return 'other';
  }
  return 'none';
}
