import { recordKey, type CrmRecord, type RecordKind } from '../model/record';
import { db, toStorageError, type StoredRecord } from './db';

const originRange = (origin: string) => IDBKeyRange.only(origin);

/**
 * Stores a batch in one transaction (all or nothing). A record read again is merged, not
 * replaced: a list view shows five columns, the record page twenty, and both are the same record.
 */
export async function upsertRecords(origin: string, records: readonly CrmRecord[]): Promise<number> {
  try {
    const d = await db();
    const tx = d.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    const existing = await Promise.all(records.map((r) => store.get(recordKey(r))));
    await Promise.all(
      records.map((r, i) => {
        const old = existing[i];
        const merged: StoredRecord = {
          ...r,
          key: recordKey(r),
          origin,
          source: { ...old?.source, ...r.source, url: r.source.url ?? old?.source.url },
          fields: { ...old?.fields, ...r.fields },
          raw: { ...old?.raw, ...r.raw },
          firstSeenAt: old?.firstSeenAt ?? r.seenAt,
        };
        return store.put(merged);
      }),
    );
    await tx.done;
    return records.length;
  } catch (e) {
    throw toStorageError(e);
  }
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
