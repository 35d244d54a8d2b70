// Missing key data: records without a way to reach them, an owner, a stage… Required fields
// are configurable per record kind. A field is only required once its column has been seen
// on some record of that kind (a CRM list view shows a handful of columns: a hidden column is
// not an empty one); what could not be checked is reported as an info finding.
import type { Finding, Severity } from '../model/finding';
import { isRecordKind, type CanonicalFields, type CrmRecord, type FieldKey, type RecordKind } from '../model/record';
import { matchHeader } from '../readers/dictionary';
import type { CheckDefinition } from './types';
import { fieldsInUse, finding, msg, noData } from './util';

export type MissingKeyDataThresholds = {
  /** Per kind: required canonical fields, plus `contactMethod` (an e-mail or a phone). */
  contact: string[];
  lead: string[];
  company: string[];
  deal: string[];
  /** Require a field only when its column was seen on some record of the kind. */
  onlySeenColumns: boolean;
};

const ID = 'missing-key-data';

/** Pseudo-field: any way to reach the person. */
const CONTACT_METHOD = 'contactMethod';

const LABELS: Record<string, string> = {
  contactMethod: 'e-mail or phone',
  owner: 'owner',
  lifecycle: 'lead or lifecycle stage',
  preferredContactMethod: 'preferred contact method',
  company: 'company',
  amount: 'amount',
  closeDate: 'close date',
  stage: 'stage',
  name: 'name',
  website: 'website',
  industry: 'industry',
  country: 'country',
};

const SEVERITY: Record<string, Severity> = {
  contactMethod: 'high',
  owner: 'medium',
  lifecycle: 'medium',
  amount: 'medium',
  stage: 'medium',
};

// Values people type when they have nothing to type: they don't count as filled.
const PLACEHOLDERS = new Set([
  '-',
  '--',
  '—',
  '?',
  '؟',
  'n/a',
  'na',
  'none',
  'null',
  'unknown',
  'tbd',
  '.',
  'نامشخص',
  'ندارد',
  '-ندارد-',
  'なし',
  '不明',
  '未設定',
]);

function filledValue(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  // no placeholder is longer than 8 characters: skip the lower-casing for real values
  if (typeof v === 'string') return v.length > 8 ? true : v.trim() !== '' && !PLACEHOLDERS.has(v.trim().toLowerCase());
  if (Array.isArray(v)) return v.some(filledValue);
  if (typeof v === 'number') return Number.isFinite(v);
  return true;
}

/** Which canonical fields a requirement reads: `lifecycle` also accepts a lead status or stage on people, `owner`/`company` their ids. */
function sourcesOf(requirement: string, kind: RecordKind): FieldKey[] {
  if (requirement === CONTACT_METHOD) return ['emails', 'phones'];
  if (requirement === 'lifecycle' && (kind === 'contact' || kind === 'lead')) return ['lifecycle', 'status', 'stage'];
  // a link by id is as good as a name: CRMs' API payloads carry only the id
  if (requirement === 'owner') return ['owner', 'ownerId'];
  if (requirement === 'company') return ['company', 'companyId'];
  return [requirement as FieldKey];
}

function isFilled(r: CrmRecord, sources: FieldKey[]): boolean {
  const f = r.fields as Record<string, unknown>;
  for (const s of sources) if (filledValue(f[s])) return true;
  return false;
}

const KNOWN_FIELDS = new Set<string>([CONTACT_METHOD]);
function isKnownRequirement(name: string): boolean {
  // a canonical field name maps to itself in the header dictionary
  return KNOWN_FIELDS.has(name) || matchHeader(name) === (name as keyof CanonicalFields);
}

const check: CheckDefinition<MissingKeyDataThresholds> = {
  id: ID,
  category: 'data-quality',
  kinds: ['contact', 'lead', 'company', 'deal'],
  weight: 2,
  title: 'Missing key data',
  defaults: {
    contact: [CONTACT_METHOD, 'owner', 'lifecycle', 'preferredContactMethod', 'company'],
    lead: [CONTACT_METHOD, 'owner', 'lifecycle'],
    company: ['owner'],
    deal: ['owner', 'amount', 'closeDate'],
    onlySeenColumns: true,
  },
  run(snapshot, config) {
    const onlySeen = config.onlySeenColumns !== false;
    const findings: Finding[] = [];
    let eligible = 0;
    let affected = 0;
    let checkedFields = 0;
    const perKind: Record<string, number> = {};
    for (const [key, value] of Object.entries(config)) {
      if (!isRecordKind(key) || !Array.isArray(value)) continue;
      const kind = key;
      const records = snapshot.of(kind);
      if (records.length === 0) continue;
      const requirements = [...new Set(value.filter((v): v is string => typeof v === 'string' && isKnownRequirement(v)))];
      const groups = requirements.map((name) => sourcesOf(name, kind));
      const seen = onlySeen ? fieldsInUse(records, kind, new Set(groups.flat()), (seen) => groups.every((g) => g.some((f) => seen.has(f)))) : undefined;
      const active: { name: string; sources: FieldKey[] }[] = [];
      for (const name of requirements) {
        const sources = sourcesOf(name, kind);
        if (seen && !sources.some((s) => seen.has(s))) {
          const label = LABELS[name] ?? name;
          findings.push(
            finding(
              ID,
              'info',
              [],
              msg('missing_key_data_not_seen', `Not checked on ${kind} records: no ${label} column seen`, { kind, field: name }),
              { kind, field: name },
            ),
          );
          continue;
        }
        active.push({ name, sources });
      }
      if (active.length === 0) continue;
      checkedFields += active.length;
      const missing = active.map(() => [] as CrmRecord[]);
      let kindAffected = 0;
      for (const r of records) {
        let bad = false;
        for (let i = 0; i < active.length; i++) {
          if (!isFilled(r, active[i]!.sources)) {
            missing[i]!.push(r);
            bad = true;
          }
        }
        if (bad) kindAffected++;
      }
      eligible += records.length;
      affected += kindAffected;
      perKind[`${kind}Affected`] = kindAffected;
      active.forEach((req, i) => {
        const list = missing[i]!;
        if (list.length === 0) return;
        const label = LABELS[req.name] ?? req.name;
        const params = { count: list.length, total: records.length, kind, field: req.name };
        findings.push(
          finding(
            ID,
            SEVERITY[req.name] ?? 'low',
            list,
            msg('missing_key_data_field', `${list.length} of ${records.length} ${kind} records have no ${label}`, params),
            {
              kind,
              field: req.name,
              reads: req.sources,
              missing: list.length,
              total: records.length,
            },
          ),
        );
      });
    }
    if (eligible === 0) {
      return noData('missing_key_data_no_data', 'Not enough data: none of the key fields (contact method, owner, stage…) were seen');
    }
    return { status: 'ok', findings, metrics: { eligible, affected, checkedFields, ...perKind } };
  },
};

export default check;
