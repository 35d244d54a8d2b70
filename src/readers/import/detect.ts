// What an export file holds: its record kind (from a file name, a JSON key or the headers)
// and which column is the record's own id. Words in English, Persian and Japanese, and the
// CRMs' own object names.
import type { FieldKey, RecordKind } from '../../model/record';
import { matchHeader, normaliseHeader } from '../dictionary';

const KIND_WORDS: Record<RecordKind, string[]> = {
  contact: [
    'contact',
    'contacts',
    'person',
    'persons',
    'people',
    'customer',
    'customers',
    'client',
    'clients',
    'مخاطب',
    'مخاطبین',
    'مخاطبان',
    'مشتری',
    'مشتریان',
    '連絡先',
    '取引先責任者',
    '顧客',
    'コンタクト',
  ],
  lead: ['lead', 'leads', 'prospect', 'prospects', 'سرنخ', 'سرنخها', 'سرنخ‌ها', 'リード', '見込み客', '見込客'],
  company: [
    'company',
    'companies',
    'account',
    'accounts',
    'organization',
    'organizations',
    'organisation',
    'organisations',
    'org',
    'orgs',
    'شرکت',
    'شرکتها',
    'شرکت‌ها',
    'سازمان',
    'سازمانها',
    'سازمان‌ها',
    '取引先',
    '会社',
    '企業',
  ],
  deal: [
    'deal',
    'deals',
    'opportunity',
    'opportunities',
    'معامله',
    'معاملات',
    'معامله‌ها',
    'فرصت',
    'فرصتها',
    'فرصت‌ها',
    '商談',
    '案件',
    '取引',
  ],
  task: ['task', 'tasks', 'todo', 'todos', 'وظیفه', 'وظایف', 'وظیفه‌ها', 'タスク', 'todo'],
  activity: [
    'activity',
    'activities',
    'engagement',
    'engagements',
    'call',
    'calls',
    'meeting',
    'meetings',
    'فعالیت',
    'فعالیتها',
    'فعالیت‌ها',
    '活動',
    '活動履歴',
    'アクティビティ',
  ],
  user: ['user', 'users', 'owner', 'owners', 'staff', 'employee', 'employees', 'کاربر', 'کاربران', 'ユーザー', 'ユーザ', '担当者'],
  ticket: ['ticket', 'tickets', 'case', 'cases', 'تیکت', 'تیکتها', 'تیکت‌ها', 'チケット', '問い合わせ', 'ケース'],
  campaign: ['campaign', 'campaigns', 'کمپین', 'کمپینها', 'کمپین‌ها', 'キャンペーン'],
};

function normWord(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200c\u200d]/g, '');
}

const WORD_KIND = new Map<string, RecordKind>();
for (const [kind, words] of Object.entries(KIND_WORDS) as [RecordKind, string[]][]) for (const w of words) WORD_KIND.set(normWord(w), kind);
// Non-Latin words are found inside longer names ("مخاطبین_۱۴۰۳", "商談一覧"), longest first so
// 取引先責任者 (contacts) wins over 取引先 (companies) and 取引 (deals).
const EMBEDDED_WORDS = [...WORD_KIND.keys()].filter((w) => !/^[a-z]+$/.test(w)).sort((a, b) => b.length - a.length);

/** A kind named by a single word: "contacts", "Deal", "شرکت‌ها", "商談". */
export function kindFromWord(word: string): RecordKind | undefined {
  return WORD_KIND.get(normWord(word.trim()));
}

/** A kind from a file name: "contacts.csv", "deals-export-2024.csv", "hubspotCompanies.json", "مخاطبین.csv", "商談一覧.csv". */
export function kindFromFileName(fileName: string): RecordKind | undefined {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.(csv|tsv|txt|json|ndjson)$/i, '');
  const spaced = base.replace(/([a-z])([A-Z])/g, '$1 $2');
  for (const token of normWord(spaced).split(/[^\p{L}\p{N}]+/u)) {
    const kind = WORD_KIND.get(token);
    if (kind) return kind;
  }
  const whole = normWord(base);
  for (const w of EMBEDDED_WORDS) if (whole.includes(w)) return WORD_KIND.get(w);
  return undefined;
}

