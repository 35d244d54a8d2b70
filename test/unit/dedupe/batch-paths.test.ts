// The batch run's fast paths must give exactly what the plain paths give: key hashes built
// part by part, e-mails already canonical as typed, pairs built on first read.
import { describe, expect, it } from 'vitest';
import { findDuplicates, parseEmail } from '../../../src/dedupe';
import { blockingHashes, blockingKeys, hash32 } from '../../../src/dedupe/blocking';
import { Preparer } from '../../../src/dedupe/prepare';
import { jaroWinkler, jaroWinklerPrefix } from '../../../src/dedupe/similarity';
import { FeatureTable, type Family } from '../../../src/dedupe/table';
import type { CanonicalFields, RecordKind } from '../../../src/model/record';
import { filler, rec } from './helpers';

const PEOPLE: CanonicalFields[] = [
  { firstName: 'Robert', lastName: 'Kowalczyk', emails: ['bob@acme.com', 'info@acme.com'], phones: ['+1 415 555 0134'], postcode: '94107' },
  { firstName: 'علی', lastName: 'علی‌پور', phones: ['0912 345 6789'], city: 'تهران', birthDate: '1980-02-03' },
  { name: '髙橋 健太 様', emails: ['k.takahashi@example.co.jp'], street: '1-2-3 Ginza', city: 'Tokyo' },
  { firstName: 'Liz', lastName: 'Smith', birthDate: '1990-01-01', street: '12 Main St', postcode: '2026', website: 'smith.dev' },
  { lastName: 'Mohammadi', birthDate: '1971-07-07' },
];
const COMPANIES: CanonicalFields[] = [
  { name: 'Acme GmbH', website: 'https://www.acme.de', phones: ['+49 30 1234567'], street: 'Hauptstraße 5', postcode: '10115' },
  { name: '株式会社サンプル', phones: ['03-1234-5678'] },
  { name: 'IBM' },
];
const DEALS: CanonicalFields[] = [
  { name: 'Acme renewal 2026', company: 'Acme', amount: 5000 },
  { name: 'Pilot', companyId: 'c-9' },
];

function rows(family: Family, kind: RecordKind, list: CanonicalFields[]) {
  const T = new FeatureTable(family);
  const prep = new Preparer(T, family === 'person' ? 'IR' : 'DE');
  return { T, rows: list.map((f) => prep.write(rec(f, kind), false)!) };
}

describe('batch fast paths', () => {
  it('hashes blocking keys part by part to exactly the hashes of the key strings', () => {
    for (const [family, kind, list] of [
      ['person', 'contact', PEOPLE],
      ['company', 'company', COMPANIES],
      ['deal', 'deal', DEALS],
    ] as const) {
      const { T, rows: rs } = rows(family, kind, list);
      for (const r of rs) {
        const keys = blockingKeys(T, r);
        expect(keys.length, `${family} row ${r}`).toBeGreaterThan(0);
        expect([...blockingHashes(T, r)]).toEqual(keys.map(hash32));
      }
    }
  });

  it('counts term frequencies column by column exactly as row by row', () => {
    const list = [...PEOPLE, { firstName: 'Ann', emails: ['a@x.test', 'b@x.test', 'c@x.test'], phones: ['1', '2', '+1 415 555 0100'] }];
    const byRow = rows('person', 'contact', list);
    const byColumn = rows('person', 'contact', list);
    for (const r of byRow.rows) byRow.T.count(r, 1);
    byColumn.T.countAll();
    expect(byColumn.T.live).toBe(byRow.T.live);
    for (const d of ['email', 'phone', 'first', 'last', 'whole', 'dob', 'street', 'city', 'postcode', 'company'] as const) {
      expect([...byColumn.T.dict[d].counts], d).toEqual([...byRow.T.dict[d].counts]);
    }
    expect(byColumn.T.dict.email.count(byColumn.T.dict.email.find('c@x.test')!)).toBe(1);
  });

  it('reads an e-mail already canonical as typed the same as one that needs folding', () => {
    const pairs: [string, string][] = [
      ['bob.smith@acme.com', ' Bob.Smith@ACME.com '],
      ['bobsmith@gmail.com', 'Bob.Smith+crm@googlemail.com'],
      ['info@acme.com', 'mailto:INFO@acme.com'],
      ['ali-reza_2@mail.example.ir', '<ali-reza_2@mail.example.ir>'],
    ];
    for (const [plain, messy] of pairs) {
      expect(parseEmail(plain)).toEqual(parseEmail(messy));
      expect(parseEmail(plain)!.canonical).toBe(plain);
    }
    // not canonical as typed: the dots of a Gmail address and an alias domain are folded
    expect(parseEmail('bob.smith@gmail.com')!.canonical).toBe('bobsmith@gmail.com');
    expect(parseEmail('bob@googlemail.com')!.canonical).toBe('bob@gmail.com');
    expect(parseEmail('info@acme.com')).toMatchObject({ role: true, free: false, domain: 'acme.com', local: 'info' });
    expect(parseEmail('not-an-address@localhost')).toBeUndefined();
  });

  it('compares the first characters of two strings as if they were sliced out', () => {
    const cases: [string, string][] = [
      ['martha', 'marhta'],
      ['robert.kowalczyk', 'robert.kowalcyzk'],
      ['abc', 'xyz'],
      ['same', 'same'],
      ['x'.repeat(40) + 'a', 'x'.repeat(40) + 'b'],
    ];
    for (const [a, b] of cases) {
      expect(jaroWinklerPrefix(`${a}@one.test`, a.length, `${b}@another.test`, b.length)).toBe(jaroWinkler(a, b));
    }
    expect(jaroWinklerPrefix('abc', 0, 'abc', 3)).toBe(0);
  });

  it('builds result.pairs on first read, with evidence, while groups carry theirs from the start', () => {
    const a = rec(
      { firstName: 'Robert', lastName: 'Kowalczyk', emails: ['robert.kowalczyk@acme.com'], phones: ['(415) 555-0134'] },
      'contact',
      'a',
    );
    const b = rec(
      { firstName: 'Bob', lastName: 'Kowalczyk', emails: ['Robert.Kowalczyk@acme.com'], phones: ['+1 415 555 0134'] },
      'contact',
      'b',
    );
    const r = findDuplicates([a, b, ...filler(40)], { defaultRegion: 'US' });
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.evidence.map((e) => e.field)).toEqual(expect.arrayContaining(['firstName', 'lastName', 'emails', 'phones']));
    const copy = JSON.parse(JSON.stringify(r)) as typeof r;
    expect(copy.pairs).toHaveLength(1);
    expect(copy.pairs[0]!.evidence).toEqual(r.groups[0]!.evidence);
    expect(r.pairs).toBe(r.pairs); // built once
  });
});
