import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, confidence, findDuplicates } from '../../../src/dedupe';
import type { DuplicatePair } from '../../../src/dedupe';
import type { CrmRecord } from '../../../src/model/record';
import { filler, rec } from './helpers';

function pairOf(pairs: DuplicatePair[], a: string, b: string): DuplicatePair | undefined {
  return pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
}

function run(records: CrmRecord[], opts = {}) {
  return findDuplicates(records, { defaultRegion: 'US', ...opts });
}

describe('findDuplicates: contacts', () => {
  it('finds a duplicate with explainable evidence', () => {
    const a = rec(
      {
        firstName: 'Robert',
        lastName: 'Kowalczyk',
        emails: ['Robert.Kowalczyk@Acme.com'],
        phones: ['(415) 555-0134'],
        company: 'Acme Inc.',
      },
      'contact',
      'a',
    );
    const b = rec(
      { firstName: 'Bob', lastName: 'Kowalczyk', emails: ['robert.kowalczyk+crm@acme.com'], phones: ['+1 415 555 0134'], company: 'ACME' },
      'contact',
      'b',
    );
    const r = run([a, b, ...filler(50)]);
    const p = pairOf(r.pairs, 'a', 'b')!;
    expect(p.level).toBe('duplicate');
    const fields = Object.fromEntries(p.evidence.map((e) => [e.field, e]));
    expect(fields.firstName).toMatchObject({ a: 'Robert', b: 'Bob', similarity: 0.9 });
    expect(fields.firstName!.weight).toBeGreaterThan(0);
    expect(fields.emails!.similarity).toBe(1);
    expect(fields.phones!.similarity).toBe(1);
    expect(fields.company!.similarity).toBe(1);
    // evidence weights are bits and add up to the pair's bits; the score shown is a 0..1 confidence
    expect(p.evidence.reduce((s, e) => s + e.weight, 0)).toBeCloseTo(p.bits, 1);
    expect(p.score).toBe(confidence(p.bits));
    expect(p.score).toBeGreaterThan(0.98);
    expect(p.score).toBeLessThanOrEqual(1);
    const g = r.groups.find((x) => x.ids.includes('a') && x.ids.includes('b'))!;
    expect(g.level).toBe('duplicate');
    expect(g.score).toBe(confidence(g.bits));
    expect(g.members).toEqual([
      { kind: 'contact', id: 'a', origin: 'https://crm.test' },
      { kind: 'contact', id: 'b', origin: 'https://crm.test' },
    ]);
    // every evidence row, field or rule, shows both records' values
    for (const e of [...p.evidence, ...g.evidence]) expect([e.field, e.a, e.b]).toEqual([e.field, expect.any(String), expect.any(String)]);
  });

  it('maps bits to a 0..1 confidence: a coin flip at "possible", near certain at "duplicate"', () => {
    expect(confidence(DEFAULT_THRESHOLDS.possible)).toBe(0.5);
    expect(confidence(DEFAULT_THRESHOLDS.duplicate)).toBeCloseTo(0.985, 3);
    expect(confidence(-20)).toBe(0);
    expect(confidence(40)).toBe(1);
    expect(confidence(12)).toBeGreaterThan(confidence(11));
  });

  it("shows both records' values on household rule rows (surname, phone, address)", () => {
    const a = rec(
      {
        firstName: 'Maryam',
        lastName: 'Karimi',
        phones: ['021 2222 3333'],
        street: '12 Vali Asr St',
        city: 'Tehran',
        postcode: '1234567',
        company: 'Acme Ltd',
      },
      'contact',
      'a',
    );
    const b = rec(
      {
        firstName: 'Maryam',
        lastName: 'Karimi',
        phones: ['+98 21 2222 3333'],
        street: '12 Vali-Asr Street',
        city: 'Tehran',
        postcode: '1234567',
        company: 'ACME',
      },
      'contact',
      'b',
    );
    const r = run([a, b, ...filler(50)], { defaultRegion: 'IR' });
    const p = pairOf(r.pairs, 'a', 'b')!;
    const cap = p.evidence.find((e) => e.field.startsWith('household cap'))!;
    expect(cap.weight).toBeLessThan(0);
    expect(cap.a).toBe('Karimi · 021 2222 3333 · 12 Vali Asr St · 1234567 · Acme Ltd');
    expect(cap.b).toBe('Karimi · +98 21 2222 3333 · 12 Vali-Asr Street · 1234567 · ACME');
    for (const e of p.evidence) expect(e.a && e.b, e.field).toBeTruthy();
  });

  it('matches across scripts of writing the same thing (Persian variants, digits, ZWNJ)', () => {
    const a = rec({ firstName: 'علي', lastName: 'علی‌پور', phones: ['۰۹۱۲ ۳۴۵ ۶۷۸۹'], city: 'تهران' }, 'contact', 'a');
    const b = rec({ firstName: 'علی', lastName: 'علیپور', phones: ['+98 912 345 6789'], city: 'تهران' }, 'contact', 'b');
    const r = run([a, b], { defaultRegion: 'IR' });
    expect(pairOf(r.pairs, 'a', 'b')?.level).toBe('duplicate');
  });

  it('matches Japanese records written family-first, with honorifics and kana/width variants', () => {
    const a = rec({ name: '髙橋 健太 様', emails: ['k.takahashi@example.co.jp'], phones: ['03-1234-5678'] }, 'contact', 'a');
    const b = rec({ firstName: '健太', lastName: '高橋', phones: ['+81 3 1234 5678'], company: '(株)サンプル' }, 'contact', 'b');
    const r = run([a, b], { defaultRegion: 'JP' });
    expect(pairOf(r.pairs, 'a', 'b')?.level).toBe('duplicate');
  });

  it('tries swapped first and last names', () => {
    const a = rec(
      { firstName: 'Anneliese', lastName: 'Brzezinska', emails: ['ab@one.test'], city: 'Gdansk', birthDate: '1980-04-02T00:00:00.000Z' },
      'contact',
      'a',
    );
    const b = rec(
      { firstName: 'Brzezinska', lastName: 'Anneliese', city: 'Gdansk', birthDate: '1980-04-02T00:00:00.000Z' },
      'contact',
      'b',
    );
    const p = pairOf(run([a, b]).pairs, 'a', 'b');
    expect(p?.level).toBe('duplicate');
    expect(p?.evidence.map((e) => e.field)).toContain('name order swapped');
  });

  it('treats an exact personal e-mail as enough, a team mailbox as not', () => {
    const r1 = run([
      rec({ emails: ['zed.quill@example.org'] }, 'contact', 'a'),
      rec({ emails: ['Zed.Quill@example.org'], firstName: 'Zed' }, 'contact', 'b'),
    ]);
    expect(pairOf(r1.pairs, 'a', 'b')?.level).toBe('duplicate');
    const r2 = run([
      rec({ firstName: 'Ann', emails: ['info@acme.test'] }, 'contact', 'a'),
      rec({ firstName: 'Olga', emails: ['info@acme.test'] }, 'contact', 'b'),
    ]);
    expect(pairOf(r2.pairs, 'a', 'b')).toBeUndefined();
  });

  it('does not let a common name alone make a match, but lets a rare one count more', () => {
    const common = run([rec({ name: 'Ali Mohammadi' }, 'contact', 'a'), rec({ name: 'Ali Mohammadi' }, 'contact', 'b'), ...filler(30)]);
    expect(pairOf(common.pairs, 'a', 'b')).toBeUndefined();
    const persian = run([rec({ name: 'علی محمدی' }, 'contact', 'a'), rec({ name: 'علی محمدی' }, 'contact', 'b')]);
    expect(pairOf(persian.pairs, 'a', 'b')).toBeUndefined();
    const sato = run([rec({ lastName: '佐藤', city: '東京' }, 'contact', 'a'), rec({ lastName: '佐藤', city: '東京' }, 'contact', 'b')]);
    expect(pairOf(sato.pairs, 'a', 'b')).toBeUndefined();
    const rare = run([
      rec({ name: 'Zbigniew Brzęczyszczykiewicz' }, 'contact', 'a'),
      rec({ name: 'Zbigniew Brzeczyszczykiewicz' }, 'contact', 'b'),
      ...filler(30),
    ]);
    const p = pairOf(rare.pairs, 'a', 'b');
    expect(p?.level).toBe('possible'); // a name alone is never a certain duplicate
  });

  it('weighs the same agreement less when the value is common in the data', () => {
    const records = [
      rec({ firstName: 'John', lastName: 'Smith', city: 'Austin', phones: ['512-555-0100'] }, 'contact', 'a'),
      rec({ firstName: 'John', lastName: 'Smith', city: 'Austin', phones: ['512-555-0100'] }, 'contact', 'b'),
      rec({ firstName: 'Xavier', lastName: 'Quintanilla', city: 'Austin', phones: ['512-555-0101'] }, 'contact', 'c'),
      rec({ firstName: 'Xavier', lastName: 'Quintanilla', city: 'Austin', phones: ['512-555-0101'] }, 'contact', 'd'),
      ...Array.from({ length: 40 }, (_, i) =>
        rec({ firstName: 'John', lastName: 'Smith', phones: [`512-555-${1000 + i}`] }, 'contact', `js${i}`),
      ),
    ];
    const r = run(records);
    const smith = pairOf(r.pairs, 'a', 'b')!;
    const rare = pairOf(r.pairs, 'c', 'd')!;
    const w = (p: DuplicatePair, f: string) => p.evidence.find((e) => e.field === f)!.weight;
    expect(w(rare, 'lastName')).toBeGreaterThan(w(smith, 'lastName'));
    expect(w(rare, 'firstName')).toBeGreaterThan(w(smith, 'firstName'));
  });
});