// How strongly a canonical field says "this file holds <kind>".
const KIND_SIGNALS: Partial<Record<RecordKind, Partial<Record<FieldKey, number>>>> = {
  deal: { stage: 2, amount: 2, closeDate: 2, lossReason: 2, stageChangedAt: 1 },
  task: { dueDate: 2, completedAt: 1, subject: 1 },
  activity: { activityType: 3, activityDate: 2, subject: 1 },
  user: { lastLoginAt: 3, role: 2, active: 2 },
  company: { website: 2, industry: 1 },
  contact: {
    firstName: 2,
    lastName: 2,
    emails: 1,
    lifecycle: 2,
    title: 1,
    company: 1,
    consent: 1,
    preferredContactMethod: 1,
    birthDate: 1,
  },
  campaign: { sent: 2, delivered: 2, opened: 2, clicked: 2, recipients: 2 },
};

/** A kind from column headers, or undefined when no kind clearly wins. */
export function kindFromHeaders(headers: readonly string[]): RecordKind | undefined {
  const fields = new Set(headers.map((h) => matchHeader(h)).filter((f): f is FieldKey => !!f));
  const scores = new Map<RecordKind, number>();
  for (const [kind, signals] of Object.entries(KIND_SIGNALS) as [RecordKind, Partial<Record<FieldKey, number>>][]) {
    let s = 0;
    for (const f of fields) s += signals[f] ?? 0;
    if (s > 0) scores.set(kind, s);
  }
  // a column naming the file's own id ("Deal ID", "Ticket ID") is a strong hint
  for (const h of headers) {
    const key = normaliseHeader(h);
    for (const kind of Object.keys(KIND_WORDS) as RecordKind[]) if (ownIdKeys(kind).has(key)) scores.set(kind, (scores.get(kind) ?? 0) + 2);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 1 || (second && second[1] === best[1])) return undefined;
  return best[0];
}

// ---------------------------------------------------------------------------------------
// Id column

const GENERIC_IDS = [
  'id',
  'record id',
  'rec_id',
  'recid',
  'object id',
  'hs_object_id',
  'uuid',
  'guid',
  'entity id',
  'row id',
  'شناسه',
  'شناسه رکورد',
  'کد',
  'レコードID',
  'ID番号',
  '_id',
].map(normaliseHeader);

const ID_WORDS: Record<RecordKind, string[]> = {
  contact: ['contact', 'person', 'people', 'مخاطب', '取引先責任者', '連絡先', '顧客'],
  lead: ['lead', 'prospect', 'سرنخ', 'リード'],
  company: ['company', 'account', 'organization', 'organisation', 'org', 'شرکت', 'سازمان', '取引先', '会社'],
  deal: ['deal', 'opportunity', 'معامله', '商談'],
  task: ['task', 'وظیفه', 'タスク'],
  activity: ['activity', 'engagement', 'call', 'meeting', 'فعالیت', '活動'],
  user: ['user', 'کاربر', 'ユーザー'],
  ticket: ['ticket', 'case', 'تیکت', 'チケット', 'ケース'],
  campaign: ['campaign', 'کمپین', 'キャンペーン'],
};

const ownIdCache = new Map<RecordKind, Set<string>>();
/** Normalised headers that name a kind's own id: "Contact ID", "ID (Contact)", "Person - ID", "شناسه مخاطب", "商談ID", "(Do Not Modify) Contact". */
function ownIdKeys(kind: RecordKind): Set<string> {
  let keys = ownIdCache.get(kind);
  if (keys) return keys;
  keys = new Set();
  for (const w of ID_WORDS[kind]) {
    for (const form of [
      `${w} id`,
      `id ${w}`,
      `${w} record id`,
      `record id ${w}`,
      `${w}_id`,
      `شناسه ${w}`,
      `${w}ID`,
      `(Do Not Modify) ${w}`,
    ])
      keys.add(normaliseHeader(form));
  }
  ownIdCache.set(kind, keys);
  return keys;
}

/** The column holding each record's own id, or undefined (rows then get content-hash ids). */
export function detectIdColumn(headers: readonly string[], kind: RecordKind, explicit?: string): string | undefined {
  if (explicit) {
    const want = normaliseHeader(explicit);
    return headers.find((h) => h === explicit) ?? headers.find((h) => normaliseHeader(h) === want);
  }
  const own = ownIdKeys(kind);
  const keys = headers.map((h) => normaliseHeader(h));
  const i = keys.findIndex((k) => own.has(k));
  if (i >= 0) return headers[i];
  for (const g of GENERIC_IDS) {
    const j = keys.indexOf(g);
    if (j >= 0) return headers[j];
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Stable content hash for rows without an id.

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Same cells (in any column order) → same id. */
export function contentHash(row: Readonly<Record<string, string>>): string {
  const text = Object.keys(row)
    .sort()
    .map((k) => `${k}\u0000${row[k]}`)
    .join('\u0001');
  return `h-${fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0')}${fnv1a(text, 0x01234567).toString(16).padStart(8, '0')}`;
}
