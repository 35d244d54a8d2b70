// What bench/browse.ts loads into Chromium: the real store (IndexedDB), the worker's live
// duplicate index, the page readers and the overlay, wired as the extension wires them (minus
// the two runtime.sendMessage hops between the content script and the worker).
export { countRecords } from '../src/store/records';
export { flagsForRefs, flushIndexSaves, liveIndex, forgetLiveIndex, storeRecords } from '../src/worker/live-index';
export { readPage, watchPage } from '../src/readers';
export { createOverlay } from '../src/overlay';

import { recordKey, type CrmRecord } from '../src/model/record';
import { db } from '../src/store/db';

/** Fills the store fast (puts without the read-merge of upsertRecords): the bench's setup, not what it measures. */
export async function seed(origin: string, records: CrmRecord[]): Promise<void> {
  const tx = (await db()).transaction('records', 'readwrite');
  for (const r of records) void tx.store.put({ ...r, key: recordKey(r), origin, firstSeenAt: r.seenAt });
  await tx.done;
}
