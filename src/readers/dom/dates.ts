// Dates as CRM pages show them, beyond what `parseDate` reads: Jalali (Persian calendar) and
// Japanese era dates, relative dates ("3 days ago", "۳ روز پیش", "3日前") and dates buried
// inside sentences ("Added on October 23, 2026"). Everything returns ISO 8601 (UTC) or undefined.
import { toGregorian } from 'jalaali-js';
import { asciiDigits, parseDate } from '../../model/values';

const DAY_MS = 86_400_000;

// Persian month names → Jalali month number.
const FA_MONTHS: Record<string, number> = {
  فروردین: 1,
  اردیبهشت: 2,
  خرداد: 3,
  تیر: 4,
  مرداد: 5,
  شهریور: 6,
  مهر: 7,
  آبان: 8,
  آذر: 9,
  دی: 10,
  بهمن: 11,
  اسفند: 12,
};
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

function isoDay(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return date.toISOString();
}

function fromJalali(jy: number, jm: number, jd: number): string | undefined {
  if (jm < 1 || jm > 12 || jd < 1 || jd > 31) return undefined;
  try {
    const g = toGregorian(jy, jm, jd);
    return isoDay(g.gy, g.gm, g.gd);
  } catch {
    return undefined;
  }
}

/** A year between 1300 and 1499 can only be a Jalali year in a CRM (Gregorian 1921–2121). */
function jalali(s: string): string | undefined {
  let m = /^(1[34]\d\d)[/\-.](\d{1,2})[/\-.](\d{1,2})/.exec(s);
  if (m) return fromJalali(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\s+(\S+)\s+(1[34]\d\d)/.exec(s);
  if (m && FA_MONTHS[m[2]!]) return fromJalali(+m[3]!, FA_MONTHS[m[2]!]!, +m[1]!);
  return undefined;
}

function era(s: string): string | undefined {
  const m = /^(令和|平成|昭和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日/.exec(s);
  if (!m) return undefined;
  const year = ERAS[m[1]!]! + (m[2] === '元' ? 1 : +m[2]!);
  return isoDay(year, +m[3]!, +m[4]!);
}

const UNIT_MS: Record<string, number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30 * DAY_MS,
  year: 365 * DAY_MS,
};
const EN_UNITS: Record<string, string> = {
  s: 'second',
  sec: 'second',
  second: 'second',
  m: 'minute',
  min: 'minute',
  minute: 'minute',
  h: 'hour',
  hr: 'hour',
  hour: 'hour',
  d: 'day',
  day: 'day',
  w: 'week',
  wk: 'week',
  week: 'week',
  mo: 'month',
  month: 'month',
  y: 'year',
  yr: 'year',
  year: 'year',
};
const FA_UNITS: Record<string, string> = {
  ثانیه: 'second',
  دقیقه: 'minute',
  ساعت: 'hour',
  روز: 'day',
  هفته: 'week',
  ماه: 'month',
  سال: 'year',
};
const JA_UNITS: Record<string, string> = {
  秒: 'second',
  分: 'minute',
  時間: 'hour',
  日: 'day',
  週間: 'week',
  週: 'week',
  か月: 'month',
  ヶ月: 'month',
  カ月: 'month',
  ヵ月: 'month',
  月: 'month',
  年: 'year',
};

function shift(now: Date, ms: number): string {
  return new Date(now.getTime() + ms).toISOString();
}

/** "3 days ago", "in 2 weeks", "yesterday", "۳ روز پیش", "3日前", "2h ago". Needs the reading time. */
export function parseRelative(text: string, now: Date): string | undefined {
  const s = asciiDigits(text).trim().toLowerCase();
  if (/^(today|just now|now|امروز|همین الان|今日|本日|たった今)$/.test(s)) return shift(now, 0);
  if (/^(yesterday|دیروز|昨日)$/.test(s)) return shift(now, -DAY_MS);
  if (/^(tomorrow|فردا|明日)$/.test(s)) return shift(now, DAY_MS);
  // "3d"/"2h" alone are how compact list rows show age; longer units need the "ago"
  let m = /^(an?|\d+)\s*([a-z]+?)s?\s+ago$/.exec(s) ?? /^(\d+)(s|m|h|d|w|mo|y)$/.exec(s);
  if (m && EN_UNITS[m[2]!]) return shift(now, -(m[1]!.startsWith('a') ? 1 : +m[1]!) * UNIT_MS[EN_UNITS[m[2]!]!]!);
  m = /^in\s+(an?|\d+)\s*([a-z]+?)s?$/.exec(s);
  if (m && EN_UNITS[m[2]!]) return shift(now, (m[1]!.startsWith('a') ? 1 : +m[1]!) * UNIT_MS[EN_UNITS[m[2]!]!]!);
  m = /^(\d+)\s*(\S+)\s+(پیش|قبل)$/.exec(s);
  if (m && FA_UNITS[m[2]!]) return shift(now, -+m[1]! * UNIT_MS[FA_UNITS[m[2]!]!]!);
  m = /^(\d+)\s*(秒|分|時間|日|週間|週|か月|ヶ月|カ月|ヵ月|年)前$/.exec(s);
  if (m && JA_UNITS[m[2]!]) return shift(now, -+m[1]! * UNIT_MS[JA_UNITS[m[2]!]!]!);
  m = /^(\d+)\s*(日|週間|か月|ヶ月|年)後$/.exec(s);
  if (m && JA_UNITS[m[2]!]) return shift(now, +m[1]! * UNIT_MS[JA_UNITS[m[2]!]!]!);
  return undefined;
}

const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

/**
 * Any one date value as a CRM shows it: everything `parseDate` reads, plus Jalali, Japanese era,
 * a leading weekday, and (with `now`) relative dates. `dayFirst` settles "03/04/2026".
 */
export function parseDateText(
  value: string | number | null | undefined,
  opts: { now?: Date; dayFirst?: boolean } = {},
): string | undefined {
  if (value == null || value === '') return undefined;
  if (typeof value === 'number') return parseDate(value);
  const s = asciiDigits(String(value)).trim().replace(WEEKDAY, '');
  if (!s || s.length > 80) return undefined;
  return jalali(s) ?? era(s) ?? parseDate(s, { dayFirst: opts.dayFirst }) ?? (opts.now ? parseRelative(s, opts.now) : undefined);
}

// Date-looking fragments inside a sentence, tried in order; each match is handed to parseDateText.
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const FRAGMENTS: RegExp[] = [
  /\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/,
  new RegExp(`${MONTH}\\s+\\d{1,2},?\\s+\\d{4}`, 'i'),
  new RegExp(`\\d{1,2}\\s+${MONTH},?\\s+\\d{4}`, 'i'),
  /(?:令和|平成|昭和)(?:元|\d{1,2})年\d{1,2}月\d{1,2}日/,
  /\d{4}年\d{1,2}月\d{1,2}日/,
  /\d{4}[/.]\d{1,2}[/.]\d{1,2}/,
  /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/,
  /\d{1,2}\s+(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)\s+\d{4}/,
  /(?:\d+|an?)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago/i,
  /\d+\s*(?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال)\s+(?:پیش|قبل)/,
  /\d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|カ月|年)前/,
  /\b(?:yesterday|today|tomorrow)\b/i,
  /(?:دیروز|امروز|فردا|昨日|今日|明日)/,
];

/** Finds the first date inside free text: "Added on October 23, 2026" → 2026-10-23. */
export function findDateIn(text: string, opts: { now?: Date; dayFirst?: boolean } = {}): { iso: string; match: string } | undefined {
  const s = asciiDigits(text);
  if (s.length > 2000) return undefined;
  for (const re of FRAGMENTS) {
    const m = re.exec(s);
    if (!m) continue;
    const iso = parseDateText(m[0], opts);
    if (iso) return { iso, match: m[0] };
  }
  return undefined;
}
