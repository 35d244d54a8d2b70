// The readers in real Chromium on the sample CRM: a list page read from its DOM, record pages read
// from their DOM, and the same data caught by the MAIN-world API tap must end in IndexedDB as the
// same records — same ids, same canonical values for every field both sources show.
// Each source gets its own origin, so the store can't merge them before we compare:
//   127.0.0.1:<A>  list pages, read on demand   (DOM only: no tap without enabling)
//   127.0.0.1:<B>  record pages, read on demand
//   localhost:<A>  enabled (tap + reader), /sync loads the lists by fetch and XHR and renders no record
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleData, type Company, type Contact, type Deal } from '../../sample-crm/seed';
import { startSampleCrm, type SampleCrm } from '../../sample-crm/server';
import { launchLens, storedRecords, waitFor, type Lens } from '../../scripts/lens-browser';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

type Stored = Awaited<ReturnType<typeof storedRecords>>[number];

let lens: Lens;
let listCrm: SampleCrm;
let pageCrm: SampleCrm;
let shadowCrm: SampleCrm;
let frameCrm: SampleCrm;
const data = generateSampleData();

beforeAll(async () => {
  listCrm = await startSampleCrm({ port: 0 });
  pageCrm = await startSampleCrm({ port: 0 });
  shadowCrm = await startSampleCrm({ port: 0 });
  frameCrm = await startSampleCrm({ port: 0 });
  lens = await launchLens();
});

afterAll(async () => {
  await lens?.close();
  await listCrm?.close();
  await pageCrm?.close();
  await shadowCrm?.close();
  await frameCrm?.close();
});

const apiOrigin = () => `http://localhost:${listCrm.port}`;

async function send(type: string, payload: unknown): Promise<{ ok: boolean; data?: any; error?: { message: string } }> {
  return lens.inWorker((arg) => chrome.runtime.sendMessage({ channel: 'crm-audit-lens', ...(arg as object) }), { type, payload }) as never;
}

async function open(url: string): Promise<Page> {
  const tab = await lens.context.newPage();
  await tab.goto(url);
  await tab.waitForSelector('body[data-ready="true"]');
  return tab;
}

/** What the popup's "Audit" does first: read this tab now (activeTab-style, no tap). */
async function readNow(tab: Page): Promise<{ records: number; skipped: Record<string, number>; notes: string[] }> {
  const reply = await send('page.read', { tabId: await lens.tabId(tab) });
  if (!reply.ok) throw new Error(reply.error?.message);
  return reply.data;
}

const byId = (records: Stored[], kind: string) => new Map(records.filter((r) => r.kind === kind).map((r) => [r.id, r]));

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * A page shows a timestamp to the day (lists) or the minute (record pages); the payload has the
 * second. Same value = same at the precision the page shows, so the payload's is cut to it.
 */
function shownPrecision(shown: string, full: string): string {
  if (!ISO.test(shown) || !ISO.test(full)) return full;
  const cut = shown.endsWith('T00:00:00.000Z') ? 10 : shown.endsWith(':00.000Z') ? 16 : 24;
  return new Date(full.slice(0, cut) + (cut === 10 ? '' : 'Z')).toISOString();
}

/** Fields both records have, where they disagree: the list of disagreements is the assertion. */
function disagreements(dom: Stored, api: Stored, fields: string[]): string[] {
  const out: string[] = [];
  for (const f of fields) {
    if (!(f in dom.fields) || !(f in api.fields)) continue;
    const shown = dom.fields[f];
    const full = api.fields[f];
    const [x, y] = [
      JSON.stringify(shown),
      JSON.stringify(typeof shown === 'string' && typeof full === 'string' ? shownPrecision(shown, full) : full),
    ];
    if (x !== y) out.push(`${dom.kind} ${dom.id} ${f}: ${dom.via} ${x} ≠ ${api.via} ${JSON.stringify(full)}`);
  }
  return out;
}

const contactName = (c: Contact) =>
  /[\u3040-\u30ff\u3400-\u9fff]/.test(c.firstName + c.lastName) ? `${c.lastName} ${c.firstName}` : `${c.firstName} ${c.lastName}`;

