// Hand-planted contact problems. Each spec becomes one contact; whatever a spec leaves out is
// filled in by the ordinary generator, so planted records look like their neighbours.
// The counts are NOT stated here: planted.ts recomputes them from the finished data.

import type { Contact, Lang } from './types';
import type { Rng } from './prng';
import { daysAgo } from './prng';

export interface ContactSpec {
  lang: Lang;
  /** Exact name parts; otherwise a unique name is drawn from the language's pools. */
  first?: string;
  last?: string;
  /** Company by exact name, or null for none; otherwise the generator picks one. */
  company?: string | null;
  set?: Partial<Contact>;
  /** Derives the planted value from the generated one (e.g. breaks its e-mail). */
  change?: (base: Contact, rng: Rng) => Partial<Contact>;
  cluster?: string;
  hardNegative?: string;
  hostile?: boolean;
}

const ARABIC_YEH = '\u064a';
const ARABIC_KAF = '\u0643';
const ZWNJ = '\u200c';
const IDEOGRAPHIC_SPACE = '\u3000';

// Variants a duplicate finder has to see through, one cluster per technique.
export const DUPLICATE_SPECS: ContactSpec[] = [
  // case, stray spaces, mixed-case e-mail, (206) vs +1 format, linked to the duplicate company
  {
    cluster: 'd1',
    lang: 'en',
    first: 'Emily',
    last: 'Johnson',
    company: 'Northwind Traders',
    set: { email: 'emily.johnson@northwind-traders.com', phone: '+1 206-555-0143', country: 'United States', city: 'Seattle' },
  },
  {
    cluster: 'd1',
    lang: 'en',
    first: ' emily',
    last: 'JOHNSON ',
    company: 'NORTHWIND TRADERS INC.',
    set: { email: 'Emily.Johnson@Northwind-Traders.com', phone: '(206) 555-0143', country: 'USA', city: 'Seattle' },
  },
  // nickname + Gmail dots / +tags
  {
    cluster: 'd2',
    lang: 'en',
    first: 'Robert',
    last: 'Miller',
    company: 'Stark Logistics',
    set: { email: 'robert.miller@gmail.com', phone: '+1 312-555-0178', country: 'United States', city: 'Chicago' },
  },
  {
    cluster: 'd2',
    lang: 'en',
    first: 'Bob',
    last: 'Miller',
    company: 'Stark Logistics',
    set: { email: 'robertmiller+crm@gmail.com', phone: '(312) 555-0178', country: 'U.S.', city: 'Chicago' },
  },
  {
    cluster: 'd2',
    lang: 'en',
    first: 'Robert',
    last: 'Miller',
    company: null,
    set: { email: 'r.obert.miller+webinar@gmail.com', phone: null, leadSource: 'webinar', country: 'USA', city: 'Chicago' },
  },
  // diacritics stripped, national vs international phone
  {
    cluster: 'd3',
    lang: 'en',
    first: 'José',
    last: 'García',
    company: 'Iberia Soluciones S.L.',
    set: { email: 'jose.garcia@iberiasoluciones.es', phone: '+34 612 483 907', country: 'Spain', city: 'Madrid' },
  },
  {
    cluster: 'd3',
    lang: 'en',
    first: 'Jose',
    last: 'Garcia',
    company: 'Iberia Soluciones S.L.',
    set: { email: 'JOSE.GARCIA@iberiasoluciones.es', phone: '612483907', country: 'Spain', city: 'Madrid' },
  },
  // umlaut transliterated (ü → ue) or dropped (ü → u), phone formats
  {
    cluster: 'd4',
    lang: 'en',
    first: 'Jürgen',
    last: 'Müller',
    company: 'Kessler Maschinenbau GmbH',
    set: { email: 'juergen.mueller@kessler-maschinenbau.de', phone: '+49 89 23456789', country: 'Germany', city: 'München' },
  },
  {
    cluster: 'd4',
    lang: 'en',
    first: 'Juergen',
    last: 'Mueller',
    company: 'Kessler Maschinenbau GmbH',
    set: { email: 'juergen.mueller@kessler-maschinenbau.de', phone: '089 23456789', country: 'Germany', city: 'Muenchen' },
  },
  {
    cluster: 'd4',
    lang: 'en',
    first: 'Jurgen',
    last: 'Muller',
    company: 'Kessler Maschinenbau GmbH',
    set: { email: 'j.muller@kessler-maschinenbau.de', phone: '+498923456789', country: 'Germany', city: 'Munich' },
  },
  // Arabic ي/ك typed on an Arabic keyboard layout; +98 and Persian-digit phones
  {
    cluster: 'd5',
    lang: 'fa',
    first: 'مهدی',
    last: 'کریمی',
    company: 'شرکت پارس آوا',
    set: { email: 'mahdi.karimi@parsava.ir', phone: '09121234567', country: 'ایران', city: 'تهران' },
  },
  {
    cluster: 'd5',
    lang: 'fa',
    first: `مهد${ARABIC_YEH}`,
    last: `${ARABIC_KAF}ر${ARABIC_YEH}م${ARABIC_YEH}`,
    company: 'شرکت پارس آوا',
    set: { email: 'mahdi.karimi@parsava.ir', phone: '+98 912 123 4567', country: 'Iran', city: 'تهران' },
  },
  {
    cluster: 'd5',
    lang: 'fa',
    first: 'مهدی',
    last: 'کریمی',
    company: 'شرکت پارس آوا',
    set: { email: null, phone: '۰۹۱۲۱۲۳۴۵۶۷', country: 'ایران', city: 'تهران' },
  },
  // ZWNJ vs plain space inside a compound surname
  {
    cluster: 'd6',
    lang: 'fa',
    first: 'فاطمه',
    last: `حسین${ZWNJ}زاده`,
    company: 'بیمه آسایش فردا',
    set: { email: 'f.hosseinzadeh@gmail.com', phone: '0935 765 4321', country: 'ایران', city: 'تهران' },
  },
  {
    cluster: 'd6',
    lang: 'fa',
    first: 'فاطمه',
    last: 'حسین زاده',
    company: 'بیمه آسایش فردا',
    set: { email: 'fatemeh.hosseinzadeh@asayesh-insurance.ir', phone: '+98 935 765 4321', country: 'Iran', city: 'تهران' },
  },
  // whole name in the family-name field, full-width phone, （株） company duplicate
  {
    cluster: 'd7',
    lang: 'ja',
    first: '太郎',
    last: '佐藤',
    company: '株式会社サクラ商事',
    set: { email: 'taro.sato@sakura-shoji.co.jp', phone: '03-1234-5678', country: '日本', city: '東京都港区' },
  },
  {
    cluster: 'd7',
    lang: 'ja',
    first: '',
    last: '佐藤太郎',
    company: 'サクラ商事（株）',
    set: { email: 'Taro.Sato@sakura-shoji.co.jp', phone: '０３－１２３４－５６７８', country: 'Japan', city: '東京都港区' },
  },
  // ideographic space, half-width katakana company typed as free text, 株式会社 moved to the end
  {
    cluster: 'd8',
    lang: 'ja',
    first: '一郎',
    last: '鈴木',
    company: '株式会社ミドリ電機',
    set: { email: 'ichiro.suzuki@midori-denki.co.jp', phone: '06-6123-4567', country: '日本', city: '大阪市' },
  },
  {
    cluster: 'd8',
    lang: 'ja',
    first: '',
    last: `鈴木${IDEOGRAPHIC_SPACE}一郎`,
    company: null,
    set: {
      companyName: 'ﾐﾄﾞﾘ電機（株）',
      email: 'ichiro.suzuki@midori-denki.co.jp',
      phone: '06(6123)4567',
      country: '日本',
      city: '大阪市',
    },
  },
];

