import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/readers/import/index';
import { FileImport, type FileImportOutcome } from '../../../src/import/stream-import';
import { importFiles, type SourceFile, type WorkspaceProgress } from '../../../src/import/workspace';
import { encode, utf16 } from './encode';

const SEEN = '2026-01-01T00:00:00.000Z';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Feeds the bytes in pieces of `size` (a piece may end inside a character, a quote or a row). */
function feed(name: string, bytes: Uint8Array, size: number): FileImportOutcome & { rowsSeen: number[] } {
  const file = new FileImport(name, { seenAt: SEEN });
  const rowsSeen: number[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    file.push(bytes.subarray(i, i + size));
    rowsSeen.push(file.rows);
  }
  return { ...file.end(), rowsSeen };
}

function source(name: string, bytes: Uint8Array, chunk = 1000): SourceFile {
  return {
    name,
    size: bytes.length,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.slice(i, i + chunk));
          c.close();
        },
      }),
  };
}

const CONTACTS = [
  'Record ID,First Name,Last Name,Email,Phone Number,Company Name,Notes',
  '1,Ada,Lovelace,ada@example.com,+44 20 7946 0018,Analytical Engines,"first line',
  'second line, with a comma and ""quotes"""',
  '2,Grace,Hopper,grace@example,555-0101,Navy,',
  '3,Alan,Turing,alan@example.org,,Bletchley Park,',
  '',
  '4,"Hedy","Lamarr",hedy@example.com,,,',
].join('\r\n');

describe('streaming import core', () => {
  it('reads the same records as the CLI importer, whatever the piece size', () => {
    const cli = importFile(utf8(CONTACTS), 'contacts.csv', { seenAt: SEEN });
    expect(cli.records).toHaveLength(4);
    for (const size of [1, 3, 7, 64, 100_000]) {
      const { result, error } = feed('contacts.csv', utf8(CONTACTS), size);
      expect(error).toBeUndefined();
      expect(result.records).toEqual(cli.records);
      expect(result.counts).toEqual({ contact: 4 });
      expect(result.idColumns).toEqual(cli.idColumns);
    }
  });

  it('reports rows as they are read, not only at the end', () => {
    const lines = ['Email,Name'];
    for (let i = 0; i < 5000; i++) lines.push(`p${i}@example.com,Person ${i}`);
    const { result, rowsSeen } = feed('contacts.csv', utf8(lines.join('\n')), 8 * 1024);
    expect(result.records).toHaveLength(5000);
    const middle = rowsSeen[Math.floor(rowsSeen.length / 2)]!;
    expect(middle).toBeGreaterThan(0);
    expect(middle).toBeLessThan(5000);
  });

  it('decodes hand-written Shift_JIS bytes, cut inside a character', () => {
    // 氏名,メール,電話 CRLF 山田太郎,taro@example.jp,03-1234-5678 CRLF 佐藤花子,hanako@example.jp,
    const bytes = new Uint8Array([
      0x8e,
      0x81,
      0x96,
      0xbc,
      0x2c,
      0x83,
      0x81,
      0x81,
      0x5b,
      0x83,
      0x8b,
      0x2c,
      0x93,
      0x64,
      0x98,
      0x62,
      0x0d,
      0x0a,
      0x8e,
      0x52,
      0x93,
      0x63,
      0x91,
      0xbe,
      0x98,
      0x59,
      ...utf8(',taro@example.jp,03-1234-5678\r\n'),
      0x8d,
      0xb2,
      0x93,
      0xa1,
      0x89,
      0xd4,
      0x8e,
      0x71,
      ...utf8(',hanako@example.jp,\r\n'),
    ]);
    for (const size of [1, 5, 1000]) {
      const { result, error } = feed('連絡先.csv', bytes, size);
      expect(error).toBeUndefined();
      expect(result.encoding).toBe('shift_jis');
      expect(result.records.map((r) => r.fields.name)).toEqual(['山田太郎', '佐藤花子']);
      expect(result.records[0]!.fields.emails).toEqual(['taro@example.jp']);
    }
  });

  it('waits for the first non-ASCII bytes before choosing a code page', () => {
    const ascii = ['Email,Name'];
    for (let i = 0; i < 4000; i++) ascii.push(`p${i}@example.com,Person ${i}`); // ~100 kB of ASCII first
    const text = `${ascii.join('\n')}\nyamada@example.jp,山田太郎\nsato@example.jp,佐藤花子\n`;
    const { result, error } = feed('contacts.csv', encode(text, 'shift_jis'), 4096);
    expect(error).toBeUndefined();
    expect(result.encoding).toBe('shift_jis');
    expect(result.records.at(-1)!.fields.name).toBe('佐藤花子');
  });

  it('decodes Persian Windows-1256 and UTF-16 with a BOM', () => {
    // Windows-1256 has no Persian yeh: Persian Windows writes the Arabic one (ي), headers too
    const fa = 'نام کامل,ایمیل,تلفن\nعلی رضایی,ali@example.ir,021-8888-7777\nمریم احمدی,maryam@example.ir,\n'.replace(/ی/g, 'ي');
    const arabic = feed('مخاطبین.csv', encode(fa, 'windows-1256'), 3);
    expect(arabic.error).toBeUndefined();
    expect(arabic.result.encoding).toBe('windows-1256');
    expect(arabic.result.records.map((r) => r.fields.name)).toEqual(['علي رضايي', 'مريم احمدي']);
    expect(arabic.result.records[0]!.fields.emails).toEqual(['ali@example.ir']);
    expect(arabic.result.unmapped).toEqual([]);
    const wide = feed('contacts.csv', utf16('Email,Name\nkenji@example.jp,田中健二\n', 'le'), 3);
    expect(wide.error).toBeUndefined();
    expect(wide.result.encoding).toBe('utf-16le');
    expect(wide.result.records[0]!.fields.name).toBe('田中健二');
  });

  it('names the line of a ragged row, counting newlines inside quoted cells, and keeps no records', () => {
    const text = `${CONTACTS}\r\n5,Katherine,Johnson,kj@example.com\r\n6,Dorothy,Vaughan,dv@example.com,,,\r\n`;
    for (const size of [2, 50, 100_000]) {
      const { result, error } = feed('contacts.csv', utf8(text), size);
      expect(error).toMatchObject({ file: 'contacts.csv', code: 'ragged', line: 8 });
      expect(error!.message).toContain('4 cells, the header has 7');
      expect(result.records).toEqual([]);
    }
  });

  it('names the line where an unclosed quote starts', () => {
    const text = 'Email,Name\na@example.com,Ann\nb@example.com,"Bob\nc@example.com,Cy\n';
    const { result, error } = feed('contacts.csv', utf8(text), 5);
    expect(error).toMatchObject({ code: 'malformed', line: 3 });
    expect(result.records).toEqual([]);
  });

  it('refuses invalid UTF-8 after valid UTF-8 with the line it is on', () => {
    const head = utf8('Email,Name\nyuki@example.jp,佐々木由紀\nmina@example.jp,三浦美奈\n');
    const bad = new Uint8Array([...head, ...utf8('x@example.jp,'), 0xff, 0xfe, 0x41, 0x0a]);
    const { error } = feed('contacts.csv', bad, 7);
    expect(error).toMatchObject({ code: 'encoding', line: 4 });
  });

  it('refuses empty files, header-only files, workbooks and other formats with clear errors', () => {
    expect(feed('contacts.csv', new Uint8Array(0), 10).error).toMatchObject({ code: 'empty', line: 1 });
    expect(feed('contacts.csv', utf8('Email,Name\n'), 10).error).toMatchObject({ code: 'no-records' });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(5000).fill(0x41)]);
    expect(feed('contacts.csv', zip, 100).error).toMatchObject({ code: 'encoding' });
    expect(feed('contacts.csv', zip, 100).error!.message).toContain('Excel');
    const tickets = feed('invoices.csv', utf8('Invoice No,SKU,Quantity\n1,A-100,3\n'), 10).error;
    expect(tickets).toMatchObject({ code: 'unknown-kind', line: 1 });
    const foreign = feed('contacts.csv', utf8('Zorb,Quux\n1,2\n'), 10).error;
    expect(foreign).toMatchObject({ code: 'unknown-format', line: 1 });
  });

  it("honours Excel's sep= line and counts it", () => {
    const { result, error } = feed('deals.csv', utf8('sep=;\nDeal Name;Amount;Stage\nBig;1000;won\nSmall;10\n'), 4);
    expect(result.records).toEqual([]);
    expect(error).toMatchObject({ code: 'ragged', line: 4 });
  });

  it('reads JSON exports with the CLI importer', () => {
    const json = JSON.stringify({
      contacts: [{ id: '1', email: 'a@example.com', firstname: 'A' }],
      deals: [{ id: 'd1', dealname: 'Big' }],
    });
    const { result, error } = feed('hubspot.json', utf8(json), 6);
    expect(error).toBeUndefined();
    expect(result.counts).toEqual({ contact: 1, deal: 1 });
    expect(feed('broken.json', utf8('{"contacts": [\n{"id": 1,}\n]}'), 4).error).toMatchObject({ code: 'json', line: 2 });
  });
});

