// Personal data pasted into free text (notes, subjects, descriptions): card numbers, IBANs,
// national ids, passwords. Such text is copied into exports and e-mails without the
// protection the CRM gives its real fields. Only checksum-valid numbers are reported, and
// evidence carries a masked excerpt, never the value.
import type { Finding, Severity } from '../model/finding';
import { displayName, type CrmRecord } from '../model/record';
import { asciiDigits } from '../model/values';
import { num, words } from './config';
import { IBAN_LENGTHS, ibanValid, iranNationalCodeValid, luhnValid, myNumberValid } from './checksums';
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

/** Two digit groups typed as one number: separated by a single space or dash. */
function joined(text: string, a: { end: number } | undefined, b: { start: number } | undefined): boolean {
  if (!a || !b || b.start - a.end !== 1) return false;
  const gap = text[a.end];
  return gap === ' ' || gap === '-';
}

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
    // An id is a whole number on its own: the 12 digits at the head or tail of a longer run
    // (a card number, say) are never a My Number, whatever their checksum says.
    const runStartsHere = !joined(text, groups[i - 1], first);
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
      const wholeRun = runStartsHere && !joined(text, g, groups[j + 1]);
      const before = () => text.slice(Math.max(0, start - 40), start);
      let type: PiiType | undefined;
      if (want.has('card') && digits.length >= 13 && lens.every((l) => l >= 3) && /^[2-6]/.test(digits) && !/^(\d)\1+$/.test(digits) && luhnValid(digits)) type = 'card';
      else if (!wholeRun) continue;
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

// Cheap tests that rule a text out before the real patterns run: most notes and subjects
// hold no number long enough and no password keyword. Each accepts everything its pattern could.
const TWO_DIGITS = /\d\d/;
const PASSWORD_HINT = /pass|pw|pin|رمز|کلمه|گذرواژه|پسورد|パスワード|暗証番号/iu;
/** Cards have 13–19 digits, the ids 10 and 12. */
const MIN_NUMBER_DIGITS = 10;

function digitCount(text: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function scanText(text: string, want: ReadonlySet<PiiType>, region: string): Hit[] {
  const hits: Hit[] = [];
  const manyDigits = digitCount(text, MIN_NUMBER_DIGITS) >= MIN_NUMBER_DIGITS;
  if (want.has('iban') && TWO_DIGITS.test(text)) {
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
  if (want.has('password') && PASSWORD_HINT.test(text)) {
    for (const m of text.matchAll(PASSWORD)) {
      const value = m[2] ?? '';
      // Passwords are typed in ASCII; "パスワードはメールで送付" is a sentence, not a secret.
      if (value.length < 3 || !/[A-Za-z0-9]/.test(value) || PASSWORD_PLACEHOLDER.test(value)) continue;
      const end = m.index + m[0].length;
      hits.push({ type: 'password', start: end - value.length, end, masked: '•'.repeat(value.length) });
    }
  }
  // Last, so the digits of an IBAN or a password already found are not read again as a card.
  if (manyDigits) scanNumbers(text, want, region, hits);
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

// Raw headers repeat on every record of an export: test each distinct header once.
const noteHeaders = new Map<string, boolean>();
function isNoteHeader(header: string): boolean {
  let yes = noteHeaders.get(header);
  if (yes === undefined) {
    yes = NOTE_HEADER.test(header);
    if (noteHeaders.size > 10_000) noteHeaders.clear();
    noteHeaders.set(header, yes);
  }
  return yes;
}

/** Adds a non-blank text once: the same value under two headers is scanned once. */
function addText(out: [string, string][], field: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') return;
  for (const [, v] of out) if (v === value) return;
  out.push([field, value]);
}

function freeTexts(r: CrmRecord): [string, string][] {
  const out: [string, string][] = [];
  addText(out, 'notes', r.fields.notes);
  addText(out, 'subject', r.fields.subject);
  const raw = r.raw;
  for (const header in raw) if (isNoteHeader(header)) addText(out, header, raw[header]);
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
