// The header/label dictionary: which canonical field a column header, form label or API key
// stands for, in English, Persian and Japanese and in the CRMs' own vocabularies.
// Page readers, API mappers and the file importer all go through `matchHeader`/`mapRaw`,
// so a new synonym added here is understood everywhere at once.
import type { CanonicalFields, FieldKey, RecordKind } from '../model/record';
import { asciiDigits, parseBoolean, parseDate, parseNumber, splitList } from '../model/values';

const SYNONYMS: Partial<Record<FieldKey, string[]>> = {
  name: ['name', 'full name', 'fullname', 'contact name', 'contact', 'person', 'display name', 'deal name', 'opportunity name', 'opportunity', 'dealname', 'deal', 'title of deal', 'نام کامل', 'نام و نام خانوادگی', 'نام مخاطب', 'نام معامله', 'عنوان معامله', '氏名', '名前', 'フルネーム', '取引先責任者名', '商談名', '取引名', 'お名前'],
  firstName: ['first name', 'firstname', 'given name', 'given_name', 'first', 'forename', 'نام', '名', 'ファーストネーム', '名（名）'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'last', 'نام خانوادگی', '姓', 'ラストネーム', '名字'],
  emails: ['email', 'e-mail', 'email address', 'e-mail address', 'emails', 'mail', 'emailaddress1', 'primary email', 'work email', 'ایمیل', 'پست الکترونیک', 'رایانامه', 'نشانی ایمیل', 'メール', 'メールアドレス', 'eメール', 'Eメール'],
  phones: ['phone', 'phone number', 'telephone', 'mobile', 'mobile phone', 'mobilephone', 'work phone', 'business phone', 'telephone1', 'cell', 'tel', 'تلفن', 'شماره تلفن', 'موبایل', 'تلفن همراه', 'شماره همراه', '電話', '電話番号', '携帯電話', '携帯番号', 'TEL'],
  title: ['title', 'job title', 'jobtitle', 'position', 'role title', 'سمت', 'عنوان شغلی', '役職', '肩書き'],
  company: ['company', 'company name', 'account', 'account name', 'organization', 'organisation', 'org', 'organization name', 'associated company', 'parentcustomerid', 'شرکت', 'نام شرکت', 'سازمان', '会社', '会社名', '取引先', '取引先名', '組織', '法人名'],
  companyId: ['company id', 'account id', 'accountid', 'org id', 'organization id', 'org_id', 'شناسه شرکت', '会社ID', '取引先ID'],
  website: ['website', 'web site', 'domain', 'company domain', 'url', 'websiteurl', 'وبسایت', 'وب سایت', 'دامنه', 'ウェブサイト', 'ホームページ', 'URL', 'ドメイン'],
  street: ['street', 'street address', 'address', 'address 1', 'address line 1', 'mailing street', 'billing street', 'address1_line1', 'آدرس', 'نشانی', 'خیابان', '住所', '番地', '町名・番地'],
  city: ['city', 'town', 'suburb', 'mailing city', 'billing city', 'address1_city', 'شهر', '市区町村', '市', '都市'],
  postcode: ['postcode', 'postal code', 'zip', 'zip code', 'postalcode', 'mailing zip', 'address1_postalcode', 'کد پستی', '郵便番号'],
  state: ['state', 'province', 'region', 'state/province', 'prefecture', 'استان', '都道府県', '州'],
  country: ['country', 'country/region', 'nation', 'mailing country', 'billing country', 'address1_country', 'کشور', '国', '国名', '国/地域'],
  birthDate: ['date of birth', 'birth date', 'birthdate', 'birthday', 'dob', 'تاریخ تولد', '生年月日', '誕生日'],
  owner: ['owner', 'contact owner', 'deal owner', 'record owner', 'account owner', 'assigned to', 'assigned user', 'sales rep', 'salesperson', 'owner name', 'hubspot owner', 'ownerid', 'user', 'مالک', 'مسئول', 'کارشناس', 'کارشناس فروش', '担当者', '所有者', '営業担当', '担当'],
  ownerId: ['owner id', 'hubspot_owner_id', 'user id', 'assigned user id', 'شناسه مالک', '所有者ID', '担当者ID'],
  team: ['team', 'department', 'division', 'business unit', 'group', 'تیم', 'واحد', 'دپارتمان', 'بخش', 'チーム', '部署', '部門'],
  stage: ['stage', 'deal stage', 'dealstage', 'pipeline stage', 'opportunity stage', 'stagename', 'sales stage', 'مرحله', 'مرحله معامله', 'フェーズ', 'ステージ', '商談フェーズ', '段階'],
  status: ['status', 'state code', 'statuscode', 'task status', 'lead status', 'وضعیت', '状態', 'ステータス', '状況'],
  lifecycle: ['lifecycle stage', 'lifecycle', 'lifecyclestage', 'lead stage', 'customer stage', 'مرحله چرخه عمر', 'چرخه عمر', 'ライフサイクルステージ', 'ライフサイクル'],
  leadSource: ['lead source', 'leadsource', 'source', 'original source', 'hs_analytics_source', 'منبع', 'منبع سرنخ', 'リードソース', '流入元', 'ソース'],
  lossReason: ['loss reason', 'lost reason', 'closed lost reason', 'reason lost', 'lost_reason', 'closed_lost_reason', 'دلیل از دست رفتن', 'دلیل شکست', '失注理由', '失注の理由'],
  amount: ['amount', 'deal value', 'value', 'deal amount', 'opportunity amount', 'estimatedvalue', 'revenue', 'مبلغ', 'ارزش', 'ارزش معامله', '金額', '商談金額', '売上'],
  currency: ['currency', 'currency code', 'isocurrencycode', 'واحد پول', 'ارز', '通貨'],
  priority: ['priority', 'اولویت', '優先度'],
  industry: ['industry', 'صنعت', '業種', '業界'],
  createdAt: ['created', 'created at', 'created date', 'create date', 'createdate', 'date created', 'created on', 'createdon', 'add time', 'add_time', 'created time', 'تاریخ ایجاد', 'ایجاد شده', '作成日', '作成日時', '登録日'],
  updatedAt: ['updated', 'updated at', 'last modified', 'last modified date', 'lastmodifieddate', 'modified on', 'modifiedon', 'update time', 'update_time', 'last updated', 'modified time', 'hs_lastmodifieddate', 'تاریخ به‌روزرسانی', 'آخرین به‌روزرسانی', 'آخرین ویرایش', '更新日', '更新日時', '最終更新日'],
  lastActivityAt: ['last activity', 'last activity date', 'lastactivitydate', 'last activity at', 'last contacted', 'notes_last_contacted', 'last_activity_date', 'آخرین فعالیت', 'تاریخ آخرین فعالیت', '最終活動日', '最終アクティビティ', '最終接触日'],
  closeDate: ['close date', 'closedate', 'expected close date', 'expected close', 'estimatedclosedate', 'closing date', 'تاریخ بستن', 'تاریخ بسته شدن', 'تاریخ پایان', '完了予定日', 'クローズ日', '成約予定日'],
  dueDate: ['due date', 'due', 'duedate', 'deadline', 'due date time', 'activitydate', 'scheduledend', 'سررسید', 'تاریخ سررسید', 'مهلت', '期日', '期限', '締切'],
  completedAt: ['completed', 'completed at', 'completed date', 'done date', 'marked as done time', 'تاریخ انجام', '完了日'],
  stageChangedAt: ['stage changed', 'stage change date', 'last stage change', 'stage_change_time', 'in stage since', 'تاریخ تغییر مرحله', 'フェーズ変更日'],
  lastLoginAt: ['last login', 'last login at', 'lastlogindate', 'last seen', 'last sign in', 'آخرین ورود', '最終ログイン', '最終ログイン日時'],
  tags: ['tags', 'tag', 'labels', 'label', 'segments', 'segment', 'برچسب', 'برچسب‌ها', 'تگ', 'بخش‌بندی', 'タグ', 'ラベル', 'セグメント'],
  lists: ['lists', 'list memberships', 'list', 'campaigns', 'لیست', 'فهرست', 'リスト'],
  consent: ['consent', 'marketing consent', 'gdpr consent', 'consent status', 'subscription status', 'opt in', 'opt-in', 'رضایت', 'رضایت بازاریابی', '同意', 'オプトイン', '配信同意'],
  lawfulBasis: ['lawful basis', 'legal basis', 'legal basis for processing', 'hs_legal_basis', 'مبنای قانونی', '法的根拠'],
  marketingOptIn: ['marketing opt in', 'email opt in', 'marketing contact', 'hs_marketable_status', 'marketable', 'donotbulkemail', 'بازاریابی', 'マーケティング'],
  preferredContactMethod: ['preferred contact method', 'preferred method of contact', 'preferredcontactmethodcode', 'contact preference', 'روش ترجیحی تماس', 'روش تماس', '希望連絡方法', '連絡方法'],
  notes: ['notes', 'note', 'description', 'comments', 'comment', 'remarks', 'یادداشت', 'یادداشت‌ها', 'توضیحات', 'メモ', '備考', '説明', 'コメント'],
  activityType: ['activity type', 'type', 'activitytypecode', 'نوع فعالیت', 'نوع', '活動種別', '種類', 'タイプ'],
  subject: ['subject', 'task', 'task name', 'activity', 'موضوع', 'عنوان', '件名', '用件'],
  activityDate: ['activity date', 'date', 'start date', 'meeting date', 'call date', 'تاریخ', 'تاریخ فعالیت', '日付', '活動日', '実施日'],
  contactId: ['contact id', 'person id', 'person_id', 'contactid', 'who id', 'whoid', 'شناسه مخاطب', '取引先責任者ID'],
  dealId: ['deal id', 'deal_id', 'opportunity id', 'opportunityid', 'شناسه معامله', '商談ID'],
  relatedTo: ['related to', 'regarding', 'regardingobjectid', 'what id', 'related record', 'مرتبط با', '関連先'],
  active: ['active', 'is active', 'isactive', 'enabled', 'فعال', 'وضعیت کاربر', '有効', 'アクティブ'],
  role: ['role', 'profile', 'user role', 'نقش', 'ロール', '役割'],
  sent: ['sent', 'emails sent', 'messages sent', 'ارسال شده', '送信数', '送信'],
  delivered: ['delivered', 'تحویل شده', '配信数', '配信'],
  opened: ['opened', 'opens', 'open count', 'باز شده', '開封数', '開封'],
  clicked: ['clicked', 'clicks', 'click count', 'کلیک', '클릭', 'クリック数'],
  replied: ['replied', 'replies', 'reply count', 'پاسخ', 'پاسخ‌ها', '返信数', '返信'],
  recipients: ['recipients', 'recipient count', 'audience', 'گیرندگان', '受信者数', '宛先数'],
};

