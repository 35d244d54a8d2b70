// What makes the million-contact run fast must not change a single result: the comparison
// caches, the per-value e-mail and phone shapes, the given-up street cache. And the smaller
// limit on name-only blocks must be a counted cap, as the issue asks, never a silent drop.
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/dedupe';
import { forEachCandidate } from '../../../src/dedupe/candidates';
import { Dict, fnv1a } from '../../../src/dedupe/dict';
import { scorePair } from '../../../src/dedupe/compare';
import { DEFAULT_MAX_BLOCK, DEFAULT_NAME_WINDOW, DEFAULT_WINDOW } from '../../../src/dedupe/find';
import { MEMO, PairMemo } from '../../../src/dedupe/memo';
import { Preparer } from '../../../src/dedupe/prepare';
import { COL, FeatureTable } from '../../../src/dedupe/table';
import { DEFAULT_THRESHOLDS } from '../../../src/dedupe/types';
import { windowKey, windowOrder } from '../../../src/dedupe/window-order';
import type { CrmRecord } from '../../../src/model/record';
import { rec } from './helpers';

const FIRST = ['james', 'jim', 'jimmy', 'mary', 'marie', 'maria', 'ali', 'aly', 'robert', 'bob', 'roberta', 'sara', 'sarah', 'zahra'];
const LAST = ['smith', 'smyth', 'smithe', 'mohammadi', 'mohamadi', 'karimi', 'kareemi', 'tanaka', 'tanака', 'lopez', 'lópez', 'garcia'];
const CITIES = ['Springfield', 'Springfeld', 'Shelbyville', 'Tehran', 'Tehraan', 'Tokyo'];

/** People with few names between them (big name blocks), half of them with a noisy copy. */
function people(n: number): CrmRecord[] {
  const out: CrmRecord[] = [];
  let s = 7;
  const rnd = (k: number) => ((s = (s * 1103515245 + 12345) >>> 0) >>> 8) % k;
  for (let i = 0; i < n; i++) {
    const first = FIRST[rnd(FIRST.length)]!;
    const last = LAST[rnd(LAST.length)]!;
    const base = {
      firstName: first,
      lastName: last,
      emails: [`${first}.${last}${i % 50}@${['gmail.com', 'acme.test', 'mail.example.ir'][rnd(3)]}`],
      phones: [`+1 415 555 ${String(1000 + (i % 9000)).padStart(4, '0')}`],
      street: `${1 + rnd(90)} ${['Main St', 'Park Ave', 'Elm Street'][rnd(3)]}`,
      city: CITIES[rnd(CITIES.length)]!,
      birthDate: `19${50 + rnd(40)}-0${1 + rnd(9)}-1${rnd(9)}`,
    };
    out.push(rec(base, 'contact', `p${i}`));
    if (i % 2) {
      const swap = rnd(4) === 0;
      out.push(
        rec(
          {
            ...base,
            firstName: swap ? base.lastName : FIRST[rnd(FIRST.length)]!,
            lastName: swap ? base.firstName : base.lastName,
            emails: rnd(2) ? [base.emails[0]!.replace('@', 'x@')] : [base.emails[0]!.split('@')[0] + '@other.test'],
            phones: [rnd(2) ? base.phones[0]!.replace('+1 ', '') : `+1 415 555 ${rnd(9999)}`],
            city: CITIES[rnd(CITIES.length)]!,
          },
          'contact',
          `q${i}`,
        ),
      );
    }
  }
  return out;
}

function table(records: CrmRecord[], memoBits: number): FeatureTable {
  const T = new FeatureTable('person', records.length);
  T.memoBits = memoBits;
  const prep = new Preparer(T, 'US');
  for (const r of records) prep.write(r, true);
  T.countAll();
  return T;
}

const LIMITS = { maxBlockSize: DEFAULT_MAX_BLOCK, maxNameBlockSize: DEFAULT_MAX_BLOCK, window: DEFAULT_WINDOW, nameWindow: DEFAULT_WINDOW };