describe('workspace import', () => {
  it('joins several files into one origin and reports progress up to every byte', async () => {
    const deals = utf8('Deal Name,Amount,Stage,Close Date\nBig,1000,Closed Won,2025-01-01\n');
    const progress: WorkspaceProgress[] = [];
    const ws = await importFiles([source('contacts.csv', utf8(CONTACTS), 16), source('deals.csv', deals, 16)], {
      seenAt: SEEN,
      progressEvery: 0,
      onProgress: (p) => progress.push(p),
    });
    expect(ws.errors).toEqual([]);
    expect(ws.origin).toBe('file:contacts.csv,deals.csv');
    expect(ws.records.map((r) => r.kind)).toEqual(['contact', 'contact', 'contact', 'contact', 'deal']);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ bytes: last.totalBytes, rows: 5, index: 1, files: 2 });
    expect(progress.some((p) => p.bytes < p.totalBytes && p.rows > 0)).toBe(true);
  });

  it('keeps nothing when one file is bad, and names every bad file', async () => {
    const ws = await importFiles(
      [
        source('contacts.csv', utf8(CONTACTS)),
        source('deals.csv', utf8('Deal Name,Amount\nA,1\nB\n')),
        source('empty.csv', new Uint8Array(0)),
      ],
      { seenAt: SEEN },
    );
    expect(ws.records).toEqual([]);
    expect(ws.errors.map((e) => [e.file, e.code, e.line])).toEqual([
      ['deals.csv', 'ragged', 3],
      ['empty.csv', 'empty', 1],
    ]);
  });
});
