import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleCrm } from '../../../sample-crm/server';
import type { SampleCrm } from '../../../sample-crm/server';
import { HOSTILE_CONTACT_ID, PLANTED, SAMPLE_TRUTH } from '../../../sample-crm/seed';

let crm: SampleCrm;
beforeAll(async () => {
  crm = await startSampleCrm({ port: 0 });
});
afterAll(async () => {
  await crm.close();
});

const get = (path: string, init?: RequestInit) => fetch(`${crm.url}${path}`, init);
interface Row {
  id: string;
  email?: string | null;
}
interface ListBody {
  object: string;
  total: number;
  results: Row[];
}
async function json<T = unknown>(path: string): Promise<{ status: number; body: T }> {
  const res = await get(path);
  expect(res.headers.get('content-type')).toContain('application/json');
  return { status: res.status, body: (await res.json()) as T };
}
const list = async (path: string): Promise<ListBody> => (await json<ListBody>(path)).body;

describe('sample CRM server', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(crm.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(crm.port).toBeGreaterThan(0);
  });

  it('refuses to listen beyond loopback', async () => {
    await expect(startSampleCrm({ port: 0, host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('lists every kind with totals matching PLANTED', async () => {
    const totals = {
      contacts: PLANTED.totalContacts,
      companies: PLANTED.totalCompanies,
      deals: PLANTED.totalDeals,
      tasks: PLANTED.totalTasks,
      activities: PLANTED.totalActivities,
      users: PLANTED.totalUsers,
    };
    for (const [kind, total] of Object.entries(totals)) {
      const { status, body } = await json<ListBody>(`/api/${kind}`);
      expect(status).toBe(200);
      expect(body.object).toBe(kind);
      expect(body.total).toBe(total);
      expect(body.results).toHaveLength(total);
    }
  });

  it('paginates with limit/offset and searches with q', async () => {
    const all = (await list('/api/contacts')).results;
    const page = await list('/api/contacts?limit=10&offset=20');
    expect(page.total).toBe(150);
    expect(page.results.map((r) => r.id)).toEqual(all.slice(20, 30).map((r) => r.id));
    const found = await list('/api/contacts?q=M%C3%BCller');
    expect(found.total).toBeGreaterThanOrEqual(1);
    expect(found.results.every((r) => JSON.stringify(r).toLowerCase().includes('müller'))).toBe(true);
    expect((await list('/api/contacts?q=mailinator')).total).toBe(2);
    expect((await json('/api/contacts?limit=-1')).status).toBe(400);
    expect((await json('/api/contacts?offset=abc')).status).toBe(400);
  });

  it('serves single records and 404 JSON for unknown ones', async () => {
    const { status, body } = await json<Row>(`/api/contacts/${HOSTILE_CONTACT_ID}`);
    expect(status).toBe(200);
    expect(body.id).toBe(HOSTILE_CONTACT_ID);
    expect(await json('/api/contacts/con_9999')).toEqual({ status: 404, body: { error: 'not found' } });
    expect(await json('/api/widgets')).toEqual({ status: 404, body: { error: 'not found' } });
    expect((await json('/api/contacts/x/y')).status).toBe(404);
  });

  it('serves the planted counts and the records behind them', async () => {
    expect((await json('/api/planted')).body).toEqual(PLANTED);
    const records = (await json<Record<string, unknown[] | string>>('/api/planted/records')).body;
    expect(records.duplicateContactClusters).toEqual(SAMPLE_TRUTH.duplicateContactClusters);
    expect(records.hostileContactId).toBe(HOSTILE_CONTACT_ID);
    expect(records.overdueTasks).toHaveLength(PLANTED.overdueTasks);
  });

  it('serves pages, the empty page and 404s', async () => {
    for (const path of [
      '/',
      '/contacts',
      '/companies',
      '/deals',
      '/tasks',
      '/activities',
      '/users',
      `/contacts/${HOSTILE_CONTACT_ID}`,
      '/users/usr_01',
      '/empty',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain('text/html');
    }
    expect(await (await get('/empty')).text()).not.toMatch(/<table|<dl|<script/);
    for (const path of [
      '/nope',
      '/contacts/con_9999',
      '/contacts/con_0001/extra',
      '/static/nope.js',
      '/static/app.html',
      '/static/..%2fserver.ts',
      '/%E0%A4%A',
    ]) {
      expect((await get(path)).status, path).toBeGreaterThanOrEqual(400);
    }
    expect((await get('/contacts', { method: 'POST' })).status).toBe(405);
    expect((await get('/contacts', { method: 'HEAD' })).status).toBe(200);
    const js = await get('/static/app.js');
    expect(js.headers.get('content-type')).toContain('text/javascript');
  });

  it('sets the language direction without reflecting the query', async () => {
    expect(await (await get('/contacts?lang=fa')).text()).toContain('<html lang="fa" dir="rtl">');
    expect(await (await get('/contacts?lang=ja')).text()).toContain('<html lang="ja" dir="ltr">');
    const evil = await (await get('/contacts?lang=%22%3E%3Cscript%3E')).text();
    expect(evil).toContain('<html lang="en" dir="ltr">');
    expect(evil).not.toContain('"><script>');
  });

  it('never sends record data inside HTML: pages are static shells', async () => {
    const hostile = (await json(`/api/contacts/${HOSTILE_CONTACT_ID}`)).body;
    expect(JSON.stringify(hostile)).toContain('<img src=x onerror=alert(1)>');
    const contact = (await list('/api/contacts?limit=1')).results[0];
    expect(contact?.email).toBeTruthy();
    for (const path of ['/contacts', `/contacts/${HOSTILE_CONTACT_ID}`, '/contacts?q=onerror', '/activities']) {
      const html = await (await get(path)).text();
      expect(html, path).not.toContain('onerror');
      expect(html, path).not.toContain('<img');
      expect(html, path).not.toContain(contact?.email);
      expect(html, path).not.toContain('<tr');
    }
  });

  it('page scripts only insert text, never HTML, and never reach off-origin', () => {
    const dir = join(import.meta.dirname, '../../../sample-crm/public');
    for (const name of readdirSync(dir).filter((n) => /\.(js|html|css)$/.test(n))) {
      const source = readFileSync(join(dir, name), 'utf8');
      expect(source, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
      expect(source, name).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    }
  });

  it('can send a strict CSP', async () => {
    const strict = await startSampleCrm({ port: 0, csp: true });
    try {
      const res = await fetch(`${strict.url}/contacts`);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    } finally {
      await strict.close();
    }
    expect((await get('/contacts')).headers.get('content-security-policy')).toBeNull();
  });
});
