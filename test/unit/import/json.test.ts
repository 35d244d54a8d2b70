import { describe, expect, it } from 'vitest';
import { importFile, kindFromFileName, kindFromHeaders, kindFromWord } from '../../../src/readers/import/index';

const opts = { seenAt: '2026-06-30T00:00:00.000Z' };

describe('JSON import', () => {
  it('reads an array of records, kind from the file name', () => {
    const r = importFile(
      JSON.stringify([{ id: 7, name: 'Acme', website: 'acme.com', tags: ['a', 'b'], owner: { name: 'Sara', id: 3 }, phone: null }]),
      'companies.json',
      opts,
    );
    expect(r).toMatchObject({ format: 'json', counts: { company: 1 }, idColumns: { company: 'id' } });
    expect(r.records[0]!.source.id).toBe('7');
    expect(r.records[0]!.fields).toEqual({ name: 'Acme', website: 'acme.com', tags: ['a', 'b'], owner: 'Sara' });
    expect(r.records[0]!.raw).toEqual({ id: '7', name: 'Acme', website: 'acme.com', tags: 'a; b', owner: 'Sara' });
  });

  it('reads an object keyed by kind: plural, singular and non-English keys', () => {
    const data = {
      contacts: [{ id: 'c1', email: 'a@x.com' }],
      deal: [{ id: 'd1', dealname: 'Big', amount: '1,000' }],
      کاربران: [{ id: 'u1', name: 'Sara', email: 'sara@x.com', lastLoginAt: '2026-06-01' }],
      商談: [{ id: 'd2', 商談名: '案件' }],
      pipelines: [{ id: 'p1' }],
      meta: { exportedAt: 'now' },
    };
    const r = importFile(JSON.stringify(data), 'workspace.json', opts);
    expect(r.counts).toEqual({ contact: 1, deal: 2, user: 1 });
    expect(r.records.map((x) => `${x.kind}:${x.source.id}`)).toEqual(['contact:c1', 'deal:d1', 'user:u1', 'deal:d2']);
    expect(r.records[1]!.fields).toEqual({ name: 'Big', amount: 1000 });
    expect(r.skipped).toEqual({ 'unknown JSON key': 1 });
    expect(r.problems[0]!.reason).toBe('key "pipelines" is not a record kind: its 1 items were skipped');
  });

  it('unwraps API envelopes and flattens HubSpot properties and Salesforce attributes', () => {
    const hubspot = { results: [{ id: '51', properties: { firstname: 'Ann', email: 'ann@x.com', hs_object_id: '51' } }] };
    const h = importFile(JSON.stringify(hubspot), 'contacts.json', opts);
    expect(h.records[0]).toMatchObject({ kind: 'contact', source: { id: '51' }, fields: { firstName: 'Ann', emails: ['ann@x.com'] } });
    const sf = {
      records: [{ attributes: { type: 'Opportunity', url: '/x' }, Id: '006A', Name: 'Big', StageName: 'Prospecting', Amount: 5 }],
    };
    const s = importFile(JSON.stringify(sf), 'opportunities.json', opts);
    expect(s.records[0]).toMatchObject({
      kind: 'deal',
      source: { id: '006A', objectType: 'Opportunity' },
      fields: { name: 'Big', stage: 'Prospecting', amount: 5 },
    });
  });

  it('skips items that are not records and ids that repeat', () => {
    const r = importFile(
      JSON.stringify([{ id: 1, name: 'A' }, 'oops', null, { id: 1, name: 'A again' }, { name: 'no id' }]),
      'contacts.json',
      opts,
    );
    expect(r.records.map((x) => [x.source.id, x.source.idIsHash ?? false])).toEqual([
      ['1', false],
      [expect.stringMatching(/^h-/), true],
    ]);
    expect(r.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'item 2 is not an object: skipped'],
      [3, 'item 3 is not an object: skipped'],
      [4, 'duplicate id "1" (first on line 1): row skipped'],
    ]);
  });

  it('names the line of a JSON syntax error', () => {
    const r = importFile('[\n  {"id": 1},\n  {"id": 2,}\n]', 'contacts.json', opts);
    expect(r.error?.message).toMatch(/^is not valid JSON/);
    expect(r.error?.line).toBe(3);
    expect(importFile('"just a string"', 'contacts.json', opts).error?.message).toContain('expected an array of records');
    expect(importFile('{"total": 3}', 'contacts.json', opts).error?.message).toContain('expected an array of records');
  });

  it('lets an explicit kind win over keys and names', () => {
    const r = importFile(JSON.stringify({ contacts: [{ id: 1, name: 'A' }] }), 'deals.json', { ...opts, kind: 'lead' });
    expect(r.counts).toEqual({ lead: 1 });
  });
});

describe('kind detection', () => {
  it.each([
    ['contacts.csv', 'contact'],
    ['deals-export-2024.csv', 'deal'],
    ['hubspotCompanies.json', 'company'],
    ['Salesforce_Opportunities.csv', 'deal'],
    ['all-leads.csv', 'lead'],
    ['users.json', 'user'],
    ['tickets 2026.csv', 'ticket'],
    ['مخاطبین ۱۴۰۳.csv', 'contact'],
    ['شرکت‌ها.csv', 'company'],
    ['معاملات.csv', 'deal'],
    ['商談一覧.csv', 'deal'],
    ['取引先責任者_エクスポート.csv', 'contact'],
    ['取引先.csv', 'company'],
    ['タスク.csv', 'task'],
    ['export.csv', undefined],
    ['accounting.csv', undefined],
  ])('%s → %s', (name, kind) => expect(kindFromFileName(name)).toBe(kind));

  it('reads words as kinds', () => {
    expect(kindFromWord('Contacts')).toBe('contact');
    expect(kindFromWord('فعالیت‌ها')).toBe('activity');
    expect(kindFromWord('キャンペーン')).toBe('campaign');
    expect(kindFromWord('pipelines')).toBeUndefined();
  });

  it.each([
    [['Deal Name', 'Stage', 'Amount', 'Close Date'], 'deal'],
    [['Subject', 'Due Date', 'Status'], 'task'],
    [['Activity Type', 'Date', 'Subject'], 'activity'],
    [['Name', 'Email', 'Role', 'Last Login'], 'user'],
    [['Company Name', 'Website', 'Industry', 'Phone'], 'company'],
    [['First Name', 'Last Name', 'Email'], 'contact'],
    [['件名', '期日', '状況'], 'task'],
    [['Sent', 'Delivered', 'Opened'], 'campaign'],
    [['Foo', 'Bar'], undefined],
  ] as const)('%j → %s', (headers, kind) => expect(kindFromHeaders(headers)).toBe(kind));
});
