// @vitest-environment happy-dom
// The generic readers, on pages no site profile knows: tables with spanning headers, headerless
// tables where the values decide, ARIA grids, repeated-row lists, and record pages with and without labels.
import { afterAll, describe, expect, it } from 'vitest';
import { readPage } from '../../../src/readers';
import { closeWindows, loadFixture, loadHtml, NOW } from './helpers';

const URL_ = 'https://crm.acme.example';
function read(html: string, path = '/contacts') {
  return readPage(loadHtml(html, URL_ + path), URL_ + path, { now: NOW });
}

afterAll(closeWindows);

describe('HTML tables', () => {
  it('lays out colspan/rowspan header rows and uses the lowest label of each column', () => {
    const r = read(`<table>
      <thead>
        <tr><th rowspan="2">Name</th><th colspan="2">Contact details</th><th rowspan="2">Owner</th></tr>
        <tr><th>Email</th><th>Phone</th></tr>
      </thead>
      <tbody>
        <tr><td><a href="/contacts/c1">Ann Lee</a></td><td>ann@lee.example</td><td>+1 555 0100</td><td>Bob</td></tr>
        <tr><td colspan="4">Group: Europe</td></tr>
        <tr><td><a href="/contacts/c2">Emil Berg</a></td><td colspan="2">emil@berg.example</td><td>Bob</td></tr>
      </tbody></table>`);
    expect(r.records.map((x) => x.record.fields)).toEqual([
      { name: 'Ann Lee', emails: ['ann@lee.example'], phones: ['+1 555 0100'], owner: 'Bob' },
      // a cell spanning two columns fills the first: an e-mail is not also a phone
      { name: 'Emil Berg', emails: ['emil@berg.example'], owner: 'Bob' },
    ]);
    expect(r.skipped['group row']).toBe(1);
  });

  it('lets the values decide when a header is unknown or missing', () => {
    const r = read(`<table><tr><th>Person</th><th>Reach at</th><th>Direct line</th><th></th></tr>
      <tr><td>Ann Lee</td><td>ann@lee.example</td><td>(555) 010-0100</td><td>https://lee.example</td></tr>
      <tr><td>Emil Berg</td><td>emil@berg.example</td><td>(555) 010-0101</td><td>berg.example</td></tr></table>`);
    expect(r.records[0]!.record.fields).toEqual({
      name: 'Ann Lee',
      emails: ['ann@lee.example'],
      phones: ['(555) 010-0100'],
      website: 'https://lee.example',
    });
    // no id anywhere: a stable content hash, flagged
    expect(r.records[0]!.record.source).toMatchObject({ idIsHash: true });
    expect(r.records[0]!.record.source.id).toMatch(/^h[0-9a-f]{16}$/);
  });

  it('skips a list whose kind nothing tells, and says so', () => {
    const r = read(
      `<table><thead><tr><th>Code</th><th>Label</th></tr></thead><tbody><tr><td>A1</td><td>x</td></tr><tr><td>B2</td><td>y</td></tr></tbody></table>`,
      '/settings',
    );
    expect(r.records).toEqual([]);
    expect(r.notes.join(' ')).toMatch(/table 1 skipped: record kind unknown/);
    expect(r.skipped['list of unknown kind']).toBe(2);
  });

  it('takes the kind from the heading above a table, or from its columns, when the URL says nothing', () => {
    const fromHeading = read(
      `<h2>Open deals</h2><div><table><thead><tr><th>Deal</th><th>Value</th></tr></thead><tbody><tr><td>Big one</td><td>$5,000</td></tr></tbody></table></div>`,
      '/dashboard',
    );
    expect(fromHeading.records[0]!.record).toMatchObject({ kind: 'deal', fields: { name: 'Big one', amount: 5000 } });
    const fromColumns = read(
      `<table><thead><tr><th>First name</th><th>Last name</th><th>E-mail</th></tr></thead><tbody><tr><td>Ann</td><td>Lee</td><td>ann@lee.example</td></tr></tbody></table>`,
      '/home',
    );
    expect(fromColumns.records[0]!.record.kind).toBe('contact');
  });

  it('leaves a th+td key/value table to the record page reader', () => {
    const r = read(
      `<h1>Ann Lee</h1><table><tr><th>Email</th><td>ann@lee.example</td></tr><tr><th>Phone</th><td>+1 555 0100</td></tr></table>`,
      '/contacts/c1',
    );
    expect(r.records).toHaveLength(1);
    expect(r.records[0]!.record).toMatchObject({
      source: { id: 'c1', via: 'dom-record' },
      fields: { name: 'Ann Lee', emails: ['ann@lee.example'], phones: ['+1 555 0100'] },
    });
  });

  it('reads a related list on a record page by its own heading, not the page kind', () => {
    const r = read(
      `<h1>Acme Inc</h1><dl><dt>Website</dt><dd>acme.example</dd><dt>Industry</dt><dd>Retail</dd></dl>
      <h2>Contacts</h2><table><thead><tr><th>Name</th><th>Email</th></tr></thead><tbody>
      <tr><td><a href="/contacts/c1">Ann Lee</a></td><td>ann@lee.example</td></tr></tbody></table>`,
      '/companies/co9',
    );
    const kinds = r.records.map((x) => [x.record.kind, x.record.source.id]);
    expect(kinds).toEqual([
      ['company', 'co9'],
      ['contact', 'c1'],
    ]);
    expect(r.records[0]!.record.fields).toMatchObject({ name: 'Acme Inc', website: 'acme.example', industry: 'Retail' });
  });
});

