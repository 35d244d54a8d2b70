// Bytes of an export file → text. CRM exports arrive as UTF-8 (with or without BOM), UTF-16
// (Excel's "Unicode text"), Shift_JIS (Japanese Excel) and Windows-1256 (Persian/Arabic
// Windows). BOMs decide; without one, valid UTF-8 wins, then the legacy encoding whose
// decoding looks most like its script. Anything else is a clear error, never mojibake.

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: string; line?: number };

function decoder(label: string, fatal: boolean): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined; // a runtime without that encoding (Node built without full ICU)
  }
}

function decodeWith(label: string, bytes: Uint8Array, fatal = true): string | undefined {
  try {
    return decoder(label, fatal)?.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Share of the non-ASCII characters that are letters of the expected script standing next to
 * another such letter: real words. A wrong code page yields scattered script letters mixed
 * with symbols, which this keeps low even on a short sample.
 */
function scriptShare(text: string, isLetter: (code: number) => boolean, isNeutral: (code: number) => boolean): number {
  const chars = [...text].map((ch) => ch.codePointAt(0) ?? 0);
  let counted = 0;
  let hits = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c < 0x80 || isNeutral(c)) continue;
    counted++;
    if (isLetter(c) && (isLetter(chars[i - 1] ?? 0) || isLetter(chars[i + 1] ?? 0))) hits++;
  }
  return counted === 0 ? 0 : hits / counted;
}

// Kana, kanji and the long-vowel mark; half-width katakana is rare in real text but is what
// Arabic bytes decode to under Shift_JIS, so it doesn't count.
const isJapanese = (c: number) => (c >= 0x3041 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff);
const isJapaneseNeutral = (c: number) => (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e);
const isArabicLetter = (c: number) =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06f0 && c <= 0x06f9);
const isArabicNeutral = (c: number) =>
  c === 0x200c || c === 0x200d || c === 0x060c || c === 0x061b || c === 0x061f || c === 0xab || c === 0xbb || (c >= 0x064b && c <= 0x0652);

function looksBinary(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'looks like an Excel workbook or a zip archive: export it as CSV (UTF-8) first';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'looks like an old Excel (.xls) workbook: export it as CSV (UTF-8) first';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'looks like a PDF, not a CSV or JSON export';
  return undefined;
}

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1256';

export type EncodingGuess = { ok: true; encoding: Encoding } | { ok: false; error: string; line?: number };

/** WHATWG label of a detected encoding. */
export function encodingLabel(encoding: Encoding): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

function decodeSample(label: string, bytes: Uint8Array, complete: boolean): string | undefined {
  try {
    // stream mode: a sample cut inside a multi-byte character is not an error
    return decoder(label, true)?.decode(bytes, { stream: !complete });
  } catch {
    return undefined;
  }
}

/**
 * The encoding of a file from its first bytes (`complete`: the sample is the whole file).
 * Shared by decodeBytes and the streaming import, which decides once on its first chunk.
 */
export function detectEncoding(bytes: Uint8Array, complete = true): EncodingGuess {
  if (bytes.length === 0) return { ok: true, encoding: 'utf-8' };
  const binary = looksBinary(bytes);
  if (binary) return { ok: false, error: binary };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { ok: true, encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, encoding: 'utf-16be' };
  // before UTF-8: ASCII in UTF-16 is valid UTF-8 too, full of NULs that no CSV has
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { ok: true, encoding: utf16 };
  if (decodeSample('utf-8', bytes, complete) !== undefined) return { ok: true, encoding: 'utf-8' };
  const sjis = decodeSample('shift_jis', bytes, complete);
  const arabic = decodeSample('windows-1256', bytes, complete);
  const sjisShare = sjis === undefined ? 0 : scriptShare(sjis, isJapanese, isJapaneseNeutral);
  const arabicShare = arabic === undefined ? 0 : scriptShare(arabic, isArabicLetter, isArabicNeutral);
  if (sjis !== undefined && sjisShare >= 0.6 && sjisShare >= arabicShare) return { ok: true, encoding: 'shift_jis' };
  if (arabic !== undefined && arabicShare >= 0.6) return { ok: true, encoding: 'windows-1256' };
  const at = firstInvalidUtf8(bytes);
  return { ok: false, error: NOT_TEXT, line: lineAt(bytes, Math.max(0, at)) };
}

export const NOT_TEXT = 'is not UTF-8, UTF-16, Shift_JIS or Windows-1256 text: save it as "CSV UTF-8" and try again';

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const guess = detectEncoding(bytes);
  if (!guess.ok) return guess.line === undefined ? { ok: false, error: guess.error } : { ok: false, error: guess.error, line: guess.line };
  const { encoding } = guess;
  if (bytes.length === 0) return { ok: true, text: '', encoding };
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const text = decodeWith(encoding, bytes, false);
    return text !== undefined ? { ok: true, text, encoding } : { ok: false, error: 'UTF-16 text could not be decoded' };
  }
  const text = decodeWith(encodingLabel(encoding), bytes);
  if (text !== undefined) return { ok: true, text, encoding };
  // only a BOM can claim UTF-8 without the bytes agreeing
  const at = firstInvalidUtf8(bytes.subarray(3)) + 3;
  return { ok: false, error: 'starts with a UTF-8 byte-order mark but is not valid UTF-8', line: lineAt(bytes, at) };
}
