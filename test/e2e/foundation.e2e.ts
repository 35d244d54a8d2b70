// The whole path in real Chromium on the production build: page → content script → worker →
// IndexedDB → audit → popup. The sample CRM is served on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleCrm } from '../../sample-crm/server';
import { launchLens, screenshot, storedRecords, waitFor, type Lens } from '../../scripts/lens-browser';

let lens: Lens;
let crm: Awaited<ReturnType<typeof startSampleCrm>>;

beforeAll(async () => {
  crm = await startSampleCrm({ port: 0 });
  lens = await launchLens();
});

afterAll(async () => {
  await lens?.close();
  await crm?.close();
});

describe('foundation: read → store → audit → popup', () => {
  it('reads a list page on demand, stores the records and shows the score with flagged records', async () => {
    const tab = await lens.context.newPage();
    await tab.goto(`${crm.url}/contacts`);
    await tab.waitForSelector('table tbody tr');
    const rows = await tab.locator('table tbody tr').count();

    const popup = await lens.openPopup(tab);
    await popup.click('button[data-action="audit"]');
    await popup.waitForSelector('[data-testid="score"]', { timeout: 30_000 });

    const stored = await storedRecords(lens, crm.url);
    const contacts = stored.filter((r) => r.kind === 'contact');
    expect(contacts.length).toBe(rows);
    expect(contacts.every((r) => r.via === 'dom-table')).toBe(true);
    // ids come from the rows' record links, not content hashes
    expect(contacts.every((r) => /^[\w-]+$/.test(r.id))).toBe(true);

    const score = Number(await popup.locator('[data-testid="score"]').innerText());
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(await popup.locator('.finding').count()).toBeGreaterThan(0);
    await screenshot(popup, 'popup-en.png');
  });

  it('keeps reading an enabled CRM while the user browses, from the page and from its API', async () => {
    const tab = await lens.context.newPage();
    await tab.goto(`${crm.url}/contacts`);
    const popup = await lens.openPopup(tab);
    await popup.click('button[data-action="enable"]');
    await popup.waitForSelector('.pill.ok');

    const browse = await lens.context.newPage();
    await browse.goto(`${crm.url}/deals`);
    await browse.waitForSelector('table tbody tr');
    const deals = await browse.locator('table tbody tr').count();
    const stored = await waitFor(
      () => storedRecords(lens, crm.url),
      (all) => all.filter((r) => r.kind === 'deal').length >= deals,
    );
    expect(stored.filter((r) => r.kind === 'deal').length).toBe(deals);
  });

  it('shows hostile CRM values as inert text: no script runs in the page, the popup or the overlay', async () => {
    const tab = await lens.context.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    await tab.goto(`${crm.url}/contacts`);
    await tab.waitForSelector('table tbody tr');
    const popup = await lens.openPopup(tab);
    popup.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    await popup.click('button[data-action="audit"]');
    await popup.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
    await popup.fill('input[type="search"]', '<img');
    await popup.waitForTimeout(300);
    // the hostile contact's name is shown, literally
    expect(await popup.locator('.finding .record').first().innerText()).toContain('<img');
    expect(await popup.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(await tab.locator('img[src="x"]').count()).toBe(0);
    await tab.waitForTimeout(500);
    expect(dialogs).toEqual([]);
  });

  it('reads nothing on a page without a table and says so, without breaking the page', async () => {
    const tab = await lens.context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${crm.url}/empty`);
    const popup = await lens.openPopup(tab);
    await popup.click('button[data-action="audit"]');
    await popup.waitForSelector('.note, .error', { timeout: 30_000 });
    await popup.waitForSelector('button[data-action="audit"]:not([disabled])');
    // one localised instruction (this page has nothing; or nothing was ever read from this CRM),
    // not a yellow note and a red error repeating it in English
    expect(await popup.locator('.note').innerText()).toMatch(/nothing readable|nothing has been read from this CRM/i);
    expect(await popup.locator('.error').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
