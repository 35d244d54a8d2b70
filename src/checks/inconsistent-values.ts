// Inconsistent values: one concept spelled several ways in a picklist-like field ("USA",
// "U.S.", "United States", "us"; "Iran", "ایران", "IR"; "Japan", "日本", "JP"; "Closed Won",
// "closed-won"). Values are normalised (Unicode NFKC, case, Latin diacritics, Arabic/Persian
// letter variants, digits, spacing and punctuation) and, for countries and currencies, mapped
// through a small alias table; a normalised value written in two or more ways is a finding.
// Affected = records whose spelling is not the most common one (what a clean-up would touch).
// Custom columns that look like picklists (few distinct short values) are checked too.
import { aliasTable, COUNTRY_CODES, normKey } from '../model/countries';
import type { Finding } from '../model/finding';
import { isRecordKind, type CrmRecord, type RecordKind } from '../model/record';
import { matchHeader } from '../readers/dictionary';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

export type InconsistentValuesThresholds = {
  kinds: string[];
  /** Canonical fields treated as picklists. */
  fields: string[];
  /** Flag a value written in at least this many ways. */
  minSpellings: number;
  /** Also check unmapped columns that look like picklists. */
  customFields: boolean;
};

const ID = 'inconsistent-values';

const DEFAULT_FIELDS = [
  'country',
  'state',
  'city',
  'industry',
  'leadSource',
  'lifecycle',
  'stage',
  'status',
  'currency',
  'team',
  'priority',
  'preferredContactMethod',
  'lossReason',
  'role',
  'tags',
  'lists',
];

const CURRENCY_ALIASES: Record<string, string[]> = {
  USD: ['usd', '$', 'us$', 'us dollar', 'dollar', 'dollars', 'دلار', 'ドル', '米ドル'],
  EUR: ['eur', '€', 'euro', 'euros', 'یورو', 'ユーロ'],
  GBP: ['gbp', '£', 'pound', 'pounds', 'pound sterling', 'پوند', 'ポンド'],
  JPY: ['jpy', '¥', 'yen', '円', '日本円', 'ین'],
  IRR: ['irr', 'rial', 'rials', 'ریال', 'リアル'],
  IRT: ['irt', 'toman', 'tomans', 'تومان'],
};

const CURRENCIES = aliasTable(CURRENCY_ALIASES);
const COUNTRIES = COUNTRY_CODES;

// Distinct values are few (picklists), cells are many: normalise each distinct value once.
// One cache per alias table, keyed by the value itself (its hash is already computed).
const conceptCaches = { country: new Map<string, string>(), currency: new Map<string, string>(), other: new Map<string, string>() };
function conceptOf(field: string, value: string): string {
  const which = field === 'country' ? 'country' : field === 'currency' ? 'currency' : 'other';
  const cache = conceptCaches[which];
  let concept = cache.get(value);
  if (concept !== undefined) return concept;
  const key = normKey(value);
  concept = which === 'country' ? (COUNTRIES.get(key) ?? key) : which === 'currency' ? (CURRENCIES.get(key) ?? key) : key;
  if (cache.size > 50_000) cache.clear();
  cache.set(value, concept);
  return concept;
}

/** Per field: concept → spelling → indexes of records (within the kind). */
type FieldValues = Map<string, Map<string, number[]>>;

function add(values: FieldValues, concept: string, spelling: string, i: number): void {
  let spellings = values.get(concept);
  if (!spellings) values.set(concept, (spellings = new Map()));
  const list = spellings.get(spelling);
  if (list) {
    if (list[list.length - 1] !== i) list.push(i);
  } else spellings.set(spelling, [i]);
}

// A custom column is picklist-like when its values repeat: few distinct, short values.
const PICKLIST_MAX_DISTINCT = 100;
const PICKLIST_MIN_FILLED = 10;
const PICKLIST_MAX_LENGTH = 40;

