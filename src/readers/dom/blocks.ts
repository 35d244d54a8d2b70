// Reading what a page shows without labels: the text blocks of an element (inline formatting
// merged, so "Title at <b>Company</b>" stays one line), tag chips, and what a sentence says
// ("Added on October 23, 2026" is a created date, "Work +1 555 0100" a phone).
import type { FieldKey, RecordKind } from '../../model/record';
import { findDateIn } from './dates';
import { isEmail, isPhone } from './infer';
import { isAvatar } from './shapes';
import { cleanText, hiddenClass, isPlaceholder, SKIP_TAGS } from './text';

// Blocks also skip form inputs: their text is what the user types, not what the CRM shows.
const SKIP = new Set([...SKIP_TAGS, 'INPUT']);
const INLINE = new Set([
  'B',
  'I',
  'EM',
  'STRONG',
  'SMALL',
  'U',
  'MARK',
  'ABBR',
  'BDI',
  'BDO',
  'SUB',
  'SUP',
  'WBR',
  'BR',
  'Q',
  'CITE',
  'S',
  'INS',
  'DEL',
  'FONT',
]);
const HIDDEN_CLASS =
  /(?:^|\s)(?:slds-assistive-text|sr-only|visually-hidden|visuallyhidden|screen-reader-text|assistiveText|hidden)(?:\s|$)/;
const CHIP_CLASS = /(?:^|[\s_-])(?:tag|tags|chip|chips|badge|pill|token|lozenge|UITag)(?:[\s_-]|$)/i;
const STATUS_CLASS = /status|stage|lifecycle|phase/i;

export interface Block {
  el: Element;
  text: string;
}

function hidden(el: Element): boolean {
  if (SKIP.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const cls = el.getAttribute('class');
  return hiddenClass(cls, HIDDEN_CLASS) || isAvatar(el);
}

function ownText(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) s += c.nodeValue ?? '';
    else if (c.nodeType === 1 && INLINE.has((c as Element).tagName) && !hidden(c as Element))
      s += (c as Element).tagName === 'BR' ? ' ' : ownText(c as Element);
  }
  return s;
}

/** The text blocks inside `root`, in document order; `skip` prunes subtrees (lists, navigation). */
export function textBlocks(root: Element, skip?: (el: Element) => boolean, max = 2000): Block[] {
  const out: Block[] = [];
  const visit = (el: Element) => {
    if (out.length >= max || hidden(el) || (skip && el !== root && skip(el))) return;
    const text = cleanText(ownText(el));
    if (text && !isPlaceholder(text)) out.push({ el, text: text.length > 2000 ? text.slice(0, 2000) : text });
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!INLINE.has(c.tagName)) visit(c);
  };
  visit(root);
  return out;
}

/** A tag chip: an element styled as one (class names CRMs use), short text. */
export function chipKind(el: Element, text: string): 'tag' | 'status' | undefined {
  if (text.length > 40) return undefined;
  for (let e: Element | null = el, depth = 0; e && depth < 2; e = e.parentElement, depth++) {
    // component kits name their parts in data attributes (shadcn's data-slot="badge") rather than classes
    const cls = `${e.getAttribute('class') ?? ''} ${e.getAttribute('data-slot') ?? ''}`;
    if (CHIP_CLASS.test(cls)) return STATUS_CLASS.test(cls) ? 'status' : 'tag';
  }
  return undefined;
}

// Which date a sentence is about, by its words (en, fa, ja).
const DATE_WORDS: [RegExp, FieldKey][] = [
  [
    /last\s+(activity|contact(ed)?|interaction|touch|engaged?)|آخرین\s+(فعالیت|تماس|تعامل)|最終(活動|接触|コンタクト|アクティビティ)/i,
    'lastActivityAt',
  ],
  [/last\s+(log\s*in|login|seen|sign(ed)?\s*in|active)|آخرین\s+(ورود|بازدید)|最終ログイン/i, 'lastLoginAt'],
  [/\b(updated|modified|edited|changed)\b|به[‌\s]?روز|ویرایش|تغییر|更新|変更/i, 'updatedAt'],
  [/\b(due|deadline)\b|سررسید|مهلت|期限|期日|締切/i, 'dueDate'],
  [/\b(clos(e|es|ed|ing)|expected\s+close)\b|بسته|クローズ|完了予定|受注予定/i, 'closeDate'],
  [/\b(added|created|joined|since|registered|customer since)\b|ایجاد|ثبت|افزوده|عضو|作成|登録|追加/i, 'createdAt'],
  [/\b(born|birthday|date of birth)\b|تولد|誕生|生年月日/i, 'birthDate'],
  [/\b(completed|done|finished)\b|انجام شد|完了日/i, 'completedAt'],
];

