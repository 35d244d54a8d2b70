// The HTML report's lookup outside the extension (the CLI's --lang): the same string tables
// the extension's _locales are built from. Kept apart from html.ts so the extension, which
// passes chrome.i18n, does not bundle every table twice.
import checkStrings from '../i18n/check-strings.json';
import engineStrings from '../i18n/engine-strings.json';
import historyStrings from '../i18n/history-strings.json';
import uiStrings from '../i18n/ui-strings.json';
import type { LocalisableMessage } from '../model/finding';
import type { HtmlReportOptions } from './html-i18n';
import { paramLocaliser } from './param-names';

const LANGS = ['en', 'fa', 'ja'];
const TABLE: Record<string, string[]> = { ...uiStrings, ...engineStrings, ...checkStrings, ...historyStrings } as Record<string, string[]>;

/** Languages the tables hold. */
export const REPORT_LANGUAGES: readonly string[] = LANGS;

export function reportDictionary(lang: string): HtmlReportOptions {
  const col = LANGS.indexOf(lang.toLowerCase().split(/[-_]/)[0] ?? '');
  if (col <= 0) return { lang: 'en' };
  const text = (key: string) => (Object.hasOwn(TABLE, key) ? TABLE[key]?.[col] : undefined);
  const localise = paramLocaliser((name) => text(name) ?? '', lang);
  return {
    lang,
    t: (key, ...subs) => (text(key) ?? '').replace(/\$(\d)/g, (whole, i: string) => String(subs[Number(i) - 1] ?? whole)),
    // ids inside params (kinds, fields, categories, grades) are localised by the extension's rule
    tm: (m: LocalisableMessage) => {
      const template = text(m.key);
      if (!template) return m.text;
      const params = m.params ?? {};
      return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        Object.hasOwn(params, name) ? localise(m.key, name, params[name] as string | number) : whole,
      );
    },
  };
}
