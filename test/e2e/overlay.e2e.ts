// Badges on the CRM page itself, and decisions that survive a reload and a worker restart.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_TRUTH } from '../../sample-crm/seed';
import { startSampleCrm } from '../../sample-crm/server';
import { launchLens, readDb, screenshot, waitFor, type Lens } from '../../scripts/lens-browser';
import { badges, clickInShadow } from './shadow-dom';

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

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

async function decisions(): Promise<{ check: string; decision: string; ids: string[] }[]> {
  const all = await readDb<{ check: string; decision: string; records: { id: string }[] }[]>(lens, { store: 'decisions' });
  return all.map((d) => ({ check: d.check, decision: d.decision, ids: d.records.map((r) => r.id) }));
}

async function latestDuplicateGroups(): Promise<string[][]> {
  const run = await readDb<{ duplicates?: { ids: string[] }[] } | undefined>(lens, { store: 'runs', index: 'origin-time', mode: 'last' });
  return (run?.duplicates ?? []).map((g) => g.ids);
}

async function runCount(): Promise<number> {
  return readDb<number>(lens, { store: 'runs', mode: 'count' });
}

/** Runs an audit from the popup and waits until the new run is stored (an older score may already be on screen). */
async function auditFrom(tab: Page): Promise<void> {
  const before = await runCount();
  const popup = await lens.openPopup(tab);
  await popup.click('button[data-action="audit"]');
  await waitFor(runCount, (n) => n > before, 30_000);
  await popup.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
  await popup.close();
}

describe('overlay', () => {
  it('badges known duplicates on the list page, and "not a duplicate" sticks across reloads and worker restarts', async () => {
    const tab = await lens.context.newPage();
    await tab.goto(`${crm.url}/contacts`);
    await tab.waitForSelector('table tbody tr');
    await auditFrom(tab);
    const cdp = await lens.context.newCDPSession(tab);
    const labels = await waitFor(
      () => badges(cdp),
      (l) => l.length > 0,
    );
    expect(labels.length).toBeGreaterThan(0);
    // every planted duplicate cluster has its rows badged (badges are built as rows scroll into view)
    const missing: string[] = [];
    for (const id of SAMPLE_TRUTH.duplicateContactClusters.flat()) {
      const row = tab.locator(`tr[data-id="${id}"]`);
      await row.scrollIntoViewIfNeeded();
      // the reader normalises white space (an ideographic space becomes a plain one): compare NFKC forms
      const name = norm(await row.locator('td').first().innerText());
      const seen = await waitFor(
        () => badges(cdp),
        (l) => l.some((label) => norm(label).includes(name.slice(0, 8))),
        3_000,
      ).catch(() => undefined);
      if (!seen) missing.push(`${id} ${name}`);
    }
    expect(missing).toEqual([]);

    // open the badge of the first planted duplicate and say "not a duplicate"
    const pair = SAMPLE_TRUTH.duplicateContactClusters.find((c) => c.length === 2)!;
    const name = norm(await tab.locator(`tr[data-id="${pair[0]}"] td`).first().innerText());
    await tab.locator(`tr[data-id="${pair[0]}"]`).scrollIntoViewIfNeeded();
    await clickInShadow(
      tab,
      cdp,
      (n, attrs) =>
        n.nodeName === 'BUTTON' && /\bbadge\b/.test(attrs.class ?? '') && norm(attrs['aria-label'] ?? '').includes(name.slice(0, 10)),
    );
    await tab.waitForTimeout(300);
    await screenshot(tab, 'overlay-en.png', { fullPage: false });
    await clickInShadow(tab, cdp, (n, attrs) => n.nodeName === 'BUTTON' && attrs['data-action'] === 'not-duplicate');
    const stored = await waitFor(
      () => decisions(),
      (d) => d.length > 0,
    );
    expect(stored[0]).toMatchObject({ check: 'duplicates', decision: 'not-duplicate' });
    expect(stored[0]!.ids.sort()).toEqual([...pair].sort());

    // reload the page, restart the worker, audit again: the pair stays apart
    await tab.reload();
    await tab.waitForSelector('table tbody tr');
    await cdp.send('ServiceWorker.enable').catch(() => undefined);
    await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
    await auditFrom(tab);
    const groups = await latestDuplicateGroups();
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.filter((ids) => pair.every((id) => ids.includes(id)))).toEqual([]);
    expect(await decisions()).toHaveLength(1);
  });
});
