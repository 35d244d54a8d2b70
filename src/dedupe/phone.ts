// Phone numbers to E.164 with libphonenumber-js and a default region: "0912 345 6789" (IR)
// ≈ "+98 912 345 6789"; "03-1234-5678" (JP) ≈ "+81 3 1234 5678".
//
// libphonenumber takes ~30 µs a number, which alone would cost 30 s on a million contacts.
// Most numbers are simple: "+<country code><number>" or "<national prefix><number>" in a
// region whose national prefix is a plain digit string. Those take a fast path that uses
// libphonenumber's own metadata (calling codes, national prefix, possible lengths); anything
// else (prefix rules with captures, odd lengths, "+cc 0…") goes through the full parser.
import { Metadata, getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';
import { toAsciiDigits } from './text';

interface PlanView {
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  possibleLengths(): number[] | undefined;
}

interface Region {
  cc: string;
  prefix: string;
  prefixRe: RegExp | undefined;
  transform: boolean;
  lengths: Set<number>;
}

const regions = new Map<string, Region | null>();
let callingCodes: Set<string> | undefined;

function region(code: string): Region | null {
  const cached = regions.get(code);
  if (cached !== undefined) return cached;
  let r: Region | null = null;
  if (isSupportedCountry(code)) {
    const meta = new Metadata();
    meta.selectNumberingPlan(code);
    const plan = meta.numberingPlan as unknown as PlanView;
    const forParsing = plan.nationalPrefixForParsing();
    r = {
      cc: getCountryCallingCode(code),
      prefix: plan.nationalPrefix() ?? '',
      prefixRe: forParsing ? new RegExp(`^(?:${forParsing})`) : undefined,
      transform: !!plan.nationalPrefixTransformRule(),
      lengths: new Set(plan.possibleLengths() ?? []),
    };
  }
  regions.set(code, r);
  return r;
}

function isCallingCode(digits: string): boolean {
  callingCodes ??= new Set(getCountries().map((c) => getCountryCallingCode(c)));
  return callingCodes.has(digits);
}

const EXTENSION_RE = /\s*(?:;?ext\.?|extension|x|#|内線|داخلی)\s*\d+\s*$/i;

export interface PhoneNumber {
  /** E.164 when the number could be read; undefined for fragments ("555-0134") or junk. */
  e164?: string;
  /** All digits as written (no formatting), for a weaker "same last digits" comparison. */
  digits: string;
}

const slowCache = new Map<string, string | undefined>();

function slow(text: string, defaultRegion: string): string | undefined {
  const key = `${defaultRegion}|${text}`;
  if (slowCache.has(key)) return slowCache.get(key);
  const country = isSupportedCountry(defaultRegion) ? (defaultRegion as CountryCode) : undefined;
  let e164: string | undefined;
  try {
    const p = parsePhoneNumberFromString(text, country);
    e164 = p && p.isPossible() ? p.number : undefined;
  } catch {
    e164 = undefined;
  }
  if (slowCache.size > 50_000) slowCache.clear();
  slowCache.set(key, e164);
  return e164;
}

export function parsePhone(text: string | undefined, defaultRegion = 'US'): PhoneNumber | undefined {
  if (!text) return undefined;
  const s = toAsciiDigits(/^\p{ASCII}*$/u.test(text) ? text : text.normalize('NFKC'))
    .replace(EXTENSION_RE, '')
    .trim();
  let digits = s.replace(/\D/g, '');
  if (digits.length < 4 || digits.length > 17) return digits.length ? { digits } : undefined;
  if (/[a-z]/i.test(s)) return { digits, e164: slow(s, defaultRegion) }; // vanity numbers, "tel:" URIs
  // Placeholders typed to get past a required field ("000-000-0000", "123456789") are no number.
  if (/^(\d)\1+$/.test(digits.slice(-7)) || /^(?:0?123456789|1234567890)$/.test(digits)) return { digits };
  const intl = s.startsWith('+') || digits.startsWith('00');
  if (intl) {
    if (!s.startsWith('+')) digits = digits.slice(2);
    // "+44 (0) 20…", "+98 0912…": a trunk 0 after the country code needs the full parser
    for (let n = 1; n <= 3; n++) {
      const cc = digits.slice(0, n);
      if (!isCallingCode(cc)) continue;
      if (digits[n] === '0' || /\(0\)/.test(s)) return { digits, e164: slow(`+${digits}`, defaultRegion) };
      const rest = digits.length - n;
      return { digits, e164: rest >= 4 && rest <= 14 ? `+${digits}` : undefined };
    }
    return { digits };
  }
  const r = region(defaultRegion);
  if (!r) return { digits, e164: slow(s, defaultRegion) };
  let national = digits;
  if (r.prefixRe) {
    const m = r.prefixRe.exec(digits);
    if (m) {
      // Only a plain prefix match is safe here; captured groups mean a transform rule applies.
      if (r.transform || m.slice(1).some((g) => g !== undefined) || (r.prefix && m[0] !== r.prefix)) {
        return { digits, e164: slow(s, defaultRegion) };
      }
      national = digits.slice(m[0].length);
    }
  }
  if (r.lengths.has(national.length)) return { digits, e164: `+${r.cc}${national}` };
  return { digits, e164: slow(s, defaultRegion) };
}