describe('readers: list page, record page and API tap agree in IndexedDB', () => {
  let listed: Stored[] = [];
  let paged: Stored[] = [];
  let tapped: Stored[] = [];

  it('reads the contacts, companies and deals lists from the DOM, ids from the row links', async () => {
    for (const kind of ['contacts', 'companies', 'deals']) {
      const tab = await open(`${listCrm.url}/${kind}`);
      const summary = await readNow(tab);
      expect(summary.records).toBe(data[kind as 'contacts'].length);
      await tab.close();
    }
    listed = await storedRecords(lens, listCrm.url);
    const contacts = byId(listed, 'contact');
    expect(contacts.size).toBe(data.contacts.length);
    expect(byId(listed, 'company').size).toBe(data.companies.length);
    expect(byId(listed, 'deal').size).toBe(data.deals.length);
    expect(listed.every((r) => r.via === 'dom-table')).toBe(true);
    // the seed's own ids, not content hashes
    expect([...contacts.keys()].sort()).toEqual(data.contacts.map((c) => c.id).sort());

    const c = data.contacts.find((x) => x.email && x.phone && x.companyName && /^[A-Za-z]+$/.test(x.firstName))!;
    const got = contacts.get(c.id)!;
    expect(got.fields.name).toBe(contactName(c));
    expect(got.fields.emails).toEqual([c.email!.toLowerCase()]);
    expect(got.fields.company).toBe(c.companyName);
    expect(got.fields.owner).toBe(c.ownerName ?? undefined);
    expect(got.fields.createdAt).toBe(c.createdAt.slice(0, 10) + 'T00:00:00.000Z');
  });

  it('reads record pages from the DOM: one record each, with the fields the list does not show', async () => {
    const persian = data.contacts.find((c) => /[\u0600-\u06ff]/.test(c.firstName) && c.email)!;
    const japanese = data.contacts.find((c) => /[\u3040-\u30ff\u3400-\u9fff]/.test(c.firstName) && c.email)!;
    const english = data.contacts.find((c) => c.jobTitle && c.city && /^[A-Za-z]+$/.test(c.firstName))!;
    const pages: [string, { id: string }][] = [
      ['contacts', english],
      ['contacts', persian],
      ['contacts', japanese],
      ['companies', data.companies[0]!],
      ['deals', data.deals.find((d) => d.contactName && d.closeDate)!],
    ];
    for (const [kind, r] of pages) {
      const tab = await open(`${pageCrm.url}/${kind}/${r.id}`);
      const summary = await readNow(tab);
      expect(summary.records, `${kind}/${r.id}`).toBe(1);
      await tab.close();
    }
    paged = await storedRecords(lens, pageCrm.url);
    expect(paged.map((r) => r.id).sort()).toEqual(pages.map(([, r]) => r.id).sort());
    expect(paged.every((r) => r.via === 'dom-record')).toBe(true);

    const got = byId(paged, 'contact').get(english.id)!;
    expect(got.fields.name).toBe(contactName(english));
    expect(got.fields.title).toBe(english.jobTitle);
    expect(got.fields.city).toBe(english.city);
    expect(byId(paged, 'contact').get(persian.id)!.fields.name).toBe(contactName(persian));
    expect(byId(paged, 'contact').get(japanese.id)!.fields.name).toBe(contactName(japanese));
    const company = byId(paged, 'company').get(data.companies[0]!.id)!;
    expect(company.fields.name).toBe((data.companies[0] as Company).name);
  });

  it('catches the same lists through the API tap (fetch and XHR) on an enabled origin', async () => {
    const enabled = await send('origin.enable', { origin: apiOrigin() });
    expect(enabled.ok, enabled.error?.message).toBe(true);
    const tab = await open(`${apiOrigin()}/sync?kinds=contacts,companies,deals`);
    expect(await tab.locator('#status').innerText()).toMatch(/^Synced 150 contacts, 40 companies, 60 deals/);
    tapped = await waitFor(
      () => storedRecords(lens, apiOrigin()),
      (all) => all.length >= data.contacts.length + data.companies.length + data.deals.length,
    );
    expect(tapped.every((r) => r.via === 'api')).toBe(true);
    expect([...byId(tapped, 'contact').keys()].sort()).toEqual(data.contacts.map((c) => c.id).sort());
    expect([...byId(tapped, 'company').keys()].sort()).toEqual(data.companies.map((c) => c.id).sort());
    expect([...byId(tapped, 'deal').keys()].sort()).toEqual(data.deals.map((c) => c.id).sort());
    const deal = data.deals.find((d) => d.amount > 0) as Deal;
    expect(byId(tapped, 'deal').get(deal.id)!.fields.amount).toBe(deal.amount);
    await tab.close();
  });

  it('list rows and API items are the same records with the same values', () => {
    const diffs: string[] = [];
    let compared = 0;
    for (const kind of ['contact', 'company', 'deal']) {
      const api = byId(tapped, kind);
      for (const [id, dom] of byId(listed, kind)) {
        const other = api.get(id);
        expect(other, `${kind} ${id} via api`).toBeDefined();
        const shared = Object.keys(dom.fields).filter((f) => f in other!.fields);
        // the name is what every check and the duplicate engine read first: both sources must have it
        expect(shared, `${kind} ${id}`).toContain('name');
        compared += shared.length;
        diffs.push(...disagreements(dom, other!, shared));
      }
    }
    expect(diffs.slice(0, 20)).toEqual([]);
    // most of what a list shows is also in the payload: a real comparison, not an empty one
    expect(compared).toBeGreaterThan(1500);
  });

  it('record pages and API items are the same records with the same values', () => {
    const diffs: string[] = [];
    for (const page of paged) {
      const api = byId(tapped, page.kind).get(page.id);
      expect(api, `${page.kind} ${page.id} via api`).toBeDefined();
      const shared = Object.keys(page.fields).filter((f) => f in api!.fields);
      expect(shared.length, `${page.kind} ${page.id}: fields in common`).toBeGreaterThanOrEqual(5);
      diffs.push(...disagreements(page, api!, shared));
    }
    expect(diffs).toEqual([]);
  });

  it('reads the list drawn in web components (open shadow roots, slots): the same records as the plain list', async () => {
    const tab = await open(`${shadowCrm.url}/components?kind=contacts`);
    // the page's own DOM has no table: it is in <crm-list>'s shadow root
    expect(await tab.evaluate(() => document.querySelectorAll('table').length)).toBe(0);
    const summary = await readNow(tab);
    expect(summary.records).toBe(data.contacts.length);
    await tab.close();
    const drawn = await storedRecords(lens, shadowCrm.url);
    expect(drawn.every((r) => r.kind === 'contact' && r.via === 'dom-table')).toBe(true);
    // ids from the links two shadow roots down, not content hashes
    expect(drawn.map((r) => r.id).sort()).toEqual(data.contacts.map((c) => c.id).sort());
    const plain = byId(listed, 'contact');
    const diffs = drawn.flatMap((r) => disagreements(r, plain.get(r.id)!, Object.keys(plain.get(r.id)!.fields)));
    expect(diffs.slice(0, 20)).toEqual([]);
    const c = data.contacts.find((x) => x.email && /^[A-Za-z]+$/.test(x.firstName))!;
    const got = drawn.find((r) => r.id === c.id)!;
    expect(got.fields.name).toBe(contactName(c));
    expect(got.fields.emails).toEqual([c.email!.toLowerCase()]);
  });

  it('reads the list inside a same-origin iframe: the same records as the plain list', async () => {
    const tab = await lens.context.newPage();
    await tab.goto(`${frameCrm.url}/framed`);
    await tab.frameLocator('#workspace').locator('body[data-ready="true"]').waitFor();
    const summary = await readNow(tab);
    expect(summary.records).toBe(data.contacts.length);
    await tab.close();
    const framed = await storedRecords(lens, frameCrm.url);
    expect(framed.map((r) => r.id).sort()).toEqual(data.contacts.map((c) => c.id).sort());
    const plain = byId(listed, 'contact');
    const diffs = framed.flatMap((r) => disagreements(r, plain.get(r.id)!, Object.keys(r.fields)));
    expect(diffs.slice(0, 20)).toEqual([]);
    expect(framed.every((r) => Object.keys(r.fields).length >= Object.keys(plain.get(r.id)!.fields).length)).toBe(true);
  });
});
