// Which kind of record a list or page holds, when no site profile says so: from the URL path
// ("/contacts", "/persons/list"), a heading or caption ("Contacts", "مخاطبین", "取引先責任者"),
// or the columns it shows (stage + amount are deals).
import type { FieldKey, RecordKind } from '../../model/record';

// prettier-ignore
const KIND_WORDS: [RecordKind, string[]][] = [
  ['contact', ['contact', 'contacts', 'people', 'person', 'persons', 'customer-contacts', 'مخاطب', 'مخاطبین', 'مخاطبان', 'مخاطب‌ها', 'اشخاص', 'افراد', '連絡先', '取引先責任者', 'コンタクト', 'コンタクト一覧', '連絡先一覧', '顧客担当者']],
  ['lead', ['lead', 'leads', 'prospects', 'سرنخ', 'سرنخ‌ها', 'سرنخها', 'لید', 'لیدها', 'リード', 'リード一覧', '見込み客']],
  ['company', ['company', 'companies', 'accounts', 'organization', 'organizations', 'organisation', 'organisations', 'orgs', 'org', 'شرکت', 'شرکت‌ها', 'شرکتها', 'سازمان', 'سازمان‌ها', 'سازمانها', '会社', '会社一覧', '取引先', '取引先一覧', '企業', '企業一覧']],
  ['deal', ['deal', 'deals', 'opportunity', 'opportunities', 'pipeline', 'معامله', 'معاملات', 'معامله‌ها', 'فرصت', 'فرصت‌ها', 'فرصت‌های فروش', '商談', '商談一覧', '取引', '案件']],
  ['task', ['task', 'tasks', 'todo', 'todos', 'to-dos', 'وظیفه', 'وظایف', 'کارها', 'تسک‌ها', 'タスク', 'タスク一覧', 'ToDo', 'やること']],
  ['activity', ['activity', 'activities', 'calls', 'meetings', 'events', 'engagements', 'فعالیت', 'فعالیت‌ها', 'فعالیتها', '活動', '活動履歴', 'アクティビティ', '活動一覧']],
  ['user', ['user', 'users', 'members', 'team-members', 'employees', 'کاربر', 'کاربران', 'اعضا', 'ユーザー', 'ユーザー一覧', 'メンバー']],
  ['ticket', ['ticket', 'tickets', 'case', 'cases', 'تیکت', 'تیکت‌ها', 'チケット', 'ケース', '問い合わせ']],
  ['campaign', ['campaign', 'campaigns', 'کمپین', 'کمپین‌ها', 'キャンペーン']],
];
const WORDS: Record<string, RecordKind> = {};
for (const [kind, list] of KIND_WORDS) for (const w of list) WORDS[w] = kind;

