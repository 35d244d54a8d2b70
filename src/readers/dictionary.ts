// The header/label dictionary: which canonical field a column header, form label or API key
// stands for, in English, Persian and Japanese and in the CRMs' own vocabularies.
// Page readers, API mappers and the file importer all go through `matchHeader`/`mapRaw`,
// so a new synonym added here is understood everywhere at once.
import type { CanonicalFields, FieldKey, RecordKind } from '../model/record';
import { asciiDigits, parseBoolean, parseDate, parseNumber, splitList } from '../model/values';
import { parseDateText } from './dom/dates';

// prettier-ignore
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
  owner: ['owner', 'contact owner', 'deal owner', 'record owner', 'account owner', 'assigned to', 'assigned user', 'sales rep', 'salesperson', 'owner name', 'hubspot owner', 'user', 'مالک', 'مسئول', 'کارشناس', 'کارشناس فروش', '担当者', '所有者', '営業担当', '担当'],
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
  preferredContactMethod: ['روش ترجیحی ارتباط', 'preferred contact method', 'preferred method of contact', 'preferredcontactmethodcode', 'contact preference', 'روش ترجیحی تماس', 'روش تماس', '希望連絡方法', '連絡方法'],
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

// The CRMs' own column labels and API keys (Salesforce, HubSpot, Pipedrive, Zoho, Dynamics 365,
// Odoo, Twenty, EspoCRM, SuiteCRM) and more en/fa/ja labels. Kept apart from SYNONYMS so an
// earlier, more general entry always wins a clash.
// prettier-ignore
const CRM_SYNONYMS: Partial<Record<FieldKey, string[]>> = {
  name: ['full_name', 'person name', 'lead name', 'customer name', 'record name', 'display_name', 'deal title', 'نام شخص', 'نام سرنخ', '顧客名', 'リード名', '担当者氏名'],
  emails: ['email_address', 'email 1', 'primary_email', 'email_from', 'emailaddress2', 'emailaddress3', 'e-mail addresses', 'mail address', 'primaryemail', 'ایمیل‌ها', 'آدرس ایمیل', 'メールアドレス1', '電子メール'],
  phones: ['phone_number', 'phones', 'office phone', 'phone_work', 'phone_mobile', 'phone_home', 'main phone', 'telephone2', 'telephone3', 'home phone', 'other phone', 'primary phone', 'mobile number', 'primaryphonenumber', 'تلفن‌ها', 'شماره تماس', 'تلفن ثابت', '連絡先電話番号', '電話（携帯）', 'モバイル'],
  title: ['job position', 'jobTitle', 'designation', 'عنوان شغل', 'پست سازمانی', '職位', '役職名'],
  company: ['org_name', 'organisation name', 'company_name', 'customer', 'potential customer', 'parent customer', 'commercial_company_name', 'partner', 'نام سازمان', 'شرکت مرتبط', '所属会社', '企業名', '会社名（取引先）'],
  companyId: ['parent_id', 'accountid', 'companyid'],
  website: ['domain name', 'company domain name', 'web', 'site', 'homepage', 'domainname', 'وب‌سایت', 'サイト', 'webサイト'],
  street: ['address_street', 'addressstreet', 'street 1'],
  city: ['address_city', 'address city', 'city/town', 'address 1: city'],
  postcode: ['address_postal_code', 'postal_code', 'address 1: zip/postal code'],
  state: ['address_state', 'address 1: state/province'],
  country: ['address_country', 'country_id', 'country name', 'address 1: country/region'],
  owner: ['lead owner', 'opportunity owner', 'case owner', 'assigned user name', 'assignedusername', 'sales person', 'responsible', 'assignee', 'assigned', 'rep', 'owneridname', 'مسئول پیگیری', 'کارشناس مسئول', '担当者名', '所有者名', '担当営業', '営業担当者', '担当ユーザー'],
  ownerId: ['owner id', 'owner_id', 'user_id', 'assigned_user_id', 'assigneduserid', '_ownerid_value'],
  team: ['sales team', 'team_id', 'territory', 'تیم فروش', '営業チーム'],
  stage: ['stage_id', 'salesstage', 'stepname', 'phase', 'مرحله فروش', '商談ステージ', '段階名'],
  status: ['status reason', 'hs_lead_status', 'deal status', 'activity status', 'hs_task_status', 'وضعیت کار', '進捗', 'ステータス（状態）'],
  lifecycle: ['customer status', 'lifecycle_stage', 'مرحله مشتری', '顧客ステージ'],
  leadSource: ['lead_source', 'channel', 'lead origin', 'source of lead', 'منبع آشنایی', '獲得経路', 'リード元'],
  lossReason: ['lost reason id', 'lost_reason_id', 'reason for loss', 'loss reason', 'دلیل باخت', 'دلیل عدم موفقیت', '失注事由'],
  amount: ['expected revenue', 'expected_revenue', 'est. revenue', 'est revenue', 'deal size', 'مبلغ معامله', '見込み金額', '予定金額'],
  currency: ['amountcurrency', 'currency_id', 'currencycode', 'transactioncurrencyid'],
  createdAt: ['date_entered', 'creation date', 'added', 'added on', 'date added', 'deal created', 'person created', 'organization created', 'added at', 'created_at', 'تاریخ ثبت', 'ثبت شده در', '登録日時', '追加日', '作成'],
  updatedAt: ['date_modified', 'modified at', 'modifiedat', 'write_date', 'last update', 'last updated on', 'updated on', 'تاریخ ویرایش', 'آخرین تغییر', '最終更新日時', '更新'],
  lastActivityAt: ['last_activity_time', 'last activity time', 'last interaction', 'last engagement', 'last engagement date', 'notes_last_updated', 'date of last activity', 'آخرین تعامل', 'آخرین تماس', '最終活動日時', '最終コンタクト'],
  closeDate: ['expected closing', 'closing_date', 'est. close date', 'est close date', 'close_date', 'クローズ予定日', '受注予定日', 'تاریخ پیش‌بینی بستن'],
  dueDate: ['date due', 'due at', 'due by', 'date_due', 'due_date', 'تاریخ انجام کار', '期限日'],
  completedAt: ['date completed', 'completed on', 'actualend', 'actual end'],
  stageChangedAt: ['ステージ変更日', 'stage changed at', 'date_last_stage_update', 'last stage update', 'stage change time'],
  lastLoginAt: ['login_date', 'last access', 'last_login', 'آخرین بازدید', '最終ログイン日'],
  tags: ['tag_ids', 'label_ids', 'tag list', 'categories', 'category', 'دسته‌بندی', 'カテゴリ', 'カテゴリー'],
  consent: ['gdpr', 'consent given', 'رضایت‌نامه', '同意状況'],
  notes: ['body', 'details', 'شرح', '詳細'],
  subject: ['summary', 'hs_task_subject', 'task subject', 'activity subject', 'topic', '概要'],
  activityType: ['種別', 'activity_type'],
  activityDate: ['date start', 'hs_timestamp', 'scheduled start', 'scheduledstart', 'actual start', 'start', 'when', 'زمان', '日時'],
  contactId: ['コンタクトID', 'contact_id'],
  dealId: ['取引ID', '商談ID'],
  relatedTo: ['parent name', 'parent_name', 'res_name', 'linked to', 'مربوط به', '関連'],
  active: ['active_flag', 'is_active', 'فعال است', '有効フラグ'],
  role: ['role_id', 'security role', 'نقش کاربر', '権限'],
  industry: ['sector', 'industry type', 'حوزه فعالیت', '業種名'],
  marketingOptIn: ['marketing status', 'marketing contact status'],
  priority: ['importance', 'اهمیت', '重要度'],
};