describe('findDuplicates: hard negatives', () => {
  it('keeps apart the same name at another company with another e-mail and phone', () => {
    const a = rec(
      { firstName: 'Maria', lastName: 'Garcia', emails: ['maria.garcia@alpha.test'], phones: ['+1 212 555 0101'], company: 'Alpha Corp' },
      'contact',
      'a',
    );
    const b = rec(
      { firstName: 'Maria', lastName: 'Garcia', emails: ['mgarcia@beta.test'], phones: ['+1 305 555 0199'], company: 'Beta LLC' },
      'contact',
      'b',
    );
    expect(pairOf(run([a, b, ...filler(30)]).pairs, 'a', 'b')).toBeUndefined();
    // even with a rare name
    const c = rec(
      { firstName: 'Wojciech', lastName: 'Szczepanski', emails: ['w.sz@alpha.test'], phones: ['+1 212 555 0101'], company: 'Alpha Corp' },
      'contact',
      'c',
    );
    const d = rec(
      { firstName: 'Wojciech', lastName: 'Szczepanski', emails: ['wojtek@beta.test'], phones: ['+1 305 555 0199'], company: 'Beta LLC' },
      'contact',
      'd',
    );
    expect(pairOf(run([c, d, ...filler(30)]).pairs, 'c', 'd')).toBeUndefined();
  });

  it('keeps apart family members sharing a phone and an address', () => {
    const home = {
      lastName: 'Hosseini',
      phones: ['021 2222 3333'],
      street: 'خیابان ولیعصر پلاک ۱۲',
      city: 'Tehran',
      postcode: '1234567890',
    };
    const a = rec({ ...home, firstName: 'Reza', emails: ['reza.h@mail.test'] }, 'contact', 'a');
    const b = rec({ ...home, firstName: 'Maryam', emails: ['maryam.h@mail.test'] }, 'contact', 'b');
    const c = rec({ ...home, firstName: 'Sara' }, 'contact', 'c');
    const r = run([a, b, c], { defaultRegion: 'IR' });
    expect(pairOf(r.pairs, 'a', 'b')).toBeUndefined();
    expect(pairOf(r.pairs, 'a', 'c')).toBeUndefined();
    expect(r.groups).toHaveLength(0);
  });

  it('keeps a father and son (Sr/Jr) apart', () => {
    const home = { phones: ['(303) 555-0142'], street: '12 Elm Street', city: 'Denver' };
    const r = run([
      rec({ ...home, firstName: 'James', lastName: 'Walker Sr.' }, 'contact', 'a'),
      rec({ ...home, firstName: 'James', lastName: 'Walker Jr.' }, 'contact', 'b'),
    ]);
    expect(pairOf(r.pairs, 'a', 'b')?.level).not.toBe('duplicate');
  });

  it('guards clusters against chaining through a vague record', () => {
    const home = { lastName: 'Okafor', phones: ['+1 404 555 0177'], street: '8 Pine Road', city: 'Atlanta', postcode: '30301' };
    const a = rec({ ...home, firstName: 'Chinedu', emails: ['chinedu@ok.test'] }, 'contact', 'a');
    const b = rec({ ...home, firstName: 'C.' }, 'contact', 'b'); // initial only: consistent with both
    const c = rec({ ...home, firstName: 'Chioma', emails: ['chioma@ok.test'] }, 'contact', 'c');
    const r = run([a, b, c]);
    const groupOfA = r.groups.find((g) => g.level === 'duplicate' && g.ids.includes('a'));
    expect(groupOfA?.ids.includes('c') ?? false).toBe(false);
  });
});

