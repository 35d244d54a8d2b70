// Street addresses compared as a set of words and house numbers after street-suffix synonyms:
// "12 Main Street" ≈ "12 main st."; "Hauptstraße 5" ≈ "Hauptstr. 5"; "خیابان آزادی" ≈ "خ آزادی";
// "1丁目2番3号" ≈ "1-2-3".
import { foldText, tokens } from './text';

const SYNONYMS: Record<string, string[]> = {
  st: ['street', 'str', 'strasse', 'straat', 'stree', 'streeet'],
  rd: ['road'],
  ave: ['avenue', 'av', 'avn', 'avenida', 'avda'],
  blvd: ['boulevard', 'bd', 'boul', 'bvd'],
  dr: ['drive', 'drv'],
  ln: ['lane'],
  ct: ['court', 'crt'],
  pl: ['place', 'platz', 'plaza', 'pza', 'plein'],
  cres: ['crescent', 'cr', 'cresc', 'crs'],
  cct: ['circuit'],
  cir: ['circle'],
  tce: ['terrace', 'ter', 'terr'],
  pde: ['parade'],
  hwy: ['highway'],
  sq: ['square'],
  cl: ['close'],
  gr: ['grove', 'gv'],
  pkwy: ['parkway'],
  esp: ['esplanade'],
  mt: ['mount'],
  apt: ['apartment', 'unit', 'flat', 'suite', 'ste', 'no', 'nr', 'number'],
  fl: ['floor'],
  bldg: ['building'],
  n: ['north'],
  s: ['south'],
  e: ['east'],
  w: ['west'],
  calle: ['c'],
  خ: ['خیابان', 'خیابون'],
  ک: ['کوچه'],
  م: ['میدان'],
  پ: ['پلاک'],
  ط: ['طبقه'],
  ب: ['بلوار'],
  ش: ['شماره'],
};

const CANON = new Map<string, string>();
for (const [canon, variants] of Object.entries(SYNONYMS)) {
  CANON.set(foldText(canon), canon);
  for (const v of variants) CANON.set(foldText(v), canon);
}
// Words that say nothing about where the building is.
const NOISE = new Set(['apt', 'fl', 'bldg', 'پ', 'ط', 'ش']);

export interface StreetAddress {
  /** Street words after synonyms, without house numbers. */
  words: string[];
  /** House, unit and block numbers in written order. */
  numbers: string[];
  /** Everything joined, for exact comparison and term frequency. */
  key: string;
}

export function parseStreet(text: string | undefined): StreetAddress | undefined {
  if (!text) return undefined;
  const pre = text.replace(/丁目|番地|番|号|号室/g, ' ');
  const words: string[] = [];
  const numbers: string[] = [];
  for (const t of tokens(foldText(pre))) {
    // "12a" and "12" are the same building more often than not
    const num = /^(\d+)[a-z]?$/.exec(t);
    if (num) {
      numbers.push(num[1]!.replace(/^0+(?=\d)/, ''));
      continue;
    }
    // German/Dutch compounds carry the suffix inside the word: "Hauptstraße" ≈ "Hauptstr." ≈ "Haupt Str"
    const compound = /^(\p{L}{3,}?)(strasse|straat|str|platz|plein)$/u.exec(t);
    if (compound && !CANON.has(t)) {
      words.push(compound[1]!, CANON.get(compound[2]!) ?? compound[2]!);
      continue;
    }
    const c = CANON.get(t) ?? t;
    if (!NOISE.has(c)) words.push(c);
  }
  if (!words.length && !numbers.length) return undefined;
  return { words, numbers, key: [...numbers, ...words].join(' ') };
}

/** City names: folded, "saint"/"st" unified, spaces removed ("St. James" ≈ "saint james" ≈ "stjames"). */
export function cityKey(text: string | undefined): string {
  if (!text) return '';
  return tokens(foldText(text))
    .map((t) => (t === 'saint' || t === 'ste' || t === 'sainte' ? 'st' : t === 'mount' ? 'mt' : t))
    .join('');
}

/** Postcodes: digits and letters only, upper case ("SW1A 1AA" ≈ "sw1a1aa", "۱۲۳۴۵-۶۷۸۹۰" ≈ "1234567890"). */
export function postcodeKey(text: string | undefined): string {
  if (!text) return '';
  return foldText(text).replace(/ /g, '');
}
