// @vitest-environment happy-dom
// Site profiles: recognising each CRM from its URL or DOM markers, what its URLs show, and its record links.
import { afterAll, describe, expect, it } from 'vitest';
import { detectSite, PROFILES } from '../../../src/readers';
import { generic } from '../../../src/readers/sites';
import { closeWindows, loadHtml } from './helpers';

afterAll(closeWindows);

const cases: [string, string, string, Record<string, unknown>][] = [
  [
    'salesforce',
    'https://acme.lightning.force.com/lightning/o/Contact/list?filterName=Recent',
    'https://acme.lightning.force.com/lightning/r/Contact/003R000000bXyZIIA0/view',
    { id: '003R000000bXyZIIA0', kind: 'contact', objectType: 'Contact' },
  ],
  [
    'hubspot',
    'https://app.hubspot.com/contacts/4211/objects/0-3/views/all/list',
    'https://app.hubspot.com/contacts/4211/record/0-3/9001',
    { id: '9001', kind: 'deal' },
  ],
  [
    'pipedrive',
    'https://acme.pipedrive.com/organizations/list',
    'https://acme.pipedrive.com/organization/77',
    { id: '77', kind: 'company' },
  ],
  [
    'zoho',
    'https://crm.zoho.eu/crm/org555/tab/Leads/custom-view/1/list',
    'https://crm.zoho.eu/crm/org555/tab/Leads/554023000000999001',
    { id: '554023000000999001', kind: 'lead', objectType: 'Leads' },
  ],
  [
    'dynamics',
    'https://contoso.crm4.dynamics.com/main.aspx?appid=1&pagetype=entitylist&etn=opportunity',
    'https://contoso.crm4.dynamics.com/main.aspx?appid=1&pagetype=entityrecord&etn=opportunity&id=%7BC1B7A1F0-3F1A-EC11-B6E6-000D3A5C0D3A%7D',
    { id: 'c1b7a1f0-3f1a-ec11-b6e6-000d3a5c0d3a', kind: 'deal' },
  ],
  [
    'odoo',
    'https://acme.odoo.com/odoo/crm',
    'https://acme.odoo.com/web#id=31&model=crm.lead&view_type=form',
    { id: '31', kind: 'deal', objectType: 'crm.lead' },
  ],
  [
    'twenty',
    'https://app.twenty.com/objects/companies',
    'https://app.twenty.com/object/company/20202020-3ec3-4fe3-8997-b76aa0bfa408',
    { id: '20202020-3ec3-4fe3-8997-b76aa0bfa408', kind: 'company' },
  ],
  [
    'suitecrm',
    'https://suite.example.org/index.php?module=Opportunities&action=index',
    'https://suite.example.org/index.php?module=Opportunities&action=DetailView&record=9f1c',
    { id: '9f1c', kind: 'deal' },
  ],
  ['sample-crm', 'http://127.0.0.1:4870/deals', 'http://127.0.0.1:4870/deals/deal_0003', { id: 'deal_0003', kind: 'deal' }],
];

describe('site profiles by URL', () => {
  it.each(cases)('%s', (id, listUrl, recordUrl, ref) => {
    const list = new URL(listUrl);
    const profile = detectSite(list);
    expect(profile.id).toBe(id);
    expect(profile.page(list).kind).toBe(ref.kind);
    expect(profile.page(list).recordId).toBeUndefined();
    const rec = new URL(recordUrl);
    expect(profile.recordLink(rec, list)).toMatchObject(ref);
    expect(profile.page(rec)).toMatchObject({ kind: ref.kind, recordId: ref.id });
  });

  it('covers every profile', () => {
    expect(PROFILES.map((p) => p.id).sort()).toEqual([
      'dynamics',
      'espocrm',
      'hubspot',
      'odoo',
      'pipedrive',
      'salesforce',
      'sample-crm',
      'suitecrm',
      'twenty',
      'zoho',
    ]);
  });
});

describe('site profiles by DOM markers (self-hosted CRMs)', () => {
  it.each([
    [
      'espocrm',
      '<html><head><script src="client/lib/espo.js"></script></head><body></body></html>',
      'https://crm.intranet.example/#Contact/view/64f1',
    ],
    [
      'odoo',
      '<html><body class="o_web_client"><div class="o_action_manager"></div></body></html>',
      'https://erp.intranet.example/odoo/contacts/5',
    ],
    ['suitecrm', '<html><body><div id="ajaxHeader"></div></body></html>', 'https://suite.intranet.example/#/contacts/record/1b3f'],
    [
      'twenty',
      '<html><head><title>Twenty</title></head><body></body></html>',
      'https://twenty.intranet.example/object/person/20202020-1c25-4d02-bf25-6aeccf7ea419',
    ],
    [
      'sample-crm',
      '<html><head><meta name="generator" content="crm-audit-lens-sample"></head><body></body></html>',
      'http://sample.test:8080/contacts',
    ],
  ])('%s', (id, html, url) => {
    const doc = loadHtml(html, url);
    const profile = detectSite(new URL(url), doc);
    expect(profile.id).toBe(id);
    expect(profile.page(new URL(url)).kind).toBeDefined();
  });

  it('falls back to the generic profile', () => {
    expect(
      detectSite(new URL('https://crm.acme.example/people'), loadHtml('<html><body></body></html>', 'https://crm.acme.example/people')).id,
    ).toBe('generic');
  });
});

describe('generic record links', () => {
  const page = new URL('https://crm.acme.example/people');
  it.each([
    ['https://crm.acme.example/people/p_101', { id: 'p_101', kind: 'contact' }],
    ['https://crm.acme.example/app/deals/42/overview', { id: '42', kind: 'deal' }],
    ['https://crm.acme.example/#/companies/7b9e', { id: '7b9e', kind: 'company' }],
    ['https://crm.acme.example/contacts/view?id=881', { id: '881', kind: 'contact' }],
    ['https://crm.acme.example/contacts/view/77', { id: '77', kind: 'contact' }],
  ])('%s', (href, ref) => {
    expect(generic.recordLink(new URL(href), page)).toMatchObject(ref);
  });

  it.each(['https://other.example/people/p_101', 'https://crm.acme.example/people/settings', 'https://crm.acme.example/help/2026-01-01'])(
    'not %s',
    (href) => {
      expect(generic.recordLink(new URL(href), page)).toBeUndefined();
    },
  );
});
