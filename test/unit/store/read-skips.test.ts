// What the readers skipped, stored per origin and page, and handed to the audit's `skipped`.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CrmRecord } from '../../../src/model/record';
import { resetDbCache } from '../../../src/store/db';
import { recordSkipped, skippedForOrigin } from '../../../src/store/read-skips';
import { upsertRecords } from '../../../src/store/records';
import { clearRecords } from '../../../src/worker/live-index';
import { auditOrigin } from '../../../src/worker/audit';

const O = 'https://crm.example';
const rec: CrmRecord = { kind: 'contact', source: { origin: O, id: 'c1', via: 'dom-table' }, fields: { name: 'Ada Lovelace', emails: ['ada@acme.example'] }, raw: {}, seenAt: '2026-11-20T00:00:00.000Z' };

beforeEach(() => {
  resetDbCache();
  indexedDB.deleteDatabase('crm-audit-lens');
});

describe('skipped while reading', () => {
  it('keeps the latest counts per page (a re-read replaces, not adds) and totals them per origin', async () => {
    await recordSkipped(O, `${O}/contacts`, { 'cross-origin frame': 3, 'unreadable row': 2 });
    await recordSkipped(O, `${O}/contacts#page2`, { 'cross-origin frame': 3 }); // same page
    await recordSkipped(O, `${O}/deals`, { 'unreadable row': 1, bogus: Number.NaN });
    await recordSkipped('https://other.example', 'https://other.example/x', { 'empty row': 9 });
    expect(await skippedForOrigin(O)).toEqual({ 'cross-origin frame': 3, 'unreadable row': 1 });
    await recordSkipped(O, `${O}/deals`, {}); // read again, nothing skipped this time
    expect(await skippedForOrigin(O)).toEqual({ 'cross-origin frame': 3 });
  });

  it('reach the audit run, and go when the origin is cleared', async () => {
    await upsertRecords(O, [rec]);
    await recordSkipped(O, `${O}/contacts`, { 'cross-origin frame': 2 });
    const run = await auditOrigin(O, new Date('2026-11-21T00:00:00Z'), 'run-1');
    expect(run.skipped['cross-origin frame']).toBe(2);
    await clearRecords(O);
    expect(await skippedForOrigin(O)).toEqual({});
  });
});
