// Synthetic CRM contacts for the speed benchmark: Zipf-distributed names (a few very common,
// a long tail), mixed scripts, and ~10% injected duplicates with realistic noise, so blocking
// meets realistic block sizes and recall against all-pairs can be measured.
import type { CrmRecord } from '../../src/model/record';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = [
  'ka',
  'ro',
  'mi',
  'ta',
  'ne',
  'lo',
  'ri',
  'sa',
  'ben',
  'dor',
  'el',
  'fa',
  'gi',
  'har',
  'is',
  'jun',
  'kel',
  'lin',
  'mar',
  'nor',
  'ol',
  'per',
  'quin',
  'ras',
  'sel',
  'tor',
  'ul',
  'van',
  'wes',
  'yor',
  'zan',
  'ber',
  'cas',
  'dan',
  'ek',
  'fin',
  'gar',
  'hol',
  'ing',
  'jo',
];
const FIRST_REAL = [
  'james',
  'mary',
  'john',
  'patricia',
  'robert',
  'jennifer',
  'michael',
  'linda',
  'william',
  'elizabeth',
  'david',
  'barbara',
  'richard',
  'susan',
  'joseph',
  'jessica',
  'thomas',
  'sarah',
  'charles',
  'karen',
  'ali',
  'mohammad',
  'fatemeh',
  'zahra',
  'reza',
  'maryam',
  'hiroshi',
  'yuki',
  'kenji',
  'akiko',
  'jose',
  'maria',
  'hans',
  'anna',
  'pierre',
  'sophie',
];
const LAST_REAL = [
  'smith',
  'johnson',
  'williams',
  'brown',
  'jones',
  'garcia',
  'miller',
  'davis',
  'rodriguez',
  'martinez',
  'hernandez',
  'lopez',
  'mohammadi',
  'hosseini',
  'ahmadi',
  'rezaei',
  'sato',
  'suzuki',
  'takahashi',
  'tanaka',
  'muller',
  'schmidt',
  'nguyen',
  'kim',
  'wang',
  'li',
  'dubois',
  'rossi',
];
const FA_FIRST = ['علی', 'محمد', 'فاطمه', 'زهرا', 'رضا', 'مریم', 'حسین', 'سارا', 'مهدی', 'نرگس', 'امیر', 'لیلا'];
const FA_LAST = [
  'محمدی',
  'حسینی',
  'احمدی',
  'رضایی',
  'کریمی',
  'موسوی',
  'جعفری',
  'رحیمی',
  'صادقی',
  'کاظمی',
  'علی‌پور',
  'نوری',
  'قاسمی',
  'امیری',
];
const JA_LAST = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
  '佐々木',
  '山口',
  '松本',
  '井上',
];
const JA_FIRST = ['太郎', '花子', '翔', '陽子', '大輝', '恵子', '健', '美咲', '拓也', '裕子', '直樹', '愛'];
// Compound pools so non-Latin names have a realistic spread too (Persian roots + suffixes,
// Japanese two-kanji family names), with the real most common names first.
const FA_ROOTS = [
  'احمد',
  'حسن',
  'کریم',
  'جعفر',
  'رحیم',
  'صادق',
  'کاظم',
  'نور',
  'قاسم',
  'امیر',
  'رستم',
  'اکبر',
  'عباس',
  'حیدر',
  'مراد',
  'یوسف',
  'باقر',
  'طاهر',
  'فتح',
  'شریف',
  'رضا',
  'تقی',
  'نقی',
  'جواد',
  'سعید',
];
const FA_SUFFIX = ['ی', 'پور', 'زاده', 'نژاد', 'فر', 'نیا', 'لو', 'یان'];
const JA_KANJI = [
  '山',
  '田',
  '中',
  '川',
  '木',
  '村',
  '井',
  '本',
  '藤',
  '野',
  '松',
  '原',
  '小',
  '大',
  '高',
  '石',
  '林',
  '森',
  '池',
  '橋',
  '岡',
  '島',
  '西',
  '東',
  '北',
  '宮',
  '谷',
  '上',
  '下',
  '内',
];
const JA_GIVEN_A = ['健', '大', '翔', '陽', '美', '恵', '裕', '直', '拓', '真', '和', '智', '優', '結', '愛', '明'];
const JA_GIVEN_B = ['太', '子', '樹', '也', '介', '輝', '花', '香', '美', '人', '一', '郎', '奈', '菜'];
const CITIES = [
  'springfield',
  'riverside',
  'franklin',
  'greenville',
  'bristol',
  'clinton',
  'fairview',
  'salem',
  'madison',
  'georgetown',
  'tehran',
  'tokyo',
  'osaka',
  'berlin',
  'paris',
  'lyon',
  'shiraz',
  'kyoto',
];
const STREETS = ['main', 'oak', 'pine', 'maple', 'cedar', 'elm', 'washington', 'lake', 'hill', 'park', 'sunset', 'river'];
const SUFFIX = ['street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'drive'];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com'];

function zipf(r: () => number, n: number, k = 1.8): number {
  // inverse-CDF of a power law: index 0 is the most common, a long tail after it. k = 1.8 to
  // 1.9 gives the top first name ~2.5% and the top surname ~1%, as in US/UK name statistics.
  return Math.min(n - 1, Math.floor(n * Math.pow(r(), k)));
}