const check: CheckDefinition<InconsistentValuesThresholds> = {
  id: ID,
  category: 'data-quality',
  kinds: ['contact', 'lead', 'company', 'deal', 'task', 'activity', 'ticket', 'user', 'campaign'],
  weight: 1,
  title: 'Inconsistent values',
  defaults: {
    kinds: ['contact', 'lead', 'company', 'deal', 'task', 'activity', 'ticket', 'user', 'campaign'],
    fields: DEFAULT_FIELDS,
    minSpellings: 2,
    customFields: true,
  },
  run(snapshot, config) {
    const kinds = (Array.isArray(config.kinds) ? config.kinds : []).filter(isRecordKind);
    const fields = [
      ...new Set((Array.isArray(config.fields) ? config.fields : DEFAULT_FIELDS).filter((f): f is string => typeof f === 'string')),
    ];
    const minSpellings = typeof config.minSpellings === 'number' && config.minSpellings >= 2 ? Math.floor(config.minSpellings) : 2;
    const custom = config.customFields !== false;
    const findings: Finding[] = [];
    let eligible = 0;
    let affected = 0;
    let groups = 0;
    for (const kind of new Set<RecordKind>(kinds)) {
      const records = snapshot.of(kind);
      if (records.length === 0) continue;
      const byField = new Map<string, FieldValues>(fields.map((f) => [f, new Map()]));
      // 1 = has a value in a checked field; records are referred to by index from here on
      const has = new Uint8Array(records.length);
      // custom columns: header → spelling → record indexes, dropped (null) once they stop looking like picklists
      const customCols = new Map<string, Map<string, number[]> | null>();
      const headerField = new Map<string, string | undefined>();
      const shape: string[] = [];
      const shapeMapped: boolean[] = [];
      for (let i = 0; i < records.length; i++) {
        const r = records[i]!;
        const f = r.fields as Record<string, unknown>;
        // for…in over the fields a record has beats 16 keyed lookups on objects of many shapes
        for (const field in f) {
          const values = byField.get(field);
          if (!values) continue;
          const v = f[field];
          if (typeof v === 'string') {
            if (v.trim() === '') continue;
            const concept = conceptOf(field, v);
            if (!concept) continue;
            has[i] = 1;
            add(values, concept, v, i);
          } else if (Array.isArray(v)) {
            for (const item of v) {
              if (typeof item !== 'string' || item.trim() === '') continue;
              const concept = conceptOf(field, item);
              if (!concept) continue;
              has[i] = 1;
              add(values, concept, item, i);
            }
          }
        }
        if (!custom) continue;
        const raw = r.raw;
        let k = 0;
        for (const header in raw) {
          // same column order as the previous record (one page, one file): no lookup needed
          let mapped: boolean;
          if (shape[k] === header) mapped = shapeMapped[k]!;
          else {
            let field = headerField.get(header);
            if (field === undefined && !headerField.has(header)) {
              field = matchHeader(header, kind);
              headerField.set(header, field);
            }
            mapped = !!field;
            shape[k] = header;
            shapeMapped[k] = mapped;
          }
          k++;
          if (mapped) continue;
          const value = raw[header];
          if (typeof value !== 'string' || value === '' || value.trim() === '') continue;
          let col = customCols.get(header);
          if (col === null) continue;
          if (col === undefined) customCols.set(header, (col = new Map()));
          const list = col.get(value);
          if (list) list.push(i);
          else if (value.length > PICKLIST_MAX_LENGTH || col.size >= PICKLIST_MAX_DISTINCT * 2) customCols.set(header, null);
          else col.set(value, [i]);
        }
      }
      for (const [header, col] of customCols) {
        if (!col) continue;
        let filled = 0;
        for (const l of col.values()) filled += l.length;
        if (filled < PICKLIST_MIN_FILLED || col.size > PICKLIST_MAX_DISTINCT || col.size > filled / 2) continue;
        const values: FieldValues = new Map();
        for (const [spelling, list] of col) {
          const concept = conceptOf('', spelling);
          if (!concept) continue;
          for (const i of list) {
            has[i] = 1;
            add(values, concept, spelling, i);
          }
        }
        byField.set(`raw:${header}`, values);
      }
      const off = new Uint8Array(records.length);
      for (const [fieldKey, values] of byField) {
        const field = fieldKey.startsWith('raw:') ? fieldKey.slice(4) : fieldKey;
        for (const [concept, spellings] of values) {
          if (spellings.size < minSpellings) continue;
          const ranked = [...spellings.entries()].sort((a, b) => b[1].length - a[1].length);
          const [dominant] = ranked[0]!;
          const flagged: CrmRecord[] = [];
          for (const [, list] of ranked.slice(1)) {
            for (const i of list) {
              flagged.push(records[i]!);
              off[i] = 1;
            }
          }
          groups++;
          const spellingText = ranked.map(([sp, l]) => `${sp} (${l.length})`).join(', ');
          const params = { field, kind, count: ranked.length, spellings: spellingText, suggested: dominant, affected: flagged.length };
          findings.push(
            finding(
              ID,
              'low',
              flagged,
              msg(
                'inconsistent_values_variants',
                `${field} on ${kind} records: one value written ${ranked.length} ways: ${spellingText}`,
                params,
              ),
              {
                kind,
                field,
                custom: fieldKey.startsWith('raw:'),
                concept,
                suggested: dominant,
                spellings: Object.fromEntries(ranked.map(([sp, l]) => [sp, l.length])),
              },
            ),
          );
        }
      }
      for (let i = 0; i < records.length; i++) {
        eligible += has[i]!;
        affected += off[i]!;
      }
    }
    if (eligible === 0)
      return noData('inconsistent_values_no_data', 'Not enough data: no picklist values (country, stage, status, tags…) seen');
    return { status: 'ok', findings, metrics: { eligible, affected, groups } };
  },
};

export default check;
