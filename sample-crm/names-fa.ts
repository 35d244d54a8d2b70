// Persian records. Letters are the Persian forms (ی U+06CC, ک U+06A9) and compound names use
// ZWNJ; the Arabic forms (ي, ك) only appear in planted duplicates, where they are the variant
// a duplicate finder must see through. Names used by planted clusters (مهدی کریمی, فاطمه
// حسین‌زاده) and the hard negative (علی محمدی) are kept out of these pools.

import type { LangPack, Region } from './lang-pack';
import { digits, persianDigits } from './lang-pack';

const MOBILE_PREFIXES = ['912', '935', '919', '901'];

const iran: Region = {
  countries: ['Iran', 'ایران'],
  countryWeights: [1, 1],
  cities: ['تهران', 'اصفهان', 'شیراز', 'تبریز', 'مشهد', 'کرج'],
  phone(rng) {
    if (rng.chance(0.2)) {
      const n = `${rng.int(2, 8)}${digits(rng, 7)}`;
      return { text: `021-${n}`, e164: `+9821${n}` };
    }
    const p = rng.pick(MOBILE_PREFIXES);
    const a = digits(rng, 3);
    const b = digits(rng, 4);
    const text = rng.pick([`0${p}${a}${b}`, `0${p} ${a} ${b}`, `+98 ${p} ${a} ${b}`, persianDigits(`0${p}${a}${b}`)]);
    return { text, e164: `+98${p}${a}${b}` };
  },
};

export const fa: LangPack = {
  lang: 'fa',
  firstNames: [
    ['رضا', 'reza'],
    ['حسین', 'hossein'],
    ['مریم', 'maryam'],
    ['زهرا', 'zahra'],
    ['سارا', 'sara'],
    ['امیر', 'amir'],
    ['نیلوفر', 'niloufar'],
    ['پریسا', 'parisa'],
    ['کاوه', 'kaveh'],
    ['بهرام', 'bahram'],
    ['شیرین', 'shirin'],
    ['آرش', 'arash'],
    ['نگار', 'negar'],
    ['پوریا', 'pouria'],
    ['الهام', 'elham'],
    ['سینا', 'sina'],
    ['لیلا', 'leila'],
    ['حمید', 'hamid'],
    ['مینا', 'mina'],
    ['یاسمن', 'yasaman'],
    ['داریوش', 'dariush'],
    ['رامین', 'ramin'],
    ['ترانه', 'taraneh'],
    ['بابک', 'babak'],
  ],
  lastNames: [
    ['احمدی', 'ahmadi'],
    ['رضایی', 'rezaei'],
    ['حسینی', 'hosseini'],
    ['موسوی', 'mousavi'],
    ['جعفری', 'jafari'],
    ['صادقی', 'sadeghi'],
    ['رحیمی', 'rahimi'],
    ['نوری', 'nouri'],
    ['کاظمی', 'kazemi'],
    ['قاسمی', 'ghasemi'],
    ['شریفی', 'sharifi'],
    ['طاهری', 'taheri'],
    ['عباسی', 'abbasi'],
    ['یزدانی', 'yazdani'],
    ['فرهادی', 'farhadi'],
    ['نجفی', 'najafi'],
    ['اکبری', 'akbari'],
    ['ملکی', 'maleki'],
    ['زارعی', 'zarei'],
    ['میرزایی', 'mirzaei'],
  ],
  fullName: (first, last) => `${first} ${last}`,
  companies: [
    { name: 'شرکت پارس آوا', domain: 'parsava.ir', industry: 'فناوری اطلاعات', city: 'تهران' },
    { name: 'شرکت فولاد سپاهان', domain: 'sepahan-steel.ir', industry: 'فولاد', city: 'اصفهان' },
    { name: 'گروه صنعتی نوین', domain: 'novin-group.ir', industry: 'صنایع تولیدی', city: 'تهران' },
    { name: 'بازرگانی آریا', domain: 'arya-trading.ir', industry: 'بازرگانی', city: 'تهران' },
    { name: 'داده‌پردازان البرز', domain: 'alborz-data.ir', industry: 'فناوری اطلاعات', city: 'کرج' },
    { name: 'شرکت پخش مینو', domain: 'minoo-dist.ir', industry: 'پخش و توزیع', city: 'تهران' },
    { name: 'بیمه آسایش فردا', domain: 'asayesh-insurance.ir', industry: 'بیمه', city: 'تهران' },
    { name: 'شرکت نرم‌افزاری رایان', domain: 'rayan-soft.ir', industry: 'نرم‌افزار', city: 'مشهد' },
    { name: 'صنایع غذایی گلستان', domain: 'golestan-food.ir', industry: 'صنایع غذایی', city: 'شیراز' },
    { name: 'شرکت ساختمانی آبادگران', domain: 'abadgaran.ir', industry: 'ساختمان', city: 'تبریز' },
    { name: 'کلینیک سلامت نوین', domain: 'salamat-clinic.ir', industry: 'سلامت', city: 'اصفهان' },
    { name: 'حمل و نقل سریع‌السیر پارس', domain: 'pars-express.ir', industry: 'حمل و نقل', city: 'تهران' },
    { name: 'آموزشگاه فناوران', domain: 'fanavaran-edu.ir', industry: 'آموزش', city: 'شیراز' },
  ],
  regions: [{ weight: 1, region: iran }],
  freeMailDomains: ['gmail.com', 'yahoo.com', 'chmail.ir'],
  jobTitles: [
    'مدیر فروش',
    'کارشناس خرید',
    'مدیرعامل',
    'مدیر فناوری اطلاعات',
    'کارشناس بازاریابی',
    'مدیر مالی',
    'مسئول دفتر',
    'مدیر عملیات',
  ],
  notes: [
    'در نمایشگاه الکامپ آشنا شدیم؛ به نسخه سازمانی علاقه دارد.',
    'ترجیح می‌دهد صبح‌ها با او تماس بگیریم.',
    'منتظر تأیید بودجه از طرف مدیر مالی است.',
    'درخواست دموی محصول داده است.',
    'قرارداد قبلی‌اش با رقیب تمام شده است.',
  ],
  taskSubjects: [
    'پیگیری پیش‌فاکتور',
    'ارسال لیست قیمت',
    'هماهنگی جلسه دمو',
    'تماس برای تمدید قرارداد',
    'آماده‌سازی پیش‌نویس قرارداد',
    'پیگیری پس از راه‌اندازی',
  ],
  activitySubjects: {
    call: ['تماس اولیه', 'مذاکره قیمت', 'تماس تمدید'],
    email: ['ارسال پیشنهاد', 'ایمیل پیگیری', 'ارسال کاتالوگ'],
    meeting: ['جلسه دموی محصول', 'جلسه بررسی فصلی', 'جلسه شروع پروژه'],
    note: ['یادداشت داخلی: مسئول خرید تغییر کرد', 'یادداشت غرفه نمایشگاه'],
  },
  dealProducts: ['قرارداد پشتیبانی سالانه', 'لایسنس سازمانی', 'پروژه پیاده‌سازی', 'تمدید اشتراک', 'توسعه تیم'],
  lossReasons: ['قیمت بالا', 'انتخاب رقیب', 'نبود بودجه', 'لغو پروژه'],
  currency: 'IRR',
  dealAmount: (rng) => rng.int(5, 200) * 100_000_000,
};
