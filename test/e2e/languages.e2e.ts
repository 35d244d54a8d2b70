// The popup in the browser's UI language: Persian lays out right-to-left, Japanese reads as Japanese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleCrm } from '../../sample-crm/server';
import { launchLens, screenshot } from '../../scripts/lens-browser';

let crm: Awaited<ReturnType<typeof startSampleCrm>>;
beforeAll(async () => {
  crm = await startSampleCrm({ port: 0 });
});
afterAll(async () => {
  await crm?.close();
});

describe.each([
  { lang: 'fa', dir: 'rtl', text: /[\u0600-\u06FF]/, page: '/contacts?lang=fa' },
  { lang: 'ja', dir: 'ltr', text: /[\u3040-\u30FF\u4E00-\u9FFF]/, page: '/contacts?lang=ja' },
])('popup in $lang', ({ lang, dir, text, page }) => {
  it(`renders in ${lang} with dir=${dir}, and its findings are localised`, async () => {
    const lens = await launchLens({ lang });
    try {
      const tab = await lens.context.newPage();
      await tab.goto(`${crm.url}${page}`);
      await tab.waitForSelector('table tbody tr');
      const popup = await lens.openPopup(tab);
      await popup.click('button[data-action="audit"]');
      await popup.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
      expect(await popup.evaluate(() => document.documentElement.dir)).toBe(dir);
      expect(await popup.locator('h1').innerText()).toMatch(text);
      // engine messages are translated, not the English fallback
      const msg = await popup.locator('.finding .msg').first().innerText();
      expect(msg).toMatch(text);
      expect(msg).not.toMatch(/\brecords?\b|\bhave\b/);
      await screenshot(popup, `popup-${lang}.png`);
    } finally {
      await lens.close();
    }
  });
});
