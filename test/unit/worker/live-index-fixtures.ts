// Shared by the live-index tests: one CRM origin, Ada and Grace with their noisy copies, and a
// "worker restart" that drops every in-memory cache and the database connection, as Chrome
// stopping the worker does.
import type { CrmRecord } from '../../../src/model/record';
import { resetDbCache } from '../../../src/store/db';
import { forgetLiveIndex } from '../../../src/worker/live-index';

export const O = 'https://crm.example';

export const contact = (id: string, name: string, email: string, phone: string): CrmRecord => ({
  kind: 'contact',
  source: { origin: O, id, via: 'dom-table', url: `${O}/contacts/${id}` },
  fields: { name, emails: [email], phones: [phone], company: 'Acme Corp' },
  raw: { Name: name },
  seenAt: '2026-11-20T00:00:00.000Z',
});

export const ada = contact('c1', 'Ada Lovelace', 'ada.lovelace@acme.example', '+1 415 555 0101');
export const adaAgain = contact('c9', 'Ada  Lovelace', 'ADA.LOVELACE@acme.example', '(415) 555-0101');
export const grace = contact('c2', 'Grace Hopper', 'grace@navy.example', '+1 202 555 0199');

export function restartWorker(): void {
  forgetLiveIndex();
  resetDbCache();
}

/** For beforeEach: a restarted worker and an empty database. */
export function freshWorker(): void {
  restartWorker();
  indexedDB.deleteDatabase('crm-audit-lens');
}