/** Company records call their own name "Company Name"/"Account Name": the same header means another field there. */
const KIND_OVERRIDES: Partial<Record<RecordKind, Record<string, FieldKey>>> = {
  company: { company: 'name', 'company name': 'name', account: 'name', 'account name': 'name', organization: 'name', 'organization name': 'name', organisation: 'name', شرکت: 'name', 'نام شرکت': 'name', 会社名: 'name', 取引先名: 'name', 会社: 'name', 法人名: 'name' },
  task: { name: 'subject', title: 'subject', عنوان: 'subject' },
  activity: { name: 'subject', title: 'subject' },
  user: { name: 'name', email: 'emails', status: 'status' },
};

/** "First Name", "first_name", "FirstName", "firstName" → "firstname"; Persian ZWNJ and spaces removed. */
export function normaliseHeader(header: string): string {
  return asciiDigits(header.normalize('NFKC'))
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[\s_\-‌.:：*()（）]+/g, '')
    .trim();
}

const INDEX = new Map<string, FieldKey>();
for (const [field, words] of Object.entries(SYNONYMS) as [FieldKey, string[]][]) {
  INDEX.set(normaliseHeader(field), field);
  for (const w of words) if (!INDEX.has(normaliseHeader(w))) INDEX.set(normaliseHeader(w), field);
}
const OVERRIDE_INDEX = new Map<RecordKind, Map<string, FieldKey>>();
for (const [kind, map] of Object.entries(KIND_OVERRIDES) as [RecordKind, Record<string, FieldKey>][]) {
  OVERRIDE_INDEX.set(kind, new Map(Object.entries(map).map(([h, f]) => [normaliseHeader(h), f])));
}

