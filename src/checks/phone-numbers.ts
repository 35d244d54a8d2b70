// Classifying one phone value: placeholder, not a number at all, or not valid for its
// country (libphonenumber-js). Persian, Arabic-Indic and full-width digits are read as digits
// first. libphonenumber costs ~15 µs a number, so results are memoised per (region, text):
// exports repeat the same junk ("000", "n/a") and the same switchboards.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { asciiDigits } from '../model/values';

export type PhoneProblem = 'unparseable' | 'invalid' | 'placeholder';

// "ext. 12", "x12", "#12", Japanese 内線, Persian داخلی: an extension does not make a number invalid
const EXTENSION_RE = /\s*(?:;?ext\.?|extension|x|#|内線|內線|داخلی)\s*:?\s*\d{1,6}\s*$/i;

function placeholderDigits(digits: string): boolean {
  if (digits.length < 5) return false;
  if (/^(\d)\1+$/.test(digits)) return true;
  return '01234567890123456789'.includes(digits) || '98765432109876543210'.includes(digits);
}

// (placeholders on/off, region) → value as written → verdict (null: valid). Keyed on the value
// as written, through nested maps: no composite key string is built per lookup.
const caches = [new Map<string, Map<string, PhoneProblem | null>>(), new Map<string, Map<string, PhoneProblem | null>>()];
const CACHE_LIMIT = 200_000;

/** Classifies one phone value; undefined when it is a valid number. Never throws. */
export function phoneProblem(value: string, region: string | undefined, opts: { placeholders?: boolean } = {}): PhoneProblem | undefined {
  const placeholders = opts.placeholders !== false;
  const byRegion = caches[placeholders ? 1 : 0]!;
  let cache = byRegion.get(region ?? '');
  if (!cache) byRegion.set(region ?? '', (cache = new Map()));
  const key = String(value);
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  const text = asciiDigits(key.normalize('NFKC')).trim().replace(EXTENSION_RE, '');
  const result = classify(text, region, placeholders);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result ?? null);
  return result;
}

function classify(text: string, region: string | undefined, placeholders: boolean): PhoneProblem | undefined {
  // anything but digits, separators and a leading + (letters, e-mails, "n/a") is not a number
  if (!/^\+?[\d\s().\-/]+$/.test(text) && !/^00\d/.test(text)) return 'unparseable';
  const digits = text.replace(/\D/g, '');
  if (digits.length === 0) return 'unparseable';
  if (placeholders && placeholderDigits(digits.replace(/^0+/, '') || digits)) return 'placeholder';
  try {
    const intl = text.startsWith('00') ? `+${text.slice(2)}` : text;
    const defaultCountry = region && isSupportedCountry(region) ? (region as CountryCode) : undefined;
    const parsed = parsePhoneNumberFromString(intl, defaultCountry ? { defaultCountry, extract: false } : { extract: false });
    if (!parsed) return 'unparseable';
    return parsed.isValid() ? undefined : 'invalid';
  } catch {
    return 'unparseable';
  }
}
