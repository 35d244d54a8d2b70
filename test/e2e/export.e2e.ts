// Exports and history in real Chromium on the production build: two audits of the sample CRM,
// then Options → History: the trend, the diff of the two runs, and the three exports through
// the downloads API, read back from disk. The JSON must validate against the published schema.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleCrm } from '../../sample-crm/server';
import { launchLens, readDb, ROOT, screenshot, waitFor, type Lens } from '../../scripts/lens-browser';
import { validate } from '../unit/report/json-schema';

declare const chrome: any;

let lens: Lens;
let crm: Awaited<ReturnType<typeof startSampleCrm>>;
let options: Page;

interface Download {
  id: number;
  filename: string;
  state: string;
  mime: string;
}

async function downloads(): Promise<Download[]> {
  return lens.inWorker(async () =>
    (await chrome.downloads.search({})).map((d: Download) => ({ id: d.id, filename: d.filename, state: d.state, mime: d.mime })),
  );
}

/** Clicks an export button and returns the finished download's path and the name the extension asked for. */
async function exportVia(selector: string): Promise<{ path: string; text: string }> {
  const before = (await downloads()).length;
  await options.click(selector);
  const all = await waitFor(downloads, (d) => d.length > before && d[0]!.state === 'complete');
  const latest = all.sort((a, b) => b.id - a.id)[0]!;
  return { path: latest.filename, text: readFileSync(latest.filename, 'utf8') };
}

beforeAll(async () => {
  crm = await startSampleCrm({ port: 0 });
  lens = await launchLens();
  const tab = await lens.context.newPage();
  await tab.goto(`${crm.url}/contacts`);
  await tab.waitForSelector('table tbody tr');
  // Two audits: the second after reading the deals too, so the diff has new findings.
  const popup = await lens.openPopup(tab);
  await popup.click('button[data-action="audit"]');
  await popup.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
  await tab.goto(`${crm.url}/deals`);
  await tab.waitForSelector('table tbody tr');
  const popup2 = await lens.openPopup(tab);
  await popup2.click('button[data-action="audit"]');
  await popup2.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
  await waitFor(
    () => readDb<number>(lens, { store: 'runs', mode: 'count' }),
    (n) => n >= 2,
  );
  options = await lens.context.newPage();
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.goto(`chrome-extension://${lens.extensionId}/options/index.html`);
  await options.waitForSelector('[data-testid="history"] table.runs tbody tr');
});

afterAll(async () => {
  await lens?.close();
  await crm?.close();
});

describe('history and exports in the options page', () => {
  it('lists both audits with a trend per category, and diffs them', async () => {
    expect(await options.locator('table.runs tbody tr').count()).toBe(2);
    expect(await options.locator('[data-testid="trends"] figure.trend').count()).toBeGreaterThanOrEqual(2);
    const boxes = options.locator('table.runs tbody tr input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await options.waitForSelector('[data-testid="diff"] summary[data-diff="added"]');
    const added = await options.locator('[data-diff="added"]').innerText();
    expect(added).toMatch(/New \(\d+\)/);
    await screenshot(options, 'options-history-en.png');
  });

  it('exports JSON that validates against docs/findings.schema.json', async () => {
    const { text } = await exportVia('table.runs tbody tr:first-child button[data-export="json"]');
    const snap = JSON.parse(text);
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs/findings.schema.json'), 'utf8'));
    expect(validate(schema, snap)).toEqual([]);
    expect(snap.generator).toEqual({ name: 'crm-audit-lens', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(snap.source.origin).toBe(crm.url);
    expect(snap.history).toHaveLength(2);
  });

  it('exports CSV with a BOM, and masks personal data on request', async () => {
    const plain = await exportVia('table.runs tbody tr:first-child button[data-export="csv"]');
    expect(plain.text.charCodeAt(0)).toBe(0xfeff);
    expect(plain.text).toContain('record_urls');
    await options.selectOption('[data-testid="redaction"]', 'mask');
    const masked = await exportVia('table.runs tbody tr:first-child button[data-export="csv"]');
    expect(masked.text).not.toContain('record_urls');
    expect(masked.text).not.toMatch(/@[a-z0-9-]+\.[a-z]{2,}/i);
    await options.selectOption('[data-testid="redaction"]', 'none');
  });

  it('exports a self-contained HTML report that renders', async () => {
    const { path, text } = await exportVia('table.runs tbody tr:first-child button[data-export="html"]');
    // The sample CRM plants markup in names: it must arrive escaped, never as a tag.
    expect(text).not.toMatch(/<(script|img|link|iframe|object|embed)\b/i);
    expect(text).toContain('&lt;script&gt;');
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    copyFileSync(path, join(ROOT, 'docs/report-sample.html'));
    const page = await lens.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewportSize({ width: 1100, height: 900 });
    // Downloads are stored under a generated name without .html: load the text itself.
    await page.setContent(text);
    await page.waitForSelector('[data-testid="score"]');
    expect(await page.locator('svg[aria-label="Category scores"]').count()).toBe(1);
    expect(await page.locator('svg[aria-label^="Score trend"]').count()).toBe(1);
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('script, img, link, iframe, [src], [href]').length)).toBe(0);
    await screenshot(page, 'report-en.png');
  });
});
