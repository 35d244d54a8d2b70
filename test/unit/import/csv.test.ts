import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/readers/import/index';
import { encode, utf16 } from './encode';

const SEEN = '2026-06-30T00:00:00.000Z';
const opts = { seenAt: SEEN };

describe('CSV import', () => {
  it('maps English headers, detects the id column and the kind from the file name', () => {
    const csv =
      'Record ID,First Name,Last Name,Email,Phone Number,Contact owner,Lifecycle Stage,Tags,Last Modified Date,Fax\n' +
      '101,Ali,Rezaei,ali@acme.com,+1 415 555 2671,Sara,lead,"vip; newsletter",2026-01-02,\n';
    const r = importFile(csv, 'exports/hubspot-contacts-2026.csv', opts);
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      counts: { contact: 1 },
      idColumns: { contact: 'Record ID' },
      unmapped: ['Fax'],
    });
    expect(r.records[0]).toEqual({
      kind: 'contact',
      source: { origin: 'file:hubspot-contacts-2026.csv', id: '101', via: 'import' },
      fields: {
        firstName: 'Ali',
        lastName: 'Rezaei',
        emails: ['ali@acme.com'],
        phones: ['+1 415 555 2671'],
        owner: 'Sara',
        lifecycle: 'lead',
        tags: ['vip', 'newsletter'],
        updatedAt: '2026-01-02T00:00:00.000Z',
      },
      raw: {
        'Record ID': '101',
        'First Name': 'Ali',
        'Last Name': 'Rezaei',
        Email: 'ali@acme.com',
        'Phone Number': '+1 415 555 2671',
        'Contact owner': 'Sara',
        'Lifecycle Stage': 'lead',
        Tags: 'vip; newsletter',
        'Last Modified Date': '2026-01-02',
        Fax: '',
      },
      seenAt: SEEN,
    });
  });

  it('reads Persian headers and file names, with Persian digits', () => {
    const csv = 'شناسه,نام,نام خانوادگی,ایمیل,موبایل,کشور\n۱۲,علی,رضایی,ali@pars.ir,۰۹۱۲۳۴۵۶۷۸۹,ایران\n';
    const r = importFile(csv, 'مخاطبین ۱۴۰۳.csv', opts);
    expect(r.counts).toEqual({ contact: 1 });
    expect(r.idColumns).toEqual({ contact: 'شناسه' });
    expect(r.records[0]!.source.id).toBe('۱۲');
    expect(r.records[0]!.fields).toEqual({
      firstName: 'علی',
      lastName: 'رضایی',
      emails: ['ali@pars.ir'],
      phones: ['۰۹۱۲۳۴۵۶۷۸۹'],
      country: 'ایران',
    });
  });

  it('reads Japanese headers, kind from the headers when the name says nothing', () => {
    const csv = '商談ID,商談名,フェーズ,金額,完了予定日,担当者\nD-1,大型案件,提案,"¥1,200,000",2026年7月31日,山田\n';
    const r = importFile(csv, 'export.csv', opts);
    expect(r.counts).toEqual({ deal: 1 });
    expect(r.idColumns).toEqual({ deal: '商談ID' });
    expect(r.records[0]!.fields).toEqual({
      name: '大型案件',
      stage: '提案',
      amount: 1_200_000,
      closeDate: '2026-07-31T00:00:00.000Z',
      owner: '山田',
    });
  });

  it('reads Shift_JIS, UTF-16 and BOM-prefixed bytes', () => {
    const ja = '取引先責任者ID,氏名,メールアドレス\nC1,山田 太郎,taro@example.jp\n';
    const sjis = importFile(encode(ja, 'shift_jis'), '連絡先.csv', opts);
    expect(sjis).toMatchObject({ encoding: 'shift_jis', counts: { contact: 1 }, idColumns: { contact: '取引先責任者ID' } });
    expect(sjis.records[0]!.fields).toEqual({ name: '山田 太郎', emails: ['taro@example.jp'] });
    const u16 = importFile(utf16(ja, 'le'), 'contacts.csv', opts);
    expect(u16).toMatchObject({ encoding: 'utf-16le', counts: { contact: 1 } });
    const bom = importFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Id,Name\n1,Acme\n')]), 'companies.csv', opts);
    expect(bom).toMatchObject({ encoding: 'utf-8-bom', idColumns: { company: 'Id' } });
    expect(bom.records[0]!.fields).toEqual({ name: 'Acme' });
  });

  it('skips ragged and malformed rows with their line numbers', () => {
    const csv = [
      'ID,Name,Email,Notes',
      '1,Ann,ann@x.com,"two',
      'lines"',
      '2,Bob',
      '',
      '3,Cy,cy@x.com,ok,',
      '4,Di,di@x.com,a,b',
      '5,Ed,"ed@x.com,unterminated',
    ].join('\n');
    const r = importFile(csv, 'contacts.csv', opts);
    expect(r.records.map((x) => x.source.id)).toEqual(['1', '3']);
    expect(r.records[0]!.fields.notes).toBe('two\nlines');
    expect(r.problems).toEqual([
      { line: 4, reason: 'ragged row: 2 cells, the header has 4' },
      { line: 7, reason: 'ragged row: 5 cells, the header has 4' },
      { line: 8, reason: 'malformed row (quoted field unterminated)' },
    ]);
    expect(r.skipped).toEqual({ 'ragged row': 2, 'malformed row': 1 });
    expect(r.stats).toEqual({ rows: 2, records: 2, hashIds: 0 });
  });

  it('gives rows without an id a stable content hash, distinct for identical rows', () => {
    const csv = 'Name,Email\nAnn,ann@x.com\nBob,bob@x.com\nAnn,ann@x.com\n';
    const a = importFile(csv, 'contacts.csv', opts);
    const b = importFile('Email,Name\nann@x.com,Ann\n', 'contacts.csv', opts);
    const ids = a.records.map((x) => x.source.id);
    expect(ids[0]).toMatch(/^h-[0-9a-f]{16}$/);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(new Set(ids).size).toBe(3);
    expect(b.records[0]!.source.id).toBe(ids[0]); // same cells, other column order
    expect(a.records.every((x) => x.source.idIsHash === true)).toBe(true);
    expect(a.stats.hashIds).toBe(3);
  });

  it('skips rows repeating an id, and honours --id-column and --map', () => {
    const csv = 'Kundennummer,Name,Segment,Betreuer\nK1,Ann,VIP,Sara\nK2,Bob,,Sara\nK1,Ann again,,\n';
    const r = importFile(csv, 'kunden.csv', { ...opts, kind: 'contact', map: { Kundennummer: 'id', Segment: 'tags', Betreuer: 'owner' } });
    expect(r.records.map((x) => [x.source.id, x.fields.tags, x.fields.owner])).toEqual([
      ['K1', ['VIP'], 'Sara'],
      ['K2', undefined, 'Sara'],
    ]);
    expect(r.records[0]!.raw).toEqual({ Kundennummer: 'K1', Name: 'Ann', Segment: 'VIP', Betreuer: 'Sara' });
    expect(r.problems).toEqual([{ line: 4, reason: 'duplicate id "K1" (first on line 2): row skipped' }]);
    const byName = importFile(csv, 'kunden.csv', { ...opts, kind: 'contact', idColumn: 'kundennummer' });
    expect(byName.idColumns).toEqual({ contact: 'Kundennummer' });
    expect(importFile(csv, 'kunden.csv', { ...opts, kind: 'contact', idColumn: 'Nope' }).error?.message).toContain(
      'has no id column "Nope"',
    );
  });

  it('detects own-id columns per kind and does not take a related record id', () => {
    const deals = importFile('Contact ID,Deal ID,Deal Name,Amount\nC9,D1,Big,100\n', 'deals.csv', opts);
    expect(deals.idColumns).toEqual({ deal: 'Deal ID' });
    expect(deals.records[0]!.fields.contactId).toBe('C9');
    const salesforce = importFile('ID (Contact),Full Name\n003x,Ann\n', 'contacts.csv', opts);
    expect(salesforce.idColumns).toEqual({ contact: 'ID (Contact)' });
    const dynamics = importFile('(Do Not Modify) Contact,Full Name\n9f1c,Ann\n', 'contacts.csv', opts);
    expect(dynamics.idColumns).toEqual({ contact: '(Do Not Modify) Contact' });
    const rec = importFile('rec_id,Name,Website\nr1,Acme,acme.com\n', 'accounts.csv', opts);
    expect(rec).toMatchObject({ counts: { company: 1 }, idColumns: { company: 'rec_id' } });
    const ja = importFile('レコードID,会社名\nR1,株式会社サンプル\n', '取引先.csv', opts);
    expect(ja).toMatchObject({ counts: { company: 1 }, idColumns: { company: 'レコードID' } });
    expect(ja.records[0]!.fields.name).toBe('株式会社サンプル');
  });

  it('honours Excel "sep=" lines and semicolons', () => {
    const r = importFile('sep=;\nId;Name;Email\n1;Ann;ann@x.com\n2;Bob\n', 'contacts.csv', opts);
    expect(r.records.map((x) => x.fields.name)).toEqual(['Ann']);
    expect(r.problems).toEqual([{ line: 4, reason: 'ragged row: 2 cells, the header has 3' }]);
  });

  it('fails clearly when the kind or the file cannot be read', () => {
    expect(importFile('Foo,Bar\n1,2\n', 'export.csv', opts).error).toEqual({
      message: expect.stringContaining('cannot tell what kind of records it holds'),
      line: 1,
    });
    expect(importFile('', 'contacts.csv', opts).error?.message).toContain('is empty');
    expect(importFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'contacts.csv', opts).error?.message).toContain('Excel');
    expect(importFile('a\n', 'contacts.csv', { kind: 'robot' as never }).error?.message).toBe('unknown record kind "robot"');
  });
});
