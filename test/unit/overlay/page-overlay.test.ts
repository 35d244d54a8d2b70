// @vitest-environment happy-dom
// The content script's side of the overlay: live duplicate flags asked once per record, merged
// with the audit's findings, and the context menu's marks stored for the record under the pointer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageOverlay } from '../../../src/content/page-overlay';
import { MARK_CHECK, type PageFlag, type PageMark } from '../../../src/messages';
import type { CrmRecord } from '../../../src/model/record';
import { HOST_TAG } from '../../../src/overlay';
import { fakeBrowser } from '../fake-browser';
import { fakeLayout, makeTable } from './helpers';

const O = 'https://crm.example';
const record = (id: string): CrmRecord => ({
  kind: 'contact',
  source: { origin: O, id, via: 'dom-table' },
  fields: { name: `Contact ${id}` },
  raw: {},
  seenAt: '2026-11-23T00:00:00Z',
});

interface Sent {
  type: string;
  payload: Record<string, unknown>;
}
let sent: Sent[];
let reply: { flags: PageFlag[]; live?: PageFlag[]; marks?: PageMark[] };

const liveFlag = (id: string, other: string): PageFlag => ({
  kind: 'contact',
  id,
  findings: [
    {
      check: 'duplicates',
      severity: 'medium',
      message: { key: 'none', params: {}, text: 'same as another' },
      others: [{ kind: 'contact', id: other }],
      live: true,
    },
  ],
});

beforeEach(() => {
  fakeLayout();
  sent = [];
  reply = { flags: [] };
  fakeBrowser.runtime.sendMessage.mockImplementation(async (m: unknown) => {
    const { type, payload } = m as Sent;
    sent.push({ type, payload });
    if (type === 'overlay.query') return { ok: true, data: reply };
    return { ok: true, data: { stored: 1 } };
  });
  fakeBrowser.runtime.onMessage.addListener.mockClear();
});

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.runtime.sendMessage.mockReset();
  for (const h of document.querySelectorAll(HOST_TAG)) h.remove();
});

function setup(rows = 3) {
  const trs = makeTable(rows);
  const po = new PageOverlay(O, document);
  po.remember(trs.map((tr, i) => ({ record: record(`c${i}`), elements: [tr] })));
  const listener = fakeBrowser.runtime.onMessage.addListener.mock.calls.at(-1)![0] as (m: unknown, s: unknown) => unknown;
  const badges = () => (po as unknown as { overlay?: { count: number } }).overlay?.count ?? 0;
  return { trs, po, listener, badges };
}

const queries = () => sent.filter((s) => s.type === 'overlay.query').map((s) => s.payload);

describe('page overlay', () => {
  it('asks the live index once about each record on the page, and badges what it flags', async () => {
    const { po, badges } = setup();
    reply = { flags: [], live: [liveFlag('c1', 'c99')] };
    await po.refresh();
    expect(queries()[0]!.fresh).toEqual([
      { kind: 'contact', id: 'c0' },
      { kind: 'contact', id: 'c1' },
      { kind: 'contact', id: 'c2' },
    ]);
    expect(badges()).toBe(1);
    // the next query does not ask again, and the live flag stays
    reply = { flags: [] };
    await po.refresh();
    expect(queries()[1]!.fresh).toBeUndefined();
    expect(badges()).toBe(1);
  });

  it('asks again about a record read again, and shows a pair the audit already reported once', async () => {
    const { po, trs, badges } = setup();
    reply = { flags: [], live: [liveFlag('c1', 'c99')] };
    await po.refresh();
    po.remember([{ record: record('c1'), elements: [trs[1]!] }]);
    reply = { flags: [{ ...liveFlag('c1', 'c99'), findings: [{ ...liveFlag('c1', 'c99').findings[0]!, live: undefined }] }], live: [] };
    await po.refresh();
    expect(queries()[1]!.fresh).toEqual([{ kind: 'contact', id: 'c1' }]);
    expect(badges()).toBe(1);
  });

  it('stores a context-menu mark for the record under the pointer and badges it', async () => {
    const { trs, listener, badges } = setup();
    trs[2]!.querySelector('td')!.dispatchEvent(new Event('contextmenu', { bubbles: true }));
    reply = { flags: [], marks: [{ kind: 'contact', id: 'c2', decision: 'review' }] };
    listener({ channel: 'crm-audit-lens', type: 'overlay.mark', payload: { origin: O, action: 'review' } }, { id: fakeBrowser.runtime.id });
    await vi.waitFor(() => expect(badges()).toBe(1));
    expect(sent.find((s) => s.type === 'decision.set')?.payload).toEqual({
      origin: O,
      check: MARK_CHECK,
      records: [{ kind: 'contact', id: 'c2' }],
      decision: 'review',
    });
  });

  it('ignores menu notices from elsewhere, for another origin, or with nothing under the pointer', async () => {
    const { trs, listener, po } = setup();
    const notice = { channel: 'crm-audit-lens', type: 'overlay.mark', payload: { origin: O, action: 'duplicate' } };
    // nothing pointed at yet
    expect(await po.mark('duplicate')).toBe(false);
    trs[0]!.dispatchEvent(new Event('contextmenu', { bubbles: true }));
    listener(notice, { id: 'another-extension' });
    listener(notice, { id: fakeBrowser.runtime.id, tab: { id: 4 } }); // a content script, not the worker
    listener({ ...notice, payload: { origin: 'https://evil.example', action: 'duplicate' } }, { id: fakeBrowser.runtime.id });
    listener({ ...notice, payload: { origin: O, action: 'delete-everything' } }, { id: fakeBrowser.runtime.id });
    await new Promise((r) => setTimeout(r, 20));
    expect(sent.filter((s) => s.type === 'decision.set')).toEqual([]);
    // pointing outside every record: no mark either
    document.body.dispatchEvent(new Event('contextmenu', { bubbles: true }));
    expect(await po.mark('duplicate')).toBe(false);
  });
});

describe('recordAt', () => {
  it('picks the innermost record element containing the pointer target, and skips detached ones', async () => {
    const { recordAt } = await import('../../../src/overlay/record-at');
    const trs = makeTable(2);
    const page = { id: 'page', elements: [document.body] };
    const row = { id: 'row', elements: [trs[1]!] };
    const gone = { id: 'gone', elements: [document.createElement('tr')] };
    const cell = trs[1]!.querySelector('td')!;
    expect(recordAt([page, row, gone], cell)?.id).toBe('row');
    expect(recordAt([row, page], cell)?.id).toBe('row');
    expect(recordAt([page, row], trs[0]!)?.id).toBe('page');
    expect(recordAt([row], trs[0]!)).toBeUndefined();
    expect(recordAt([row], null)).toBeUndefined();
  });
});