/**
 * The same label means another field (or none) in some record kinds: a company's "Company Name"
 * is its own name, a task's "Title" is its subject, a deal's "Contact" is not the deal's name.
 * `null` keeps the value in `raw` only.
 */
// prettier-ignore
const NOT_ACTIVITY: Record<string, FieldKey | null> = { type: null, 'account type': null, 'contact type': null, 'company type': null, نوع: null, 種別: null, タイプ: null, 種類: null };
// A task's or activity's "Contact"/"Deal" column names what it hangs off.
// prettier-ignore
const RELATED: Record<string, FieldKey | null> = { contact: 'relatedTo', 'contact name': 'relatedTo', deal: 'relatedTo', 'deal name': 'relatedTo', مخاطب: 'relatedTo', معامله: 'relatedTo', コンタクト: 'relatedTo', 取引: 'relatedTo', 取引先責任者: 'relatedTo', 商談: 'relatedTo' };
// prettier-ignore
const KIND_OVERRIDES: Partial<Record<RecordKind, Record<string, FieldKey | null>>> = {
  contact: { ...NOT_ACTIVITY },
  lead: { ...NOT_ACTIVITY, topic: 'subject' },
  company: { ...NOT_ACTIVITY, company: 'name', 'company name': 'name', account: 'name', 'account name': 'name', organization: 'name', 'organization name': 'name', organisation: 'name', 'organisation name': 'name', org_name: 'name', 'org name': 'name', شرکت: 'name', 'نام شرکت': 'name', سازمان: 'name', 'نام سازمان': 'name', 会社名: 'name', 取引先名: 'name', 会社: 'name', 法人名: 'name', 企業名: 'name', 取引先: 'name', 'parent account': null, 'parent company': null, parent_id: null },
  deal: { ...NOT_ACTIVITY, title: 'name', 'deal title': 'name', topic: 'name', contact: null, 'contact name': null, 'contact person': null, person: null, 'person name': null, 'primary contact': null, 'point of contact': null, مخاطب: null, 'نام مخاطب': null, 取引先責任者: null, 取引先責任者名: null },
  task: { name: 'subject', title: 'subject', عنوان: 'subject', topic: 'subject', date: 'dueDate', ...RELATED },
  activity: { name: 'subject', title: 'subject', عنوان: 'subject', ...RELATED },
  user: { ...NOT_ACTIVITY, name: 'name', email: 'emails', status: 'status', user: 'name', 'full name': 'name' },
  ticket: { ...NOT_ACTIVITY, title: 'subject', name: 'subject' },
  campaign: { ...NOT_ACTIVITY },
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
for (const table of [SYNONYMS, CRM_SYNONYMS]) {
  for (const [field, words] of Object.entries(table) as [FieldKey, string[]][]) {
    if (!INDEX.has(normaliseHeader(field))) INDEX.set(normaliseHeader(field), field);
    for (const w of words) if (!INDEX.has(normaliseHeader(w))) INDEX.set(normaliseHeader(w), field);
  }
}
const OVERRIDE_INDEX = new Map<RecordKind, Map<string, FieldKey | null>>();
for (const [kind, map] of Object.entries(KIND_OVERRIDES) as [RecordKind, Record<string, FieldKey | null>][]) {
  OVERRIDE_INDEX.set(kind, new Map(Object.entries(map).map(([h, f]) => [normaliseHeader(h), f])));
}

// Readers ask about the same few headers and API keys thousands of times; NFKC and the regexes
// are the cost, so answers are remembered (bounded, and forgotten when a synonym is added).
// One map per kind: the lookup key is the header string itself (the same instance row after row,
// its hash computed once), not a kind+header string built on every call.
const MEMO = new Map<string, Map<string, FieldKey | null>>();
const MEMO_MAX = 20_000;

export function matchHeader(header: string, kind?: RecordKind): FieldKey | undefined {
  let memo = MEMO.get(kind ?? '');
  if (!memo) MEMO.set(kind ?? '', (memo = new Map()));
  const known = memo.get(header);
  if (known !== undefined) return known ?? undefined;
  const key = header.length > 200 ? '' : normaliseHeader(header);
  let field: FieldKey | null = null;
  if (key) {
    const override = kind ? OVERRIDE_INDEX.get(kind)?.get(key) : undefined;
    field = override !== undefined ? override : (INDEX.get(key) ?? null);
  }
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(header, field);
  return field ?? undefined;
}

/**
 * Like `matchHeader`, for labels as pages show them: "Email ▲", "Name, sorted ascending",
 * "Tags (3)", "Contact: Email", "Mailing Address › City". Falls back to the last segment.
 */
export function matchLabel(label: string, kind?: RecordKind): FieldKey | undefined {
  const direct = matchHeader(label, kind);
  if (direct) return direct;
  const cleaned = label
    .replace(/[▲▼△▽↑↓⇅⬆⬇]/g, '')
    .replace(/\b(sorted (ascending|descending)|sort(ed)?( by)?|click to sort|sortable|column actions?|show actions)\b.*$/i, '')
    // "Tags (3)", "Last Activity Date (EST)", "Probability (%)": a short trailing aside
    .replace(/\s*[(（][^()（）]{1,12}[)）]\s*$/, '')
    .replace(/\s*\*\s*$/, '')
    .replace(/[\s,;:|–—-]+$/, '')
    .trim();
  if (cleaned && cleaned !== label) {
    const f = matchHeader(cleaned, kind);
    if (f) return f;
  }
  const parts = cleaned.split(/\s*(?:[:：›»>|/]|\s-\s)\s*/).filter(Boolean);
  if (parts.length > 1) return matchHeader(parts[parts.length - 1]!, kind) ?? matchHeader(parts.join(' '), kind);
  return undefined;
}

// "نام" is both "name" and "first name" in Persian UIs; it is the full name unless a last-name label sits beside it.
const AMBIGUOUS_FIRST = new Set(['نام', 'name'].map(normaliseHeader));

/** Settles labels that depend on their neighbours (see AMBIGUOUS_FIRST); `fields[i]` belongs to `labels[i]`. */
export function settleFields(labels: readonly string[], fields: (FieldKey | undefined)[]): (FieldKey | undefined)[] {
  if (fields.includes('lastName')) return fields;
  return fields.map((f, i) => (f === 'firstName' && AMBIGUOUS_FIRST.has(normaliseHeader(labels[i] ?? '')) ? 'name' : f));
}

/** Extends the dictionary at run time (user field mapping in options, `--map` in the CLI). */
export function addSynonym(header: string, field: FieldKey): void {
  INDEX.set(normaliseHeader(header), field);
  MEMO.clear();
}

// prettier-ignore
const LIST_FIELDS = new Set<FieldKey>(['emails', 'phones', 'tags', 'lists']);
// prettier-ignore
const NUMBER_FIELDS = new Set<FieldKey>(['amount', 'sent', 'delivered', 'opened', 'clicked', 'replied', 'recipients']);
// prettier-ignore
const DATE_FIELDS = new Set<FieldKey>(['birthDate', 'createdAt', 'updatedAt', 'lastActivityAt', 'closeDate', 'dueDate', 'completedAt', 'stageChangedAt', 'lastLoginAt', 'activityDate']);
const BOOLEAN_FIELDS = new Set<FieldKey>(['marketingOptIn', 'active']);
// prettier-ignore
const ACTIVITY_TYPES: Record<string, CanonicalFields['activityType']> = {
  call: 'call', phone: 'call', 'phone call': 'call', phonecall: 'call', calls: 'call', تماس: 'call', 'تماس تلفنی': 'call', 電話: 'call',
  email: 'email', 'e-mail': 'email', mail: 'email', emails: 'email', ایمیل: 'email', メール: 'email',
  meeting: 'meeting', appointment: 'meeting', event: 'meeting', meetings: 'meeting', جلسه: 'meeting', ملاقات: 'meeting', 会議: 'meeting', ミーティング: 'meeting', 打ち合わせ: 'meeting', 商談: 'meeting',
  note: 'note', notes: 'note', یادداشت: 'note', メモ: 'note', task: 'task', todo: 'task', 'to-do': 'task', وظیفه: 'task', کار: 'task', タスク: 'task', 'تسک': 'task',
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

/** Any JSON value as text: arrays joined, `{ value | name | label | email }` objects unwrapped, cut at MAX_VALUE_LENGTH. */
export function valueText(value: unknown, depth = 0): string | undefined {
  if (value == null || depth > 4) return undefined;
  if (Array.isArray(value))
    return cut(
      value
        .slice(0, 100)
        .map((v) => valueText(v, depth + 1))
        .filter(Boolean)
        .join('; '),
    );
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // Pipedrive/Zoho style: { value: "...", label: "work" } or { name: "Owner", id: 1 }
    return valueText(o.value ?? o.name ?? o.label ?? o.email ?? o.display_value ?? o.displayValue ?? o.display_name, depth + 1);
  }
  return cut(String(value));
}

function cut(s: string): string {
  return s.length > MAX_VALUE_LENGTH ? s.slice(0, MAX_VALUE_LENGTH) : s;
}

export interface ApplyOptions {
  /** The reading time, for relative dates ("3 days ago"); without it they are not read. */
  now?: Date;
  dayFirst?: boolean;
  /** Memo of date text → ISO for one read (callers reading many rows pass one in). */
  dates?: Map<string, string | undefined>;
}

function dateOf(text: string, opts: ApplyOptions): string | undefined {
  const memo = opts.dates;
  if (!memo) return parseDateText(text, opts);
  if (memo.has(text)) return memo.get(text);
  const iso = parseDateText(text, opts);
  if (memo.size < 20_000) memo.set(text, iso);
  return iso;
}

function count(skipped: Record<string, number>, reason: string): void {
  skipped[reason] = (skipped[reason] ?? 0) + 1;
}

/**
 * Puts one value into its canonical field, typed: lists append, numbers/dates/booleans parse
 * (what doesn't parse is counted in `skipped`), text keeps the first value seen.
 * `original` is the untouched JSON value when there is one (arrays stay arrays, epoch numbers stay numbers).
 */
export function applyField(
  fields: CanonicalFields,
  skipped: Record<string, number>,
  field: FieldKey,
  text: string,
  original?: unknown,
  opts: ApplyOptions = {},
): void {
  const f = fields as Record<string, unknown>;
  switch (fieldType(field)) {
    case 'list': {
      const items = Array.isArray(original)
        ? original
            .slice(0, 1000)
            .map((v) => valueText(v)?.trim())
            .filter((x): x is string => !!x)
        : splitList(text);
      if (items.length) f[field] = [...((f[field] as string[] | undefined) ?? []), ...items];
      break;
    }
    case 'number': {
      const n = typeof original === 'number' ? parseNumber(original) : parseNumber(text);
      if (n === undefined) count(skipped, `unparseable ${field}`);
      else if (f[field] === undefined) f[field] = n;
      break;
    }
    case 'date': {
      const d = typeof original === 'number' ? parseDate(original) : dateOf(text, opts);
      if (d === undefined) count(skipped, 'unparseable date');
      else if (f[field] === undefined) f[field] = d;
      break;
    }
    case 'boolean': {
      const b = parseBoolean(typeof original === 'boolean' ? original : text);
      if (b !== undefined && f[field] === undefined) f[field] = b;
      break;
    }
    default:
      if (field === 'activityType') fields.activityType ??= ACTIVITY_TYPES[text.toLowerCase()] ?? 'other';
      else if (f[field] === undefined) f[field] = text;
  }
}

/** Scheme prefixes off, blanks and repeats out; the common single clean value passes through untouched. */
function tidy(values: string[], scheme: RegExp): string[] {
  if (values.length === 1 && !scheme.test(values[0]!) && values[0] === values[0]!.trim() && values[0] !== '') return values;
  return [...new Set(values.map((v) => v.replace(scheme, '').trim()).filter(Boolean))];
}

/** Last touches that need the whole record: a user's "Status: Inactive" is also `active: false`. */
export function finishFields(kind: RecordKind, fields: CanonicalFields): CanonicalFields {
  if (kind === 'user' && fields.active === undefined && fields.status) {
    const b = parseBoolean(fields.status);
    if (b !== undefined) fields.active = b;
  }
  if (fields.emails) fields.emails = tidy(fields.emails, /^mailto:/i);
  if (fields.phones) fields.phones = tidy(fields.phones, /^tel:/i);
  if (fields.tags && fields.tags.length > 1) fields.tags = [...new Set(fields.tags)];
  return fields;
}

/** Maps one raw row (header → value) to canonical fields. Never throws; what can't be read is counted. */
export function mapRaw(row: Record<string, unknown>, kind: RecordKind, opts: ApplyOptions = {}): MappedFields {
  const fields: CanonicalFields = {};
  const raw: Record<string, string> = {};
  const skipped: Record<string, number> = {};
  for (const [header, value] of Object.entries(row)) {
    if (header === '__proto__') continue;
    const text = valueText(value)?.trim();
    if (text === undefined) continue;
    raw[header] = text;
    if (text === '') continue;
    const field = matchHeader(header, kind);
    if (field) applyField(fields, skipped, field, text, value, opts);
  }
  return { fields: finishFields(kind, fields), raw, skipped };
}
