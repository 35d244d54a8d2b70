import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openLensDb, type StoredRecord } from '../../../src/store/db';

function record(i: number): StoredRecord {
  const origin = i % 2 ? 'https://a.example' : 'https://b.example';
  return {
    key: `${origin}|contact|c${i}`,
    origin,
    kind: 'contact',
    source: { origin, id: `c${i}`, via: 'dom-table' },
    fields: { name: `Contact ${i}`, emails: [`c${i}@example.com`] },
    raw: { Name: `Contact ${i}` },
    seenAt: `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
  };
}

describe('IndexedDB migrations', () => {
  it('upgrades a populated v1 database to the latest version without losing a record', async () => {
    const name = 'migration-test';
    const v1 = await openLensDb(name, MIGRATIONS.slice(0, 1));
    expect(v1.version).toBe(1);
    const tx = v1.transaction('records', 'readwrite');
    await Promise.all(Array.from({ length: 250 }, (_, i) => tx.store.put(record(i))));
    await tx.done;
    await v1.put('runs', { id: 'run-1', origin: 'https://a.example', startedAt: '2026-01-01T00:00:00Z' } as never);
    v1.close();

    const latest = await openLensDb(name);
    expect(latest.version).toBe(MIGRATIONS.length);
    const all = await latest.getAll('records');
    expect(all).toHaveLength(250);
    for (const r of all) {
      expect(r).toMatchObject(record(Number(r.source.id.slice(1))));
      expect(r.firstSeenAt).toBe(r.seenAt); // v2 backfill
    }
    // v2's index answers per-kind counts
    expect(await latest.countFromIndex('records', 'origin-kind', IDBKeyRange.only(['https://a.example', 'contact']))).toBe(125);
    expect(await latest.count('runs')).toBe(1);
    latest.close();
  });

  it('upgrades a populated v2 database to v3: records kept, snapshot and stamp stores empty until the worker writes', async () => {
    const name = 'migration-v3-test';
    const v2 = await openLensDb(name, MIGRATIONS.slice(0, 2));
    expect(v2.version).toBe(2);
    expect(v2.objectStoreNames.contains('indexSnapshots')).toBe(false);
    const tx = v2.transaction('records', 'readwrite');
    await Promise.all(Array.from({ length: 40 }, (_, i) => tx.store.put({ ...record(i), firstSeenAt: record(i).seenAt })));
    await tx.done;
    v2.close();

    const v3 = await openLensDb(name, MIGRATIONS.slice(0, 3));
    expect(v3.version).toBe(3);
    expect(await v3.count('records')).toBe(40);
    expect(await v3.count('indexSnapshots')).toBe(0);
    expect(await v3.count('stamps')).toBe(0);
    // keyed by origin: one snapshot and one stamp per CRM
    await v3.put('stamps', { origin: 'https://a.example', generation: 1 });
    await v3.put('stamps', { origin: 'https://a.example', generation: 2 });
    expect(await v3.getAll('stamps')).toEqual([{ origin: 'https://a.example', generation: 2 }]);
    v3.close();
  });

  it('reports a blocked upgrade as a clear storage error instead of hanging', async () => {
    const name = 'blocked-test';
    // a v1 connection that ignores versionchange, as a stale tab would
    const old = await openDB(name, 1, { upgrade: (d, _o, _n, tx) => MIGRATIONS[0]!.migrate(d as never, tx as never) });
    const err = await openLensDb(name).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StorageError', reason: 'blocked' });
    old.close();
  });
});
