// UI strings come from _locales through the i18n API (the browser's UI language picks en/fa/ja).
// Engine messages carry a key, named params and an English fallback: `{name}` in a locale
// string is replaced by that param, so translators can reorder words freely; params holding
// English ids (kind, field, category, grade, severity…) are localised first (see i18n-params.ts).
import type { LocalisableMessage } from '../model/finding';
import browser from '../platform/browser';
import { localiseParam } from './i18n-params';

export function t(key: string, ...subs: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, subs.map(String));
  return text || key;
}

export function tm(message: LocalisableMessage): string {
  const template = browser.i18n.getMessage(message.key);
  if (!template) return message.text;
  const params = message.params ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : localiseParam(message.key, name, value);
  });
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi', 'sd', 'ug']);

/**
 * Direction from the UI language itself: Chromium serves Persian messages when the UI language
 * is fa but can still answer `@@bidi_dir` with ltr (seen with --lang=fa on Linux).
 */
export function isRtl(language = uiLanguage()): boolean {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(base) || browser.i18n.getMessage('@@bidi_dir') === 'rtl';
}

/** Sets lang/dir on the document so Persian lays out right-to-left. */
export function applyDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = isRtl() ? 'rtl' : 'ltr';
}

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLanguage(), options).format(n);
}

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A check's localised title; the id itself where no translation exists yet. */
export function checkTitle(id: string): string {
  return browser.i18n.getMessage(`check_${id.replace(/-/g, '_')}_title`) || id;
}
