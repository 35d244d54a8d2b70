// The HTML report's words in the reader's language. The report is pure, so it is handed a
// lookup: the extension passes its chrome.i18n `t`/`tm`, the CLI a dictionary built from the
// src/i18n tables (html-dictionary.ts). Every string keeps its English in the report's code,
// so a missing key — or no lookup at all — still gives a complete English report.
import type { LocalisableMessage } from '../model/finding';

export type Lookup = (key: string, ...subs: (string | number)[]) => string;

export interface HtmlReportOptions {
  /** BCP 47 language of the report ("fa", "ja-JP"…); default English. */
  lang?: string;
  /** UI strings by key ($1, $2 placeholders), as chrome.i18n.getMessage. */
  t?: Lookup;
  /** Engine messages (findings, explanations) in the report's language. */
  tm?: (message: LocalisableMessage) => string;
}

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb']);

export interface ReportWords {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The key's text, or the English given when the lookup does not know the key. */
  w(key: string, english: string, ...subs: (string | number)[]): string;
  msg(message: LocalisableMessage): string;
  num(n: number): string;
}

function fill(template: string, subs: readonly (string | number)[]): string {
  return template.replace(/\$(\d)/g, (whole, i: string) => (subs[Number(i) - 1] !== undefined ? String(subs[Number(i) - 1]) : whole));
}

export function reportWords(opts: HtmlReportOptions = {}): ReportWords {
  const lang = opts.lang && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(opts.lang) ? opts.lang.replace(/_/g, '-') : 'en';
  const base = lang.toLowerCase().split('-')[0]!;
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(lang);
  } catch {
    format = new Intl.NumberFormat('en');
  }
  return {
    lang,
    dir: RTL.has(base) ? 'rtl' : 'ltr',
    w(key, english, ...subs) {
      const text = opts.t?.(key, ...subs);
      return text && text !== key ? text : fill(english, subs);
    },
    msg(message) {
      return opts.tm?.(message) || message.text;
    },
    num: (n) => format.format(n),
  };
}
