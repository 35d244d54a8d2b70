// What each list shows, in the order a CRM list view would, and how values are written out.
// The first column is the record's name, linking to its page.

export const LIST_COLUMNS = {
  contacts: [
    'name',
    'email',
    'phone',
    'companyName',
    'ownerName',
    'lifecycleStage',
    'leadSource',
    'tags',
    'country',
    'lastActivityAt',
    'createdAt',
    'updatedAt',
  ],
  companies: ['name', 'domain', 'phone', 'industry', 'city', 'country', 'ownerName', 'createdAt', 'updatedAt'],
  deals: [
    'name',
    'companyName',
    'contactName',
    'amount',
    'currency',
    'stage',
    'closeDate',
    'lossReason',
    'stageChangedAt',
    'ownerName',
    'createdAt',
    'updatedAt',
  ],
  tasks: ['subject', 'status', 'dueDate', 'relatedTo', 'ownerName', 'createdAt'],
  activities: ['subject', 'type', 'date', 'contactName', 'dealName', 'ownerName', 'team'],
  users: ['name', 'email', 'team', 'role', 'active', 'lastLoginAt'],
};

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/** "Emily Johnson", but "佐藤 太郎": Japanese names are family name first. */
export function recordTitle(kind, r) {
  if (kind === 'contacts') {
    const first = (r.firstName ?? '').trim();
    const last = (r.lastName ?? '').trim();
    const parts = CJK.test(first + last) ? [last, first] : [first, last];
    return parts.filter(Boolean).join(' ') || r.email || r.id;
  }
  return r.name ?? r.subject ?? r.id;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Plain text for a value; `long` keeps the time of day (record pages). */
export function formatValue(key, value, long) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return key === 'amount' ? value.toLocaleString('en-US') : String(value);
  if (TIMESTAMP.test(value)) return long ? `${value.slice(0, 10)} ${value.slice(11, 16)}` : value.slice(0, 10);
  return String(value);
}

const ID_PREFIXES = { con_: 'contacts', co_: 'companies', deal_: 'deals', task_: 'tasks', act_: 'activities', usr_: 'users' };

function pageOfId(id) {
  const prefix = Object.keys(ID_PREFIXES).find((p) => typeof id === 'string' && id.startsWith(p));
  return prefix ? `/${ID_PREFIXES[prefix]}/${encodeURIComponent(id)}` : null;
}

/** Where a value should link to, if anywhere. Schemes are fixed here, never taken from data. */
export function linkFor(key, record) {
  const value = record[key];
  if (value === null || value === undefined || value === '') return null;
  switch (key) {
    case 'email':
      return `mailto:${value}`;
    case 'phone':
      return `tel:${String(value).replace(/\s+/g, '')}`;
    case 'companyId':
    case 'contactId':
    case 'dealId':
    case 'ownerId':
    case 'relatedTo':
      return pageOfId(value);
    case 'companyName':
      return pageOfId(record.companyId);
    case 'contactName':
      return pageOfId(record.contactId);
    case 'dealName':
      return pageOfId(record.dealId);
    case 'ownerName':
      return pageOfId(record.ownerId);
    default:
      return null;
  }
}
