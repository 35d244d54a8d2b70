import { recordKey, type CrmRecord, type RecordKind } from '../model/record';
import { db, toStorageError, type StoredRecord } from './db';

const originRange = (origin: string) => IDBKeyRange.only(origin);

/**
 * Stores a batch in one transaction (all or nothing). A record read again is merged, not
 * replaced: a list view shows five columns, the record page twenty, and both are the same record.
 */
export async function upsertRecords(origin: string, records: readonly CrmRecord[]): Promise<number> {
  return (await upsertMerged(origin, records)).length;
}

/** `upsertRecords`, returning the records as stored after the merge (what the live duplicate index needs). */
export async function upsertMerged(origin: string, records: readonly CrmRecord[]): Promise<StoredRecord[]> {
  return (await upsertStamped(origin, records)).stored;
}

/** `upsertMerged`, also bumping the origin's write stamp in the same transaction (see WriteStamp). */
export async function upsertStamped(origin: string, records: readonly CrmRecord[]): Promise<{ stored: StoredRecord[]; generation: number }> {
  try {
    const d = await db();
    const tx = d.transaction(['records', 'stamps'], 'readwrite');
    const store = tx.objectStore('records');
    const stamps = tx.objectStore('stamps');
    const generation = ((await stamps.get(origin))?.generation ?? 0) + 1;
    const stamped = stamps.put({ origin, generation });
    const existing = await Promise.all(records.map((r) => store.get(recordKey(r))));
    const merged = records.map((r, i): StoredRecord => {
      const old = existing[i];
      return {
        ...r,
        key: recordKey(r),
        origin,
        source: { ...old?.source, ...r.source, url: r.source.url ?? old?.source.url },
        fields: { ...old?.fields, ...r.fields },
        raw: { ...old?.raw, ...r.raw },
        firstSeenAt: old?.firstSeenAt ?? r.seenAt,
      };
    });
    await Promise.all([stamped, ...merged.map((m) => store.put(m))]);
    await tx.done;
    return { stored: merged, generation };
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Stored records by kind and id (missing ones left out), in one transaction. */
export async function recordsByRef(origin: string, refs: readonly { kind: RecordKind; id: string }[]): Promise<StoredRecord[]> {
  const store = (await db()).transaction('records').store;
  const found = await Promise.all(refs.map((r) => store.get(recordKey({ kind: r.kind, source: { origin, id: r.id } }))));
  return found.filter((r): r is StoredRecord => r !== undefined);
}

export async function recordsForOrigin(origin: string): Promise<StoredRecord[]> {
  return (await db()).getAllFromIndex('records', 'origin', originRange(origin));
}

export async function countRecords(origin: string): Promise<number> {
  return (await db()).countFromIndex('records', 'origin', originRange(origin));
}

export async function countByKind(origin: string, kinds: readonly RecordKind[]): Promise<Partial<Record<RecordKind, number>>> {
  const d = await db();
  const out: Partial<Record<RecordKind, number>> = {};
  for (const kind of kinds) {
    const n = await d.countFromIndex('records', 'origin-kind', IDBKeyRange.only([origin, kind]));
    if (n) out[kind] = n;
  }
  return out;
}

/** Every origin that has records, with counts — for the options page. */
export async function originsWithData(): Promise<Map<string, number>> {
  const d = await db();
  const out = new Map<string, number>();
  let cursor = await d.transaction('records').store.index('origin').openKeyCursor();
  while (cursor) {
    out.set(cursor.key, (out.get(cursor.key) ?? 0) + 1);
    cursor = await cursor.continue();
  }
  return out;
}