describe('ARIA grids', () => {
  it('matches cells to headers by position when there are no column ids', () => {
    const r = read(
      `<div role="grid" aria-label="Contacts">
      <div role="row"><span role="columnheader">Name</span><span role="columnheader">Email</span><span role="columnheader">Company</span></div>
      <div role="row" aria-rowindex="2"><span role="rowheader"><a href="/contacts/9">Ann Lee</a></span><span role="gridcell">ann@lee.example</span><span role="gridcell">Lee &amp; Co</span></div>
      <div role="row" aria-rowindex="3"><span role="rowheader"><a href="/contacts/10">Emil Berg</a></span><span role="gridcell"></span><span role="gridcell">Berg AB</span></div>
    </div>`,
      '/app',
    );
    expect(r.records.map((x) => [x.record.source.id, x.record.source.via, x.record.fields.company])).toEqual([
      ['9', 'dom-grid', 'Lee & Co'],
      ['10', 'dom-grid', 'Berg AB'],
    ]);
  });

  it('places cells by aria-colindex when rows leave cells out', () => {
    const r = read(
      `<div role="treegrid" aria-label="Tasks">
      <div role="row"><div role="columnheader" aria-colindex="1">Subject</div><div role="columnheader" aria-colindex="2">Due date</div><div role="columnheader" aria-colindex="3">Status</div></div>
      <div role="row"><div role="gridcell" aria-colindex="1">Call back</div><div role="gridcell" aria-colindex="3">Open</div></div>
    </div>`,
      '/app',
    );
    expect(r.records[0]!.record).toMatchObject({ kind: 'task', fields: { subject: 'Call back', status: 'Open' } });
    expect(r.records[0]!.record.fields.dueDate).toBeUndefined();
  });
});

describe('lists without table semantics', () => {
  it('finds repeated cards by their record links and reads them by form', () => {
    const doc = loadFixture('generic-cards.html', `${URL_}/people`);
    const r = readPage(doc, `${URL_}/people`, { now: NOW });
    expect(r.site).toBe('generic');
    expect(r.records.map((x) => x.record.source.id)).toEqual(['p_101', 'p_102', 'p_103']);
    expect(r.records[0]!.record).toMatchObject({
      kind: 'contact',
      source: { via: 'dom-list', url: `${URL_}/people/p_101` },
      fields: {
        name: 'Maya Lindqvist',
        title: 'Head of Sales',
        company: 'Nordlys AB',
        emails: ['maya@nordlys.example'],
        tags: ['VIP', 'Partner'],
        lastActivityAt: '2026-11-17T09:00:00.000Z',
      },
    });
    expect(r.records[1]!.record.fields).toMatchObject({
      title: 'CTO',
      company: 'Sakura Systems',
      phones: ['+81 90-1234-5678'],
      lastActivityAt: '2026-11-06T12:00:00.000Z',
    });
    expect(r.records[2]!.record.fields.owner).toBe('Dana Fox');
    expect(r.records[0]!.elements[0]!.className).toBe('person-row');
  });

  it('reads a right-to-left Persian card list: Persian digits, relative dates, bidi marks stripped', () => {
    const doc = loadFixture('generic-cards-fa.html', `${URL_}/app/contacts`);
    const r = readPage(doc, `${URL_}/app/contacts`, { now: NOW });
    expect(r.records.map((x) => x.record.fields)).toEqual([
      {
        name: 'سارا محمدی',
        title: 'مدیر فروش',
        company: 'شرکت آلفا',
        emails: ['sara@alfa.example'],
        phones: ['۰۹۱۲ ۳۴۵ ۶۷۸۹'],
        tags: ['مشتری ویژه', 'تهران'],
        lastActivityAt: '2026-11-17T12:00:00.000Z',
      },
      { name: 'علی رضایی', title: 'کارشناس خرید', company: 'پخش مینو', lastActivityAt: '2026-11-19T12:00:00.000Z' },
      { name: 'مریم کریمی', emails: ['maryam@karimi.example'], tags: ['سرنخ'] },
    ]);
  });
});

