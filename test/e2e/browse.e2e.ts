// Flag while browsing: a record the page shows for the first time, never audited, is badged as a
// duplicate of one read earlier, and still is after Chrome stops the extension's worker (its
// in-memory index is restored from its snapshot in IndexedDB). No audit runs in this file.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_TRUTH } from '../../sample-crm/seed';
import { startSampleCrm } from '../../sample-crm/server';
import { launchLens, readDb, storedRecords, waitFor, type Lens } from '../../scripts/lens-browser';
import { badges } from './shadow-dom';

// runs in the extension's own contexts, where `chrome` exists
declare const chrome: any;

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

const planted = new Set(SAMPLE_TRUTH.duplicateContactClusters.flat());
/** Rows one test used already (marked or copied): the next picks others, so their badges are its own. */
const used = new Set<string>();

/** A row of the list that is no planted duplicate (so nothing badges it before the copy appears). */
async function plainRow(tab: Page, skip: Set<string>): Promise<{ id: string; name: string }> {
  const rows = await tab
    .locator('table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.getAttribute('data-id') ?? '', name: tr.querySelector('td')?.textContent?.trim() ?? '' })),
    );
  const row = rows.find((r) => r.id && r.name.length > 4 && !planted.has(r.id) && !skip.has(r.id));
  if (!row) throw new Error('no plain row on the page');
  return row;
}

/** What a CRM does when another user adds a record: a new row appears, here a copy of `id` under a new id. */
async function insertCopy(tab: Page, id: string, newId: string): Promise<void> {
  await tab.evaluate(
    ([from, to]) => {
      const row = document.querySelector(`tr[data-id="${from}"]`)!;
      const copy = row.cloneNode(true) as HTMLElement;
      copy.setAttribute('data-id', to!);
      const a = copy.querySelector('a');
      if (a) a.setAttribute('href', a.getAttribute('href')!.replace(encodeURIComponent(from!), encodeURIComponent(to!)));
      row.parentElement!.prepend(copy);
    },
    [id, newId],
  );
}

/** The extension's worker as it runs now (Chrome may have stopped the one seen at launch). */
async function liveWorker(): Promise<Worker> {
  for (const w of [...lens.context.serviceWorkers()].reverse()) {
    if (!w.url().startsWith(`chrome-extension://${lens.extensionId}/`)) continue;
    if (await w.evaluate(() => true).catch(() => false)) return w;
  }
  // wake it: any message from an extension page starts it again
  const started = lens.context.waitForEvent('serviceworker', { timeout: 30_000 });
  await lens.inWorker(() =>
    chrome.runtime.sendMessage({ channel: 'crm-audit-lens', type: 'origin.status', payload: {} }).catch(() => undefined),
  );
  return started;
}

let enabled = false;
/** Enables the sample CRM once (the popup asks for the host permission; e2e builds hold it). */
async function enableCrm(): Promise<void> {
  if (enabled) return;
  const setup = await lens.context.newPage();
  await setup.goto(`${crm.url}/contacts`);
  const popup = await lens.openPopup(setup);
  await popup.click('button[data-action="enable"]');
  await popup.waitForSelector('.pill.ok');
  await popup.close();
  await setup.close();
  enabled = true;
}

/** A contacts tab the registered reader has read completely. */
async function readContacts(): Promise<Page> {
  const tab = await lens.context.newPage();
  await tab.goto(`${crm.url}/contacts`);
  await tab.waitForSelector('table tbody tr');
  const rows = await tab.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
  await waitFor(
    () => storedRecords(lens, crm.url),
    (all) => rows.every((id) => all.some((r) => r.id === id)),
  );
  return tab;
}

const labelled = (labels: string[], name: string) =>
  labels.filter((l) => l.normalize('NFKC').includes(name.normalize('NFKC').slice(0, 8))).length;

