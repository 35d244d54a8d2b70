import type { Grade } from '../model/audit';
import browser from '../platform/browser';

// Colours pass AA contrast with the white badge text.
export const GRADE_COLOURS: Record<Grade, string> = {
  excellent: '#166534',
  'very-good': '#15803d',
  good: '#a16207',
  poor: '#c2410c',
  'very-poor': '#b91c1c',
};

/** Shows the latest score on the toolbar icon in every open tab of that CRM. */
export async function updateBadge(origin: string, score: number | null, grade: Grade | null): Promise<void> {
  const tabs = await browser.tabs.query({ url: `${new URL(origin).protocol}//${new URL(origin).hostname}/*` }).catch(() => []);
  const text = score === null ? '' : String(Math.round(score));
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url || new URL(tab.url).origin !== origin) continue;
    await browser.action.setBadgeText({ tabId: tab.id, text });
    if (grade) await browser.action.setBadgeBackgroundColor({ tabId: tab.id, color: GRADE_COLOURS[grade] });
  }
}
