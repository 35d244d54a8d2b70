// @vitest-environment happy-dom
// One DOM fixture per CRM style: each vendor's list view (table, ARIA grid, div grid) or record page.
import { afterAll, describe, expect, it } from 'vitest';
import { readPage, type ReadResult } from '../../../src/readers';
import { closeWindows, loadFixture, NOW } from './helpers';

function read(name: string, url: string): ReadResult {
  return readPage(loadFixture(name, url), url, { now: NOW });
}

const fields = (r: ReadResult) => r.records.map((x) => x.record.fields);

afterAll(closeWindows);

describe('Salesforce Lightning', () => {
  it('reads a lightning-datatable list view: name from th[scope=row], ids from record links, assistive text ignored', () => {
    const r = read('salesforce-list.html', 'https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=AllOpportunities');
    expect(r.site).toBe('salesforce');
    expect(r.records.map((x) => x.record.source.id)).toEqual(['006R000000dEfGhIAK', '006R000000dEfGiIAK', '006R000000dEfGjIAK']);
    expect(r.records[0]!.record).toMatchObject({
      kind: 'deal',
      source: {
        objectType: 'Opportunity',
        url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006R000000dEfGhIAK/view',
        via: 'dom-table',
      },
      fields: {
        name: 'Edge Emergency Generator',
        company: 'Edge Communications',
        amount: 35000,
        closeDate: '2026-04-30T00:00:00.000Z',
        stage: 'Closed Lost',
      },
    });
    expect(fields(r)[1]).toMatchObject({ name: '株式会社さくら — 年間契約', amount: 4_800_000 });
    // the navigation's "recent" link is not a row
    expect(r.records.some((x) => x.record.source.id === '006R000000recent1')).toBe(false);
    expect(JSON.stringify(r.records[0]!.record.raw)).not.toMatch(/Sort by|Show Actions|Preview/);
  });

  it('reads a record page of SLDS form elements, sections and a badge', () => {
    const r = read('salesforce-record.html', 'https://acme.lightning.force.com/lightning/r/Contact/003R000000bXyZIIA0/view');
    expect(r.records).toHaveLength(1);
    expect(r.records[0]!.record).toMatchObject({
      kind: 'contact',
      source: { id: '003R000000bXyZIIA0', via: 'dom-record', objectType: 'Contact' },
      fields: {
        owner: 'Alan Van',
        company: 'Edge Communications',
        title: 'SVP, Procurement',
        emails: ['rose.gonzalez@edge.example'],
        city: 'Austin',
        country: 'USA',
        createdAt: '2024-01-15T00:00:00.000Z',
        tags: ['Key Account'],
      },
    });
  });
});

describe('HubSpot', () => {
  it('reads the index table: link text as the name, avatar initials and preview buttons left out, "--" as empty', () => {
    const r = read('hubspot-list.html', 'https://app.hubspot.com/contacts/4211/objects/0-1/views/all/list');
    expect(r.site).toBe('hubspot');
    expect(r.records.map((x) => x.record.source.id)).toEqual(['512', '513']);
    expect(fields(r)[0]).toMatchObject({
      name: 'Bryan Cooper',
      emails: ['bcooper@biglytics.net'],
      company: 'Biglytics',
      owner: 'Jane Doe',
      status: 'Connected',
      lastActivityAt: '2026-01-07T00:00:00.000Z',
      createdAt: '2025-10-30T00:00:00.000Z',
    });
    expect(fields(r)[1]).toEqual({ name: 'Mark S.', emails: ['mark.s@lumon.industries'], createdAt: '2026-02-11T00:00:00.000Z' });
  });
});

describe('Dynamics 365', () => {
  it('joins AG Grid rows split across pinned containers by aria-rowindex and matches cells to headers by col-id', () => {
    const r = read('dynamics-grid.html', 'https://contoso.crm.dynamics.com/main.aspx?appid=abc&pagetype=entitylist&etn=contact&viewid=1');
    expect(r.site).toBe('dynamics');
    expect(r.records).toHaveLength(2);
    const [a, b] = r.records;
    expect(a!.record).toMatchObject({
      kind: 'contact',
      source: { id: '9e2d1a0c-2f1a-ec11-b6e6-000d3a5c0d3a', via: 'dom-grid' },
      fields: {
        name: 'Yvonne McKay (sample)',
        emails: ['someone_a@example.com'],
        company: 'Contoso, Ltd. (sample)',
        phones: ['555-0105'],
        createdAt: '2026-01-14T00:00:00.000Z',
      },
    });
    expect(a!.elements).toHaveLength(2);
    // no link in the second row: the row-id attribute is the record id
    expect(b!.record.source).toMatchObject({
      id: 'a02d1a0c-2f1a-ec11-b6e6-000d3a5c0d3a',
      url: 'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=a02d1a0c-2f1a-ec11-b6e6-000d3a5c0d3a',
    });
    expect(b!.record.fields.company).toBeUndefined();
  });
});

