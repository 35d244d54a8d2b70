// Stands in for webextension-polyfill in unit tests (aliased in vitest.config.ts): the polyfill
// throws outside an extension. Only what our code calls is here; anything else fails loudly.
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';

const messages: Record<string, { message: string }> = JSON.parse(readFileSync(new URL('../../src/i18n/ui-strings.json', import.meta.url), 'utf8'), (key, value) =>
  Array.isArray(value) && typeof value[0] === 'string' && key !== '' ? { message: value[0] } : value,
);

function getMessage(key: string, subs: string[] = []): string {
  const m = messages[key]?.message;
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
  i18n: { getMessage, getUILanguage: () => 'en' },
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