/** The date field a sentence's words point at ("Last activity …" → lastActivityAt), if any. */
export function dateWordField(words: string): FieldKey | undefined {
  if (words.length > 300) return undefined;
  for (const [re, field] of DATE_WORDS) if (re.test(words)) return field;
  return undefined;
}

/** "Added on October 23, 2026" → createdAt 2026-10-23. Sentences without a date word return undefined. */
export function dateSentence(text: string, now: Date, dayFirst?: boolean): { field: FieldKey; iso: string } | undefined {
  if (text.length > 300) return undefined;
  const hit = findDateIn(text, { now, dayFirst });
  if (!hit) return undefined;
  const field = dateWordField(text.replace(hit.match, ' '));
  return field ? { field, iso: hit.iso } : undefined;
}

/** The date field a bare, unlabelled date on a list row most likely is, per kind. */
export function bareDateField(kind: RecordKind): FieldKey {
  switch (kind) {
    case 'deal':
      return 'closeDate';
    case 'task':
      return 'dueDate';
    case 'activity':
      return 'activityDate';
    case 'user':
      return 'lastLoginAt';
    default:
      return 'lastActivityAt';
  }
}

const PHONE_TYPES =
  /\b(work|home|mobile|cell|office|main|fax|direct|business|other)\b|کار|منزل|موبایل|همراه|دفتر|محل کار|自宅|携帯|勤務先|会社|代表|直通/i;

/** "Work: +1 555 0100", "+1 555 0100 (Home)", "موبایل ۰۹۱۲ ۱۲۳ ۴۵۶۷" → the number and its type word. */
export function typedPhone(text: string): { phone: string; type?: string } | undefined {
  if (text.length > 80) return undefined;
  if (isPhone(text)) return { phone: text.trim() };
  const m = /([+(]?[\d۰-۹٠-٩０-９][\d۰-۹٠-٩０-９\s().\-/]{5,}[\d۰-۹٠-٩０-９])/.exec(text);
  if (!m || !isPhone(m[1]!)) return undefined;
  const rest = text
    .replace(m[1]!, ' ')
    .replace(/[():：,\-–]/g, ' ')
    .trim();
  const type = PHONE_TYPES.exec(rest)?.[0];
  return type && rest.length <= 20 ? { phone: m[1]!.trim(), type: type.toLowerCase() } : undefined;
}

/** "Head of Sales at Acme", "مدیر فروش در شرکت آلفا" → title + company. */
export function titleAtCompany(text: string): { title: string; company: string } | undefined {
  if (text.length > 160 || isEmail(text)) return undefined;
  const m = /^(.{2,80}?)\s+(?:at|@)\s+(.{2,80})$/i.exec(text) ?? /^(.{2,80}?)\s+در\s+(.{2,80})$/.exec(text);
  if (!m) return undefined;
  const title = m[1]!.trim();
  const company = m[2]!.trim();
  // a sentence ("Met at the summit; prefers e-mail.") is not a headline
  const words = (s: string) => s.split(/\s+/).length;
  if (words(title) > 8 || words(company) > 8 || /[;!?。؟]|\.$/.test(company) || /[.;!?]/.test(title)) return undefined;
  // "today at 11:41 AM", "Tuesday at 3 PM" are times, not jobs
  if (
    /^\d{1,2}(?::\d{2})?\s*(?:am|pm)?$/i.test(company) ||
    /^(?:today|yesterday|tomorrow|last|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(title)
  )
    return undefined;
  return { title, company };
}

/** "Owner: Jane Doe", "مالک: سارا", "担当者：山田" → label + value. */
export function labelled(text: string): { label: string; value: string } | undefined {
  const m = /^([^:：]{1,40})[:：]\s*(.{1,500})$/.exec(text);
  return m ? { label: m[1]!.trim(), value: m[2]!.trim() } : undefined;
}
