// Dates as the checks read them. Readers normalise to ISO, but stored data can still hold
// anything. A full audit parses a few million dates, nearly all in the one shape
// `toISOString` writes, so that shape (and a bare date) is read digit by digit; anything else,
// and any out-of-range part, goes to Date.parse, whose results the fast path reproduces exactly.

export const DAY_MS = 86_400_000;

const D0 = 48; // '0'

function digits(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - D0;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** "2026-11-23T14:05:00.000Z" or "2026-11-23"; NaN when the text is not one of those two shapes or a part is out of the safe range. */
function fastIso(s: string): number {
  const n = s.length;
  if ((n !== 24 && n !== 10) || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  // days past 28 roll over into the next month in Date.parse: leave them to it
  const d = digits(s, 8, 2);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 28) return NaN;
  if (n === 10) return Date.UTC(y, mo - 1, d);
  if (s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46 || s.charCodeAt(23) !== 90) return NaN;
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  const ms = digits(s, 20, 3);
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || ms < 0) return NaN;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
}

/** Date.parse, with the common ISO shapes read without it. NaN when unparseable. */
export function parseTime(text: string): number {
  const t = fastIso(text);
  return Number.isNaN(t) ? Date.parse(text) : t;
}

export function toTime(iso: string | undefined): number | undefined {
  if (typeof iso !== 'string' || iso.length > 64) return undefined;
  const t = parseTime(iso);
  return Number.isNaN(t) ? undefined : t;
}

/**
 * A date-only due or close date ("2026-11-23", stored as midnight UTC) means "by the end of
 * that day": without this, everything due today would already count as late.
 */
export function deadlineTime(iso: string | undefined): number | undefined {
  const t = toTime(iso);
  if (t === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?Z)?$/.test(iso ?? '') ? t + DAY_MS : t;
}

// Findings name a few thousand distinct days at most: format each once.
const dayNames = new Map<number, string>();

export function isoDay(t: number): string {
  const day = Math.floor(t / DAY_MS);
  let name = dayNames.get(day);
  if (name === undefined) {
    name = new Date(t).toISOString().slice(0, 10);
    if (dayNames.size > 20_000) dayNames.clear();
    dayNames.set(day, name);
  }
  return name;
}