function norm(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

const WORD_MEMO = new Map<string, RecordKind | null>();

/** A single word or short title ("Contacts", "All Contacts", "My Open Deals", "مخاطبین"). */
export function kindFromWord(text: string | null | undefined): RecordKind | undefined {
  if (!text || text.length > 200) return undefined;
  const known = WORD_MEMO.get(text);
  if (known !== undefined) return known ?? undefined;
  const kind = wordKind(text);
  if (WORD_MEMO.size > 5000) WORD_MEMO.clear();
  WORD_MEMO.set(text, kind ?? null);
  return kind;
}

function wordKind(text: string): RecordKind | undefined {
  const t = norm(text)
    .replace(/[()\d,:·|]+/g, ' ')
    .trim();
  if (!t || t.length > 60) return undefined;
  const direct = WORDS[t] ?? WORDS[t.replace(/‌/g, '')];
  if (direct) return direct;
  // "All Contacts", "My open deals", "Recently viewed accounts": the last word decides
  const parts = t.split(' ');
  for (let i = parts.length - 1; i >= 0; i--) {
    const k = WORDS[parts[i]!];
    if (k) return k;
  }
  return undefined;
}

/** "/contacts", "/app/persons/list", "/crm/deals/123", "/objects/people": the first path word that names a kind. */
export function kindFromPath(pathname: string): RecordKind | undefined {
  for (const seg of pathname.split('/')) {
    if (!seg || seg.length > 40) continue;
    let s: string;
    try {
      s = decodeURIComponent(seg).toLowerCase();
    } catch {
      s = seg.toLowerCase();
    }
    const k = WORDS[s];
    if (k) return k;
  }
  return undefined;
}

/** The columns decide when nothing else does: e-mail + first name are people, stage + amount deals. */
export function kindFromFields(fields: ReadonlySet<FieldKey>): RecordKind | undefined {
  const has = (f: FieldKey) => fields.has(f);
  if (has('lastLoginAt') || (has('role') && has('active'))) return 'user';
  if (has('stage') && (has('amount') || has('closeDate'))) return 'deal';
  if (has('dueDate') && (has('subject') || has('status'))) return 'task';
  if (has('activityType') || (has('activityDate') && has('subject'))) return 'activity';
  if (has('firstName') || has('lastName') || ((has('emails') || has('phones')) && (has('title') || has('company') || has('lifecycle'))))
    return 'contact';
  if ((has('website') || has('industry')) && has('name')) return 'company';
  return undefined;
}

/** The page's own title for what it lists: a labelled region, the first h1/h2, or document.title. */
export function kindFromHeadings(root: ParentNode, doc: Document): RecordKind | undefined {
  const candidates: (string | null | undefined)[] = [];
  for (const el of Array.from(root.querySelectorAll('h1, h2, [role=heading]')).slice(0, 6)) candidates.push(el.textContent);
  candidates.push(doc.title?.split(/[|\-–—·:]/)[0]);
  for (const c of candidates) {
    const k = kindFromWord(c);
    if (k) return k;
  }
  return undefined;
}

function ownLabel(el: Element, doc: Document): string | undefined {
  const caption = el.tagName === 'TABLE' ? el.querySelector(':scope > caption') : null;
  if (caption?.textContent?.trim()) return caption.textContent;
  const labelled = el.getAttribute('aria-labelledby');
  if (labelled) {
    const text = labelled
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  return el.getAttribute('aria-label') ?? el.getAttribute('title') ?? undefined;
}

/** The heading just before a list: a previous sibling of the list or of one of its near ancestors. */
function nearestHeading(el: Element): string | undefined {
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 5; depth++, cur = cur.parentElement) {
    let sib = cur.previousElementSibling;
    for (let i = 0; sib && i < 6; i++, sib = sib.previousElementSibling) {
      if (/^H[1-4]$/.test(sib.tagName) || sib.getAttribute('role') === 'heading') return sib.textContent ?? undefined;
      const inner = sib.querySelectorAll('h1, h2, h3, h4, [role=heading]');
      const last = inner[inner.length - 1];
      if (last) return last.textContent ?? undefined;
    }
  }
  return undefined;
}

export interface KindClues {
  doc: Document;
  container: Element;
  /** Kind the page URL names, and whether the URL opens a single record (then lists on it are related lists). */
  pageKind?: RecordKind;
  onRecordPage: boolean;
  /** Kinds of the record links found in the rows, one entry per row. */
  linkKinds: (RecordKind | undefined)[];
  fields: ReadonlySet<FieldKey>;
}

/**
 * The kind of one list on the page: its own caption/label, then the URL (unless this is a record
 * page, whose lists are related lists), then what most rows link to, then the heading above it,
 * then the page's headings, then its columns.
 */
export function containerKind(c: KindClues): RecordKind | undefined {
  const own = kindFromWord(ownLabel(c.container, c.doc));
  if (own) return own;
  if (!c.onRecordPage && c.pageKind) return c.pageKind;
  const tally = new Map<RecordKind, number>();
  for (const k of c.linkKinds) if (k) tally.set(k, (tally.get(k) ?? 0) + 1);
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (top && (ranked.length === 1 || top[1] > ranked[1]![1]) && top[1] >= c.linkKinds.length * 0.5) return top[0];
  return (
    kindFromWord(nearestHeading(c.container)) ?? (c.onRecordPage ? undefined : kindFromHeadings(c.doc, c.doc)) ?? kindFromFields(c.fields)
  );
}
