// Pure (no extension API): the extension passes chrome.i18n, the CLI's HTML report its string
// tables (src/report/html-dictionary.ts), so both localise params by the same rule.
//
// Engine messages put English ids into some params ("contact", "leadSource", "data-quality",
// "very-good"…). Before `tm` substitutes such a param it is swapped for its localised name;
// a value with no message (a custom column, a team name typed in the CRM) stays as it is.
//
// The rule depends on the param's name only, the same for every message key:
//   kind, module        a record kind → kind_<kind>. The engine's English uses these values as
//                       they are, i.e. singular ("{kind} records", "the same {kind}").
//   unit                the engine's English plural ("contacts", see unitOf in src/score) →
//                       kind_<kind>_plural; "records" → unit_records.
//                       So a kind is plural exactly where the English text shows the plural.
//   kinds               "contact, lead or company" → each as kind_<kind>, as a localised "or" list.
//   field, other        a canonical field name → field_<name>; left raw in unused_fields_*,
//                       where it is the CRM's own column name, quoted as the user sees it.
//   dimensions          "tags, lifecycle" → each as field_<name>, as a localised list.
//   category            "data-quality" → categoryDataQuality.
//   grade               "very-good" → grade_very_good.
//   severity            "high" → severity_high.
//   check               "stale-records" → check_stale_records_title.
//   noData              check ids or categories, comma-separated → a localised list of their names.
// Numbers are written in the language's digits and grouping (Intl): ۱۲ in Persian, 1,234 in English.
import { isRecordKind, RECORD_KINDS } from '../model/record';
import { unitOf } from '../score/explain';

/** A message by name, or '' when there is none. */
export type MessageLookup = (name: string) => string;

const KIND_OF_PLURAL = new Map<string, string>(RECORD_KINDS.map((k) => [unitOf([k]), k]));

/** Messages whose `field` is a raw column name rather than a canonical field. */
const RAW_FIELD_KEYS = new Set(['unused_fields_empty', 'unused_fields_rare']);

/** `localise(key, name, value)`: the text to put in place of `{name}` in message `key`'s template. */
export function paramLocaliser(message: MessageLookup, lang: string): (key: string, name: string, value: string | number) => string {
  const kindName = (value: string) => {
    const plural = KIND_OF_PLURAL.get(value);
    const name = isRecordKind(value) ? `kind_${value}` : plural ? `kind_${plural}_plural` : `unit_${value}`;
    return message(name) || value;
  };
  const fieldName = (value: string) => message(`field_${value}`) || value;
  const checkName = (value: string) => message(`check_${value.replace(/-/g, '_')}_title`) || value;
  const categoryName = (value: string) => message(`category${value.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase())}`);
  const list = (value: string, separator: RegExp, name: (item: string) => string, type: 'conjunction' | 'disjunction') => {
    const items = value.split(separator).filter(Boolean).map(name);
    try {
      return new Intl.ListFormat(lang, { type }).format(items);
    } catch {
      return items.join(', ');
    }
  };
  const byParam: Record<string, (value: string) => string> = {
    kind: kindName,
    module: kindName,
    unit: kindName,
    kinds: (v) => list(v, /,\s*|\s+or\s+/, kindName, 'disjunction'),
    field: fieldName,
    other: fieldName,
    dimensions: (v) => list(v, /,\s*/, fieldName, 'conjunction'),
    category: (v) => categoryName(v) || v,
    grade: (v) => message(`grade_${v.replace(/-/g, '_')}`) || v,
    severity: (v) => message(`severity_${v}`) || v,
    check: checkName,
    noData: (v) => list(v, /,\s*/, (id) => categoryName(id) || checkName(id), 'conjunction'),
  };
  let numbers: Intl.NumberFormat | undefined;
  try {
    numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  } catch {
    numbers = undefined;
  }
  return (key, name, value) => {
    if (typeof value === 'number') return numbers && Number.isFinite(value) ? numbers.format(value) : String(value);
    if (typeof value !== 'string') return String(value);
    if (name === 'field' && RAW_FIELD_KEYS.has(key)) return value;
    const localise = Object.hasOwn(byParam, name) ? byParam[name] : undefined;
    return localise ? localise(value) : value;
  };
}