// Same name, different people: different company, e-mail, phone and city.
export const HARD_NEGATIVE_SPECS: ContactSpec[] = [
  {
    hardNegative: 'n1',
    lang: 'en',
    first: 'John',
    last: 'Smith',
    company: 'Acme Robotics',
    set: { email: 'john.smith@acme-robotics.com', phone: '+1 212-555-0161', jobTitle: 'CTO', country: 'United States', city: 'New York' },
  },
  {
    hardNegative: 'n1',
    lang: 'en',
    first: 'John',
    last: 'Smith',
    company: 'Greenfield Energy',
    set: {
      email: 'jsmith@greenfield-energy.com',
      phone: '(206) 555-0187',
      jobTitle: 'Procurement Lead',
      country: 'United States',
      city: 'Seattle',
    },
  },
  {
    hardNegative: 'n2',
    lang: 'fa',
    first: 'علی',
    last: 'محمدی',
    company: 'گروه صنعتی نوین',
    set: { email: 'ali.mohammadi@novin-group.ir', phone: '0912 555 1234', jobTitle: 'مدیر فروش', country: 'ایران', city: 'تهران' },
  },
  {
    hardNegative: 'n2',
    lang: 'fa',
    first: 'علی',
    last: 'محمدی',
    company: 'صنایع غذایی گلستان',
    set: { email: 'a.mohammadi@golestan-food.ir', phone: '+98 917 234 5678', jobTitle: 'مدیر مالی', country: 'Iran', city: 'شیراز' },
  },
];

