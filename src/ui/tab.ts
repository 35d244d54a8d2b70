import browser from '../platform/browser';

export interface TargetTab {
  id: number;
  url: string;
  /** http(s) origin, or undefined for pages we can't audit (chrome://, file:, the Web Store). */
  origin?: string;
}

/**
 * The tab the popup talks about: the active tab, or `?tab=<id>` when the popup is opened as a
 * page (tests, and "open in a tab" for a bigger view).
 */
export async function targetTab(search = location.search): Promise<TargetTab | undefined> {
  const param = new URLSearchParams(search).get('tab');
  const tab = param ? await browser.tabs.get(Number(param)).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) return undefined;
  const url = tab.url ?? '';
  let origin: string | undefined;
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') origin = u.origin;
  } catch {
    origin = undefined;
  }
  return { id: tab.id, url, origin };
}