describe('Pipedrive', () => {
  it('reads a div grid with no roles, aligned to its header cells, label chips as tags', () => {
    const r = read('pipedrive-list.html', 'https://acme.pipedrive.com/persons/list');
    expect(r.site).toBe('pipedrive');
    expect(r.records.map((x) => [x.record.source.id, x.record.source.via])).toEqual([
      ['1', 'dom-grid'],
      ['2', 'dom-grid'],
      ['3', 'dom-grid'],
    ]);
    expect(fields(r)[0]).toMatchObject({
      name: 'Will Smith',
      company: 'Org Name',
      emails: ['will.smith@example.com'],
      phones: ['12345'],
      owner: 'Jane Doe',
      tags: ['Hot lead', 'EMEA'],
    });
    expect(r.records[0]!.record.source.url).toBe('https://acme.pipedrive.com/person/1');
  });
});

describe('Zoho CRM', () => {
  it('reads a list whose header row is a plain first row of th', () => {
    const r = read('zoho-list.html', 'https://crm.zoho.com/crm/org123/tab/Contacts/custom-view/5540/list');
    expect(r.site).toBe('zoho');
    expect(r.records[0]!.record).toMatchObject({
      kind: 'contact',
      source: { id: '554023000000527121', objectType: 'Contacts' },
      fields: { name: 'Theodore Capello', company: 'Zylker', owner: 'Patricia Boyle', createdAt: '2025-03-26T00:00:00.000Z' },
    });
  });
});

describe('Odoo', () => {
  it('does not take render ids for record ids: rows without links get a flagged content hash', () => {
    const r = read('odoo-list.html', 'https://mycompany.odoo.com/odoo/contacts');
    expect(r.site).toBe('odoo');
    expect(r.records).toHaveLength(2);
    for (const x of r.records) {
      expect(x.record.source.idIsHash).toBe(true);
      expect(x.record.source.id).not.toMatch(/datapoint/);
    }
    expect(fields(r)[0]).toMatchObject({ name: 'Agrolait, Edward Foster', owner: 'Mitchell Admin', tags: ['Vendor', 'Prospects'] });
    // the same rows read twice give the same ids
    const again = read('odoo-list.html', 'https://mycompany.odoo.com/odoo/contacts');
    expect(again.records.map((x) => x.record.source.id)).toEqual(r.records.map((x) => x.record.source.id));
  });

  it('reads a form in edit mode: label[for] → input values, the heading input as the name, never a password', () => {
    const r = read('odoo-form.html', 'https://mycompany.odoo.com/odoo/contacts/18');
    const rec = r.records[0]!.record;
    expect(rec).toMatchObject({
      kind: 'contact',
      source: { id: '18', objectType: 'res.partner' },
      fields: { name: 'Edward Foster', title: 'Purchase Manager', emails: ['edward.foster@agrolait.example.com'], company: 'Agrolait' },
    });
    expect(rec.raw['Language']).toBe('French (BE)');
    expect(JSON.stringify(rec)).not.toContain('hunter2');
  });
});

describe('EspoCRM', () => {
  it('reads tr[data-id] rows with #Entity/view/<id> links', () => {
    const r = read('espocrm-list.html', 'https://crm.example.org/#Contact');
    expect(r.site).toBe('espocrm');
    expect(r.records[0]!.record).toMatchObject({
      kind: 'contact',
      source: { id: '64f1c2a9e3b1d7a52', url: 'https://crm.example.org/#Contact/view/64f1c2a9e3b1d7a52' },
      fields: { name: 'Hugo Tasker', company: 'Tasker Tools', owner: 'Admin', createdAt: '2025-09-01T00:00:00.000Z' },
    });
    expect(r.records[1]!.record.fields.name).toBe('نگار صالحی');
  });
});

describe('SuiteCRM', () => {
  it('looks through layout tables and keeps a table nested in a cell as that cell', () => {
    const r = read('suitecrm-list.html', 'https://suite.example.org/index.php?module=Contacts&action=index');
    expect(r.site).toBe('suitecrm');
    expect(r.records.map((x) => x.record.source.id)).toEqual([
      '1b3f9c2e-0d41-4d5e-9a43-6a1a2d9e7f10',
      '2c4a0d3f-1e52-4e6f-8b54-7b2b3e0f8a21',
    ]);
    expect(fields(r)[0]).toMatchObject({ name: 'Sally Bronsen', title: 'Director Operations', company: 'Q.R.&E. Corp', owner: 'sarah' });
    expect(fields(r)[1]!.emails).toEqual(['jerry@nunn.example', 'j.nunn@example.org']);
  });
});

describe('Twenty', () => {
  it('reads a show page of label/value divs, a relative "Added" date and the heading as the name', () => {
    const r = read('twenty-record.html', 'https://app.twenty.com/object/person/20202020-1c25-4d02-bf25-6aeccf7ea419');
    expect(r.site).toBe('twenty');
    expect(r.records[0]!.record).toMatchObject({
      kind: 'contact',
      source: { id: '20202020-1c25-4d02-bf25-6aeccf7ea419', objectType: 'person' },
      fields: {
        name: 'Christoph Callisto',
        emails: ['christoph.calisto@linkedin.example'],
        phones: ['+33 7 89 01 23 45'],
        title: 'CTO',
        company: 'Anthropic',
        createdAt: '2026-11-17T12:00:00.000Z',
      },
    });
  });
});
