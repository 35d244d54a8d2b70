// Flag while browsing: the worker's live duplicate index, driven through the real handlers and
// the real store (fake-indexeddb). A "worker restart" drops every in-memory cache and the
// database connection, as Chrome stopping the worker does.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CrmRecord } from '../../../src/model/record';
import { upsertRecords } from '../../../src/store/records';
import { clearRecords, flagsForRefs, liveIndex, storeDecision, storeRecords } from '../../../src/worker/live-index';
import { O, ada, adaAgain, freshWorker, grace, restartWorker } from './live-index-fixtures';

// what the records.upsert and overlay.query handlers do (the handlers module itself pulls in
// the bundled content scripts, which only exist in a build)
const upsert = (records: CrmRecord[]) => storeRecords(O, records);
const ask = async (ids: string[]) => ({
  live: await flagsForRefs(
    O,
    ids.map((id) => ({ kind: 'contact' as const, id })),
  ),
});

beforeEach(freshWorker);

describe('live duplicate index (flag while browsing)', () => {
  it('flags a record never audited as a duplicate of a stored one, with the other record and the evidence', async () => {
    await upsert([ada, grace]);
    await upsert([adaAgain]);
    const reply = await ask(['c9', 'c2']);
    expect(reply.live).toHaveLength(1);
    const [flag] = reply.live!;
    expect(flag).toMatchObject({ kind: 'contact', id: 'c9' });
    const [f] = flag!.findings;
    expect(f).toMatchObject({ check: 'duplicates', live: true, severity: 'medium', message: { key: 'duplicates_group' } });
    expect(f!.others).toEqual([{ kind: 'contact', id: 'c1', name: 'Ada Lovelace', url: `${O}/contacts/c1` }]);
    // evidence oriented from the flagged record: `a` is c9's value, `b` the stored c1's
    expect(f!.evidence!.find((e) => e.field === 'emails')).toMatchObject({
      similarity: 1,
      a: 'ADA.LOVELACE@acme.example',
      b: 'ada.lovelace@acme.example',
    });
  });

  it('still flags after a worker restart: the index is rebuilt from IndexedDB', async () => {
    await upsert([ada, grace]);
    restartWorker();
    await upsert([adaAgain]);
    expect((await ask(['c9'])).live?.[0]?.findings[0]?.others?.[0]?.id).toBe('c1');
    restartWorker();
    // no write at all since the restart: the query alone rebuilds it
    expect((await ask(['c1'])).live?.[0]?.findings[0]?.others?.[0]?.id).toBe('c9');
  });

  it('honours "not a duplicate" and "ignore", also after a restart', async () => {
    await upsert([ada, adaAgain]);
    const pair = [
      { kind: 'contact' as const, id: 'c9' },
      { kind: 'contact' as const, id: 'c1' },
    ];
    await storeDecision(O, 'duplicates', pair, 'not-duplicate');
    expect((await ask(['c9', 'c1'])).live).toEqual([]);
    restartWorker();
    expect((await ask(['c9', 'c1'])).live).toEqual([]);
    await storeDecision(O, 'duplicates', pair, 'ignore');
    expect((await ask(['c9'])).live).toEqual([]);
    restartWorker();
    expect((await ask(['c9'])).live).toEqual([]);
    await storeDecision(O, 'duplicates', pair, 'duplicate');
    expect((await ask(['c9'])).live?.[0]?.findings[0]).toMatchObject({ severity: 'medium', others: [{ id: 'c1' }] });
  });

  it('notices records written behind its back and rebuilds', async () => {
    await upsert([grace]);
    expect((await liveIndex(O)).index.size).toBe(1);
    await upsertRecords(O, [ada]); // e.g. an import: straight into the store
    await upsert([adaAgain]);
    const live = await liveIndex(O);
    expect(live.index.size).toBe(3);
    expect((await ask(['c9'])).live?.[0]?.findings[0]?.others?.[0]?.id).toBe('c1');
  });

  it('forgets everything when the origin is cleared', async () => {
    await upsert([ada, adaAgain]);
    await clearRecords(O);
    expect((await ask(['c9'])).live).toEqual([]);
    expect((await liveIndex(O)).index.size).toBe(0);
  });
});