function buildPool(r: () => number, real: string[], size: number): string[] {
  const out = [...real];
  const seen = new Set(out);
  while (out.length < size) {
    const k = 2 + Math.floor(r() * 2);
    let s = '';
    for (let i = 0; i < k; i++) s += SYL[Math.floor(r() * SYL.length)];
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

function typo(r: () => number, s: string): string {
  if (s.length < 3) return s;
  const p = 1 + Math.floor(r() * (s.length - 2));
  const op = r();
  if (op < 0.33) return s.slice(0, p) + s.slice(p + 1); // deletion
  if (op < 0.66) return s.slice(0, p) + s[p + 1] + s[p] + s.slice(p + 2); // transposition
  return s.slice(0, p) + 'aeiourn'[Math.floor(r() * 7)] + s.slice(p + 1); // substitution
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;

export interface Synthetic {
  records: CrmRecord[];
  /** record id → entity id, for recall against all-pairs. */
  entityOf: Map<string, number>;
}

export function generateContacts(n: number, seed = 42): Synthetic {
  const r = rng(seed);
  const scale = Math.max(1, Math.sqrt(n / 10_000));
  const firsts = buildPool(r, FIRST_REAL, Math.round(800 * scale));
  const lasts = buildPool(r, LAST_REAL, Math.round(6000 * scale));
  const faLast = [...FA_LAST, ...FA_ROOTS.flatMap((root) => FA_SUFFIX.map((x) => root + x))];
  const jaLast = [...new Set([...JA_LAST, ...JA_KANJI.flatMap((a) => JA_KANJI.map((b) => a + b))])];
  const jaFirst = [...JA_FIRST, ...JA_GIVEN_A.flatMap((a) => JA_GIVEN_B.map((b) => a + b))];
  const records: CrmRecord[] = [];
  const entityOf = new Map<string, number>();
  const originals = Math.round(n / 1.1);
  const base: {
    first: string;
    last: string;
    email?: string;
    phone?: string;
    city?: string;
    street?: string;
    company?: string;
    dob?: string;
  }[] = [];
  for (let e = 0; e < originals; e++) {
    const script = r();
    let first: string;
    let last: string;
    const latinFirst = firsts[zipf(r, firsts.length)]!;
    const latinLast = lasts[zipf(r, lasts.length, 1.9)]!;
    if (script < 0.08) {
      first = FA_FIRST[zipf(r, FA_FIRST.length)]!;
      last = faLast[zipf(r, faLast.length)]!;
    } else if (script < 0.14) {
      first = jaFirst[zipf(r, jaFirst.length)]!;
      last = jaLast[zipf(r, jaLast.length, 1.9)]!;
    } else {
      first = cap(latinFirst);
      last = cap(latinLast);
    }
    const num = String(1 + Math.floor(r() * 9999));
    base.push({
      first,
      last,
      email:
        r() < 0.85
          ? `${latinFirst}.${latinLast}${Math.floor(r() * 1000)}@${r() < 0.6 ? DOMAINS[Math.floor(r() * 4)] : `${SYL[Math.floor(r() * SYL.length)]}corp${Math.floor(r() * 5000)}.com`}`
          : undefined,
      phone: r() < 0.65 ? `+1 ${200 + Math.floor(r() * 800)} ${String(Math.floor(r() * 1e7)).padStart(7, '0')}` : undefined,
      city: r() < 0.8 ? cap(CITIES[zipf(r, CITIES.length)]!) : undefined,
      street:
        r() < 0.5
          ? `${num} ${cap(STREETS[Math.floor(r() * STREETS.length)]!)} ${cap(SUFFIX[Math.floor(r() * SUFFIX.length)]!)}`
          : undefined,
      company:
        r() < 0.5
          ? `${cap(SYL[Math.floor(r() * SYL.length)]!)}${SYL[Math.floor(r() * SYL.length)]} ${['Inc', 'LLC', 'Ltd', 'GmbH', 'Corp'][Math.floor(r() * 5)]}`
          : undefined,
      dob:
        r() < 0.2
          ? `${1940 + Math.floor(r() * 66)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`
          : undefined,
    });
  }
  const push = (e: number, p: (typeof base)[number], noisy: boolean) => {
    const id = `c${records.length}`;
    let { first, last, email, phone } = p;
    let street = p.street;
    let city = p.city;
    if (noisy) {
      const x = r();
      if (x < 0.25) first = typo(r, first);
      else if (x < 0.4) last = typo(r, last);
      else if (x < 0.5) [first, last] = [last, first];
      if (email && r() < 0.3) email = r() < 0.5 ? email.toUpperCase() : email.replace('@', '+crm@');
      if (email && r() < 0.2) email = undefined;
      if (phone && r() < 0.5) phone = phone.replace('+1 ', '(').replace(/^(\(\d{3}) (\d{3})(\d{4})$/, '$1) $2-$3');
      if (r() < 0.2) street = undefined;
      if (r() < 0.2) city = undefined;
    }
    const fields: CrmRecord['fields'] = { firstName: first, lastName: last };
    if (email) fields.emails = [email];
    if (phone) fields.phones = [phone];
    if (city) fields.city = city;
    if (street) fields.street = street;
    if (p.company) fields.company = p.company;
    if (p.dob) fields.birthDate = `${p.dob}T00:00:00.000Z`;
    records.push({ kind: 'contact', source: { origin: 'bench', id, via: 'api' }, fields, raw: EMPTY, seenAt: '2026-01-01T00:00:00.000Z' });
    entityOf.set(id, e);
  };
  for (let e = 0; e < originals; e++) push(e, base[e]!, false);
  while (records.length < n) {
    const e = Math.floor(r() * originals);
    push(e, base[e]!, true);
  }
  return { records, entityOf };
}