describe('flag while browsing', () => {
  // Automation cannot click a browser menu: a real right click sets the pointed record, then the
  // worker's own menus.onClicked handler is called (e2e builds expose it) with what Chrome passes.
  it('context menu: "Mark this record for review" and "Flag as duplicate" store a decision and badge the row', async () => {
    await enableCrm();
    const tab = await readContacts();
    const cdp = await lens.context.newCDPSession(tab);
    const tabId = await lens.tabId(tab);
    const menu = async (which: 'review' | 'duplicate', rowId: string) => {
      await tab.locator(`tr[data-id="${rowId}"] td`).nth(1).click({ button: 'right' });
      await (
        await liveWorker()
      ).evaluate(
        async ([id, url, which]) => {
          const hook = (globalThis as any).__lensTest;
          await hook.refreshMenus(); // the real chrome.contextMenus calls, with this profile's enabled CRM
          await hook.onMenuClicked(
            { menuItemId: which === 'review' ? 'crm-audit-lens-mark-review' : 'crm-audit-lens-flag-duplicate', frameId: 0, pageUrl: url },
            { id, url },
          );
        },
        [tabId, tab.url(), which] as const,
      );
    };
    const a = await plainRow(tab, used);
    used.add(a.id);
    const second = await plainRow(tab, used);
    used.add(second.id);
    await menu('review', a.id);
    await menu('duplicate', second.id);
    const marks = await waitFor(
      () => readDb<{ check: string; decision: string; records: { id: string }[] }[]>(lens, { store: 'decisions' }),
      (d) => d.length >= 2,
    );
    expect(marks.map((d) => [d.check, d.decision, d.records.map((r) => r.id)]).sort()).toEqual(
      [
        ['user-mark', 'review', [a.id]],
        ['user-mark', 'duplicate', [second.id]],
      ].sort(),
    );
    const labels = await waitFor(
      () => badges(cdp),
      (l) => labelled(l, a.name) > 0 && labelled(l, second.name) > 0,
    );
    expect(labelled(labels, a.name)).toBe(1);
    // the marks come back after a reload: they are stored, not kept by the page
    await tab.reload();
    await tab.waitForSelector('table tbody tr');
    const again = await waitFor(
      () => badges(cdp),
      (l) => labelled(l, a.name) > 0 && labelled(l, second.name) > 0,
    );
    expect(labelled(again, second.name)).toBe(1);
    await tab.close();
  });

  it('badges a new record that duplicates a stored one without an audit, also after the worker was stopped', async () => {
    await enableCrm();
    const tab = await readContacts();
    const cdp = await lens.context.newCDPSession(tab);

    const first = await plainRow(tab, used);
    used.add(first.id);
    expect(labelled(await badges(cdp), first.name)).toBe(0);
    await insertCopy(tab, first.id, 'browse-copy-1');
    const labels = await waitFor(
      () => badges(cdp),
      (l) => labelled(l, first.name) > 0,
    );
    expect(labelled(labels, first.name)).toBeGreaterThan(0);
    // the copy was stored like any record read, and no audit ran
    expect((await storedRecords(lens, crm.url)).some((r) => r.id === 'browse-copy-1')).toBe(true);
    expect(await readDb<number>(lens, { store: 'runs', mode: 'count' })).toBe(0);

    // once writes settle the worker saves its index, stamped with the records' write generation:
    // the restarted worker restores that instead of re-reading and re-normalising every record
    const [stamp] = await readDb<{ generation: number }[]>(lens, { store: 'stamps', only: crm.url });
    const [saved] = await waitFor(
      () => readDb<{ generation: number; keys: string[] }[]>(lens, { store: 'indexSnapshots', only: crm.url }),
      (rows) => rows.some((r) => r.keys.some((k) => k.endsWith('|browse-copy-1'))),
      15_000,
    );
    expect(saved!.generation).toBeGreaterThanOrEqual(stamp!.generation);

    // Chrome stops idle workers at will: stop it, and make sure it really stopped
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string; scriptURL: string }[] }) => {
      for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${lens.extensionId}/`)) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor(
      async () => statuses,
      (s) => s.includes('stopped'),
    );

    const second = await plainRow(tab, used);
    await insertCopy(tab, second.id, 'browse-copy-2');
    const after = await waitFor(
      () => badges(cdp),
      (l) => labelled(l, second.name) > 0,
      30_000,
    );
    expect(labelled(after, second.name)).toBeGreaterThan(0);
    // the first copy's badge is still there too
    expect(labelled(after, first.name)).toBeGreaterThan(0);
    expect(await readDb<number>(lens, { store: 'runs', mode: 'count' })).toBe(0);
  });
});
