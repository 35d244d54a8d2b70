import type { Grade } from '../model/audit';
import type { Notice } from '../messages';
import browser from '../platform/browser';
import { originPattern } from './scripts';

// Colours pass AA contrast with the white badge text.
export const GRADE_COLOURS: Record<Grade, string> = {
  excellent: '#166534',
  'very-good': '#15803d',
  good: '#a16207',
  poor: '#c2410c',
  'very-poor': '#b91c1c',
};

async function tabsOf(origin: string): Promise<number[]> {
  const tabs = await browser.tabs.query({ url: originPattern(origin) }).catch(() => []);
  return tabs.filter((t) => t.id !== undefined && t.url && new URL(t.url).origin === origin).map((t) => t.id!);
}

/** Tells the content scripts in that CRM's tabs to redraw or remove their badges. Tabs without one simply don't answer. */
export async function notifyTabs(origin: string, type: Notice['type'], alsoTab?: number): Promise<void> {
  const notice: Notice = { channel: 'crm-audit-lens', type, payload: { origin } };
  const ids = new Set(await tabsOf(origin));
  if (alsoTab !== undefined) ids.add(alsoTab);
  await Promise.all([...ids].map((id) => browser.tabs.sendMessage(id, notice).catch(() => undefined)));
}

/** Shows the latest score on the toolbar icon in every open tab of that CRM. */
export async function updateBadge(origin: string, score: number | null, grade: Grade | null, alsoTab?: number): Promise<void> {
  const text = score === null ? '' : String(Math.round(score));
  const ids = new Set(await tabsOf(origin));
  if (alsoTab !== undefined) ids.add(alsoTab);
  for (const tabId of ids) {
    await browser.action.setBadgeText({ tabId, text });
    if (grade) await browser.action.setBadgeBackgroundColor({ tabId, color: GRADE_COLOURS[grade] });
  }
}
