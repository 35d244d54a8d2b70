// The live duplicate index, saved per origin so a restarted worker need not read and
// re-normalise every record. A snapshot is only a cache: it carries the write stamp it was taken
// at, and whoever loads it compares that with the current stamp and record count.
import { db, toStorageError, type StoredIndexSnapshot } from './db';

/** The origin's write generation (0 before its first write) and record count, read together. */
export async function currentStamp(origin: string): Promise<{ generation: number; count: number }> {
  const tx = (await db()).transaction(['stamps', 'records']);
  const [stamp, count] = await Promise.all([
    tx.objectStore('stamps').get(origin),
    tx.objectStore('records').index('origin').count(IDBKeyRange.only(origin)),
  ]);
  return { generation: stamp?.generation ?? 0, count };
}

export async function loadIndexSnapshot(origin: string): Promise<StoredIndexSnapshot | undefined> {
  return (await db()).get('indexSnapshots', origin);
}

/**
 * Saves a snapshot unless records were written since it was taken (its generation is no longer
 * the current one, or the origin was cleared meanwhile): a stale snapshot is worse than none.
 */
export async function saveIndexSnapshot(row: StoredIndexSnapshot): Promise<boolean> {
  try {
    const tx = (await db()).transaction(['stamps', 'indexSnapshots'], 'readwrite');
    const stamp = await tx.objectStore('stamps').get(row.origin);
    if ((stamp?.generation ?? 0) !== row.generation) {
      await tx.done;
      return false;
    }
    await tx.objectStore('indexSnapshots').put(row);
    await tx.done;
    return true;
  } catch (e) {
    throw toStorageError(e);
  }
}
