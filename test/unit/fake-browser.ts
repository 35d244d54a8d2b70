// Stands in for webextension-polyfill in unit tests (aliased in vitest.config.ts): the polyfill
// throws outside an extension. Only what our code calls is here; anything else fails loudly.
import { readdirSync, readFileSync } from 'node:fs';
import { vi } from 'vitest';

// Every string table (src/i18n/*.json, one [en, fa, ja] row per key), as build-locales.mjs
// merges them. Message names are case-insensitive in chrome.i18n, so they are here too.
const LANGUAGES = ['en', 'fa', 'ja'] as const;
export type FakeLanguage = (typeof LANGUAGES)[number];
const I18N_DIR = `${import.meta.dirname}/../../src/i18n/`; // a path, not a URL: happy-dom replaces the global URL
const table = new Map<string, string[]>();
const files = readdirSync(I18N_DIR).filter((f) => f.endsWith('.json'));
for (const file of files.sort()) {
  const rows = JSON.parse(readFileSync(I18N_DIR + file, 'utf8')) as Record<string, string[]>;
  for (const [key, row] of Object.entries(rows)) table.set(key.toLowerCase(), row);
}

let language: FakeLanguage = 'en';

/** Picks the UI language the fake i18n API answers in (English until a test says otherwise). */
export function setFakeLanguage(lang: FakeLanguage): void {
  language = lang;
}

function getMessage(key: string, subs: string[] = []): string {
  if (key === '@@ui_locale') return language;
  if (key === '@@bidi_dir') return language === 'fa' ? 'rtl' : 'ltr';
  const m = table.get(key.toLowerCase())?.[LANGUAGES.indexOf(language)];
  if (m === undefined) return '';
  return m.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export const fakeBrowser = {
  runtime: {
    id: 'test-extension-id',
    getURL: (path: string) => `chrome-extension://test-extension-id/${path.replace(/^\//, '')}`,
    sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => undefined),
    onMessage: { addListener: vi.fn() },
  },
  i18n: { getMessage, getUILanguage: () => language },
  permissions: { contains: vi.fn(async () => false), request: vi.fn(async () => false) },
  scripting: {
    executeScript: vi.fn(async () => []),
    registerContentScripts: vi.fn(async () => undefined),
    unregisterContentScripts: vi.fn(async () => undefined),
    getRegisteredContentScripts: vi.fn(async () => []),
  },
  tabs: { query: vi.fn(async () => []), get: vi.fn(), update: vi.fn() },
  action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) },
};

export default fakeBrowser;
