// @vitest-environment happy-dom
// The bundled sample CRM, from snapshots of its rendered pages (en, Persian RTL, Japanese).
import { afterAll, describe, expect, it } from 'vitest';
import { readPage } from '../../../src/readers';
import { closeWindows, loadFixture, NOW } from './helpers';

const BASE = 'http://127.0.0.1:4870';

function read(name: string, path: string) {
  const doc = loadFixture(`${name}.html`, `${BASE}${path}`);
  return readPage(doc, `${BASE}${path}`, { now: NOW });
}

afterAll(closeWindows);

describe('sample CRM list pages', () => {
  it.each([
    ['sample-crm-contacts-en', '/contacts'],
    ['sample-crm-contacts-fa', '/contacts?lang=fa'],
    ['sample-crm-contacts-ja', '/contacts?lang=ja'],
  ])('reads every contact row of %s the same way', (name, path) => {
    const r = read(name, path);
    expect(r.site).toBe('sample-crm');
    expect(r.records).toHaveLength(25);
    expect(r.notes).toEqual([]);
    const second = r.records[1]!;
    expect(second.record).toMatchObject({
      kind: 'contact',
      source: { origin: BASE, id: 'con_0002', via: 'dom-table', objectType: 'contacts' },
      fields: {
        name: 'کاوه کاظمی',
        emails: ['kaveh.kazemi@arya-trading.ir'],
        phones: ['+98 912 052 9502'],
        company: 'بازرگانی آریا',
        owner: 'سپیده کرمانی',
        lifecycle: 'salesqualifiedlead',
        leadSource: 'webinar',
        country: 'Iran',
        lastActivityAt: '2026-03-10T00:00:00.000Z',
        createdAt: '2024-08-30T00:00:00.000Z',
        updatedAt: '2026-04-27T00:00:00.000Z',
      },
      seenAt: NOW.toISOString(),
    });
    expect(second.record.source.url).toMatch(/^http:\/\/127\.0\.0\.1:4870\/contacts\/con_0002/);
    expect(second.record.source.idIsHash).toBeUndefined();
    expect(second.elements[0]!.getAttribute('data-id')).toBe('con_0002');
    // the name column is the full name in every language ("نام" alone is not a first name here)
    expect(r.records.every((x) => x.record.fields.firstName === undefined && !!x.record.fields.name)).toBe(true);
  });

  it('reads tags as a list', () => {
    const r = read('sample-crm-contacts-en', '/contacts');
    const tagged = r.records.filter((x) => (x.record.fields.tags?.length ?? 0) > 1);
    expect(tagged.length).toBeGreaterThan(0);
    for (const t of tagged) expect(t.record.fields.tags!.every((tag) => !tag.includes(','))).toBe(true);
  });

  it('reads companies, deals, tasks, activities and users with their kind-specific headers', () => {
    const companies = read('sample-crm-companies-en', '/companies');
    expect(companies.records[0]!.record.kind).toBe('company');
    expect(companies.records[0]!.record.fields.name).toBeTruthy();
    expect(companies.records.some((x) => x.record.fields.website)).toBe(true);

    const deals = read('sample-crm-deals-fa', '/deals?lang=fa');
    const d = deals.records[0]!.record;
    expect(d).toMatchObject({
      kind: 'deal',
      source: { id: 'deal_0001' },
      fields: {
        amount: 10_100_000_000,
        currency: 'IRR',
        stage: 'negotiation',
        closeDate: '2026-10-10T00:00:00.000Z',
        stageChangedAt: '2026-10-20T00:00:00.000Z',
      },
    });
    // the deal's contact is not the deal's name
    expect(d.fields.name).toContain('پروژه');
    expect(d.raw['مخاطب']).toBeTruthy();

    const tasks = read('sample-crm-tasks-ja', '/tasks?lang=ja');
    expect(tasks.records[0]!.record.kind).toBe('task');
    expect(tasks.records.every((x) => !!x.record.fields.subject && !!x.record.fields.status)).toBe(true);
    expect(tasks.records.some((x) => x.record.fields.dueDate)).toBe(true);

    const acts = read('sample-crm-activities-en', '/activities');
    expect(acts.records[0]!.record).toMatchObject({
      kind: 'activity',
      fields: { activityType: 'email', activityDate: '2024-01-06T00:00:00.000Z', team: 'marketing' },
    });

    const users = read('sample-crm-users-fa', '/users?lang=fa');
    expect(users.records[0]!.record.fields).toMatchObject({
      name: 'Sarah Mitchell',
      active: true,
      emails: ['sarah.mitchell@samplecrm.test'],
    });
    expect(users.records[1]!.record.fields.active).toBe(false);
  });
});

describe('sample CRM record pages', () => {
  it('reads the dl of a contact page into one record, with first and last name', () => {
    const r = read('sample-crm-contact-record-fa', '/contacts/con_0002?lang=fa');
    expect(r.records).toHaveLength(1);
    const rec = r.records[0]!.record;
    expect(rec).toMatchObject({
      kind: 'contact',
      source: { id: 'con_0002', via: 'dom-record', url: `${BASE}/contacts/con_0002` },
      fields: {
        name: 'کاوه کاظمی',
        firstName: 'کاوه',
        lastName: 'کاظمی',
        companyId: 'co_0013',
        ownerId: 'usr_07',
        city: 'تهران',
        createdAt: '2024-08-30T16:34:00.000Z',
      },
    });
    expect(r.records[0]!.elements[0]!.tagName).toBe('H1');
  });

  it('reads a Japanese deal page', () => {
    const r = read('sample-crm-deal-record-ja', '/deals/deal_0003?lang=ja');
    expect(r.records[0]!.record).toMatchObject({
      kind: 'deal',
      source: { id: 'deal_0003' },
      fields: { amount: 9_260_000, currency: 'JPY', stage: 'negotiation', contactId: 'con_0116' },
    });
  });

  it('reads the English contact page the same way', () => {
    const r = read('sample-crm-contact-record-en', '/contacts/con_0002');
    expect(r.records[0]!.record.fields).toMatchObject({ firstName: 'کاوه', lastName: 'کاظمی', emails: ['kaveh.kazemi@arya-trading.ir'] });
  });
});

describe('sample CRM pages without records', () => {
  it.each([
    ['sample-crm-empty', '/empty'],
    ['sample-crm-home-fa', '/?lang=fa'],
  ])('%s yields nothing, and says so', (name, path) => {
    const r = read(name, path);
    expect(r.records).toEqual([]);
    expect(r.notes).toEqual(['no table, list or record found on this page']);
  });
});
