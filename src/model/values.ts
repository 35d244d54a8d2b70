// Turning CRM text into typed values. CRM exports and pages write digits in Persian
// (۰-۹), Arabic-Indic (٠-٩) and full-width (０-９) forms; everything numeric goes through
// `asciiDigits` first so "۱۴۰۳" and "１２３" parse like "1403" and "123".

const DIGIT_BASES = [0x06f0, 0x0660, 0xff10]; // Persian, Arabic-Indic, full-width zero

// Every character asciiDigits rewrites; text without any (nearly all CRM text) is returned as is.
const NON_ASCII_DIGIT = /[\u060c\u0660-\u0669\u066b\u066c\u06f0-\u06f9\uff01-\uff5e]/;

export function asciiDigits(text: string): string {
  if (!NON_ASCII_DIGIT.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const base = DIGIT_BASES.find((b) => code >= b && code <= b + 9);
    if (base !== undefined) out += String(code - base);
    else if (ch === '٫') out += '.'; // Arabic decimal separator
    else if (ch === '٬' || ch === '،') out += ',';
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0); // full-width ASCII
    else out += ch;
  }
  return out;
}

/** Parses an amount as CRMs show it: "$12,500.00", "12.500,00 €", "۱۲۵۰۰۰۰ ریال", "¥1,200,000". */
export function parseNumber(text: string | number | null | undefined): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  if (text == null) return undefined;
  let s = asciiDigits(String(text)).replace(/[^\d.,-]/g, '');
  if (!/\d/.test(s)) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastComma > lastDot) {
    // "12.500,00" (decimal comma) vs "12,500" (thousands comma): a comma followed by exactly 3 digits at the end is a thousands separator
    s = /,\d{3}$/.test(s) && lastDot === -1 ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  } else {
    s = s.replace(/,/g, '');
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function iso(y: number, m: number, d: number, time?: string): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined; // 31 February
  const day = date.toISOString().slice(0, 10);
  return time ? `${day}T${time}Z` : `${day}T00:00:00.000Z`;
}

/**
 * Parses the dates CRMs show: ISO 8601, epoch seconds/milliseconds, "2026-11-23 14:05",
 * "11/23/2026" (US order unless `dayFirst`), "23.11.2026", "Nov 23, 2026", "23 Nov 2026",
 * "2026年11月23日", "2026/11/23", with any digit script. Returns ISO 8601 (UTC) or undefined.
 * Calendar conversions (Jalali, Japanese era) are layered on top by `parseDateExtended`.
 */
export function parseDate(value: string | number | null | undefined, opts: { dayFirst?: boolean } = {}): string | undefined {
  if (value == null || value === '') return undefined;
  if (typeof value === 'number') return epoch(value);
  const s = asciiDigits(String(value)).trim();
  if (/^\d{10}(\d{3})?$/.test(s)) return epoch(Number(s));
  // Compact ISO 8601 (19081209): 8 digits can't be an epoch, which has 10 or 13.
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return iso(+compact[1]!, +compact[2]!, +compact[3]!);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) {
    if (m[4] !== undefined) {
      const d = new Date(s.replace(' ', 'T') + (m[7] ? '' : 'Z'));
      return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
    }
    return iso(+m[1]!, +m[2]!, +m[3]!);
  }
  m = /^(\d{4})[/.年](\d{1,2})[/.月](\d{1,2})日?/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(s);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    // a value > 12 settles the order; otherwise dots mean day-first (European), slashes the caller's choice
    const dayFirst = a > 12 || (b <= 12 && (opts.dayFirst ?? s.includes('.')));
    return dayFirst ? iso(+m[3]!, b, a) : iso(+m[3]!, a, b);
  }
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s);
  if (m && MONTHS[m[1]!.slice(0, 3).toLowerCase()]) return iso(+m[3]!, MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, +m[2]!);
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(s);
  if (m && MONTHS[m[2]!.slice(0, 3).toLowerCase()]) return iso(+m[3]!, MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, +m[1]!);
  return undefined;
}

function epoch(n: number): string | undefined {
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Splits list-like cells: "vip; partner", "vip, partner", "vip | partner", Persian and Japanese separators. */
export function splitList(text: string): string[] {
  return text
    .split(/[;,|،、，]\s*/)
    .map((t) => t.trim())
    .filter(Boolean);
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'active', 'granted', 'opted in', 'opt-in', 'بله', 'فعال', 'はい', '有効']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'inactive', 'none', 'opted out', 'opt-out', 'خیر', 'غیرفعال', 'いいえ', '無効']);

export function parseBoolean(text: string | boolean | null | undefined): boolean | undefined {
  if (typeof text === 'boolean') return text;
  if (text == null) return undefined;
  const t = String(text).trim().toLowerCase();
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  return undefined;
}
