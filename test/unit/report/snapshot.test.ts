import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../../src/report/csv';
import { formatHtml } from '../../../src/report/html';
import { keyedHash } from '../../../src/report/redact';
import { buildFindingsSnapshot, FINDINGS_SCHEMA, type SnapshotOptions } from '../../../src/report/snapshot';
import { trendOf } from '../../../src/report/trend';
import { hostileRun, PERSONAL, plantedRun } from './helpers';
import { validate } from './json-schema';

const schema = JSON.parse(readFileSync(new URL('../../../docs/findings.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const FULL: SnapshotOptions = {
  generatedAt: new Date('2026-07-01T00:00:00Z'),
  generator: { name: 'crm-audit-lens', version: '0.1.0' },
  decisions: [
    {
      check: 'duplicates',
      records: [
        { kind: 'contact', id: 'a' },
        { kind: 'contact', id: 'b' },
      ],
      decision: 'not-duplicate',
      at: '2026-06-01T00:00:00.000Z',
    },
  ],
  selfAssessment: { encryption: 'yes', 'access-control': 'no', backups: 'maybe' },
  roi: { gain: '۱۲۰٬۰۰۰', cost: 100000 },
  history: trendOf([{ ...plantedRun(), id: 'older', startedAt: '2025-12-01T00:00:00.000Z', score: 61 }, plantedRun()]),
};

describe('findings snapshot: every export validates against docs/findings.schema.json', () => {
  it.each([
    ['plain', {}],
    ['with everything', FULL],
    ['masked', { ...FULL, redact: true }],
    ['hashed', { ...FULL, redact: 'hash' }],
  ] as [string, SnapshotOptions][])('%s', (_name, opts) => {
    for (const run of [plantedRun(), hostileRun()]) {
      const snap = JSON.parse(JSON.stringify(buildFindingsSnapshot(run, opts)));
      expect(validate(schema, snap)).toEqual([]);
      expect(snap.schema).toBe(FINDINGS_SCHEMA);
    }
  });

  it('rejects what the schema forbids (the validator really validates)', () => {
    const snap = JSON.parse(JSON.stringify(buildFindingsSnapshot(plantedRun(), FULL)));
    snap.findings[0].severity = 'urgent';
    snap.extra = 1;
    delete snap.run;
    expect(validate(schema, snap)).toEqual(
      expect.arrayContaining(['$: missing "run"', '$: unexpected property "extra"', expect.stringContaining('$.findings[0].severity')]),
    );
  });

  it('carries run metadata, decisions, checklist answers, ROI inputs and the trend', () => {
    const snap = buildFindingsSnapshot(plantedRun(), FULL);
    expect(snap.generator).toEqual({ name: 'crm-audit-lens', version: '0.1.0' });
    expect(snap.run).toMatchObject({ id: 'run-b', origin: 'https://crm.example.com' });
    expect(snap.source.counts.contact).toBeGreaterThan(0);
    expect(snap.decisions).toHaveLength(1);
    // unknown answers ("maybe") are dropped, not exported as if valid
    expect(snap.selfAssessment).toMatchObject({ answers: { encryption: 'yes', 'access-control': 'no' }, failing: ['access-control'] });
    expect(snap.roi).toMatchObject({ input: { gain: '۱۲۰٬۰۰۰', cost: 100000 }, ok: true, percent: 20 });
    expect(snap.history!.map((h) => h.runId)).toEqual(['older', 'run-b']);
    expect(snap.redaction).toBeUndefined();
  });
});

describe('redaction in every format', () => {
  it.each(['mask', 'hash'] as const)('%s: no name, e-mail, phone or URL survives in JSON, CSV or HTML', (mode) => {
    const snap = buildFindingsSnapshot(hostileRun(), { redact: mode, redactionSalt: 'k' });
    expect(snap.redacted).toBe(true);
    expect(snap.redaction).toBe(mode);
    for (const out of [JSON.stringify(snap), formatCsv(snap), formatHtml(snap)]) {
      for (const p of PERSONAL) expect(out).not.toContain(p);
      expect(out).not.toContain('https://crm.example.com/contacts');
    }
    // what the audit is about stays: field names, ids, kinds
    expect(snap.findings[0]!.evidence.field).toBe('email');
    expect(snap.findings[0]!.records.map((r) => r.id)).toEqual(['c1', 'c2']);
  });

  it('hash: the same value hashes alike within an export (normalised), differently with another key', () => {
    const snap = buildFindingsSnapshot(hostileRun(), { redact: 'hash', redactionSalt: 'k' });
    const f = snap.findings[0]!;
    const h = keyedHash('taro@mailinator.com', 'k');
    expect(h).toMatch(/^#[0-9a-f]{16}$/);
    expect(f.evidence.email).toBe(h);
    expect(f.message.params.email).toBe(h);
    expect(f.message.text).toContain(h);
    expect(keyedHash(' TARO@mailinator.com', 'k')).toBe(h);
    expect(keyedHash('taro@mailinator.com', 'other')).not.toBe(h);
    expect(f.records[0]!.name).toMatch(/^#[0-9a-f]{16}$/);
    // two exports without a given key do not share hashes
    const a = buildFindingsSnapshot(hostileRun(), { redact: 'hash' }).findings[0]!.evidence.email;
    const b = buildFindingsSnapshot(hostileRun(), { redact: 'hash' }).findings[0]!.evidence.email;
    expect(a).not.toBe(b);
  });

  it('mask: names are dropped from record refs, values become [redacted]', () => {
    const f = buildFindingsSnapshot(hostileRun(), { redact: true }).findings[0]!;
    expect(f.records).toEqual([
      { kind: 'contact', id: 'c1' },
      { kind: 'contact', id: 'c2' },
    ]);
    expect(f.message.text).toBe('[redacted] uses [redacted], a disposable domain');
  });
});