export function matchHeader(header: string, kind?: RecordKind): FieldKey | undefined {
  const key = normaliseHeader(header);
  if (!key) return undefined;
  return (kind && OVERRIDE_INDEX.get(kind)?.get(key)) || INDEX.get(key);
}

/** Extends the dictionary at run time (user field mapping in options, `--map` in the CLI). */
export function addSynonym(header: string, field: FieldKey): void {
  INDEX.set(normaliseHeader(header), field);
}

const LIST_FIELDS = new Set<FieldKey>(['emails', 'phones', 'tags', 'lists']);
const NUMBER_FIELDS = new Set<FieldKey>(['amount', 'sent', 'delivered', 'opened', 'clicked', 'replied', 'recipients']);
const DATE_FIELDS = new Set<FieldKey>(['birthDate', 'createdAt', 'updatedAt', 'lastActivityAt', 'closeDate', 'dueDate', 'completedAt', 'stageChangedAt', 'lastLoginAt', 'activityDate']);
const BOOLEAN_FIELDS = new Set<FieldKey>(['marketingOptIn', 'active']);
const ACTIVITY_TYPES: Record<string, CanonicalFields['activityType']> = {
  call: 'call', phone: 'call', 'phone call': 'call', phonecall: 'call', تماس: 'call', 電話: 'call',
  email: 'email', 'e-mail': 'email', mail: 'email', ایمیل: 'email', メール: 'email',
  meeting: 'meeting', appointment: 'meeting', جلسه: 'meeting', 会議: 'meeting', ミーティング: 'meeting', 打ち合わせ: 'meeting', 商談: 'meeting',
  note: 'note', یادداشت: 'note', メモ: 'note', task: 'task', وظیفه: 'task', タスク: 'task',
};