describe('batch speed-ups', () => {
  it('scores every candidate pair identically with and without the comparison caches, evidence included', () => {
    const records = people(1500);
    const cached = table(records, 10); // a small cache: collisions overwrite slots too
    const plain = table(records, 0);
    const ctx = (T: FeatureTable) => ({ table: T, thresholds: DEFAULT_THRESHOLDS, inData: 2 });
    let pairs = 0;
    let explained = 0;
    forEachCandidate(cached, LIMITS, (i, j) => {
      pairs++;
      // each pair twice through the cached table, so the second reads the caches
      const first = scorePair(ctx(cached), i, j);
      const a = { score: first.score, clash: first.clash };
      const again = scorePair(ctx(cached), i, j);
      const b = scorePair(ctx(plain), i, j);
      expect(again.score).toBe(a.score);
      expect(a).toEqual({ score: b.score, clash: b.clash });
      if (a.score >= DEFAULT_THRESHOLDS.possible - 6) {
        explained++;
        expect(scorePair(ctx(cached), i, j, true).evidence).toEqual(scorePair(ctx(plain), i, j, true).evidence);
      }
    });
    expect(pairs).toBeGreaterThan(5000);
    expect(explained).toBeGreaterThan(500);
  });

  it('interns values in its own hash table: stable ids through growth, exact lookups, restorable', () => {
    const d = new Dict();
    const values = Array.from({ length: 50_000 }, (_, i) => (i % 3 ? `user${i}@example.test` : `+98 912 ${i}`));
    const ids = values.map((v) => d.id(v));
    expect(new Set(ids).size).toBe(values.length);
    expect(ids[0]).toBe(1);
    // the same text as another string object, after many doublings of the slot array
    expect(values.map((v) => d.id(` ${v}`.slice(1)))).toEqual(ids);
    expect(values.map((v) => d.find(v))).toEqual(ids);
    expect(d.find('nobody@example.test')).toBeUndefined();
    expect([d.id(''), d.find('')]).toEqual([0, 0]);
    expect(d.size).toBe(values.length + 1);
    const restored = Dict.from(d.values);
    expect(values.map((v) => restored.find(v))).toEqual(ids);
    // room made in advance (a batch run) keeps the ids already given
    const early = new Dict();
    const firstIds = values.slice(0, 100).map((v) => early.id(v));
    early.reserve(values.length);
    expect(values.slice(0, 100).map((v) => early.find(v))).toEqual(firstIds);
    expect(values.map((v) => early.id(v))).toEqual(ids);
    // blocking reads a value's hash from the dictionary instead of the string
    expect(values.map((v, k) => d.fnvOf(ids[k]!) === fnv1a(v)).every(Boolean)).toBe(true);
    expect([d.fnvOf(0), d.fnvOf(d.size + 5)]).toEqual([fnv1a(''), fnv1a('')]);
  });

  it('orders the members of an oversized block as their window keys sort, from integer ranks', () => {
    // the phonetic codes and names include prefixes of one another ("jm" / "jms"), where a
    // naive order of the parts and the order of the joined key disagree
    const records = [
      ...people(400),
      rec({ firstName: 'Jo', lastName: 'Smith' }),
      rec({ firstName: 'Jo', lastName: 'Smith', birthDate: '1970-01-01' }),
      rec({ firstName: 'Joe', lastName: 'Smith' }),
      rec({ firstName: 'J', lastName: 'Smi' }),
      rec({ lastName: 'Smith' }),
      rec({ firstName: 'Ali', lastName: 'محمدی' }),
    ];
    const T = table(records, 0);
    const rows = Array.from({ length: T.rows }, (_, r) => T.rows - 1 - r);
    const key = rows.map((_, r) => windowKey(T, r));
    const expected = [...rows].sort((p, q) => (key[p]! < key[q]! ? -1 : key[p]! > key[q]! ? 1 : p - q));
    expect(windowOrder(T)([...rows])).toEqual(expected);
    expect(new Set(key).size).toBeGreaterThan(300);
  });

  it('a cache forgets everything when the counts it was filled under change', () => {
    const m = new PairMemo(4);
    m.has(1, 3, 4);
    m.set(3, 4, 2.5, 0.9);
    expect(m.has(1, 3, 4)).toBe(true);
    expect([m.w, m.sim]).toEqual([2.5, 0.9]);
    expect(m.has(1, 4, 3)).toBe(false); // ordered pairs
    expect(m.has(2, 3, 4)).toBe(false);
    expect(m.has(2, 3, 4)).toBe(false);
    // a table keeps caches only when asked to (a batch run), and a count change moves its stamp
    const T = table(people(5), 0);
    expect(T.memo(MEMO.given)).toBeUndefined();
    T.memoBits = 8;
    const before = T.stamp(2);
    T.count(0, -1);
    expect(T.stamp(2)).not.toBe(before);
    expect(T.memo(MEMO.given)).toBe(T.memo(MEMO.given));
  });

  it('gives up the street cache when streets rarely repeat, with the same ids as with it', () => {
    const many = Array.from({ length: 21_000 }, (_, i) => rec({ firstName: 'x', street: `${i} Main Street`, city: 'Springfield' }));
    const again = [rec({ street: '20999 Main St.', city: 'Springfield' }), rec({ street: '5 Main Street', city: 'Springfield' })];
    const T = new FeatureTable('person', many.length + 2);
    const prep = new Preparer(T, 'US');
    const rows = [...many, ...again].map((r) => prep.write(r, false)!);
    expect((prep as unknown as { uncached: Set<string> }).uncached.has('street')).toBe(true);
    expect(T.at(rows.at(-2)!, COL.street)).toBe(T.at(rows[20_999]!, COL.street));
    expect(T.at(rows.at(-1)!, COL.street)).toBe(T.at(rows[5]!, COL.street));
  });

  it('caps blocks of name-only keys at their own, smaller size, and counts them', () => {
    // 30 different people called Maria Lopez (no shared e-mail, phone or address) and 30
    // records sharing one switchboard number (a block of a strong key)
    const namesakes = Array.from({ length: 30 }, (_, i) =>
      rec({ firstName: 'Maria', lastName: 'Lopez', emails: [`m${i}@x${i}.test`], city: `City ${i}` }, 'contact', `n${i}`),
    );
    const office = Array.from({ length: 30 }, (_, i) =>
      rec({ firstName: `Given${i}`, lastName: `Family${i}`, phones: ['+1 415 555 0100'] }, 'contact', `o${i}`),
    );
    const r = findDuplicates([...namesakes, ...office], { defaultRegion: 'US' });
    expect(r.metrics.cappedBlocks).toBeGreaterThanOrEqual(1);
    // the name blocks were compared in a window of DEFAULT_NAME_WINDOW neighbours, not all 435 pairs
    const all = findDuplicates([...namesakes, ...office], { defaultRegion: 'US', maxNameBlockSize: 1000 });
    expect(all.metrics.cappedBlocks).toBe(0);
    expect(all.metrics.comparisons - r.metrics.comparisons).toBeGreaterThan(435 - 30 * DEFAULT_NAME_WINDOW);
    expect(r.metrics.cappedPairs).toBeGreaterThan(0);
    // the switchboard block (30 < 50) is still compared in full in both runs
    expect(r.metrics.candidatePairs).toBeGreaterThanOrEqual(435);
    // the namesakes share two or three capped name blocks: each windowed pair is compared once
    const alone = findDuplicates(namesakes, { defaultRegion: 'US' });
    const windowPairs = 25 * DEFAULT_NAME_WINDOW + 4 + 3 + 2 + 1;
    expect(alone.metrics.cappedBlocks).toBeGreaterThanOrEqual(2);
    expect(alone.metrics.candidatePairs).toBe(windowPairs);
  });
});