describe('findDuplicates: other kinds', () => {
  it('matches leads to contacts across objects', () => {
    const contact = rec({ firstName: 'Elena', lastName: 'Petrova', emails: ['elena.petrova@firm.test'] }, 'contact', '17');
    const lead = rec({ name: 'Elena Petrova', emails: ['Elena.Petrova@firm.test'], company: 'Firm' }, 'lead', '17');
    const r = run([contact, lead]);
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0]).toMatchObject({ kind: 'contact', aKind: 'contact', bKind: 'lead', level: 'duplicate' });
    expect(r.groups[0]?.members.map((m) => m.kind).sort()).toEqual(['contact', 'lead']);
  });

  it('matches companies by name without legal form, domain and phone; keeps namesakes apart', () => {
    const r = run(
      [
        rec({ name: 'Acme Inc.', website: 'https://www.acme.com', phones: ['+1 415 555 0100'], country: 'US' }, 'company', 'c1'),
        rec({ name: 'ACME Incorporated', website: 'acme.com/contact', country: 'US' }, 'company', 'c2'),
        rec({ name: 'Acme GmbH', website: 'acme.de', country: 'DE' }, 'company', 'c3'),
        rec({ name: '株式会社サンプル', phones: ['03-1111-2222'] }, 'company', 'j1'),
        rec({ name: '(株)サンプル', phones: ['+81 3 1111 2222'] }, 'company', 'j2'),
        rec({ name: 'Unrelated Ltd' }, 'company', 'x'),
      ],
      { defaultRegion: 'JP' },
    );
    expect(pairOf(r.pairs, 'c1', 'c2')?.level).toBe('duplicate');
    expect(pairOf(r.pairs, 'j1', 'j2')?.level).toBe('duplicate');
    expect(pairOf(r.pairs, 'c1', 'c3')).toBeUndefined();
    expect(pairOf(r.pairs, 'c2', 'c3')).toBeUndefined();
  });

  it('matches deals of one company with similar name, amount and close date', () => {
    const base = { company: 'Acme Inc', amount: 12000, closeDate: '2026-03-31T00:00:00.000Z' };
    const r = run([
      rec({ ...base, name: 'Acme – Annual renewal' }, 'deal', 'd1'),
      rec({ ...base, name: 'Annual Renewal', company: 'ACME', closeDate: '2026-04-02T00:00:00.000Z' }, 'deal', 'd2'),
      rec({ ...base, name: 'Annual renewal', company: 'Globex' }, 'deal', 'd3'),
      rec({ ...base, name: 'Renewal 2025' }, 'deal', 'd4'),
      rec({ ...base, name: 'Renewal 2026' }, 'deal', 'd5'),
    ]);
    expect(pairOf(r.pairs, 'd1', 'd2')?.level).toBe('duplicate');
    expect(pairOf(r.pairs, 'd1', 'd3')).toBeUndefined(); // another account
    expect(pairOf(r.pairs, 'd4', 'd5')).toBeUndefined(); // another year
  });

  it('ignores kinds it has no rules for', () => {
    const r = run([rec({ subject: 'Call' }, 'task', 't1'), rec({ subject: 'Call' }, 'task', 't2')]);
    expect(r.metrics.records).toBe(0);
    expect(r.pairs).toHaveLength(0);
  });
});

