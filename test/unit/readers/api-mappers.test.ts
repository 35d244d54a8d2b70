// API mappers against fixtures built from each vendor's documented response format (the
// fixture's "_source" is the documentation page), plus the generic detector and the refusals.
import { describe, expect, it } from 'vitest';
import { readApiPayload } from '../../../src/readers';
import { apiFixture, NOW } from './helpers';

function read(name: string, pageOrigin: string) {
  const fx = apiFixture(name);
  expect(fx._source).toMatch(/^https:\/\/|^sample-crm\//);
  return readApiPayload(fx.payload, fx.requestUrl, pageOrigin, { now: NOW });
}

describe('vendor mappers', () => {
  it('Salesforce UI API record: display values for related records, ids, record URL', () => {
    const r = read('salesforce.json', 'https://acme.lightning.force.com');
    expect(r.mapper).toBe('salesforce');
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({
      kind: 'contact',
      source: {
        origin: 'https://acme.lightning.force.com',
        id: '003R000000bXyZIIA0',
        via: 'api',
        objectType: 'Contact',
        url: 'https://acme.lightning.force.com/lightning/r/Contact/003R000000bXyZIIA0/view',
      },
      fields: {
        name: 'Rose Gonzalez',
        firstName: 'Rose',
        lastName: 'Gonzalez',
        emails: ['rose.gonzalez@edge.example'],
        company: 'Edge Communications',
        companyId: '001R000000cAbCdIAK',
        owner: 'Alan Van',
        ownerId: '005R0000000Hw1RIAS',
        title: 'SVP, Procurement',
        leadSource: 'Web',
        city: 'Austin',
        createdAt: '2024-01-15T17:12:03.000Z',
        lastActivityAt: '2026-02-20T00:00:00.000Z',
      },
      seenAt: NOW.toISOString(),
    });
    expect(r.records[0]!.fields.phones).toEqual(['(512) 757-9340', '(512) 757-6000']);
  });

  it('Salesforce inside Aura actions: records found in return values, repeats merged, unaudited objects counted', () => {
    const r = read('salesforce-aura.json', 'https://acme.lightning.force.com');
    expect(r.mapper).toBe('salesforce');
    expect(r.records.map((x) => [x.kind, x.source.id])).toEqual([
      ['deal', '006R000000dEfGhIAK'],
      ['deal', '006R000000dEfGiIAK'],
    ]);
    expect(r.records[0]!.fields).toMatchObject({
      name: 'Edge Emergency Generator',
      amount: 35000,
      stage: 'Closed Lost',
      company: 'Edge Communications',
      owner: 'Alan Van',
      closeDate: '2026-04-30T00:00:00.000Z',
    });
    expect(r.skipped['object type not audited']).toBe(1);
  });

  it('HubSpot search results: properties through the dictionary, archived records left out', () => {
    const r = read('hubspot.json', 'https://app.hubspot.com');
    expect(r.mapper).toBe('hubspot');
    expect(r.records.map((x) => x.source.id)).toEqual(['512', '513']);
    expect(r.records[0]).toMatchObject({
      kind: 'contact',
      fields: {
        // the name a list row shows, composed from the parts the payload has
        name: 'Bryan Cooper',
        firstName: 'Bryan',
        lastName: 'Cooper',
        emails: ['bcooper@biglytics.net'],
        company: 'Biglytics',
        title: 'CEO',
        lifecycle: 'customer',
        ownerId: '6071',
        lastActivityAt: '2026-01-01T00:00:00.000Z',
      },
    });
    expect(r.skipped['archived']).toBe(1);
  });

  it('HubSpot objects list: the kind comes from the request path', () => {
    const r = read('hubspot-deals.json', 'https://app.hubspot.com');
    expect(r.records[0]).toMatchObject({
      kind: 'deal',
      source: { objectType: 'deals' },
      fields: {
        name: 'Biglytics — renewal',
        amount: 1500,
        stage: 'closedlost',
        closeDate: '2026-03-31T00:00:00.000Z',
        updatedAt: '2026-04-01T08:00:00.000Z',
      },
    });
  });

  it('Pipedrive persons: e-mail/phone arrays, expanded owner and organisation, the tenant id ignored', () => {
    const r = read('pipedrive.json', 'https://acme.pipedrive.com');
    expect(r.mapper).toBe('pipedrive');
    expect(r.records[0]).toMatchObject({
      kind: 'contact',
      source: { id: '1', url: 'https://acme.pipedrive.com/person/1', objectType: 'persons' },
      fields: {
        name: 'Will Smith',
        emails: ['will.smith@example.com'],
        phones: ['12345', '+372 5555 1234'],
        company: 'Org Name',
        companyId: '1234',
        owner: 'Jane Doe',
        ownerId: '123',
        createdAt: '2025-01-08T05:30:20.000Z',
        lastActivityAt: '2026-01-20T00:00:00.000Z',
      },
    });
    expect(r.records[1]!.fields.emails).toBeUndefined();
    expect(r.records[1]!.fields.name).toBe('佐藤 花子');
  });

  it('Pipedrive deals, activities and users', () => {
    const deal = read('pipedrive-deals.json', 'https://acme.pipedrive.com').records[0]!;
    expect(deal).toMatchObject({
      kind: 'deal',
      fields: {
        name: 'Deal One',
        amount: 5000,
        currency: 'EUR',
        status: 'lost',
        owner: 'Creator',
        company: 'Organization',
        contactId: '1101',
        closeDate: '2026-01-15T00:00:00.000Z',
        stageChangedAt: '2025-12-01T12:00:00.000Z',
      },
    });
    expect(deal.fields.lossReason).toBeUndefined();
    const acts = read('pipedrive-activities.json', 'https://acme.pipedrive.com').records;
    expect(acts[0]).toMatchObject({
      kind: 'activity',
      fields: {
        subject: 'Follow-up call',
        activityType: 'call',
        status: 'open',
        dueDate: '2026-06-09T00:00:00.000Z',
        relatedTo: 'Deal',
        dealId: '5',
      },
    });
    expect(acts[0]!.fields.company).toBeUndefined();
    expect(acts[1]!.fields).toMatchObject({ activityType: 'meeting', status: 'done', completedAt: '2026-05-02T15:00:00.000Z' });
    const users = read('pipedrive-users.json', 'https://acme.pipedrive.com').records;
    expect(users.map((u) => [u.kind, u.fields.active, u.fields.role])).toEqual([
      ['user', true, 'admin'],
      ['user', false, 'regular'],
    ]);
    expect(users[0]!.fields.lastLoginAt).toBe('2026-11-19T12:06:49.000Z');
  });

  it('Zoho CRM v2: lookups, Owner, tags, time zones to UTC, meta keys dropped', () => {
    const r = read('zoho.json', 'https://crm.zoho.com');
    expect(r.mapper).toBe('zoho');
    const rec = r.records[0]!;
    expect(rec).toMatchObject({
      kind: 'contact',
      source: { id: '554023000000527121', objectType: 'Contacts', url: 'https://crm.zoho.com/crm/tab/Contacts/554023000000527121' },
      fields: {
        name: 'Theodore Capello',
        owner: 'Patricia Boyle',
        ownerId: '554023000000235011',
        company: 'Zylker',
        companyId: '554023000000527001',
        tags: ['vip', 'partner'],
        createdAt: '2025-03-26T07:16:11.000Z',
        marketingOptIn: true,
      },
    });
    expect(Object.keys(rec.raw).some((k) => k.startsWith('$'))).toBe(false);
  });

  it('Dynamics 365: formatted values for lookups and option sets, GUID ids, entityrecord URLs', () => {
    const r = read('dynamics.json', 'https://contoso.crm.dynamics.com');
    expect(r.mapper).toBe('dynamics');
    expect(r.records[0]).toMatchObject({
      kind: 'contact',
      source: {
        id: '9e2d1a0c-2f1a-ec11-b6e6-000d3a5c0d3a',
        objectType: 'contact',
        url: 'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=9e2d1a0c-2f1a-ec11-b6e6-000d3a5c0d3a',
      },
      fields: {
        name: 'Yvonne McKay (sample)',
        emails: ['someone_a@example.com'],
        company: 'Contoso, Ltd. (sample)',
        owner: 'Nancy Anderson',
        status: 'Active',
        city: 'Redmond',
      },
    });
    expect(r.records[1]!.fields.status).toBe('Inactive');
    const opp = read('dynamics-opportunities.json', 'https://contoso.crm.dynamics.com').records[0]!;
    expect(opp).toMatchObject({
      kind: 'deal',
      fields: {
        name: '10 Airpot XL Coffee Makers for Contoso',
        amount: 25000,
        stage: '3-Propose',
        status: 'In Progress',
        company: 'Contoso, Ltd. (sample)',
        closeDate: '2026-02-28T00:00:00.000Z',
      },
    });
  });

  it('Odoo search_read: false as empty, many2one names, companies by is_company, html notes as text', () => {
    const r = read('odoo.json', 'https://mycompany.odoo.com');
    expect(r.mapper).toBe('odoo');
    expect(r.records.map((x) => x.kind)).toEqual(['company', 'contact']);
    expect(r.records[0]!.fields).toMatchObject({
      name: 'Agrolait',
      country: 'Belgium',
      owner: 'Mitchell Admin',
      website: 'http://www.agrolait.com',
    });
    expect(r.records[0]!.fields.notes).toBeUndefined();
    expect(r.records[1]!.fields).toMatchObject({
      name: 'Edward Foster',
      title: 'Purchase Manager',
      company: 'Agrolait',
      companyId: '7',
      notes: 'Met at the fair',
    });
    expect(r.records[1]!.source.url).toBe('https://mycompany.odoo.com/web#id=18&model=res.partner&view_type=form');
  });

  it('Odoo web_search_read: the model from the URL, opportunities vs leads', () => {
    const r = read('odoo-web-search-read.json', 'https://mycompany.odoo.com');
    expect(r.records[0]).toMatchObject({
      kind: 'deal',
      fields: {
        name: 'Office Design Project',
        amount: 24000,
        stage: 'Proposition',
        owner: 'Mitchell Admin',
        team: 'Sales',
        tags: ['Product', 'Design'],
        closeDate: '2026-12-05T00:00:00.000Z',
        company: 'Deco Addict',
      },
    });
    expect(r.records[1]).toMatchObject({
      kind: 'lead',
      fields: { name: 'Rémy Dubois', subject: 'Website request', company: 'Dubois SARL', emails: ['remy@dubois.example'] },
    });
  });

  it('Twenty REST and GraphQL: composite name/emails/phones/amount fields', () => {
    const rest = read('twenty.json', 'https://app.twenty.com');
    expect(rest.mapper).toBe('twenty');
    expect(rest.records[0]).toMatchObject({
      kind: 'contact',
      source: { url: 'https://app.twenty.com/object/person/20202020-1c25-4d02-bf25-6aeccf7ea419' },
      fields: {
        name: 'Christoph Callisto',
        emails: ['christoph.calisto@linkedin.example', 'c.callisto@example.org'],
        phones: ['+33 789012345'],
        title: 'CTO',
        city: 'Seattle',
      },
    });
    expect(rest.records[1]!.fields.phones).toBeUndefined();
    const gql = read('twenty-graphql.json', 'https://app.twenty.com');
    expect(gql.records[0]).toMatchObject({
      kind: 'deal',
      fields: { name: 'Anthropic expansion', amount: 120000, currency: 'USD', stage: 'PROPOSAL', company: 'Anthropic' },
    });
  });

  it('EspoCRM: list + total, invalid addresses dropped, teams', () => {
    const r = read('espocrm.json', 'https://crm.example.org');
    expect(r.mapper).toBe('espocrm');
    expect(r.records[0]).toMatchObject({
      kind: 'contact',
      source: { url: 'https://crm.example.org/#Contact/view/64f1c2a9e3b1d7a52' },
      fields: {
        emails: ['hugo.tasker@example.com'],
        phones: ['+1 (555) 010-2345', '+1 (555) 010-9999'],
        company: 'Tasker Tools',
        owner: 'Admin',
        team: 'Sales',
        createdAt: '2025-09-01T10:12:00.000Z',
      },
    });
  });

  it('the sample CRM API', () => {
    const r = read('sample-crm.json', 'http://127.0.0.1:4870');
    expect(r.mapper).toBe('sample-crm');
    expect(r.records[0]).toMatchObject({
      kind: 'deal',
      source: { id: 'deal_0001', url: 'http://127.0.0.1:4870/deals/deal_0001' },
      fields: { amount: 10_100_000_000, currency: 'IRR', stage: 'negotiation', owner: 'پیمان راد', contactId: 'con_0049' },
    });
    // the deal's contact name is kept as evidence but is not the deal's name
    expect(r.records[0]!.fields.name).toContain('پروژه');
    expect(r.records[0]!.raw['contactName']).toBeTruthy();
    const one = readApiPayload(
      { id: 'con_0002', firstName: 'کاوه', lastName: 'کاظمی', email: 'k@example.ir', tags: ['vip'] },
      '/api/contacts/con_0002',
      'http://127.0.0.1:4870',
    );
    expect(one).toMatchObject({
      mapper: 'sample-crm',
      records: [{ kind: 'contact', fields: { name: 'کاوه کاظمی', firstName: 'کاوه', tags: ['vip'] } }],
    });
    // Japanese names are shown family name first, as the sample CRM's list does
    const ja = readApiPayload({ id: 'con_0001', firstName: '彩', lastName: '山口' }, '/api/contacts/con_0001', 'http://127.0.0.1:4870');
    expect(ja.records[0]!.fields.name).toBe('山口 彩');
    // text as the page shows it: an ideographic space collapsed, a bidi override dropped
    const messy = readApiPayload(
      { id: 'con_0037', firstName: '', lastName: '鈴木\u3000一郎', companyName: '\u202eAcme\u202c  Ltd' },
      '/api/contacts/con_0037',
      'http://127.0.0.1:4870',
    );
    expect(messy.records[0]!.fields).toMatchObject({ name: '鈴木 一郎', lastName: '鈴木 一郎', company: 'Acme Ltd' });
  });
});

describe('generic detector', () => {
  it('maps the biggest list of id + person-like objects, kind from the key holding it', () => {
    const r = readApiPayload(
      {
        meta: { page: 1 },
        data: {
          contacts: [
            { uuid: 'a-1', full_name: 'Ann Lee', email_address: 'ann@lee.example', phone_number: '+1 555 0100' },
            { uuid: 'a-2', full_name: 'Emil Berg', email_address: 'emil@berg.example' },
          ],
        },
      },
      'https://api.other.example/v1/query',
      'https://app.other.example',
      { now: NOW },
    );
    expect(r.mapper).toBe('generic');
    expect(r.records.map((x) => [x.kind, x.source.id, x.fields.name, x.fields.emails?.[0]])).toEqual([
      ['contact', 'a-1', 'Ann Lee', 'ann@lee.example'],
      ['contact', 'a-2', 'Emil Berg', 'emil@berg.example'],
    ]);
  });

  it('takes the kind from the request path', () => {
    const r = readApiPayload(
      [{ id: 7, title: 'Renewal', amount: '1200', stage: 'won', close_date: '2026-01-02' }],
      'https://app.other.example/api/deals?page=2',
      'https://app.other.example',
    );
    expect(r.records[0]).toMatchObject({ kind: 'deal', source: { id: '7' }, fields: { name: 'Renewal', amount: 1200, stage: 'won' } });
  });

  it('does not mistake an @mention list or settings for records', () => {
    expect(
      readApiPayload(
        {
          suggestions: [
            { id: 1, name: 'Ann', email: 'ann@x.example' },
            { id: 2, name: 'Bo', email: 'bo@x.example' },
          ],
        },
        '/api/mentions/suggest',
        'https://app.other.example',
      ).mapper,
    ).toBeNull();
    expect(readApiPayload({ features: { darkMode: true }, version: '1.2.3' }, '/api/config', 'https://app.other.example')).toEqual({
      records: [],
      skipped: {},
      mapper: null,
    });
    expect(readApiPayload([1, 2, 3], '/api/contacts', 'https://app.other.example').mapper).toBeNull();
  });
});
