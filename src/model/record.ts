// Canonical CRM records: what every reader produces and every check consumes.
// Readers map whatever a CRM shows or sends into `fields`; the untouched text stays in `raw`
// so a finding can always be traced back to what the user saw.

export const RECORD_KINDS = [
  'contact',
  'lead',
  'company',
  'deal',
  'task',
  'activity',
  'user',
  'ticket',
  'campaign',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && (RECORD_KINDS as readonly string[]).includes(value);
}

/** How a record reached us; used for evidence and for "sync-duplicates" (bursts by one source). */
export type ReadVia = 'dom-table' | 'dom-grid' | 'dom-list' | 'dom-record' | 'api' | 'import';

export interface RecordSource {
  /** CRM origin ("https://acme.my.salesforce.com") or "file:<name>" for imports. */
  origin: string;
  /** The record's id in its CRM (or the export's id column). */
  id: string;
  /** True when no id was visible and `id` is a content hash: such records can't be re-found reliably. */
  idIsHash?: boolean;
  /** The CRM's own object name ("Contact", "persons", "res.partner"). */
  objectType?: string;
  url?: string;
  via: ReadVia;
}

export type ActivityType = 'call' | 'email' | 'meeting' | 'note' | 'task' | 'other';

/**
 * The fields the checks and the duplicate engine understand. All optional: a CRM list view
 * shows a handful of columns, and checks must cope with what is there.
 * Dates are ISO 8601 strings (normalised by readers with `parseDate`), amounts are numbers.
 */
export interface CanonicalFields {
  // identity
  name?: string;
  firstName?: string;
  lastName?: string;
  emails?: string[];
  phones?: string[];
  title?: string;
  company?: string;
  companyId?: string;
  website?: string;
  // address
  street?: string;
  city?: string;
  postcode?: string;
  state?: string;
  country?: string;
  birthDate?: string;
  // ownership
  owner?: string;
  ownerId?: string;
  team?: string;
  // pipeline / status
  stage?: string;
  status?: string;
  lifecycle?: string;
  leadSource?: string;
  lossReason?: string;
  amount?: number;
  currency?: string;
  priority?: string;
  industry?: string;
  // dates
  createdAt?: string;
  updatedAt?: string;
  lastActivityAt?: string;
  closeDate?: string;
  dueDate?: string;
  completedAt?: string;
  stageChangedAt?: string;
  lastLoginAt?: string;
  // segmentation
  tags?: string[];
  lists?: string[];
  // compliance / marketing
  consent?: string;
  lawfulBasis?: string;
  marketingOptIn?: boolean;
  preferredContactMethod?: string;
  notes?: string;
  // activities and relations
  activityType?: ActivityType;
  subject?: string;
  activityDate?: string;
  contactId?: string;
  dealId?: string;
  relatedTo?: string;
  // users
  active?: boolean;
  role?: string;
  // campaigns / e-mail integrations: counts reported by the CRM
  sent?: number;
  delivered?: number;
  opened?: number;
  clicked?: number;
  replied?: number;
  recipients?: number;
}

export type FieldKey = keyof CanonicalFields;

export interface CrmRecord {
  kind: RecordKind;
  source: RecordSource;
  fields: CanonicalFields;
  /** Label → text as the CRM showed it (header or API key). Kept for unused-fields and evidence. */
  raw: Record<string, string>;
  /** ISO time the record was last read. */
  seenAt: string;
}

/** Store key: one record per CRM origin + kind + id. */
export function recordKey(r: Pick<CrmRecord, 'kind'> & { source: Pick<RecordSource, 'origin' | 'id'> }): string {
  return `${r.source.origin}|${r.kind}|${r.source.id}`;
}

/** Display name used in findings and the popup; never empty. */
export function displayName(r: CrmRecord): string {
  const f = r.fields;
  const person = [f.firstName, f.lastName].filter(Boolean).join(' ');
  return f.name || person || f.subject || f.emails?.[0] || f.phones?.[0] || `${r.kind} ${r.source.id}`;
}
