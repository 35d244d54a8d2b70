// The options page's import job on fake IndexedDB: files → audit run stored with its records,
// and all-or-nothing when a file is bad or the store fails halfway.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SourceFile } from '../../../src/import/workspace';
import { db, resetDbCache } from '../../../src/store/db';
import { saveImport } from '../../../src/store/import';
import { upsertRecords } from '../../../src/store/records';
import { findingsForRun, listRuns } from '../../../src/store/runs';
import { runImportJob, type ImportMessage } from '../../../src/ui/options/import-job';
import { runAudit } from '../../../src/audit/run-audit';
import type { CrmRecord } from '../../../src/model/record';

const NOW = new Date('2026-03-01T00:00:00Z');

function file(name: string, text: string): SourceFile {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, stream: () => new Blob([bytes]).stream() };
}

async function freshDb() {
  resetDbCache();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase('crm-audit-lens');
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

async function counts() {
  const d = await db();
  return { records: await d.count('records'), runs: await d.count('runs'), findings: await d.count('findings') };
}

beforeEach(freshDb);

const CONTACTS = 'Email,First Name,Last Name\nann@example.com,Ann,Lee\nann@example.com,Ann,Lee\nbob@example,Bob,Ray\n';
const DEALS = 'Deal Name,Amount,Stage,Close Date\nBig,1000,Negotiation,2025-01-01\n';

describe('import job', () => {
  it('stores the records and an audit run for the workspace, like any other run', async () => {
    const messages: ImportMessage[] = [];
    await runImportJob([file('contacts.csv', CONTACTS), file('deals.csv', DEALS)], (m) => messages.push(m), NOW);
    const done = messages.at(-1)!;
    expect(done.type).toBe('done');
    if (done.type !== 'done') return;
    expect(messages.map((m) => m.type)).toEqual(expect.arrayContaining(['progress', 'auditing', 'saving', 'done']));
    expect(done.counts).toEqual({ contact: 3, deal: 1 });
    const runs = await listRuns('file:contacts.csv,deals.csv');
    expect(runs.map((r) => r.id)).toEqual([done.run.id]);
    const findings = await findingsForRun(done.run.id);
    expect(findings.length).toBe(done.run.findingCount);
    expect(findings.some((f) => f.check === 'invalid-email')).toBe(true);
    expect(await counts()).toMatchObject({ records: 4, runs: 1 });
  });

  it('replaces the records of an earlier import of the same files', async () => {
    await runImportJob([file('contacts.csv', CONTACTS)], () => undefined, NOW);
    await runImportJob([file('contacts.csv', 'Email,First Name\nzed@example.com,Zed\n')], () => undefined, NOW);
    const stored = await (await db()).getAllFromIndex('records', 'origin', 'file:contacts.csv');
    expect(stored.map((r) => r.fields.emails)).toEqual([['zed@example.com']]);
    expect((await counts()).runs).toBe(2);
  });

  it('stores nothing when one of the files is bad, and says which line', async () => {
    const messages: ImportMessage[] = [];
    await runImportJob(
      [file('contacts.csv', CONTACTS), file('deals.csv', 'Deal Name,Amount\nA,1\nB,2,3,4\n')],
      (m) => messages.push(m),
      NOW,
    );
    expect(messages.at(-1)).toEqual({
      type: 'refused',
      errors: [{ file: 'deals.csv', code: 'ragged', line: 3, message: 'ragged row: 4 cells, the header has 2' }],
    });
    expect(await counts()).toEqual({ records: 0, runs: 0, findings: 0 });
  });

  it('leaves the database as it was when the store fails halfway', async () => {
    const origin = 'file:contacts.csv';
    const old: CrmRecord = {
      kind: 'contact',
      source: { origin, id: 'old', via: 'import' },
      fields: { name: 'Old' },
      raw: {},
      seenAt: NOW.toISOString(),
    };
    await upsertRecords(origin, [old]);
    const good: CrmRecord = { ...old, source: { ...old.source, id: 'new' } };
    // a value IndexedDB cannot clone: the put throws after the delete of the old record was queued
    const bad = { ...old, source: { ...old.source, id: 'bad' }, raw: { x: () => 1 } } as unknown as CrmRecord;
    const run = runAudit([good], { origin, now: NOW });
    await expect(saveImport(origin, [good, bad], run)).rejects.toThrow();
    const stored = await (await db()).getAllFromIndex('records', 'origin', origin);
    expect(stored.map((r) => r.source.id)).toEqual(['old']);
    expect((await counts()).runs).toBe(0);
  });
});
