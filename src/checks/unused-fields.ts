// Unused fields: columns (custom fields above all) that almost nobody fills in. Measured on
// the raw columns the CRM showed or exported, per record kind. The unit here is a field, not
// a record: eligible = fields looked at, affected = fields filled on under the threshold.
// Kinds with too few records are skipped: 1 of 3 records says nothing about a field.
import type { Finding } from '../model/finding';
import { isRecordKind, type RecordKind } from '../model/record';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

export type UnusedFieldsThresholds = {
  kinds: string[];
  /** A field filled on fewer than this share of records (percent) is flagged. */
  minFillPercent: number;
  /** Kinds with fewer records than this are not judged. */
  minRecords: number;
  /** Raw column names never flagged (compared case-insensitively). */
  ignoreFields: string[];
};

const ID = 'unused-fields';

const BLANKS = new Set(['', '-', '--', '—', 'n/a', 'null', 'undefined', 'none']);

/**
 * False when a value cannot be one of BLANKS once trimmed and lower-cased: those start with
 * "-", "—", "n" or "u", and only padding (ASCII controls/space or non-ASCII spaces) can come
 * first. Saves the trim and lower-case copies on the short values most cells hold.
 */
function mayBeBlank(value: string): boolean {
  const c = value.charCodeAt(0);
  return c <= 32 || c >= 0x80 || c === 45 || c === 78 || c === 110 || c === 85 || c === 117;
}

const check: CheckDefinition<UnusedFieldsThresholds> = {
  id: ID,
  category: 'data-quality',
  kinds: ['contact', 'lead', 'company', 'deal', 'task', 'ticket'],
  weight: 1,
  title: 'Unused fields',
  defaults: { kinds: ['contact', 'lead', 'company', 'deal', 'task', 'ticket'], minFillPercent: 5, minRecords: 20, ignoreFields: [] },
  run(snapshot, config) {
    const kinds = (Array.isArray(config.kinds) ? config.kinds : []).filter(isRecordKind);
    const minPercent = typeof config.minFillPercent === 'number' && config.minFillPercent >= 0 ? config.minFillPercent : 5;
    const minRecords = typeof config.minRecords === 'number' && config.minRecords >= 1 ? config.minRecords : 20;
    const ignore = new Set(
      (Array.isArray(config.ignoreFields) ? config.ignoreFields : [])
        .filter((s) => typeof s === 'string')
        .map((s) => s.trim().toLowerCase()),
    );
    const findings: Finding[] = [];
    let eligible = 0;
    let affected = 0;
    let emptyFields = 0;
    let kindsJudged = 0;
    for (const kind of new Set<RecordKind>(kinds)) {
      const records = snapshot.of(kind);
      if (records.length < minRecords) continue;
      // This loop sees every cell. Records read from one page or file list their columns in
      // the same order, so the column at position k is usually the one the previous record had
      // there: an identity check on the (interned) header replaces the Map lookup.
      const index = new Map<string, number>();
      const counts: number[] = [];
      const shape: string[] = [];
      const slots: number[] = [];
      for (const r of records) {
        const raw = r.raw;
        let k = 0;
        for (const header in raw) {
          let i: number;
          if (shape[k] === header) i = slots[k]!;
          else {
            let found = index.get(header);
            if (found === undefined) {
              found = counts.length;
              index.set(header, found);
              counts.push(0);
            }
            i = found;
            shape[k] = header;
            slots[k] = found;
          }
          k++;
          const value = raw[header];
          if (typeof value === 'string' && value !== '' && (value.length > 9 || !mayBeBlank(value) || !BLANKS.has(value.trim().toLowerCase()))) counts[i]!++;
        }
      }
      const filled = new Map([...index].map(([header, i]) => [header, counts[i]!] as const));
      if (filled.size === 0) continue;
      kindsJudged++;
      const total = records.length;
      const sorted = [...filled.entries()]
        .filter(([h]) => !ignore.has(h.trim().toLowerCase()))
        .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
      for (const [field, count] of sorted) {
        eligible++;
        const percent = (count / total) * 100;
        if (percent >= minPercent) continue;
        affected++;
        const shown = Math.round(percent * 10) / 10;
        const evidence = { kind, field, filled: count, total, percent: shown, minFillPercent: minPercent };
        if (count === 0) {
          emptyFields++;
          findings.push(
            finding(
              ID,
              'low',
              [],
              msg('unused_fields_empty', `Field “${field}” is empty on all ${total} ${kind} records`, { field, kind, total }),
              evidence,
            ),
          );
        } else {
          findings.push(
            finding(
              ID,
              'low',
              [],
              msg('unused_fields_rare', `Field “${field}” is filled on ${shown}% of ${kind} records (${count} of ${total})`, {
                field,
                kind,
                percent: shown,
                filled: count,
                total,
              }),
              evidence,
            ),
          );
        }
      }
    }
    if (eligible === 0) {
      return noData('unused_fields_no_data', `Not enough data: no record kind with ${minRecords} or more records and their fields seen`, {
        min: minRecords,
      });
    }
    return { status: 'ok', findings, metrics: { eligible, affected, emptyFields, kindsJudged, minFillPercent: minPercent } };
  },
};

export default check;
