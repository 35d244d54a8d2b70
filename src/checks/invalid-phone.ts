// Invalid phone numbers, validated with libphonenumber-js against the number's country (its
// +code, else the record's own country, else the audit's default region). Persian, Arabic-Indic and full-width digits are
// read as digits first. libphonenumber costs ~15 µs a number, so results are memoised per
// (region, text): exports repeat the same junk ("000", "n/a") and the same switchboards.
import { countryCode } from '../model/countries';
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Finding, Severity } from '../model/finding';
import { isRecordKind, type CrmRecord, type RecordKind } from '../model/record';
import { asciiDigits } from '../model/values';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

export type InvalidPhoneThresholds = {
  kinds: string[];
  /** Flag 000000…, 1234567… and other filler typed into a required field. */
  checkPlaceholders: boolean;
};

export type PhoneProblem = 'unparseable' | 'invalid' | 'placeholder';

const ID = 'invalid-phone';

// "ext. 12", "x12", "#12", Japanese 内線, Persian داخلی: an extension does not make a number invalid
const EXTENSION_RE = /\s*(?:;?ext\.?|extension|x|#|内線|內線|داخلی)\s*:?\s*\d{1,6}\s*$/i;

function placeholderDigits(digits: string): boolean {
  if (digits.length < 5) return false;
  if (/^(\d)\1+$/.test(digits)) return true;
  return '01234567890123456789'.includes(digits) || '98765432109876543210'.includes(digits);
}

const cache = new Map<string, PhoneProblem | null>();
const CACHE_LIMIT = 200_000;

/** Classifies one phone value; undefined when it is a valid number. Never throws. */
export function phoneProblem(value: string, region: string | undefined, opts: { placeholders?: boolean } = {}): PhoneProblem | undefined {
  // keyed on the value as written: the lookup must stay cheaper than the normalisation
  const key = `${region ?? ''}|${opts.placeholders === false ? 0 : 1}|${value}`;
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  const text = asciiDigits(String(value).normalize('NFKC')).trim().replace(EXTENSION_RE, '');
  const result = classify(text, region, opts.placeholders !== false);
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

const REASONS: { problem: PhoneProblem; severity: Severity; key: string; text: (n: number, kind: string, region: string) => string }[] = [
  {
    problem: 'invalid',
    severity: 'medium',
    key: 'invalid_phone_invalid',
    text: (n, k, r) => `${n} ${k} records have a phone number that is not valid for its country (default region ${r})`,
  },
  {
    problem: 'unparseable',
    severity: 'medium',
    key: 'invalid_phone_unparseable',
    text: (n, k) => `${n} ${k} records have a phone value that is not a phone number`,
  },
  {
    problem: 'placeholder',
    severity: 'low',
    key: 'invalid_phone_placeholder',
    text: (n, k) => `${n} ${k} records have a placeholder phone number (000…, 123456…)`,
  },
];

const SAMPLE_SIZE = 10;

const check: CheckDefinition<InvalidPhoneThresholds> = {
  id: ID,
  category: 'data-quality',
  kinds: ['contact', 'lead', 'company', 'user'],
  weight: 1,
  title: 'Invalid phone numbers',
  defaults: { kinds: ['contact', 'lead', 'company', 'user'], checkPlaceholders: true },
  run(snapshot, config, ctx) {
    const kinds = (Array.isArray(config.kinds) ? config.kinds : []).filter(isRecordKind);
    const region = typeof ctx.defaultRegion === 'string' ? ctx.defaultRegion.trim().toUpperCase() : '';
    const supported = region !== '' && isSupportedCountry(region);
    const opts = { placeholders: config.checkPlaceholders !== false };
    const findings: Finding[] = [];
    let eligible = 0;
    let affected = 0;
    let numbers = 0;
    const totals: Record<PhoneProblem, number> = { invalid: 0, unparseable: 0, placeholder: 0 };
    for (const kind of new Set<RecordKind>(kinds)) {
      const byProblem = new Map<PhoneProblem, { records: CrmRecord[]; samples: string[] }>();
      for (const r of snapshot.of(kind)) {
        const phones = Array.isArray(r.fields.phones) ? r.fields.phones.filter((p) => typeof p === 'string' && p.trim() !== '') : [];
        if (phones.length === 0) continue;
        eligible++;
        numbers += phones.length;
        const problems = new Set<PhoneProblem>();
        // A number written the national way is valid for its own country: 0912… in Iran, 03-… in Japan.
        const own = countryCode(r.fields.country);
        const recordRegion = own && isSupportedCountry(own) ? own : supported ? region : undefined;
        for (const p of phones) {
          const problem = phoneProblem(p, recordRegion, opts);
          if (!problem || problems.has(problem)) continue;
          problems.add(problem);
          let bucket = byProblem.get(problem);
          if (!bucket) byProblem.set(problem, (bucket = { records: [], samples: [] }));
          bucket.records.push(r);
          if (bucket.samples.length < SAMPLE_SIZE) bucket.samples.push(p);
        }
        if (problems.size) affected++;
      }
      for (const reason of REASONS) {
        const bucket = byProblem.get(reason.problem);
        if (!bucket) continue;
        const n = bucket.records.length;
        totals[reason.problem] += n;
        findings.push(
          finding(
            ID,
            reason.severity,
            bucket.records,
            msg(reason.key, reason.text(n, kind, supported ? region : 'none'), { count: n, kind, region: supported ? region : '' }),
            {
              kind,
              reason: reason.problem,
              defaultRegion: supported ? region : null,
              samples: bucket.samples,
            },
          ),
        );
      }
    }
    if (eligible === 0) return noData('invalid_phone_no_data', 'Not enough data: no phone numbers seen');
    return { status: 'ok', findings, metrics: { eligible, affected, numbers, unsupportedRegion: supported ? 0 : 1, ...totals } };
  },
};

export default check;
