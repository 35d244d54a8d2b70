// The page context menu: "Flag as duplicate" and "Mark this record for review" on the CRMs the
// user enabled. The worker cannot know which record was under the pointer; the content script
// remembers the target of the last contextmenu event, so a click is forwarded to that tab (and
// frame), which stores the decision like a badge action does.
import { MARK_CHECK, type MarkNotice, type PageMark } from '../messages';
import browser from '../platform/browser';
import { enabledOrigins } from '../store/settings';
import type { StoredDecision } from '../store/db';
import { originPattern } from './patterns';

export const MENU_IDS = { duplicate: 'crm-audit-lens-flag-duplicate', review: 'crm-audit-lens-mark-review' } as const;
export type MarkAction = keyof typeof MENU_IDS;

/** The part of chrome.contextMenus (Firefox: menus) used here, so it can be driven in tests. */
export interface MenusApi {
  removeAll(): Promise<void>;
  create(props: { id: string; title: string; contexts: string[]; documentUrlPatterns?: string[]; visible?: boolean }): unknown;
}

export interface MenuClick {
  menuItemId: string | number;
  frameId?: number;
  pageUrl?: string;
  frameUrl?: string;
}

/** Recreates both items, shown only on pages of enabled CRMs (hidden while there is none). */
export async function setUpMenus(api: MenusApi, enabled: readonly string[], t: (key: string) => string): Promise<void> {
  await api.removeAll();
  const patterns = [...new Set(enabled.map(originPattern))];
  const scope = patterns.length ? { documentUrlPatterns: patterns } : { visible: false };
  // 'page', 'link' and 'selection': a right click on a row lands on its text or on its name's link
  const contexts = ['page', 'link', 'selection'];
  api.create({ id: MENU_IDS.duplicate, title: t('menuFlagDuplicate'), contexts, ...scope });
  api.create({ id: MENU_IDS.review, title: t('menuMarkReview'), contexts, ...scope });
}

/** Where to send a menu click, and what to say: undefined for other menus or tabs we cannot address. */
export function markRequest(
  info: MenuClick,
  tab: { id?: number; url?: string } | undefined,
): { tabId: number; frameId: number; notice: MarkNotice } | undefined {
  const action = (Object.keys(MENU_IDS) as MarkAction[]).find((a) => MENU_IDS[a] === info.menuItemId);
  if (!action || tab?.id === undefined || tab.id < 0) return undefined;
  let origin: string;
  try {
    origin = new URL(info.frameUrl ?? info.pageUrl ?? tab.url ?? '').origin;
  } catch {
    return undefined;
  }
  if (origin === 'null') return undefined;
  return {
    tabId: tab.id,
    frameId: info.frameId ?? 0,
    notice: { channel: 'crm-audit-lens', type: 'overlay.mark', payload: { origin, action } },
  };
}

/** The marks among `decisions` for the records asked about (a later "ignore" on a mark removes it). */
export function marksFor(decisions: readonly StoredDecision[], records: readonly { kind: string; id: string }[]): PageMark[] {
  const wanted = new Set(records.map((r) => `${r.kind}:${r.id}`));
  const out: PageMark[] = [];
  for (const d of decisions) {
    const r = d.records[0];
    if (d.check !== MARK_CHECK || d.records.length !== 1 || !r || !wanted.has(`${r.kind}:${r.id}`)) continue;
    if (d.decision === 'duplicate' || d.decision === 'review') out.push({ kind: r.kind, id: r.id, decision: d.decision });
  }
  return out;
}

/** Sets the menus up for the CRMs enabled now: at install, browser start and each enable/disable. */
export async function refreshMenus(): Promise<void> {
  await setUpMenus(browser.contextMenus as unknown as MenusApi, await enabledOrigins(), (key) => browser.i18n.getMessage(key) || key);
}

/** menus.onClicked: hands the click to the content script of that tab and frame. */
export async function onMenuClicked(info: MenuClick, tab: { id?: number; url?: string } | undefined): Promise<void> {
  const request = markRequest(info, tab);
  if (!request) return;
  // a tab without our content script (not read yet) simply does not answer
  await browser.tabs.sendMessage(request.tabId, request.notice, { frameId: request.frameId }).catch(() => undefined);
}
