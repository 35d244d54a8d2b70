// A labelled multilingual set: Persian, Japanese and Latin-with-diacritics contacts, with
// duplicates written the way real CRMs write them (letter variants, ZWNJ, titles and
// honorifics, kana and width, old kanji, legal forms, nicknames, phone formats, e-mail
// aliases, missing fields) and two kinds of hard negatives: namesakes (same name, another
// company, e-mail and phone) and family members (same surname, phone and address).
import type { CrmRecord } from '../../src/model/record';
import { rng } from './synthetic';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

interface Person {
  script: 'fa' | 'ja' | 'latin';
  first: string;
  last: string;
  /** Latin transliteration for e-mail local parts. */
  firstLatin: string;
  lastLatin: string;
  kana?: [string, string];
  email: string;
  phone: string;
  company: string;
  city: string;
  street: string;
  country: string;
}

const FA: [string, string][] = [
  ['علی', 'ali'],
  ['محمد', 'mohammad'],
  ['حسین', 'hossein'],
  ['رضا', 'reza'],
  ['مهدی', 'mehdi'],
  ['فاطمه', 'fatemeh'],
  ['زهرا', 'zahra'],
  ['مریم', 'maryam'],
  ['سارا', 'sara'],
  ['نرگس', 'narges'],
  ['کیوان', 'keyvan'],
  ['شیرین', 'shirin'],
  ['بهرام', 'bahram'],
  ['پریسا', 'parisa'],
  ['کاوه', 'kaveh'],
  ['یاسمن', 'yasaman'],
  ['فرهاد', 'farhad'],
  ['لیلا', 'leila'],
  ['امید', 'omid'],
  ['نیلوفر', 'niloufar'],
];
const FA_LAST: [string, string][] = [
  ['محمدی', 'mohammadi'],
  ['حسینی', 'hosseini'],
  ['احمدی', 'ahmadi'],
  ['رضایی', 'rezaei'],
  ['کریمی', 'karimi'],
  ['علی‌پور', 'alipour'],
  ['حسن‌زاده', 'hassanzadeh'],
  ['قاسمی', 'ghasemi'],
  ['کاظمی', 'kazemi'],
  ['رستمی', 'rostami'],
  ['یزدانی', 'yazdani'],
  ['شکوهی', 'shokouhi'],
  ['تقی‌نژاد', 'taghinejad'],
  ['فرهمند', 'farahmand'],
  ['کیانی', 'kiani'],
  ['صادقی', 'sadeghi'],
  ['میرزایی', 'mirzaei'],
  ['جعفری', 'jafari'],
  ['اکبرزاده', 'akbarzadeh'],
  ['نیک‌نام', 'niknam'],
  ['بهرامی', 'bahrami'],
  ['سلطانی', 'soltani'],
  ['طاهری', 'taheri'],
  ['عباس‌پور', 'abbaspour'],
];
const JA_LAST: [string, string, string][] = [
  ['佐藤', 'サトウ', 'sato'],
  ['鈴木', 'スズキ', 'suzuki'],
  ['高橋', 'タカハシ', 'takahashi'],
  ['田中', 'タナカ', 'tanaka'],
  ['渡辺', 'ワタナベ', 'watanabe'],
  ['伊藤', 'イトウ', 'ito'],
  ['山本', 'ヤマモト', 'yamamoto'],
  ['中村', 'ナカムラ', 'nakamura'],
  ['小林', 'コバヤシ', 'kobayashi'],
  ['斎藤', 'サイトウ', 'saito'],
  ['山崎', 'ヤマザキ', 'yamazaki'],
  ['長谷川', 'ハセガワ', 'hasegawa'],
  ['石川', 'イシカワ', 'ishikawa'],
  ['前田', 'マエダ', 'maeda'],
  ['藤原', 'フジワラ', 'fujiwara'],
  ['岡田', 'オカダ', 'okada'],
  ['松井', 'マツイ', 'matsui'],
  ['森田', 'モリタ', 'morita'],
];
const JA_FIRST: [string, string, string][] = [
  ['太郎', 'タロウ', 'taro'],
  ['花子', 'ハナコ', 'hanako'],
  ['健太', 'ケンタ', 'kenta'],
  ['陽子', 'ヨウコ', 'yoko'],
  ['翔太', 'ショウタ', 'shota'],
  ['美咲', 'ミサキ', 'misaki'],
  ['大輔', 'ダイスケ', 'daisuke'],
  ['愛', 'アイ', 'ai'],
  ['直樹', 'ナオキ', 'naoki'],
  ['恵子', 'ケイコ', 'keiko'],
  ['拓也', 'タクヤ', 'takuya'],
  ['由美', 'ユミ', 'yumi'],
  ['誠', 'マコト', 'makoto'],
  ['千尋', 'チヒロ', 'chihiro'],
];
const OLD_KANJI: Record<string, string> = { 高: '髙', 斎: '齋', 辺: '邊', 崎: '﨑', 沢: '澤', 島: '嶋' };
const LATIN_FIRST = [
  'José',
  'María',
  'Jürgen',
  'Zoë',
  'François',
  'Hélène',
  'Søren',
  'Łukasz',
  'Müge',
  'Çağla',
  'Robert',
  'Elizabeth',
  'William',
  'Katherine',
  'Margaret',
  'Alexander',
  'Renée',
  'Ines',
  'Björn',
  'Ana',
];
const LATIN_LAST = [
  'Müller',
  'García',
  'Fernández',
  'Dubois',
  'Lefèvre',
  'Nørgaard',
  'Wójcik',
  'Öztürk',
  'Schröder',
  'Peña',
  'Gonçalves',
  'Kovačević',
  'Åberg',
  'Łęcka',
  'Brontë',
  'Smith',
  'Johnson',
  'Martínez',
  'Rossi',
  'Novák',
  'Şahin',
  'Jäger',
  'Dvořák',
  'Côté',
];
const NICK: Record<string, string> = {
  Robert: 'Bob',
  Elizabeth: 'Liz',
  William: 'Bill',
  Katherine: 'Kate',
  Margaret: 'Peggy',
  Alexander: 'Alex',
};
const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
const FA_CITY = ['تهران', 'اصفهان', 'شیراز', 'مشهد', 'تبریز'];
const JA_CITY = ['東京都港区', '大阪市北区', '横浜市西区', '名古屋市中区', '京都市左京区'];
const LATIN_CITY = ['München', 'Málaga', 'Genève', 'Kraków', 'Lyon', 'İzmir', 'São Paulo', 'Zürich'];
const SYL = ['ar', 'to', 'ne', 'vi', 'sa', 'lo', 'ka', 'ri', 'mo', 'de'];

