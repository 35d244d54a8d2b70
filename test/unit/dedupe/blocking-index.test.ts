import { describe, expect, it } from 'vitest';
import { DuplicateIndex, findDuplicates } from '../../../src/dedupe';
import { blockingKeys } from '../../../src/dedupe/blocking';
import { Preparer } from '../../../src/dedupe/prepare';
import { FeatureTable } from '../../../src/dedupe/table';
import type { CanonicalFields, CrmRecord, RecordKind } from '../../../src/model/record';
import { filler, rec } from './helpers';

function keysOf(fields: CanonicalFields, kind: RecordKind = 'contact', region = 'US'): string[] {
  const family = kind === 'company' ? 'company' : kind === 'deal' ? 'deal' : 'person';
  const T = new FeatureTable(family);
  const row = new Preparer(T, region).write(rec(fields, kind), false)!;
  return blockingKeys(T, row);
}

const shared = (a: string[], b: string[]) => a.filter((k) => b.includes(k));

describe('blocking keys', () => {
  it('e-mail key: canonical form, team mailboxes excluded', () => {
    expect(keysOf({ emails: ['J.Doe+x@GoogleMail.com'] })).toContain('ejdoe@gmail.com');
    expect(keysOf({ emails: ['info@acme.test'] }).some((k) => k.startsWith('e'))).toBe(false);
  });
  it('phone key: E.164 with the default region', () => {
    expect(keysOf({ phones: ['0912 345 6789'] }, 'contact', 'IR')).toContain('p+989123456789');
  });
  it('name keys: sound-alike names and swapped parts meet', () => {
    expect(
      shared(keysOf({ firstName: 'Catherine', lastName: 'Schmidt' }), keysOf({ firstName: 'Katherine', lastName: 'Schmitt' })),
    ).not.toHaveLength(0);
    expect(shared(keysOf({ firstName: 'John', lastName: 'Smith' }), keysOf({ firstName: 'Smith', lastName: 'John' }))).not.toHaveLength(0);
    expect(shared(keysOf({ name: '佐藤 太郎' }), keysOf({ firstName: 'タロウ', lastName: 'サトウ' }))).toHaveLength(0); // another script: no false key
    expect(shared(keysOf({ name: '佐藤太郎' }), keysOf({ firstName: '太郎', lastName: '佐藤' }))).not.toHaveLength(0);
  });
  it('nickname key: Bob meets Robert', () => {
    expect(
      shared(keysOf({ firstName: 'Bob', lastName: 'Kowalski' }), keysOf({ firstName: 'Robert', lastName: 'Kowalski' })).some((k) =>
        k.startsWith('g'),
      ),
    ).toBe(true);
  });
  it('birth-date, address, postcode and employer-domain keys', () => {
    const k = keysOf({
      firstName: 'Ann',
      lastName: 'Lee',
      birthDate: '1990-02-03T00:00:00.000Z',
      street: '12 Main Street',
      postcode: '2000',
      emails: ['ann@acme.test'],
    });
    expect(k).toContain('d1990-02-03|L');
    expect(k).toContain('d1990-02-03|2000');
    expect(k).toContain('a2000|12|mai');
    expect(k).toContain('lL|2000');
    expect(k).toContain('cacme.test|L');
  });
  it('company keys: name sound, acronym, domain', () => {
    const ibm = keysOf({ name: 'IBM' }, 'company');
    const full = keysOf({ name: 'International Business Machines Corp.' }, 'company');
    expect(shared(ibm, full)).toContain('Xibm');
    expect(keysOf({ name: 'Acme', website: 'https://acme.com' }, 'company')).toContain('Dacme.com');
  });
  it('deal key: the account', () => {
    expect(keysOf({ name: 'Renewal', companyId: '001X' }, 'deal')).toEqual(['C001X']);
  });
});

describe('DuplicateIndex', () => {
  const alice = rec(
    { firstName: 'Alice', lastName: 'Nakamura-Hale', emails: ['alice.nh@example.test'], phones: ['+1 617 555 0111'] },
    'contact',
    'alice',
  );
  const alice2 = rec({ firstName: 'Alicia', lastName: 'Nakamura Hale', emails: ['Alice.NH@example.test'] }, 'contact', 'alice2');

  it('answers "what is this a duplicate of?" incrementally', () => {
    const index = new DuplicateIndex();
    index.addAll(filler(200));
    expect(index.query(alice2)).toHaveLength(0);
    index.add(alice);
    expect(index.size).toBe(201);
    const hits = index.query(alice2);
    expect(hits[0]).toMatchObject({ a: 'alice2', b: 'alice', level: 'duplicate' });
    expect(hits[0]!.evidence.length).toBeGreaterThan(0);
    expect(index.lastQuery.comparisons).toBeLessThan(10);
  });

  it('updates and removes records', () => {
    const index = new DuplicateIndex();
    index.add(alice);
    index.add({ ...alice, fields: { firstName: 'Zoe', lastName: 'Quist', emails: ['zoe@q.test'] } });
    expect(index.size).toBe(1);
    expect(index.query(alice2)).toHaveLength(0);
    index.add(alice);
    expect(index.query(alice2)).toHaveLength(1);
    index.remove(alice);
    expect(index.size).toBe(0);
    expect(index.query(alice2)).toHaveLength(0);
  });

  it('does not report a record as its own duplicate', () => {
    const index = new DuplicateIndex();
    index.add(alice);
    expect(index.query(alice)).toHaveLength(0);
  });

  it('honours decisions', () => {
    const index = new DuplicateIndex({ decisions: [{ kind: 'contact', a: 'alice', b: 'alice2', decision: 'not-duplicate' }] });
    index.add(alice);
    expect(index.query(alice2)).toHaveLength(0);
    const other = rec({ firstName: 'Bruno', lastName: 'Ferreira', emails: ['bruno@elsewhere.test'] }, 'contact', 'bruno');
    index.add(other);
    index.decide({ kind: 'contact', a: 'alice2', b: 'bruno', decision: 'duplicate' });
    expect(index.query(alice2)).toEqual([expect.objectContaining({ b: 'bruno', level: 'duplicate', decided: 'duplicate' })]);
  });

  it('agrees with the batch run', () => {
    const records: CrmRecord[] = [...filler(100), alice, alice2];
    const batch = findDuplicates(records).pairs.map((p) => [p.a, p.b].sort().join('|'));
    const index = new DuplicateIndex();
    index.addAll(records);
    const live = new Set<string>();
    for (const r of records) for (const p of index.query(r)) live.add([p.a, p.b].sort().join('|'));
    expect([...live].sort()).toEqual([...new Set(batch)].sort());
  });

  it('persists and restores without re-normalising', () => {
    const index = new DuplicateIndex({ defaultRegion: 'JP' });
    index.addAll([...filler(50), alice, rec({ name: '株式会社サンプル', phones: ['03-1111-2222'] }, 'company', 'co1')]);
    const snapshot = JSON.parse(JSON.stringify(index.serialise()));
    const restored = DuplicateIndex.restore(snapshot);
    expect(restored.size).toBe(index.size);
    const q = index.query(alice2);
    const r = restored.query(alice2);
    expect(r.map((p) => [p.b, p.score, p.level])).toEqual(q.map((p) => [p.b, p.score, p.level]));
    expect(restored.query(rec({ name: '(株)サンプル', phones: ['+81 3 1111 2222'] }, 'company', 'co2'))[0]).toMatchObject({
      b: 'co1',
      level: 'duplicate',
    });
  });
});
