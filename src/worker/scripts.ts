// Putting our content scripts into CRM pages: once on demand (activeTab), or registered for an
// origin the user enabled so reading and flagging go on while they browse.
import apiTapScript from '../../content-scripts/api-tap.ts?iife';
import readerScript from '../../content-scripts/reader.ts?iife';
import browser from '../platform/browser';
import { originPattern } from './patterns';

export interface ReadSummary {
  records: number;
  site: string;
  notes: string[];
  skipped: Record<string, number>;
}

export { originPattern } from './patterns';

export async function readTab(tabId: number): Promise<ReadSummary> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: () => {
      (globalThis as { __crmAuditLensTrigger?: string }).__crmAuditLensTrigger = 'user';
    },
  });
  await browser.scripting.executeScript({ target: { tabId }, files: [readerScript] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => (globalThis as { __crmAuditLens?: { lastRead?: Promise<unknown> } }).__crmAuditLens?.lastRead,
  });
  return (result?.result as ReadSummary | undefined) ?? { records: 0, site: 'unknown', notes: ['the page could not be read'], skipped: {} };
}

const scriptIds = (origin: string) => [`tap:${origin}`, `reader:${origin}`];

export async function registerForOrigin(origin: string): Promise<void> {
  const matches = [originPattern(origin)];
  await unregisterForOrigin(origin);
  await browser.scripting.registerContentScripts([
    // MAIN world at document_start: the tap must be in place before the CRM app's first fetch.
    { id: `tap:${origin}`, matches, js: [apiTapScript], runAt: 'document_start', world: 'MAIN', persistAcrossSessions: true } as never,
    { id: `reader:${origin}`, matches, js: [readerScript], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

export async function unregisterForOrigin(origin: string): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: scriptIds(origin) });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: registered.map((s) => s.id) });
}
