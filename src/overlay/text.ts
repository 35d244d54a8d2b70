// CRM values are hostile until shown otherwise: a name can hold markup, a 10,000-character
// paste or a right-to-left override meant to spoof what is around it. Everything the overlay
// shows from the CRM goes through `clip` (bounded, control-free, bidi-balanced) and is set as
// text, inside an element that isolates its direction.

export const MAX_TEXT = 200;
export const ELLIPSIS = '…';

// C0/C1 controls other than whitespace never carry meaning in a label; matching them is the point.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const OPENERS_PDF = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const OPENERS_PDI = new Set(['\u2066', '\u2067', '\u2068']);
const PDF = '\u202C';
const PDI = '\u2069';

/**
 * Closes every embedding/override/isolate the text opens and drops closers it never opened,
 * so a value can reverse itself but never leak into (or out of) the text around it — a stray
 * PDI would otherwise end the isolate we wrap the value in.
 */
export function balanceBidi(s: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(s)) return s;
  const stack: string[] = [];
  let out = '';
  for (const ch of s) {
    if (OPENERS_PDF.has(ch) || OPENERS_PDI.has(ch)) {
      stack.push(ch);
      out += ch;
    } else if (ch === PDF) {
      const top = stack[stack.length - 1];
      if (top !== undefined && OPENERS_PDF.has(top)) {
        stack.pop();
        out += ch;
      }
    } else if (ch === PDI) {
      // a PDI also closes any embeddings opened after its isolate (UAX #9, X6a)
      const at = stack.findLastIndex((c) => OPENERS_PDI.has(c));
      if (at >= 0) {
        for (let i = stack.length - 1; i > at; i--) out += PDF;
        stack.length = at;
        out += ch;
      }
    } else {
      out += ch;
    }
  }
  for (let i = stack.length - 1; i >= 0; i--) out += OPENERS_PDI.has(stack[i]!) ? PDI : PDF;
  return out;
}

/** Bounded, single-line-safe, bidi-balanced text from any value. */
export function clip(value: unknown, max = MAX_TEXT): string {
  let s = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  // cut early so a 10,000-character value costs no more than a short one
  if (s.length > max * 2) s = s.slice(0, max * 2);
  s = s.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  if (s.length <= max) return balanceBidi(s);
  let cut = s.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // the ellipsis goes after the closers, so an override in the value cannot move it
  return balanceBidi(cut.trimEnd()) + ELLIPSIS;
}

/** Wraps text in FSI…PDI for strings that are not in their own element (aria-label). */
export function isolate(s: string): string {
  return `\u2068${s}\u2069`;
}

/** Only http(s) links leave the overlay: a CRM value must never become `javascript:`. */
export function safeUrl(url: unknown, base: string): string | undefined {
  if (typeof url !== 'string' || url.length > 4096) return undefined;
  try {
    const u = new URL(url, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export type Translate = (key: string, ...subs: (string | number)[]) => string;

/** A translator that never throws and never returns an empty string. */
export function safeTranslate(t: Translate): Translate {
  return (key, ...subs) => {
    try {
      const s = t(key, ...subs);
      return typeof s === 'string' && s !== '' ? s : key;
    } catch {
      return key;
    }
  };
}

/** Label for an optional key (field or kind names): the fallback when the table lacks it. */
export function optionalLabel(t: Translate, key: string, fallback: string): string {
  const s = t(key);
  return s === key ? fallback : s;
}

export interface NumberFormats {
  count(n: number): string;
  percent(n: number): string;
  weight(n: number): string;
}

const formatCache = new Map<string, NumberFormats>();

/** Formatters for one locale; counts are cached because a render formats a thousand of them. */
export function numberFormats(locale: string | undefined): NumberFormats {
  const cached = formatCache.get(locale ?? '');
  if (cached) return cached;
  const make = (o: Intl.NumberFormatOptions) => {
    try {
      return new Intl.NumberFormat(locale, o);
    } catch {
      return new Intl.NumberFormat(undefined, o);
    }
  };
  const count = make({ maximumFractionDigits: 0 });
  const percent = make({ style: 'percent', maximumFractionDigits: 0 });
  const weight = make({ maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' });
  const counts = new Map<number, string>();
  const formats: NumberFormats = {
    count: (n) => {
      let s = counts.get(n);
      if (s === undefined) {
        s = count.format(n);
        if (counts.size < 1000) counts.set(n, s);
      }
      return s;
    },
    percent: (n) => percent.format(Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0),
    weight: (n) => weight.format(Number.isFinite(n) ? n : 0),
  };
  formatCache.set(locale ?? '', formats);
  return formats;
}
