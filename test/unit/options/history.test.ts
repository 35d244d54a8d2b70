import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_SCHEMA, parseHistoryFile } from '../../../src/report/history-file';
import { db, resetDbCache } from '../../../src/store/db';
import { decisionsForOrigin, setDecision } from '../../../src/store/decisions';
import { findingsForRun, listRuns, saveRun } from '../../../src/store/runs';
import { buildExport, exportFileName } from '../../../src/ui/export';
import { allRuns, deleteRuns, exportHistory, importHistory } from '../../../src/ui/options/history-store';
import { baseRun, hostileRun } from '../report/helpers';
import { validate } from '../report/json-schema';

const schema = JSON.parse(readFileSync(new URL('../../../docs/findings.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const O = 'https://crm.example.com';

async function freshDb() {
  resetDbCache();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase('crm-audit-lens');
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

beforeEach(freshDb);

async function seed() {
  await saveRun(baseRun({ id: 'r1', startedAt: '2025-12-01T10:00:00.000Z', finishedAt: '2025-12-01T10:00:02.000Z', score: 60 }));
  await saveRun(hostileRun());
  await setDecision(
    O,
    'duplicates',
    [
      { kind: 'contact', id: 'c4' },
      { kind: 'contact', id: 'c3' },
    ],
    'not-duplicate',
    new Date('2026-06-01T00:00:00Z'),
  );
  const d = await db();
  await d.put('settings', {
    key: 'global',
    selfAssessment: { encryption: 'yes', backups: 'no' },
    roi: { gain: '۱۵۰٬۰۰۰', cost: '100000' },
  });
}

describe('exports from the store', () => {
  it('JSON carries version, decisions, checklist, ROI and the trend, and validates', async () => {
    await seed();
    const [summary] = await listRuns(O);
    const built = await buildExport(summary!, { format: 'json' }, '9.9.9');
    expect(built.fileName).toBe('crm-audit-crm.example.com-2026-06-30.json');
    const snap = JSON.parse(built.text);
    expect(validate(schema, snap)).toEqual([]);
    expect(snap.generator).toEqual({ name: 'crm-audit-lens', version: '9.9.9' });
    expect(snap.decisions).toEqual([expect.objectContaining({ check: 'duplicates', decision: 'not-duplicate' })]);
    expect(snap.selfAssessment.answers).toEqual({ encryption: 'yes' });
    expect(snap.roi).toMatchObject({ ok: true, percent: 50 });
    expect(snap.history.map((h: { runId: string }) => h.runId)).toEqual(['r1', 'run-hostile']);
    expect(snap.findings).toHaveLength(hostileRun().findings.length);
  });

  it('CSV and HTML, redacted on request', async () => {
    await seed();
    const [summary] = await listRuns(O);
    const csv = await buildExport(summary!, { format: 'csv', redact: 'hash' }, '1');
    expect(csv.fileName.endsWith('.csv')).toBe(true);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).not.toContain('taro@mailinator.com');
    const html = await buildExport(summary!, { format: 'html', redact: true }, '1');
    expect(html.mime).toBe('text/html;charset=utf-8');
    expect(html.text).toContain('aria-label="Score trend over 2 audits"');
    expect(html.text).not.toContain('山田');
  });

  it('file names: CRM host and date; imports keep a safe file name', () => {
    expect(exportFileName('https://acme.my.salesforce.com', '2026-12-01T10:00:00Z', 'html')).toBe(
      'crm-audit-acme.my.salesforce.com-2026-12-01.html',
    );
    expect(exportFileName('file:contacts.csv,deals.csv', '2026-12-01T10:00:00Z', 'csv')).toBe(
      'crm-audit-contacts.csv_deals.csv-2026-12-01.csv',
    );
  });
});

describe('history export / import', () => {
  it('moves every run, its findings and the decisions to another browser', async () => {
    await seed();
    const file = JSON.parse(JSON.stringify(await exportHistory('1.0.0', new Date('2026-07-01T00:00:00Z'))));
    expect(file.schema).toBe(HISTORY_SCHEMA);
    await freshDb();
    const parsed = parseHistoryFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importHistory(parsed.file)).toEqual({ runs: 2, existing: 0, decisions: 1 });
    expect((await allRuns()).map((r) => r.id)).toEqual(['run-hostile', 'r1']);
    expect(await findingsForRun('run-hostile')).toHaveLength(hostileRun().findings.length);
    expect(await decisionsForOrigin(O)).toHaveLength(1);
    // importing the same file again adds nothing
    expect(await importHistory(parsed.file)).toEqual({ runs: 0, existing: 2, decisions: 0 });
  });

  it('rejects a bad file with a message naming the run, and stores nothing', async () => {
    await seed();
    const file = JSON.parse(JSON.stringify(await exportHistory('1')));
    file.runs[1].findings[0].severity = 'urgent';
    const parsed = parseHistoryFile(JSON.stringify(file));
    expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/^run 2 \(run-hostile\), findings\.0\.severity: /) });
    expect(parseHistoryFile('{"schema":"crm-audit/findings@1"}')).toEqual({ ok: false, error: expect.stringContaining('single audit') });
    expect(parseHistoryFile('{oops')).toEqual({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(parseHistoryFile('[]')).toEqual({ ok: false, error: expect.stringContaining('not a CRM Audit Lens history file') });
  });

  it('deletes old runs with their findings', async () => {
    await seed();
    await deleteRuns(['r1']);
    expect((await allRuns()).map((r) => r.id)).toEqual(['run-hostile']);
    expect(await findingsForRun('r1')).toEqual([]);
  });
});