describe('findDuplicates: decisions and blocking', () => {
  const a = rec({ firstName: 'Ingrid', lastName: 'Halvorsen', emails: ['ingrid@fjord.test'] }, 'contact', 'a');
  const b = rec({ firstName: 'Ingrid', lastName: 'Halvorsen', emails: ['ingrid@fjord.test'] }, 'contact', 'b');
  const c = rec({ firstName: 'Tomasz', lastName: 'Nowicki', emails: ['tn@elsewhere.test'] }, 'contact', 'c');

  it('never returns a pair marked not-a-duplicate', () => {
    const r = run([a, b, c], { decisions: [{ kind: 'contact', a: 'b', b: 'a', decision: 'not-duplicate' }] });
    expect(pairOf(r.pairs, 'a', 'b')).toBeUndefined();
    expect(r.groups).toHaveLength(0);
  });

  it('always returns a confirmed pair, even one that shares no blocking key', () => {
    const r = run([a, b, c], { decisions: [{ kind: 'contact', a: 'a', b: 'c', decision: 'duplicate' }] });
    expect(pairOf(r.pairs, 'a', 'c')).toMatchObject({ level: 'duplicate', decided: 'duplicate' });
    expect(pairOf(r.pairs, 'a', 'c')?.evidence.at(-1)).toMatchObject({ field: 'decision' });
    expect(r.groups.find((g) => g.ids.includes('c'))?.ids).toContain('a');
  });

  it('never scans all pairs and reports capped blocks', () => {
    // 300 people sharing one phone (a switchboard): one block over the cap
    const many = filler(300).map((r) => ({ ...r, fields: { ...r.fields, phones: ['+1 212 555 0100'] } }));
    const r = run(many, { maxBlockSize: 100, blockWindow: 5 });
    expect(r.metrics.cappedBlocks).toBe(1);
    expect(r.metrics.cappedPairs).toBe((300 * 299) / 2 - (300 * 5 - 15));
    expect(r.metrics.comparisons).toBeLessThan((300 * 299) / 2 / 10);
  });
});

describe('country spellings', () => {
  it('treats "USA" and "United States" as the same country, and Japan vs Iran as different', async () => {
    const { findDuplicates } = await import('../../../src/dedupe/index');
    const mk = (id: string, country: string) => ({
      kind: 'contact' as const,
      source: { origin: 'https://crm.example', id, via: 'dom-table' as const },
      fields: {
        firstName: 'Emily',
        lastName: 'Johnson',
        emails: ['emily.johnson@northwind.example'],
        phones: ['+1 206 555 0143'],
        country,
      },
      raw: {},
      seenAt: '2026-11-20T00:00:00.000Z',
    });
    const same = findDuplicates([mk('a', 'USA'), mk('b', 'United States')]);
    const country = same.pairs[0]?.evidence.find((e) => e.field === 'country');
    expect(country === undefined || country.weight >= 0).toBe(true);
    const other = findDuplicates([mk('a', 'Japan'), mk('b', 'Iran')]);
    expect(other.pairs[0]?.evidence.find((e) => e.field === 'country')?.weight).toBeLessThan(0);
  });
});