const LONG_TEXT = 'Imported from legacy system without line breaks. '.repeat(250).slice(0, 10_000);

/** Every page must show these as inert text. */
export const HOSTILE_SPEC: ContactSpec = {
  hostile: true,
  lang: 'en',
  first: '<img src=x onerror=alert(1)>',
  last: '<script>alert("xss")</script>',
  company: null,
  set: {
    email: 'qa.hostile@acme-robotics.com',
    // RLO/PDF, LRI/PDI and RLM around text: reversed display must not break the layout
    jobTitle: '\u202Eecnanif fo daeh\u202C \u2066Head\u2069\u200F',
    city: '"><svg onload=alert(2)>',
    leadSource: 'javascript:alert(3)',
    notes: LONG_TEXT,
  },
};

const local = (email: string | null): string => (email ?? 'someone@x').split('@')[0] ?? 'someone';

// Problems planted on otherwise ordinary contacts.
export const DATA_QUALITY_SPECS: ContactSpec[] = [
  ...(['en', 'fa', 'ja'] as const).map((lang): ContactSpec => ({ lang, set: { email: null } })),
  ...(['en', 'fa', 'ja'] as const).map((lang): ContactSpec => ({ lang, set: { email: null, phone: null } })),
  // invalid e-mail syntax, the ways people actually mistype them
  { lang: 'en', change: (c) => ({ email: `${local(c.email)}@` }) },
  { lang: 'fa', change: (c) => ({ email: (c.email ?? '').replace('@', ' at ') }) },
  { lang: 'ja', change: (c) => ({ email: (c.email ?? '').replace('@', '@@') }) },
  { lang: 'en', change: (c) => ({ email: (c.email ?? '').replace(/\.([a-z]+)$/, ',$1') }) },
  // disposable domains
  { lang: 'en', change: (c) => ({ email: `${local(c.email)}@mailinator.com` }) },
  { lang: 'fa', change: (c) => ({ email: `${local(c.email)}@mailinator.com` }) },
  { lang: 'ja', change: (c) => ({ email: `${local(c.email)}@yopmail.com` }) },
  // phones no parser can make valid: too short, cut off, too long
  { lang: 'en', set: { phone: '12345' } },
  { lang: 'fa', set: { phone: '+98 912' } },
  { lang: 'ja', set: { phone: '０３－１２' } },
  { lang: 'en', set: { phone: '1-800-000-000000000' } },
  // stale: untouched for over a year (activities are generated inside created..updated)
  ...(['en', 'en', 'fa', 'fa', 'fa', 'ja', 'ja', 'ja'] as const).map((lang): ContactSpec => ({
    lang,
    change: (_c, rng) => ({ createdAt: daysAgo(rng, rng.int(900, 1500)), updatedAt: daysAgo(rng, rng.int(400, 880)) }),
  })),
  // unsegmented: no tags, no lifecycle stage (and no lead source, so no segment of any kind)
  ...(['en', 'fa', 'ja', 'ja', 'fa'] as const).map((lang): ContactSpec => ({
    lang,
    set: { tags: [], lifecycleStage: null, leadSource: null },
  })),
  // PII in free-text notes: Luhn-valid cards (ASCII, Persian and full-width digits) and IBANs
  { lang: 'en', set: { notes: 'Customer read out card 4111 1111 1111 1111 (exp 09/27) for the deposit.' } },
  { lang: 'fa', set: { notes: 'شماره کارت برای واریز: ۶۰۳۷-۹۹۷۵-۹۹۲۹-۱۹۷۹' } },
  { lang: 'ja', set: { notes: 'お支払いカード番号 ５５５５ ５５５５ ５５５５ ４４４４ で決済希望。' } },
  { lang: 'en', set: { notes: 'Refund to IBAN DE89 3704 0044 0532 0130 00 please.' } },
  { lang: 'fa', set: { notes: 'شبا برای بازپرداخت: IR27 0170 0000 0010 0324 2000 01' } },
  // on marketing lists without consent
  { lang: 'en', change: (c) => ({ tags: [...new Set([...c.tags, 'newsletter'])], consent: 'none' }) },
  { lang: 'fa', change: (c) => ({ tags: [...new Set([...c.tags, 'newsletter'])], consent: null }) },
  { lang: 'ja', change: (c) => ({ tags: [...new Set([...c.tags, 'newsletter'])], consent: 'none' }) },
  { lang: 'en', set: { lifecycleStage: 'subscriber', consent: null } },
  { lang: 'ja', set: { lifecycleStage: 'subscriber', consent: 'none' } },
];