// Full-width katakana → half-width (ｶﾀｶﾅ), as old systems and bank exports write it.
const HALF = new Map<string, string>();
for (let c = 0xff66; c <= 0xff9d; c++) HALF.set(String.fromCharCode(c).normalize('NFKC'), String.fromCharCode(c));
const toHalfWidth = (s: string) =>
  [...s.normalize('NFD')].map((c) => (c === '\u3099' ? 'ﾞ' : c === '\u309a' ? 'ﾟ' : (HALF.get(c) ?? c))).join('');

const latinise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase();
const faDigits = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d]!);
const wide = (s: string) => s.replace(/[0-9-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');

function company(r: Rand, script: Person['script']): string {
  const core = pick(r, SYL) + pick(r, SYL) + pick(r, SYL);
  if (script === 'fa')
    return (
      'شرکت ' +
      pick(r, ['آریا', 'پارس', 'نوین', 'سپهر', 'آسمان', 'کیمیا', 'راهبرد', 'پیشرو']) +
      ' ' +
      pick(r, ['تجارت', 'صنعت', 'فناوری', 'سازه', 'داده']) +
      ' ' +
      core.slice(0, 2)
    );
  if (script === 'ja')
    return (
      '株式会社' +
      pick(r, ['サンプル', 'ミライ', 'アオバ', 'ヒカリ', 'ツバサ', 'ホクト']) +
      pick(r, ['商事', '工業', '技研', '物産', 'システム']) +
      core.slice(0, 2).toUpperCase()
    );
  return core.charAt(0).toUpperCase() + core.slice(1) + ' ' + pick(r, ['GmbH', 'S.A.', 'SARL', 'Ltd', 'Inc.', 'S.L.', 'B.V.']);
}

function person(r: Rand, script: Person['script']): Person {
  const tag = digits(r, 3);
  if (script === 'fa') {
    const [first, fl] = pick(r, FA);
    const [last, ll] = pick(r, FA_LAST);
    return {
      script,
      first,
      last,
      firstLatin: fl,
      lastLatin: ll,
      email: `${fl}.${ll}${tag}@${pick(r, ['gmail.com', 'yahoo.com', 'chmail.ir'])}`,
      phone: `0912${digits(r, 7)}`,
      company: company(r, script),
      city: pick(r, FA_CITY),
      street: `خیابان ${pick(r, ['ولیعصر', 'آزادی', 'انقلاب', 'شریعتی'])} پلاک ${1 + Math.floor(r() * 200)}`,
      country: 'ایران',
    };
  }
  if (script === 'ja') {
    const [last, lk, ll] = pick(r, JA_LAST);
    const [first, fk, fl] = pick(r, JA_FIRST);
    return {
      script,
      first,
      last,
      firstLatin: fl,
      lastLatin: ll,
      kana: [fk, lk],
      email: `${fl}.${ll}${tag}@${pick(r, ['example.co.jp', 'docomo.ne.jp', 'gmail.com'])}`,
      phone: `0${pick(r, ['3', '6', '90', '80'])}${digits(r, 8)}`,
      company: company(r, script),
      city: pick(r, JA_CITY),
      street: `${1 + Math.floor(r() * 9)}丁目${1 + Math.floor(r() * 20)}番${1 + Math.floor(r() * 30)}号`,
      country: '日本',
    };
  }
  const first = pick(r, LATIN_FIRST);
  const last = pick(r, LATIN_LAST);
  return {
    script,
    first,
    last,
    firstLatin: latinise(first),
    lastLatin: latinise(last),
    email: `${latinise(first)}.${latinise(last)}${tag}@${pick(r, ['gmail.com', 'web.de', 'orange.fr', 'firma.example'])}`,
    phone: `+${pick(r, ['49', '33', '34', '48'])} ${digits(r, 3)} ${digits(r, 6)}`,
    company: company(r, script),
    city: pick(r, LATIN_CITY),
    street: `${pick(r, ['Hauptstraße', 'Rue de la Paix', 'Calle Mayor', 'Ulica Długa'])} ${1 + Math.floor(r() * 120)}`,
    country: pick(r, ['Germany', 'France', 'Spain', 'Poland']),
  };
}

/** The way the same person shows up again in another CRM record. */
function variant(r: Rand, p: Person): CrmRecord['fields'] {
  const f: CrmRecord['fields'] = {};
  let first = p.first;
  let last = p.last;
  let phone = p.phone;
  let email: string | undefined = p.email;
  let comp: string | undefined = p.company;
  if (p.script === 'fa') {
    if (r() < 0.5) [first, last] = [first.replace(/ی/g, 'ي').replace(/ک/g, 'ك'), last.replace(/ی/g, 'ي').replace(/ک/g, 'ك')];
    if (r() < 0.5) last = last.replace(/\u200c/g, pick(r, [' ', '']));
    if (r() < 0.3) first = pick(r, ['آقای ', 'خانم ', 'مهندس ', 'دکتر ']) + first;
    if (r() < 0.2) last = last.replace(/^(.)/, '$1ـ');
    phone = pick(r, [faDigits(phone), `+98 ${phone.slice(1, 4)} ${phone.slice(4)}`, phone.replace(/^(\d{4})(\d{3})/, '$1 $2 ')]);
    if (comp && r() < 0.5) comp = comp.replace('شرکت ', '') + pick(r, [' (سهامی خاص)', ' سهامی خاص', '']);
  } else if (p.script === 'ja') {
    if (r() < 0.3) last = last.replace(/[高斎辺崎沢島]/g, (c) => OLD_KANJI[c] ?? c);
    if (p.kana && r() < 0.25) {
      // the reading instead of the kanji, in katakana, hiragana or half-width
      const form = pick(r, ['kata', 'hira', 'half']);
      const conv = (s: string) =>
        form === 'kata'
          ? s
          : form === 'hira'
            ? s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
            : toHalfWidth(s);
      first = conv(p.kana[0]);
      last = conv(p.kana[1]);
    }
    phone = pick(r, [
      wide(phone.replace(/^(0\d)(\d{4})/, '$1-$2-')),
      `+81 ${phone.slice(1, 2)} ${phone.slice(2, 6)} ${phone.slice(6)}`,
      phone.replace(/^(0\d)(\d{4})/, '$1-$2-'),
    ]);
    if (comp && r() < 0.7)
      comp = pick(r, [
        comp.replace('株式会社', '') + '株式会社',
        comp.replace('株式会社', '(株)'),
        comp.replace('株式会社', '㈱'),
        comp.replace('株式会社', '（株）'),
      ]);
  } else {
    if (NICK[first] && r() < 0.5) first = NICK[first]!;
    else if (r() < 0.4) first = r() < 0.5 ? latinise(first) : first.replace(/[äöüÄÖÜß]/g, (c) => GERMAN[c] ?? c);
    if (r() < 0.4)
      last = r() < 0.5 ? latinise(last).replace(/^./, (c) => c.toUpperCase()) : last.replace(/[äöüÄÖÜß]/g, (c) => GERMAN[c] ?? c);
    if (r() < 0.15) last = last.toUpperCase();
    phone = pick(r, [phone.replace(/ /g, ''), phone.replace(/^\+(\d\d) /, '00$1 '), phone]);
    if (comp && r() < 0.5)
      comp = comp.replace(/ (GmbH|S\.A\.|SARL|Ltd|Inc\.|S\.L\.|B\.V\.)$/, pick(r, ['', ' gmbh', ' SA', ' Limited', ', Inc', ' SL', ' BV']));
  }
  if (r() < 0.4) email = email.replace('@', pick(r, ['+crm@', '+news@'])).toUpperCase();
  else if (r() < 0.2) email = email.replace('gmail.com', 'googlemail.com');
  if (r() < 0.25) email = undefined;
  if (r() < 0.2) phone = '';
  if (r() < 0.3) comp = undefined;
  // the export writes one name field, or the two parts (Japanese: family first)
  if (r() < 0.35)
    f.name =
      p.script === 'ja'
        ? `${last}${pick(r, [' ', '　', ''])}${first}${pick(r, ['', ' 様', 'さん'])}`
        : p.script === 'fa'
          ? `${first} ${last}`
          : pick(r, [`${first} ${last}`, `${last}, ${first}`]);
  else if (p.script === 'latin' && r() < 0.1)
    [f.firstName, f.lastName] = [last, first]; // swapped by a form
  else [f.firstName, f.lastName] = [first, last];
  if (email) f.emails = [email];
  if (phone) f.phones = [phone];
  if (comp) f.company = comp;
  if (r() < 0.7) f.city = p.city;
  if (r() < 0.5) f.street = p.street;
  if (r() < 0.6) f.country = p.country;
  return f;
}

function original(p: Person): CrmRecord['fields'] {
  return {
    firstName: p.first,
    lastName: p.last,
    emails: [p.email],
    phones: [p.phone],
    company: p.company,
    city: p.city,
    street: p.street,
    country: p.country,
  };
}

export interface MultilingualSet {
  records: CrmRecord[];
  entityOf: Map<string, string>;
  /** Pairs of record ids that look alike but are different people. */
  hardNegatives: [string, string][];
}

export function generateMultilingual(entities = 1200, seed = 7): MultilingualSet {
  const r = rng(seed);
  const records: CrmRecord[] = [];
  const entityOf = new Map<string, string>();
  const byEntity = new Map<string, string[]>();
  const hardNegatives: [string, string][] = [];
  const add = (entity: string, fields: CrmRecord['fields']) => {
    const id = `m${records.length}`;
    records.push({
      kind: r() < 0.15 ? 'lead' : 'contact',
      source: { origin: 'file:multilingual.csv', id, via: 'import' },
      fields,
      raw: {},
      seenAt: '2026-01-01T00:00:00.000Z',
    });
    entityOf.set(id, entity);
    byEntity.set(entity, [...(byEntity.get(entity) ?? []), id]);
  };
  const people: Person[] = [];
  for (let e = 0; e < entities; e++) {
    const p = person(r, (['fa', 'ja', 'latin'] as const)[e % 3]!);
    people.push(p);
    add(`e${e}`, original(p));
    const dups = r() < 0.45 ? 1 + (r() < 0.3 ? 1 : 0) : 0;
    for (let d = 0; d < dups; d++) add(`e${e}`, variant(r, p));
  }
  // Hard negatives: namesakes and family members of existing people.
  for (let h = 0; h < entities / 6; h++) {
    const e = Math.floor(r() * entities);
    const p = people[e]!;
    const other = person(r, p.script);
    const namesake = h % 2 === 0;
    const q: Person = namesake
      ? { ...other, first: p.first, last: p.last, firstLatin: p.firstLatin, lastLatin: p.lastLatin }
      : { ...other, last: p.last, lastLatin: p.lastLatin, phone: p.phone, street: p.street, city: p.city, country: p.country };
    if (!namesake && q.first === p.first) continue;
    const entity = `h${h}`;
    add(entity, original(q));
    if (r() < 0.3) add(entity, variant(r, q));
    for (const a of byEntity.get(`e${e}`) ?? []) for (const b of byEntity.get(entity) ?? []) hardNegatives.push([a, b]);
  }
  return { records, entityOf, hardNegatives };
}
