// Personal data pasted into free text (notes, subjects, descriptions): card numbers, IBANs,
// national ids, passwords. Such text is copied into exports and e-mails without the
// protection the CRM gives its real fields. Only checksum-valid numbers are reported, and
// evidence carries a masked excerpt, never the value.
import type { Finding, Severity } from '../model/finding';
import { displayName, type CrmRecord } from '../model/record';
import { asciiDigits } from '../model/values';
import { num, words } from './deals-past-close-date';
import type { CheckDefinition, CheckContext } from './types';
import { finding, msg, noData } from './util';

export type PiiInNotesThresholds = {
  /** Which kinds of personal data to look for. */
  detect: string[];
  /** Longer texts are scanned up to this many characters. */
  maxScanChars: number;
};

const ID = 'pii-in-notes';
type PiiType = 'card' | 'iban' | 'national-id-ir' | 'my-number' | 'password';
const PII_TYPES: PiiType[] = ['card', 'iban', 'national-id-ir', 'my-number', 'password'];

const SEVERITY: Record<PiiType, Severity> = { card: 'critical', password: 'critical', 'national-id-ir': 'high', 'my-number': 'high', iban: 'medium' };
const KEY: Record<PiiType, string> = { card: 'card', iban: 'iban', 'national-id-ir': 'national_id_ir', 'my-number': 'my_number', password: 'password' };
const LABEL: Record<PiiType, string> = { card: 'a payment card number', iban: 'an IBAN', 'national-id-ir': 'an Iranian national code', 'my-number': 'a Japanese My Number', password: 'a password' };

const NOTE_HEADER = /note|description|comment|remark|memo|body|detail|summary|یادداشت|توضیح|شرح|ملاحظات|メモ|備考|説明|コメント|本文|内容|詳細/i;

// ---------------------------------------------------------------------------------------
// Checksums.

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let v = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  return sum % 10 === 0;
}

export function iranNationalCodeValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  const r = sum % 11;
  const check = digits.charCodeAt(9) - 48;
  return r < 2 ? check === r : check === 11 - r;
}

export function myNumberValid(digits: string): boolean {
  if (!/^\d{12}$/.test(digits) || /^(\d)\1{11}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (digits.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return digits.charCodeAt(11) - 48 === (r <= 1 ? 0 : 11 - r);
}

const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24,
  FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IR: 26, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20,
  LB: 28, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24,
  RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

export function ibanValid(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const expected = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expected !== undefined && compact.length !== expected) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    rem = code >= 65 ? (rem * 100 + (code - 55)) % 97 : (rem * 10 + (code - 48)) % 97;
  }
  return rem === 1;
}

// ---------------------------------------------------------------------------------------
// Scanning.

interface Hit {
  type: PiiType;
  start: number;
  end: number;
  /** Same length as the matched text, so offsets stay valid in the masked copy. */
  masked: string;
}

const IR_ID_CONTEXT = /(کد\s*ملی|کدملی|شماره\s*ملی|national\s*(code|id|number)|melli|meli\b)/i;
const MY_NUMBER_CONTEXT = /(マイナンバー|個人番号|my\s*number)/i;
const PHONE_CONTEXT = /(tel|phone|mobile|fax|call|تلفن|موبایل|همراه|تماس|電話|携帯|ファックス)[^\n]{0,12}$/i;
const PERSIAN_SCRIPT = /[\u0600-\u06ff]/;
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;

const PASSWORD = /(?:^|[^\p{L}])(password|passwd|passcode|pwd|pw|pin|رمز\s*عبور|کلمه\s*عبور|رمز|گذرواژه|پسورد|パスワード|暗証番号)\s*(?:[:=：]|\bis\b|は)\s*([^\s,;،、。]{1,100})/giu;
const PASSWORD_PLACEHOLDER = /^([*•x.\-_]+|n\/?a|none|reset|changed|sent|hidden|redacted|تغییر|ندارد|なし|変更済み?)$/i;

const IBAN = /\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,8}(?: ?[A-Z0-9]{1,4})?)(?![A-Z0-9])/gi;

function maskKeepingLast(text: string, keep: number, isMaskable: (ch: string) => boolean): string {
  let toKeep = keep;
  const chars = [...text];
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i] ?? '';
    if (!isMaskable(ch)) continue;
    if (toKeep > 0) toKeep--;
    else chars[i] = '•';
  }
  return chars.join('');
}

