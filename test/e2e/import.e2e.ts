// Options → Audit CRM export files, in real Chromium on the production build: a Shift_JIS
// Japanese contacts export and a UTF-8 deals export become one audit run (through the page's
// worker), shown in the history with the right counts; a ragged file is refused with its line
// and leaves the database exactly as it was.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLens, readDb, screenshot, storedRecords, waitFor, type Lens } from '../../scripts/lens-browser';
import { formatHtml } from '../../src/report/html';
import { reportDictionary } from '../../src/report/html-dictionary';
import { buildFindingsSnapshot } from '../../src/report/snapshot';
import { trendOf } from '../../src/report/trend';
import { encode } from '../unit/import/encode';
import { baseRun, hostileRun } from '../unit/report/helpers';

let lens: Lens;
let options: Page;

const CONTACTS_JA = [
  '氏名,メールアドレス,電話番号,会社名',
  '山田太郎,taro@example.jp,03-1234-5678,山田商事',
  '山田太郎,taro@example.jp,03-1234-5678,山田商事',
  '佐藤花子,hanako@example,090-1111-2222,佐藤工業',
  '鈴木一郎,ichiro@example.jp,,鈴木製作所',
  '高橋美咲,misaki@example.jp,06-9876-5432,',
  '田中健二,,,田中物産',
].join('\r\n');

const DEALS = [
  'Deal Name,Amount,Stage,Close Date,Owner',
  'Renewal 2025,12000,Closed Won,2025-03-01,Ann',
  'Upsell,3000,Negotiation,2024-01-15,',
  'New logo,45000,Closed Lost,2025-06-30,Bob',
  'Pilot,,Qualification,2023-11-01,Ann',
].join('\n');

const RAGGED = [
  'Email,First Name,Last Name',
  'a@example.com,Ann,Lee',
  'b@example.com,Bob,Ray',
  '"c@example.com","Cy',
  'Young",Moss',
  'd@example.com,Dee',
].join('\n');

interface StoredRun {
  id: string;
  origin: string;
  counts: Record<string, number>;
  findingCount: number;
  score: number | null;
}

beforeAll(async () => {
  lens = await launchLens();
  options = await lens.context.newPage();
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.goto(`chrome-extension://${lens.extensionId}/options/index.html`);
  await options.waitForSelector('[data-testid="import"] input[type="file"]', { state: 'attached' });
});

afterAll(async () => {
  await lens?.close();
});

