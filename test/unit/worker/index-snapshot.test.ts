// The live index saved to IndexedDB: a restarted worker restores it instead of re-reading every
// record, but only while the snapshot's write stamp still matches the records store.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CrmRecord } from '../../../src/model/record';
import { db } from '../../../src/store/db';
import { loadIndexSnapshot } from '../../../src/store/index-snapshots';
import { upsertRecords } from '../../../src/store/records';
import { clearRecords, flagsForRefs, flushIndexSaves, liveIndex, storeDecision, storeRecords } from '../../../src/worker/live-index';
import { O, ada, adaAgain, contact, freshWorker, grace, restartWorker } from './live-index-fixtures';

const graceAgain = contact('c7', 'Grace Hopper', 'GRACE@navy.example', '202-555-0199');
const deal: CrmRecord = {
  kind: 'deal',
  source: { origin: O, id: 'd1', via: 'dom-table' },
  fields: { name: 'Big deal' },
  raw: {},
  seenAt: ada.seenAt,
};

const othersOf = async (id: string) => (await flagsForRefs(O, [{ kind: 'contact', id }]))[0]?.findings.map((f) => f.others?.[0]?.id) ?? [];

beforeEach(freshWorker);

describe('saved live index', () => {
  it('is saved after writes settle and restored after a restart, answering as the rebuilt one did', async () => {
    await storeRecords(O, [ada, grace, deal]);
    await storeRecords(O, [adaAgain]);
    expect(await loadIndexSnapshot(O)).toBeUndefined(); // debounced: not written with the reply
    await flushIndexSaves();
    const saved = await loadIndexSnapshot(O);
    expect(saved).toMatchObject({ origin: O, generation: 2, count: 4 });
    expect([...saved!.keys].sort()).toEqual([`${O}|contact|c1`, `${O}|contact|c2`, `${O}|contact|c9`, `${O}|deal|d1`]);

    restartWorker();
    const live = await liveIndex(O);
    expect(live.from).toBe('snapshot');
    expect(live.index.size).toBe(4);
    expect(live.keys.size).toBe(4);
    expect(await othersOf('c9')).toEqual(['c1']);
    expect(await othersOf('c2')).toEqual([]);
    // and keeps indexing after the restore
    await storeRecords(O, [graceAgain]);
    expect(await othersOf('c7')).toEqual(['c2']);
    expect((await liveIndex(O)).from).toBe('snapshot');
  });

  it('is not used when records were written after it was taken; the rebuilt index is saved instead', async () => {
    await storeRecords(O, [ada, grace]);
    await flushIndexSaves();
    // the worker dies before a later write's save: the same count, but a new record
    await upsertRecords(O, [adaAgain]);
    restartWorker();
    let live = await liveIndex(O);
    expect(live.from).toBe('records');
    expect(await othersOf('c9')).toEqual(['c1']);
    await flushIndexSaves();
    expect((await loadIndexSnapshot(O))?.generation).toBe(2);
    restartWorker();
    live = await liveIndex(O);
    expect(live.from).toBe('snapshot');
    expect(await othersOf('c9')).toEqual(['c1']);
  });

  it('refuses to save a snapshot older than the store, and takes decisions from the store', async () => {
    await storeRecords(O, [ada, adaAgain]);
    const live = await liveIndex(O);
    // a write this index never saw (another context): saving the index would store a lie
    await upsertRecords(O, [grace]);
    await flushIndexSaves();
    expect(await loadIndexSnapshot(O)).toBeUndefined();
    expect(live.generation).toBe(1);

    restartWorker();
    await liveIndex(O);
    await flushIndexSaves();
    expect((await loadIndexSnapshot(O))?.generation).toBe(2);
    // a decision made after the snapshot: no record write, yet the restored index honours it
    await storeDecision(
      O,
      'duplicates',
      [
        { kind: 'contact', id: 'c1' },
        { kind: 'contact', id: 'c9' },
      ],
      'not-duplicate',
    );
    restartWorker();
    expect((await liveIndex(O)).from).toBe('snapshot');
    expect(await othersOf('c9')).toEqual([]);
  });

  it('is deleted with the origin, and a save pending at the clear is dropped', async () => {
    await storeRecords(O, [ada, adaAgain]);
    await flushIndexSaves();
    await storeRecords(O, [grace]);
    await clearRecords(O);
    await flushIndexSaves();
    expect(await loadIndexSnapshot(O)).toBeUndefined();
    expect(await (await db()).get('stamps', O)).toBeUndefined();
    restartWorker();
    expect((await liveIndex(O)).index.size).toBe(0);
    expect(await othersOf('c9')).toEqual([]);
  });
});
