import { describe, expect, it, vi } from 'vitest';
import { MessageError } from '../../../src/messages';
import { StorageError } from '../../../src/store/db';
import { createRouter, type Handlers } from '../../../src/worker/router';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id' };
const page = { id: 'ext-id', url: 'chrome-extension://ext-id/popup/index.html' };
const content = (url: string) => ({ id: 'ext-id', url, origin: new URL(url).origin, tab: { id: 7, url } });
const envelope = (type: string, payload: unknown) => ({ channel: 'crm-audit-lens', type, payload });

const record = (origin: string) => ({
  kind: 'contact',
  source: { origin, id: 'c1', via: 'dom-table' },
  fields: { name: 'Ada', emails: ['ada@example.com'] },
  raw: { Name: 'Ada' },
  seenAt: '2026-11-20T00:00:00.000Z',
});
const upsert = (origin: string) => ({
  origin,
  url: `${origin}/contacts`,
  site: 'generic',
  trigger: 'user',
  records: [record(origin)],
  skipped: {},
  notes: [],
});

function setup() {
  const handlers = {
    'records.upsert': vi.fn(async () => ({ stored: 1, total: 1 })),
    'origin.status': vi.fn(async () => ({ enabled: false, granted: false })),
    'audit.run': vi.fn(async () => {
      throw new StorageError('Browser storage is full', 'quota');
    }),
    'data.clear': vi.fn(async () => {
      throw new MessageError('bad-request', 'nope');
    }),
    'origin.enable': vi.fn(async () => {
      throw new TypeError('boom');
    }),
  } as unknown as Handlers;
  return { handlers, route: createRouter(handlers, self) };
}

describe('message router', () => {
  it('passes a valid request from an allowed sender to its handler', async () => {
    const { route, handlers } = setup();
    const reply = await route(envelope('records.upsert', upsert('https://crm.example')), content('https://crm.example/contacts'));
    expect(reply).toEqual({ ok: true, data: { stored: 1, total: 1 } });
    expect(handlers['records.upsert']).toHaveBeenCalledWith(
      expect.objectContaining({ origin: 'https://crm.example' }),
      expect.objectContaining({ senderKind: 'content', pageOrigin: 'https://crm.example', tabId: 7 }),
    );
  });

  it('rejects senders from other extensions or unknown pages', async () => {
    const { route } = setup();
    expect(await route(envelope('origin.status', { origin: 'https://crm.example' }), { ...page, id: 'other' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await route(envelope('origin.status', { origin: 'https://crm.example' }), { id: 'ext-id', url: 'https://evil.example/' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('only lets a content script speak for its own origin', async () => {
    const { route, handlers } = setup();
    const reply = await route(envelope('records.upsert', upsert('https://crm.example')), content('https://evil.example/page'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['records.upsert']).not.toHaveBeenCalled();
  });

  it('keeps page-only requests away from content scripts', async () => {
    const { route } = setup();
    const reply = await route(envelope('origin.status', { origin: 'https://crm.example' }), content('https://crm.example/'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers unknown types and malformed payloads with typed errors', async () => {
    const { route } = setup();
    expect(await route(envelope('records.delete-all', {}), page)).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(await route({ hello: 'world' }, page)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await route(envelope('origin.status', { origin: 'javascript:alert(1)' }), page)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    const bad = upsert('https://crm.example');
    (bad.records[0] as { kind: string }).kind = 'spaceship';
    const reply = await route(envelope('records.upsert', bad), content('https://crm.example/'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!reply.ok) expect(reply.error.message).toContain('records.upsert');
  });

  it('turns handler failures into typed replies, never exceptions', async () => {
    const { route } = setup();
    expect(await route(envelope('audit.run', { origin: 'https://crm.example' }), page)).toEqual({
      ok: false,
      error: { code: 'storage-full', message: 'Browser storage is full' },
    });
    expect(await route(envelope('data.clear', { origin: 'https://crm.example' }), page)).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'nope' },
    });
    expect(await route(envelope('origin.enable', { origin: 'https://crm.example' }), page)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
  });

  it('rejects oversized values', async () => {
    const { route } = setup();
    const bad = upsert('https://crm.example');
    bad.records[0]!.fields.name = 'x'.repeat(20_000);
    expect(await route(envelope('records.upsert', bad), content('https://crm.example/'))).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});
