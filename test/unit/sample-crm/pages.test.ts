// Loads the real pages in happy-dom with their own scripts, against a live server, to check
// what a content script would see: real tables and <dl>s, headers per language, inert text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from 'happy-dom';
import { startSampleCrm } from '../../../sample-crm/server';
import type { SampleCrm } from '../../../sample-crm/server';
import { HOSTILE_CONTACT_ID, PLANTED } from '../../../sample-crm/seed';

let crm: SampleCrm;
let browser: Browser;
beforeAll(async () => {
  crm = await startSampleCrm({ port: 0 });
  // only our own same-origin scripts run here
  browser = new Browser({
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableCSSFileLoading: true },
  });
});
afterAll(async () => {
  await browser.close();
  await crm.close();
});

async function open(path: string) {
  const page = browser.newPage();
  await page.goto(`${crm.url}${path}`);
  await page.waitUntilComplete();
  const doc = page.mainFrame.document;
  expect(doc.body.dataset.ready, path).toBe('true');
  return { doc, close: () => page.close() };
}

type Doc = Awaited<ReturnType<typeof open>>['doc'];
const headers = (doc: Doc) => [...doc.querySelectorAll('thead th')].map((th) => th.textContent);

describe('sample CRM pages', () => {
  it('renders the contacts list as a real table in English, Persian and Japanese', async () => {
    const expected = {
      en: ['Name', 'Email', 'Phone', 'Company', 'Owner'],
      fa: ['نام', 'ایمیل', 'تلفن', 'شرکت', 'مالک'],
      ja: ['氏名', 'メールアドレス', '電話番号', '会社名', '担当者'],
    };
    for (const [lang, first] of Object.entries(expected)) {
      const { doc, close } = await open(`/contacts?lang=${lang}`);
      expect(headers(doc).slice(0, 5)).toEqual(first);
      expect(doc.documentElement.getAttribute('dir')).toBe(lang === 'fa' ? 'rtl' : 'ltr');
      const rows = doc.querySelectorAll('tbody tr[data-id]');
      expect(rows).toHaveLength(PLANTED.totalContacts);
      const link = rows[0]?.querySelector('td a');
      expect(link?.getAttribute('href')).toMatch(/^\/contacts\/con_\d{4}/);
      await close();
    }
  });

  it('renders every list kind with its owner and date columns', async () => {
    for (const kind of ['companies', 'deals', 'tasks', 'activities', 'users']) {
      const { doc, close } = await open(`/${kind}`);
      expect(doc.querySelectorAll('tbody tr[data-id]').length, kind).toBeGreaterThan(0);
      expect(
        headers(doc).some((h) => /Owner|Name/.test(h ?? '')),
        kind,
      ).toBe(true);
      await close();
    }
  });

  it('shows hostile values as text on the list and the record page', async () => {
    for (const path of [`/contacts?q=onerror`, `/contacts/${HOSTILE_CONTACT_ID}`]) {
      const { doc, close } = await open(path);
      expect(doc.querySelectorAll('main img, main script, main svg')).toHaveLength(0);
      expect(doc.querySelector('main')?.textContent).toContain('<img src=x onerror=alert(1)>');
      await close();
    }
  });

  it('renders a record page as a heading and a <dl> of every field, with mailto/tel links', async () => {
    const record = (await (await fetch(`${crm.url}/api/contacts/con_0003`)).json()) as Record<string, unknown>;
    const { doc, close } = await open('/contacts/con_0003?lang=ja');
    expect(doc.querySelector('h1')?.textContent).toBeTruthy();
    const dts = doc.querySelectorAll('dl.fields dt');
    expect(dts).toHaveLength(Object.keys(record).length);
    expect([...dts].map((dt) => dt.textContent)).toContain('メールアドレス');
    if (typeof record.email === 'string') expect(doc.querySelector('dd a[href^="mailto:"]')?.textContent).toBe(record.email);
    if (record.phone) expect(doc.querySelector('dd a[href^="tel:"]')).not.toBeNull();
    await close();
  });

  it('has nothing to read on /empty', async () => {
    const page = browser.newPage();
    await page.goto(`${crm.url}/empty`);
    await page.waitUntilComplete();
    const doc = page.mainFrame.document;
    expect(doc.querySelectorAll('table, dl, [data-id]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('Release notes');
    await page.close();
  });

  it('paginates the list page when asked', async () => {
    const { doc, close } = await open('/contacts?pageSize=50&page=3');
    expect(doc.querySelectorAll('tbody tr')).toHaveLength(50);
    expect(doc.querySelector('.pager')?.textContent).toContain('Page 3 of 3');
    await close();
  });
});
