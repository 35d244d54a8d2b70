// When a label is unknown (or missing), the values decide: a column of e-mails is an e-mail
// column. Also the single-value classifiers used for unlabelled list rows and record pages.
import type { FieldKey, RecordKind } from '../../model/record';
import { asciiDigits } from '../../model/values';
import { parseDateText } from './dates';

export const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"0-9]{2,}$/;
const URL_RE = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i;
const CURRENCY = /[$€£¥₹₩₽﷼]|\b(?:USD|EUR|GBP|JPY|IRR|IRT|CHF|CAD|AUD|INR)\b|ریال|تومان|円/;

export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL_RE.test(text.replace(/^mailto:/i, '').trim());
}

/** A phone number as shown: 7–15 digits in any script, with +, spaces, dashes, dots, brackets, "ext". */
export function isPhone(text: string): boolean {
  const s = asciiDigits(text).trim();
  if (s.length > 40 || !/^[+(]?[\d\s().\-/]{6,}(?:\s*(?:x|ext\.?|#)\s*\d{1,6})?$/i.test(s)) return false;
  const digits = s.replace(/\D/g, '').length;
  if (digits < 7 || digits > 18) return false;
  // "2026-11-23", "11/23/2026", "12.500.000" are dates or numbers, not phones
  if (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(s) || /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(s)) return false;
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) return false;
  return true;
}

export function isUrl(text: string): boolean {
  return text.length <= 300 && !text.includes('@') && !/\s/.test(text) && URL_RE.test(text) && /[a-z]/i.test(text.split('.').pop() ?? '');
}

export function isAmount(text: string): boolean {
  const s = asciiDigits(text);
  return s.length <= 40 && CURRENCY.test(s) && /\d/.test(s) && /^[^a-z]*(?:[A-Z]{3})?[^a-z]*$/.test(s);
}

export function isDate(text: string, now?: Date): boolean {
  return text.length <= 60 && /\d|ago|yesterday|today|دیروز|امروز|前|昨日|今日/.test(asciiDigits(text)) && !!parseDateText(text, { now });
}

/** What one unlabelled value is, by its form. */
export function classify(text: string, now?: Date): 'email' | 'phone' | 'url' | 'amount' | 'date' | undefined {
  if (isEmail(text)) return 'email';
  if (isDate(text, now)) return 'date';
  if (isPhone(text)) return 'phone';
  if (isAmount(text)) return 'amount';
  if (isUrl(text)) return 'url';
  return undefined;
}

/**
 * The field a column of values stands for, when ≥ 80% of its non-empty samples agree.
 * Dates are left alone: a bare date column could be created, updated, due or closed.
 */
export function inferColumn(samples: readonly string[], kind: RecordKind, now?: Date): FieldKey | undefined {
  const values = samples.filter((s) => s !== '').slice(0, 40);
  if (values.length === 0) return undefined;
  const counts: Record<string, number> = {};
  for (const v of values) {
    const c = classify(v, now);
    if (c) counts[c] = (counts[c] ?? 0) + 1;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!best || !n || n < values.length * 0.8) return undefined;
  if (best === 'email') return 'emails';
  if (best === 'phone') return 'phones';
  if (best === 'url') return 'website';
  if (best === 'amount' && (kind === 'deal' || kind === 'campaign')) return 'amount';
  return undefined;
}