export function fieldType(field: FieldKey): 'list' | 'number' | 'date' | 'boolean' | 'text' {
  if (LIST_FIELDS.has(field)) return 'list';
  if (NUMBER_FIELDS.has(field)) return 'number';
  if (DATE_FIELDS.has(field)) return 'date';
  if (BOOLEAN_FIELDS.has(field)) return 'boolean';
  return 'text';
}

export interface MappedFields {
  fields: CanonicalFields;
  /** Raw values as text, for `CrmRecord.raw`. */
  raw: Record<string, string>;
  /** Values that could not be understood, counted by reason ("unparseable date"). */
  skipped: Record<string, number>;
}

// Values longer than this are cut: a 1 MB cell must not blow up storage or the UI.
export const MAX_VALUE_LENGTH = 10_000;

function toText(value: unknown): string | undefined {
  if (value == null) return undefined;
  if (Array.isArray(value)) return value.map(toText).filter(Boolean).join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // Pipedrive/Zoho style: { value: "...", label: "work" } or { name: "Owner", id: 1 }
    return toText(o.value ?? o.name ?? o.label ?? o.email ?? o.display_value);
  }
  const s = String(value);
  return s.length > MAX_VALUE_LENGTH ? s.slice(0, MAX_VALUE_LENGTH) : s;
}

/** Maps one raw row (header → value) to canonical fields. Never throws; what can't be read is counted. */
export function mapRaw(row: Record<string, unknown>, kind: RecordKind): MappedFields {
  const fields: CanonicalFields = {};
  const raw: Record<string, string> = {};
  const skipped: Record<string, number> = {};
  const f = fields as Record<string, unknown>;
  for (const [header, value] of Object.entries(row)) {
    const text = toText(value)?.trim();
    if (text === undefined) continue;
    raw[header] = text;
    if (text === '') continue;
    const field = matchHeader(header, kind);
    if (!field) continue;
    switch (fieldType(field)) {
      case 'list': {
        const items = Array.isArray(value) ? value.map(toText).filter((x): x is string => !!x) : splitList(text);
        f[field] = [...((f[field] as string[] | undefined) ?? []), ...items];
        break;
      }
      case 'number': {
        const n = parseNumber(text);
        if (n === undefined) skipped[`unparseable ${field}`] = (skipped[`unparseable ${field}`] ?? 0) + 1;
        else f[field] = n;
        break;
      }
      case 'date': {
        const d = typeof value === 'number' ? parseDate(value) : parseDate(text);
        if (d === undefined) skipped['unparseable date'] = (skipped['unparseable date'] ?? 0) + 1;
        else f[field] = d;
        break;
      }
      case 'boolean': {
        const b = parseBoolean(typeof value === 'boolean' ? value : text);
        if (b !== undefined) f[field] = b;
        break;
      }
      default:
        if (field === 'activityType') fields.activityType = ACTIVITY_TYPES[text.toLowerCase()] ?? 'other';
        else if (f[field] === undefined) f[field] = text;
    }
  }
  return { fields, raw, skipped };
}