const isDigit = (ch: string) => ch >= '0' && ch <= '9';

function scanNumbers(text: string, want: ReadonlySet<PiiType>, region: string, hits: Hit[]): void {
  // Digit groups joined by single spaces or dashes, as people type card numbers and ids.
  const groups: { start: number; end: number }[] = [];
  const taken = hits.map((h) => [h.start, h.end] as const);
  for (const m of text.matchAll(/\d+/g)) {
    if (!taken.some(([s, e]) => m.index < e && m.index + m[0].length > s)) groups.push({ start: m.index, end: m.index + m[0].length });
  }
  // Script tests scan the whole text: once per text, and only if a candidate needs them.
  let persian: boolean | undefined;
  let japanese: boolean | undefined;
  const isPersianText = () => (persian ??= PERSIAN_SCRIPT.test(text));
  const isJapaneseText = () => (japanese ??= JAPANESE_SCRIPT.test(text));
  for (let i = 0; i < groups.length; i++) {
    const first = groups[i];
    if (!first || text[first.start - 1] === '+' || /[A-Za-z]/.test(text[first.start - 1] ?? '')) continue;
    let digits = '';
    const lens: number[] = [];
    for (let j = i; j < groups.length && j < i + 6; j++) {
      const g = groups[j];
      if (!g) break;
      if (j > i) {
        const gap = text.slice(groups[j - 1]?.end ?? 0, g.start);
        if (gap !== ' ' && gap !== '-') break;
      }
      digits += text.slice(g.start, g.end);
      lens.push(g.end - g.start);
      if (digits.length > 19) break;
      // Cards have 13–19 digits, the ids 10 and 12: anything shorter is not worth a look yet.
      if (digits.length < 10) continue;
      // A candidate must end where the digits end: "1234 5678 9" is not a 12-digit id plus noise.
      if (isDigit(text[g.end] ?? '') || /[A-Za-z]/.test(text[g.end] ?? '')) continue;
      const start = first.start;
      const end = g.end;
      const single = lens.length === 1;
      const before = () => text.slice(Math.max(0, start - 40), start);
      let type: PiiType | undefined;
      if (want.has('card') && digits.length >= 13 && lens.every((l) => l >= 3) && /^[2-6]/.test(digits) && !/^(\d)\1+$/.test(digits) && luhnValid(digits)) type = 'card';
      else if (want.has('national-id-ir') && digits.length === 10 && (single || lens.join() === '3,6,1') && iranNationalCodeValid(digits)) {
        if (IR_ID_CONTEXT.test(before()) || (!PHONE_CONTEXT.test(before()) && (region === 'IR' || isPersianText()))) type = 'national-id-ir';
      } else if (want.has('my-number') && digits.length === 12 && (single || lens.join() === '4,4,4') && myNumberValid(digits)) {
        if (MY_NUMBER_CONTEXT.test(before()) || (!PHONE_CONTEXT.test(before()) && (region === 'JP' || isJapaneseText()))) type = 'my-number';
      }
      if (!type) continue;
      hits.push({ type, start, end, masked: maskKeepingLast(text.slice(start, end), type === 'card' ? 4 : 2, isDigit) });
      i = j;
      break;
    }
  }
}

function scanText(text: string, want: ReadonlySet<PiiType>, region: string): Hit[] {
  const hits: Hit[] = [];
  if (want.has('iban')) {
    // Case-insensitive on the text itself: upper-casing first could shift offsets ("ß" → "SS").
    for (const m of text.matchAll(IBAN)) {
      const compact = (m[1] ?? '').toUpperCase().replace(/ /g, '');
      const expected = IBAN_LENGTHS[compact.slice(0, 2)];
      // The pattern may swallow a word after the IBAN; the country's length settles it.
      const candidate = expected !== undefined && compact.length > expected ? compact.slice(0, expected) : compact;
      if (!ibanValid(candidate)) continue;
      let end = m.index;
      for (let seen = 0; end < text.length && seen < candidate.length; end++) if (text[end] !== ' ') seen++;
      const original = text.slice(m.index, end);
      // Country code and the last four characters stay: enough to recognise, not to use.
      hits.push({ type: 'iban', start: m.index, end, masked: original.slice(0, 2) + maskKeepingLast(original.slice(2), 4, (c) => c !== ' ') });
    }
  }
  if (want.has('password')) {
    for (const m of text.matchAll(PASSWORD)) {
      const value = m[2] ?? '';
      // Passwords are typed in ASCII; "パスワードはメールで送付" is a sentence, not a secret.
      if (value.length < 3 || !/[A-Za-z0-9]/.test(value) || PASSWORD_PLACEHOLDER.test(value)) continue;
      const end = m.index + m[0].length;
      hits.push({ type: 'password', start: end - value.length, end, masked: '•'.repeat(value.length) });
    }
  }
  // Last, so the digits of an IBAN or a password already found are not read again as a card.
  scanNumbers(text, want, region, hits);
  return hits;
}

