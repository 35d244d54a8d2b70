// The CLI in-process, with files in memory: exit codes, messages, formats.
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../src/cli/main';
import type { FindingsSnapshot } from '../../../src/report/snapshot';
import pkg from '../../../package.json';

function io(files: Record<string, string | Uint8Array>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const api: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    writeFile: (p, t) => {
      if (p.startsWith('/nope/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      out.written[p] = t;
    },
    fileSize: (p) => (typeof files[p] === 'string' ? (files[p] as string).length : 0),
    interactive: false,
  };
  return { api, out };
}

const CONTACTS =
  'Id,First Name,Last Name,Email,Phone\n1,Ali,Rezaei,ali@mailinator.com,+1 415 555 2671\n2,<b>Sara</b>,"=HYPERLINK(""x"")",sara@acme.com,12\n3,Short\n';

describe('crm-audit main', () => {
  it('audits a file to JSON on stdout, with a summary and warnings on stderr', async () => {
    const { api, out } = io({ 'contacts.csv': CONTACTS });
    expect(await main(['audit', 'contacts.csv', '--now', '2026-06-30'], api)).toBe(0);
    const snap = JSON.parse(out.stdout) as FindingsSnapshot;
    expect(snap).toMatchObject({
      schema: 'crm-audit/findings@1',
      now: '2026-06-30T00:00:00.000Z',
      source: { files: ['contacts.csv'], counts: { contact: 2 } },
      skipped: { 'contacts.csv: ragged row': 1 },
    });
    // the file names the program that wrote it, with the package's version
    expect(snap.generator).toEqual({ name: 'crm-audit', version: pkg.version });
    expect(snap.checks.find((c) => c.id === 'invalid-email')).toMatchObject({ eligible: 2, affected: 1 });
    expect(snap.checks.find((c) => c.id === 'invalid-phone')).toMatchObject({ eligible: 2, affected: 1 });
    expect(out.stderr).toContain('crm-audit: warning: contacts.csv:4: ragged row: 2 cells, the header has 5\n');
    expect(out.stderr).toMatch(
      /crm-audit: 1 file, 2 records \(contact 2\); score \d+ \([a-z-]+\); \d+ findings, 0 duplicate groups; 1 values or rows skipped\n$/,
    );
  });

  it('writes CSV with a BOM and defused formulas, and escaped HTML', async () => {
    const { api, out } = io({ 'contacts.csv': CONTACTS });
    expect(await main(['audit', 'contacts.csv', '--format', 'csv', '--out', 'f.csv', '--quiet'], api)).toBe(0);
    const csv = out.written['f.csv']!;
    expect(
      csv.startsWith('\uFEFFcheck,category,severity,message,message_key,record_count,record_kinds,record_ids,record_names,evidence\r\n'),
    ).toBe(true);
    expect(csv).toContain(
      'invalid-email,data-quality,low,1 contact records use a disposable (throwaway) e-mail domain,invalid_email_disposable,1,contact,1,Ali Rezaei,',
    );
    expect(csv).not.toMatch(/,=HYPERLINK/);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('');
    expect(await main(['audit', 'contacts.csv', '--format', 'html', '--out', 'r.html', '--quiet'], api)).toBe(0);
    const html = out.written['r.html']!;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('&lt;b&gt;Sara&lt;/b&gt;');
    expect(html).not.toContain('<b>Sara</b>');
    expect(html).not.toContain('<script');
    // --lang: the same report in Persian, right to left, its engine sentences translated too
    expect(await main(['audit', 'contacts.csv', '--format', 'html', '--lang', 'fa', '--out', 'fa.html', '--quiet'], api)).toBe(0);
    const fa = out.written['fa.html']!;
    expect(fa).toMatch(/<html[^>]*lang="fa"[^>]*dir="rtl"|<html[^>]*dir="rtl"[^>]*lang="fa"/);
    expect(fa).toContain('کیفیت داده');
    expect(fa).not.toContain('data-quality:');
  });

  it('redacts names and values on request', async () => {
    const { api, out } = io({ 'contacts.csv': CONTACTS });
    await main(['audit', 'contacts.csv', '--redact', '--quiet'], api);
    const snap = JSON.parse(out.stdout) as FindingsSnapshot;
    expect(snap.redacted).toBe(true);
    expect(out.stdout).not.toContain('Rezaei');
    expect(out.stdout).not.toContain('mailinator');
    expect(snap.findings.find((f) => f.message.key === 'invalid_email_disposable')!.records).toEqual([{ kind: 'contact', id: '1' }]);
  });

  it.each([
    [['audit'], 'crm-audit: no input file given\nRun "crm-audit --help" for usage.\n'],
    [['audit', 'missing.csv'], 'crm-audit: cannot read missing.csv: no such file\n'],
    [['audit', 'bad.json'], 'crm-audit: bad.json:3: is not valid JSON'],
    [['audit', 'export.csv'], 'crm-audit: export.csv:1: cannot tell what kind of records it holds'],
    [
      ['audit', 'contacts.csv', '--config', 'cfg.json'],
      'crm-audit: cfg.json: disabledChecks: unknown check "nope"; thresholds.stale-records.staleDays: expected a number\n',
    ],
    [['audit', 'contacts.csv', '--config', 'nocfg.json'], 'crm-audit: cannot read config nocfg.json: no such file\n'],
    [['audit', 'contacts.csv', '--out', '/nope/x.json'], 'crm-audit: cannot write /nope/x.json: no such file\n'],
  ])('%j exits 2: %s', async (argv, message) => {
    const { api, out } = io({
      'contacts.csv': CONTACTS,
      'bad.json': '[\n {"id": 1},\n {"id": 2,,}\n]',
      'export.csv': 'Foo,Bar\n1,2\n',
      'cfg.json': JSON.stringify({ thresholds: { 'stale-records': { staleDays: 'soon' } }, disabledChecks: ['nope'] }),
    });
    expect(await main(argv, api)).toBe(2);
    expect(out.stderr).toContain(message);
  });

  it('applies a config file and --region', async () => {
    const { api, out } = io({
      'contacts.csv': 'Id,Name,Phone\n1,A,0912 345 6789\n',
      'cfg.json': JSON.stringify({ disabledChecks: ['duplicates'], defaultRegion: 'IR' }),
    });
    expect(await main(['audit', 'contacts.csv', '--config', 'cfg.json', '--quiet'], api)).toBe(0);
    let snap = JSON.parse(out.stdout) as FindingsSnapshot;
    expect(snap.checks.map((c) => c.id)).not.toContain('duplicates');
    expect(snap.settings.defaultRegion).toBe('IR');
    expect(snap.checks.find((c) => c.id === 'invalid-phone')!.affected).toBe(0);
    out.stdout = '';
    // an Iranian mobile number written nationally is not a US number
    await main(['audit', 'contacts.csv', '--config', 'cfg.json', '--region', 'US', '--quiet'], api);
    snap = JSON.parse(out.stdout) as FindingsSnapshot;
    expect(snap.checks.find((c) => c.id === 'invalid-phone')!.affected).toBe(1);
  });

  it("lists duplicate groups with a 0..1 match confidence and both records' values in the evidence", async () => {
    const csv =
      'rec_id,given_name,surname,suburb,postcode,date_of_birth\n' +
      'r1,alissa,kilmartin,wolumla,6210,19041118\nr2,alissa,kilmatrin,wolumla,6210,19041118\nr3,james,morrison,bondi,2026,19770301\n';
    const { api, out } = io({ 'people.csv': csv });
    const args = ['audit', 'people.csv', '--kind', 'contact', '--id-column', 'rec_id', '--quiet'];
    for (const m of ['given_name=First Name', 'surname=Last Name', 'suburb=City', 'postcode=Postal Code', 'date_of_birth=Date of Birth'])
      args.push('--map', m);
    expect(await main(args, api)).toBe(0);
    const snap = JSON.parse(out.stdout) as FindingsSnapshot;
    expect(snap.duplicates).toHaveLength(1);
    const g = snap.duplicates[0]!;
    expect(g.ids.sort()).toEqual(['r1', 'r2']);
    expect(g.level).toBe('duplicate');
    expect(g.score).toBeGreaterThan(0.98);
    expect(g.score).toBeLessThanOrEqual(1);
    const rows = g.evidence as { field: string; a?: string; b?: string; weight: number }[];
    expect(rows.find((e) => e.field === 'lastName')).toMatchObject({ a: 'kilmartin', b: 'kilmatrin' });
    // YYYYMMDD as exports write it is read as a date
    expect(rows.find((e) => e.field === 'birthDate')!.weight).toBeGreaterThan(0);
    for (const e of rows) expect(e.a && e.b, e.field).toBeTruthy();
  });
});
