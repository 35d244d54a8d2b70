// Country names as CRMs write them ("USA", "U.S.", "ایران", "日本") → ISO 3166 codes.
// inconsistent-values groups spellings with it; invalid-phone picks a record's own region.
import { asciiDigits } from './values';

/** The comparison key of a value: spelling differences that don't change meaning are erased. */
export function normKey(value: string): string {
  let t = asciiDigits(value.normalize('NFKC')).toLowerCase();
  // Latin diacritics only: NFD would also split Japanese voiced kana (ガ → カ + ゛)
  t = t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
  t = t.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/ة/g, 'ه').replace(/[أإ]/g, 'ا').replace(/ـ/g, '');
  // hiragana → katakana, so アメリカ and あめりか meet
  t = t.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  t = t.replace(/&/g, 'and');
  return t.replace(/[\s\u200b-\u200f.,;:\-_'’"`()[\]/\\・･·]+/g, '');
}


export function aliasTable(table: Record<string, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, words] of Object.entries(table)) {
    out.set(normKey(code), code);
    for (const w of words) out.set(normKey(w), code);
  }
  return out;
}

// Keys are normalised with `normKey` when the table is built, so write them naturally.
const COUNTRY_ALIASES: Record<string, string[]> = {
  US: [
    'us',
    'usa',
    'u.s.',
    'u.s.a.',
    'united states',
    'united states of america',
    'america',
    'ایالات متحده',
    'ایالات متحده آمریکا',
    'آمریکا',
    'امریکا',
    'アメリカ',
    'アメリカ合衆国',
    '米国',
  ],
  IR: ['ir', 'irn', 'iran', 'islamic republic of iran', 'iran, islamic republic of', 'ایران', 'جمهوری اسلامی ایران', 'イラン'],
  JP: ['jp', 'jpn', 'japan', 'nippon', 'nihon', '日本', '日本国', 'ژاپن', 'にほん'],
  GB: ['gb', 'gbr', 'uk', 'u.k.', 'united kingdom', 'great britain', 'britain', 'بریتانیا', 'انگلستان', 'انگلیس', 'イギリス', '英国'],
  DE: ['de', 'deu', 'germany', 'deutschland', 'آلمان', 'ドイツ'],
  FR: ['fr', 'fra', 'france', 'فرانسه', 'フランス'],
  CN: ['cn', 'chn', 'china', 'prc', "people's republic of china", 'چین', '中国', '中華人民共和国'],
  IN: ['in', 'ind', 'india', 'هند', 'インド'],
  CA: ['ca', 'can', 'canada', 'کانادا', 'カナダ'],
  AU: ['au', 'aus', 'australia', 'استرالیا', 'オーストラリア'],
  AE: ['ae', 'are', 'uae', 'u.a.e.', 'united arab emirates', 'emirates', 'امارات', 'امارات متحده عربی', 'アラブ首長国連邦'],
  TR: ['tr', 'tur', 'turkey', 'türkiye', 'turkiye', 'ترکیه', 'トルコ'],
  KR: ['kr', 'kor', 'south korea', 'korea', 'republic of korea', 'korea, republic of', 'کره جنوبی', '韓国', '大韓民国'],
  ES: ['es', 'esp', 'spain', 'españa', 'اسپانیا', 'スペイン'],
  IT: ['it', 'ita', 'italy', 'italia', 'ایتالیا', 'イタリア'],
  NL: ['nl', 'nld', 'netherlands', 'the netherlands', 'holland', 'هلند', 'オランダ'],
  RU: ['ru', 'rus', 'russia', 'russian federation', 'روسیه', 'ロシア'],
  BR: ['br', 'bra', 'brazil', 'brasil', 'برزیل', 'ブラジル'],
  AF: ['af', 'afg', 'afghanistan', 'افغانستان', 'アフガニスタン'],
  IQ: ['iq', 'irq', 'iraq', 'عراق', 'イラク'],
  SA: ['sa', 'sau', 'saudi arabia', 'ksa', 'عربستان', 'عربستان سعودی', 'サウジアラビア'],
  SG: ['sg', 'sgp', 'singapore', 'سنگاپور', 'シンガポール'],
};


export const COUNTRY_CODES = aliasTable(COUNTRY_ALIASES);

/** The ISO code of a country as written in a CRM, or undefined when it is not recognised. */
export function countryCode(value: string | undefined): string | undefined {
  return value ? COUNTRY_CODES.get(normKey(value)) : undefined;
}
