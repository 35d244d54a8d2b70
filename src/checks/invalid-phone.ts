// Invalid phone numbers, validated with libphonenumber-js against the number's country (its
// +code, else the record's own country, else the audit's default region). The classification
// itself lives in phone-numbers.ts.
import { isSupportedCountry } from 'libphonenumber-js';
import { countryCode } from '../model/countries';
import type { Finding, Severity } from '../model/finding';
import { isRecordKind, type CrmRecord, type RecordKind } from '../model/record';
import { phoneProblem, type PhoneProblem } from './phone-numbers';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

export type InvalidPhoneThresholds = {
  kinds: string[];
  /** Flag 000000…, 1234567… and other filler typed into a required field. */
  checkPlaceholders: boolean;
};

const ID = 'invalid-phone';

// A record's own country as a supported region: a few spellings of a few countries, 100k records.
const regions = new Map<string, string | undefined>();
function ownRegion(country: unknown): string | undefined {
  if (typeof country !== 'string' || !country) return undefined;
  if (regions.has(country)) return regions.get(country);
  const own = countryCode(country);
  const region = own && isSupportedCountry(own) ? own : undefined;
  if (regions.size > 10_000) regions.clear();
  regions.set(country, region);
  return region;
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
const PROBLEM_BIT: Record<PhoneProblem, number> = { invalid: 1, unparseable: 2, placeholder: 4 };

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
        const list = r.fields.phones;
        if (!Array.isArray(list)) continue;
        let count = 0;
        for (const p of list) if (typeof p === 'string' && p.trim() !== '') count++;
        if (count === 0) continue;
        eligible++;
        numbers += count;
        // problems already counted for this record, as bits: no Set per record
        let seen = 0;
        // A number written the national way is valid for its own country: 0912… in Iran, 03-… in Japan.
        const recordRegion = ownRegion(r.fields.country) ?? (supported ? region : undefined);
        for (const p of list) {
          if (typeof p !== 'string' || p.trim() === '') continue;
          const problem = phoneProblem(p, recordRegion, opts);
          if (!problem || seen & PROBLEM_BIT[problem]) continue;
          seen |= PROBLEM_BIT[problem];
          let bucket = byProblem.get(problem);
          if (!bucket) byProblem.set(problem, (bucket = { records: [], samples: [] }));
          bucket.records.push(r);
          if (bucket.samples.length < SAMPLE_SIZE) bucket.samples.push(p);
        }
        if (seen) affected++;
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
            reason.problem === 'invalid' && !supported
              ? // no default region to name: its own sentence, not an empty {region} slot
                msg('invalid_phone_invalid_no_region', `${n} ${kind} records have a phone number that is not valid for its country (no default region set)`, { count: n, kind })
              : msg(reason.key, reason.text(n, kind, region), { count: n, kind, region }),
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