/** The text around a hit with every hit and every other long digit run masked. */
function excerpt(text: string, hits: readonly Hit[], hit: Hit): string {
  const from = Math.max(0, hit.start - 24);
  const to = Math.min(text.length, hit.end + 24);
  // Other numbers nearby (a second card, an expiry date) are masked first, then the hits.
  const chars = text.slice(from, to).replace(/\d{4,}/g, (run) => '•'.repeat(run.length)).split('');
  for (const h of hits) {
    for (let i = Math.max(h.start, from); i < Math.min(h.end, to); i++) chars[i - from] = h.masked[i - h.start] ?? '•';
  }
  const out = chars.join('').replace(/•{7,}/g, '••••••').replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${out}${to < text.length ? '…' : ''}`;
}

function freeTexts(r: CrmRecord): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<string>();
  const add = (field: string, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '' || seen.has(value)) return;
    seen.add(value);
    out.push([field, value]);
  };
  add('notes', r.fields.notes);
  add('subject', r.fields.subject);
  for (const [header, value] of Object.entries(r.raw)) if (NOTE_HEADER.test(header)) add(header, value);
  return out;
}

const check: CheckDefinition<PiiInNotesThresholds> = {
  id: ID,
  category: 'compliance',
  kinds: ['contact', 'lead', 'company', 'deal', 'task', 'activity', 'ticket', 'campaign'],
  weight: 2,
  title: 'Personal data in notes',
  defaults: { detect: PII_TYPES, maxScanChars: 100_000 },
  run(snapshot, config, ctx: CheckContext) {
    const d = check.defaults;
    const want = new Set(words(config.detect, d.detect).filter((t): t is PiiType => (PII_TYPES as string[]).includes(t)));
    const maxChars = Math.max(1_000, num(config.maxScanChars, d.maxScanChars));
    const region = (ctx.defaultRegion ?? '').toUpperCase();

    const findings: Finding[] = [];
    let eligible = 0;
    let affected = 0;
    for (const r of snapshot.records) {
      if (r.kind === 'user') continue;
      const texts = freeTexts(r);
      if (texts.length === 0) continue;
      eligible++;
      const byType = new Map<PiiType, { field: string; excerpt: string; count: number; fields: Set<string> }>();
      for (const [field, value] of texts) {
        const text = asciiDigits(value.slice(0, maxChars));
        const hits = scanText(text, want, region);
        for (const h of hits) {
          const entry = byType.get(h.type);
          if (entry) {
            entry.count++;
            entry.fields.add(field);
          } else byType.set(h.type, { field, excerpt: excerpt(text, hits, h), count: 1, fields: new Set([field]) });
        }
      }
      if (byType.size === 0) continue;
      affected++;
      const name = displayName(r);
      for (const type of PII_TYPES) {
        const e = byType.get(type);
        if (!e) continue;
        findings.push(
          finding(ID, SEVERITY[type], [r], msg(`pii_in_notes_${KEY[type]}`, `${name}: ${e.field} contains ${LABEL[type]} (${e.excerpt})`, { name, field: e.field, excerpt: e.excerpt }), {
            pii: type,
            field: e.field,
            fields: [...e.fields],
            excerpt: e.excerpt,
            occurrences: e.count,
          }),
        );
      }
    }
    if (eligible === 0) return noData('pii_in_notes_no_text', 'not enough data: no notes or other free text seen');
    return { status: 'ok', findings, metrics: { eligible, affected, findings: findings.length } };
  },
};

export default check;