describe('record pages', () => {
  it('reads a page with no labels by the form of its values', () => {
    const doc = loadFixture('generic-record-unlabelled.html', `${URL_}/contacts/c_555`);
    const r = readPage(doc, `${URL_}/contacts/c_555`, { now: NOW });
    expect(r.records).toHaveLength(1);
    expect(r.records[0]!.record).toMatchObject({
      kind: 'contact',
      source: { id: 'c_555', via: 'dom-record', url: `${URL_}/contacts/c_555` },
      fields: {
        name: 'Priya Natarajan',
        title: 'VP Engineering',
        company: 'Kaveri Labs',
        emails: ['priya@kaveri.example', 'p.natarajan@gmail.example'],
        phones: ['+91 80 4123 4567', '+91 98450 12345'],
        createdAt: '2025-10-23T00:00:00.000Z',
        lastActivityAt: '2026-11-02T00:00:00.000Z',
        dueDate: '2027-02-19T00:00:00.000Z',
        tags: ['Enterprise', 'Renewal 2027'],
      },
    });
    expect(r.records[0]!.record.raw['phone (mobile)']).toBe('+91 98450 12345');
    // a sentence with "at" in it is not a job title
    expect(Object.values(r.records[0]!.record.raw)).not.toContain('Met');
  });

  it('reads aria-labelledby pairs, labels around controls and sections that tell repeated labels apart', () => {
    const r = read(
      `<main><h1>Ann Lee</h1>
      <section aria-label="Mailing address"><h3>Mailing address</h3><span id="l1">City</span><span aria-labelledby="l1">Lisbon</span></section>
      <section aria-label="Billing address"><h3>Billing address</h3><span id="l2">City</span><span aria-labelledby="l2">Porto</span></section>
      <label>Email <input type="email" value="ann@lee.example"></label>
      <label for="own">Owner</label><select id="own"><option>Bob</option><option selected>Dana</option></select>
      <label for="pw">Password</label><input id="pw" type="password" value="secret">
    </main>`,
      '/contacts/c1',
    );
    const rec = r.records[0]!.record;
    expect(rec.fields).toMatchObject({ name: 'Ann Lee', city: 'Lisbon', emails: ['ann@lee.example'], owner: 'Dana' });
    expect(rec.raw).toMatchObject({ City: 'Lisbon', 'Billing address › City': 'Porto' });
    expect(JSON.stringify(rec)).not.toContain('secret');
  });

  it('reads Persian and Japanese dated sentences', () => {
    const r = read(
      `<main><h1>سارا محمدی</h1><p>ایجاد شده در ۱۴۰۳/۰۲/۱۵</p><p>最終活動日: 2026年11月2日</p><a href="tel:+982188776655">۰۲۱ ۸۸۷۷ ۶۶۵۵</a></main>`,
      '/contacts/c9',
    );
    expect(r.records[0]!.record.fields).toMatchObject({
      name: 'سارا محمدی',
      createdAt: '2024-05-04T00:00:00.000Z',
      lastActivityAt: '2026-11-02T00:00:00.000Z',
      phones: ['۰۲۱ ۸۸۷۷ ۶۶۵۵'],
    });
  });

  it('does not make a record out of a page that shows none', () => {
    const r = read(`<main><h1>Welcome</h1><p>Nothing to see here. Call us at +1 555 0100.</p></main>`, '/');
    expect(r.records).toEqual([]);
    expect(r.notes).toEqual(['no table, list or record found on this page']);
  });
});
