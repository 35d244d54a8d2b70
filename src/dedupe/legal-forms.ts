// Company names compared without their legal form: "Acme Inc." ≈ "ACME, Inc" ≈ "Acme";
// 株式会社トヨタ ≈ トヨタ株式会社 ≈ (株)トヨタ ≈ ㈱トヨタ; "شرکت آلفا (سهامی خاص)" ≈ "آلفا".
// Only the comparison key loses the form: display names are never rewritten.
import { foldText, tokens } from './text';

// Folded multi-word and single-word forms → a class, so "Ltd" vs "Limited" is no difference
// while "GmbH" vs "Inc" (two legal entities, e.g. subsidiaries) counts slightly against a match.
const FORMS: [string, string][] = [
  ['limited liability company', 'llc'],
  ['limited liability partnership', 'llp'],
  ['public limited company', 'plc'],
  ['private limited', 'ltd'],
  ['pvt ltd', 'ltd'],
  ['pty ltd', 'ltd'],
  ['co ltd', 'ltd'],
  ['sdn bhd', 'sdnbhd'],
  ['gmbh co kg', 'gmbhcokg'],
  ['gmbh und co kg', 'gmbhcokg'],
  ['ag co kg', 'gmbhcokg'],
  ['sa de cv', 'sa'],
  ['s de rl', 'srl'],
  ['kabushiki kaisha', 'kk'],
  ['kabushiki gaisha', 'kk'],
  ['yugen kaisha', 'yk'],
  ['godo kaisha', 'gk'],
  ['inc', 'inc'],
  ['incorporated', 'inc'],
  ['corp', 'inc'],
  ['corporation', 'inc'],
  ['llc', 'llc'],
  ['llp', 'llp'],
  ['ltd', 'ltd'],
  ['limited', 'ltd'],
  ['plc', 'plc'],
  ['lp', 'lp'],
  ['co', ''],
  ['company', ''],
  ['cie', ''],
  ['gmbh', 'gmbh'],
  ['ag', 'ag'],
  ['kg', 'kg'],
  ['ug', 'ug'],
  ['ohg', 'ohg'],
  ['ev', 'ev'],
  ['sa', 'sa'],
  ['sas', 'sas'],
  ['sasu', 'sas'],
  ['sarl', 'sarl'],
  ['eurl', 'sarl'],
  ['srl', 'srl'],
  ['spa', 'spa'],
  ['sl', 'sl'],
  ['slu', 'sl'],
  ['bv', 'bv'],
  ['nv', 'nv'],
  ['vof', 'vof'],
  ['ab', 'ab'],
  ['as', 'as'],
  ['asa', 'as'],
  ['oy', 'oy'],
  ['oyj', 'oy'],
  ['aps', 'aps'],
  ['kk', 'kk'],
  ['pte', 'ltd'],
  ['pty', 'ltd'],
  ['bhd', 'sdnbhd'],
  ['ооо', 'ooo'],
  ['оао', 'oao'],
  ['зао', 'zao'],
  ['пао', 'pao'],
  ['ао', 'ao'],
  ['ип', 'ip'],
  ['ooo', 'ooo'],
  ['سهامی خاص', 'ir-pjs'],
  ['سهامی عام', 'ir-pub'],
  ['با مسیولیت محدود', 'ir-llc'],
  ['مسیولیت محدود', 'ir-llc'],
  ['با مسئولیت محدود', 'ir-llc'],
  ['مسئولیت محدود', 'ir-llc'],
  ['تضامنی', 'ir-gp'],
  ['تعاونی', 'ir-coop'],
  ['شرکت', ''],
  ['sahami khas', 'ir-pjs'],
  ['sherkat', ''],
];

// Japanese forms are written without spaces, before or after the name, or abbreviated in
// parentheses (NFKC already turned ㈱ into "(株)" and full-width parentheses into ASCII).
const JA_FORMS: [RegExp, string][] = [
  [/株式会社|\(株\)|\(株/g, 'kk'],
  [/有限会社|\(有\)/g, 'yk'],
  [/合同会社|\(同\)/g, 'gk'],
  [/合資会社|\(資\)/g, 'gs'],
  [/合名会社|\(名\)/g, 'gm'],
  [/一般社団法人|\(一社\)|社団法人|\(社\)/g, 'sha'],
  [/一般財団法人|公益財団法人|財団法人|\(財\)/g, 'zai'],
];

const FORM_TOKENS = FORMS.map(([f, c]) => [tokens(foldText(f)), c] as const).sort((a, b) => b[0].length - a[0].length);
const STOP = new Set(['the', 'and', 'und', 'et', 'y', 'e', 'و']);

export interface CompanyName {
  /** Folded name without legal form or stop words, tokens joined by a space. */
  key: string;
  tokens: string[];
  /** Key without spaces ("acme corp" vs "acmecorp", "علی پور" vs "علیپور"). */
  compact: string;
  /** Legal-form class ('' when none or generic): kk, ltd, gmbh... */
  form: string;
  /** Initials of a multi-word name ("international business machines" → "ibm"). */
  initials: string;
}

function matchesAt(list: readonly string[], at: number, form: readonly string[]): boolean {
  if (at < 0 || at + form.length > list.length) return false;
  for (let i = 0; i < form.length; i++) if (list[at + i] !== form[i]) return false;
  return true;
}

export function parseCompanyName(name: string | undefined): CompanyName {
  if (!name) return { key: '', tokens: [], compact: '', form: '', initials: '' };
  let form = '';
  let s = name.normalize('NFKC').toLowerCase();
  for (const [re, cls] of JA_FORMS) {
    if (re.test(s)) {
      form ||= cls;
      s = s.replace(re, ' ');
    }
    re.lastIndex = 0;
  }
  // "l.l.c." → "llc", "s.a.r.l." → "sarl", "k.k." → "kk": dotted initials are one token
  s = s.replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''));
  let list = tokens(foldText(s)).filter((t) => !STOP.has(t));
  // Strip forms from both ends until none is left (Russian and Persian put them first).
  let changed = true;
  while (changed && list.length > 1) {
    changed = false;
    for (const [ft, cls] of FORM_TOKENS) {
      if (matchesAt(list, list.length - ft.length, ft) && list.length > ft.length) {
        list = list.slice(0, list.length - ft.length);
        form ||= cls;
        changed = true;
        break;
      }
      if (matchesAt(list, 0, ft) && list.length > ft.length) {
        list = list.slice(ft.length);
        form ||= cls;
        changed = true;
        break;
      }
    }
  }
  const key = list.join(' ');
  return {
    key,
    tokens: list,
    compact: list.join(''),
    form,
    initials: list.length >= 2 ? list.map((t) => t[0]).join('') : '',
  };
}