describe('full audit from CRM export files', () => {
  it('renders the HTML report right-to-left in Persian', async () => {
    const page = await lens.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    const snapshot = buildFindingsSnapshot(hostileRun(), {
      history: trendOf([baseRun({ id: 'r1', startedAt: '2025-12-01T00:00:00.000Z', score: 55 }), baseRun()]),
      selfAssessment: { encryption: 'yes', 'access-control': 'no' },
      roi: { gain: 150000, cost: 100000 },
    });
    await page.setContent(formatHtml(snapshot, reportDictionary('fa')));
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    // the title sits at the right edge of the page
    const box = (await page.locator('h1').boundingBox())!;
    const h1Right = await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.querySelector('h1')!);
      return r.getBoundingClientRect().right;
    });
    expect(h1Right).toBeGreaterThan(box.x + box.width - 5);
    await screenshot(page, 'report-fa.png', { fullPage: false });
    await page.close();
  });

  it('imports a Shift_JIS and a UTF-8 file as one audit run, shown in the history', async () => {
    // every phase the panel shows, recorded as it happens: the run is too quick to poll
    await options.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { phases: string[] }).phases = seen;
      new MutationObserver(() => {
        const phase = document.querySelector('[data-phase]')?.getAttribute('data-phase');
        const bar = document.querySelector<HTMLProgressElement>('[data-testid="import-progress"]');
        const entry = `${phase}:${bar && phase === 'progress' ? Math.round((100 * bar.value) / bar.max) : ''}`;
        if (phase && seen[seen.length - 1] !== entry) seen.push(entry);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const sjis = Buffer.from(encode(CONTACTS_JA, 'shift_jis'));
    expect(sjis.includes(Buffer.from('山田', 'utf8'))).toBe(false); // really Shift_JIS bytes
    await options.setInputFiles('input[data-action="import-files"]', [
      { name: '連絡先.csv', mimeType: 'text/csv', buffer: sjis },
      { name: 'deals.csv', mimeType: 'text/csv', buffer: Buffer.from(DEALS, 'utf8') },
    ]);
    const done = options.locator('[data-testid="import-done"]');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.innerText()).toMatch(/Audit saved: 10 records, score \d+, \d+ findings/);
    const phases = await options.evaluate(() => (window as unknown as { phases: string[] }).phases);
    expect(phases[0]).toBe('progress:0');
    expect(phases).toContain('progress:100'); // the bar filled: every byte of both files read

    const runs = await readDb<StoredRun[]>(lens, { store: 'runs' });
    expect(runs).toHaveLength(1);
    const run = runs[0]!;
    expect(run.origin).toBe('file:連絡先.csv,deals.csv');
    expect(run.counts).toEqual({ contact: 6, deal: 4 });
    expect(run.findingCount).toBeGreaterThan(0);
    const findings = await readDb<{ check: string }[]>(lens, { store: 'findings', index: 'runId', only: run.id });
    expect(findings).toHaveLength(run.findingCount);
    const checks = new Set(findings.map((f) => f.check));
    expect(checks.has('duplicates')).toBe(true); // the two 山田太郎 rows
    expect(checks.has('invalid-email')).toBe(true); // hanako@example

    const records = await storedRecords(lens, run.origin);
    expect(records).toHaveLength(10);
    expect(records.filter((r) => r.kind === 'contact').map((r) => r.fields.name)).toContain('佐藤花子');

    const row = options.locator(`[data-testid="history"] table.runs tbody tr[data-run="${run.id}"]`);
    await row.waitFor();
    expect(await row.locator('td').nth(4).innerText()).toBe(String(run.findingCount));
    await screenshot(options, 'options-import.png', { fullPage: false });
  });

  it('refuses a ragged file with its line and writes nothing', async () => {
    const before = {
      runs: await readDb<number>(lens, { store: 'runs', mode: 'count' }),
      records: await readDb<number>(lens, { store: 'records', mode: 'count' }),
      findings: await readDb<number>(lens, { store: 'findings', mode: 'count' }),
    };
    await options.setInputFiles('input[data-action="import-files"]', [
      { name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(RAGGED, 'utf8') },
    ]);
    const error = options.locator('[data-testid="import-error"] li[data-file="contacts.csv"]');
    await error.waitFor({ timeout: 60_000 });
    // line 6: the quoted cell on line 4 runs over two lines
    expect(await error.getAttribute('data-line')).toBe('6');
    expect(await error.innerText()).toContain('contacts.csv, line 6: this row has a different number of cells than the header');
    await screenshot(options, 'options-import-error.png', { fullPage: false });
    await new Promise((r) => setTimeout(r, 500));
    expect({
      runs: await readDb<number>(lens, { store: 'runs', mode: 'count' }),
      records: await readDb<number>(lens, { store: 'records', mode: 'count' }),
      findings: await readDb<number>(lens, { store: 'findings', mode: 'count' }),
    }).toEqual(before);
    expect(
      await waitFor(
        () => options.locator('table.runs tbody tr').count(),
        (n) => n === 1,
      ),
    ).toBe(1);
  });

  it('takes files dropped on the panel, and refuses an empty one by name', async () => {
    await options.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([], 'leads.csv', { type: 'text/csv' }));
      const zone = document.querySelector('[data-testid="import-drop"]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    const error = options.locator('[data-testid="import-error"] li[data-file="leads.csv"]');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.innerText()).toContain('leads.csv, line 1: the file is empty');
    expect(await readDb<number>(lens, { store: 'runs', mode: 'count' })).toBe(1);
  });

  it('imports a Persian Windows-1256 export in the Persian UI, right-to-left', async () => {
    const fa = await launchLens({ lang: 'fa' });
    try {
      const page = await fa.context.newPage();
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.goto(`chrome-extension://${fa.extensionId}/options/index.html`);
      await page.waitForSelector('[data-testid="import"] input[type="file"]', { state: 'attached' });
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      // Windows-1256 has no Persian yeh or keheh: Persian Windows writes the Arabic letters
      const text = [
        'نام کامل,ایمیل,تلفن,شرکت',
        'علی رضایی,ali@example.ir,021-8888-7777,پارس',
        'علی رضایی,ali@example.ir,021-8888-7777,پارس',
        'مریم احمدی,maryam@example,,کیان',
      ]
        .join('\r\n')
        .replace(/ی/g, 'ي')
        .replace(/ک/g, 'ك');
      await page.setInputFiles('input[data-action="import-files"]', [
        { name: 'مخاطبین.csv', mimeType: 'text/csv', buffer: Buffer.from(encode(text, 'windows-1256')) },
      ]);
      const done = page.locator('[data-testid="import-done"]');
      await done.waitFor({ timeout: 60_000 });
      expect(await done.innerText()).toMatch(/ممیزی ذخیره شد: ۳ رکورد/);
      const records = await storedRecords(fa, 'file:مخاطبین.csv');
      expect(records.map((r) => r.fields.name).sort()).toEqual(['علي رضايي', 'علي رضايي', 'مريم احمدي']);
      await screenshot(page, 'options-import-fa.png', { fullPage: false });
    } finally {
      await fa.close();
    }
  });
});
