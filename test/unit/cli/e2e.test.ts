// The built CLI as a user runs it: `node bin/crm-audit.mjs audit ...` in a child process,
// over a workspace with planted problems; every check that applies must flag exactly the
// planted records.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingsSnapshot } from '../../../src/report/snapshot';
import { contactsCsv, PLANTED_AFFECTED, PLANTED_NOW, plantedWorkspace } from '../../fixtures/workspace/planted';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin/crm-audit.mjs');
let dir: string;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function affected(snapshot: FindingsSnapshot): Record<string, number> {
  return Object.fromEntries(snapshot.checks.filter((c) => c.id in PLANTED_AFFECTED).map((c) => [c.id, c.affected]));
}

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), '--quiet'], { cwd: root, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'crm-audit-e2e-'));
  const ws = plantedWorkspace();
  writeFileSync(join(dir, 'workspace.json'), JSON.stringify(ws, null, 2));
  const { contacts, ...rest } = ws;
  writeFileSync(join(dir, 'contacts.csv'), `\uFEFF${contactsCsv(contacts)}`);
  writeFileSync(join(dir, 'rest.json'), JSON.stringify(rest));
  writeFileSync(join(dir, 'broken.json'), '{\n  "contacts": [\n    {"id": 1,}\n  ]\n}\n');
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('crm-audit (built CLI)', () => {
  it('audits a multi-kind JSON workspace: the findings snapshot on stdout, a summary on stderr', () => {
    const r = cli(['audit', 'workspace.json', '--now', PLANTED_NOW]);
    expect(r.stderr).toMatch(
      /^crm-audit: 1 file, 67 records \(user 5, company 6, contact 40, deal 10, task 6\); score \d+ \([a-z-]+\); \d+ findings, \d+ duplicate groups\n$/,
    );
    expect(r.code).toBe(0);
    const snap = JSON.parse(r.stdout) as FindingsSnapshot;
    expect(snap).toMatchObject({
      schema: 'crm-audit/findings@1',
      now: '2026-06-30T12:00:00.000Z',
      source: { files: ['workspace.json'], counts: { user: 5, company: 6, contact: 40, deal: 10, task: 6 } },
    });
    expect(snap.checks).toHaveLength(22);
    expect(affected(snap)).toEqual(PLANTED_AFFECTED);
    expect(typeof snap.score).toBe('number');
    expect(snap.grade).toMatch(/^(excellent|very-good|good|poor|very-poor)$/);
    expect(Object.keys(snap.categories).sort()).toEqual(['compliance', 'data-quality', 'integration', 'process', 'usage']);
    for (const c of snap.checks) expect(c.explanation.text, c.id).not.toBe('');
    const dup = snap.duplicates.map((d) => [...d.ids].sort().join('+')).sort();
    expect(dup).toEqual(['c1+c39', 'c2+c40']);
    const f = snap.findings.find((x) => x.check === 'invalid-email' && x.message.key === 'invalid_email_typo')!;
    expect(f.records).toEqual([{ kind: 'contact', id: 'c13', name: 'Noah Wilson' }]);
  });

  it('audits several files as one workspace: contacts as CSV, the rest as JSON', () => {
    const out = join(dir, 'out.json');
    const r = cli(['audit', 'contacts.csv', 'rest.json', '--now', PLANTED_NOW, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`→ ${out}`);
    const snap = JSON.parse(readFileSync(out, 'utf8')) as FindingsSnapshot;
    expect(snap.source).toMatchObject({
      files: ['contacts.csv', 'rest.json'],
      counts: { contact: 40, user: 5, company: 6, deal: 10, task: 6 },
    });
    expect(affected(snap)).toEqual(PLANTED_AFFECTED);
  });

  it('writes CSV and HTML reports', () => {
    const csv = cli(['audit', 'workspace.json', '--now', PLANTED_NOW, '--format', 'csv', '--quiet']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFcheck,category,severity,message,')).toBe(true);
    expect(csv.stdout).toContain('stale-records,data-quality,low,2 contact records have had no update or activity for over 365 days');
    const html = cli(['audit', 'workspace.json', '--now', PLANTED_NOW, '--format', 'html', '--quiet']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<title>CRM audit report</title>');
    expect(html.stdout).toContain('ایران');
  });

  it('exits 2 with a clear message on bad usage or unreadable input', () => {
    expect(cli(['audit'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'crm-audit: no input file given\nRun "crm-audit --help" for usage.\n',
    });
    expect(cli(['audit', 'workspace.json', '--format', 'pdf'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format "pdf": expected json, csv or html'),
    });
    expect(cli(['audit', 'nowhere.csv'])).toMatchObject({ code: 2, stderr: 'crm-audit: cannot read nowhere.csv: no such file\n' });
    expect(cli(['audit', 'broken.json'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^crm-audit: broken\.json:3: is not valid JSON/),
    });
    expect(cli(['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });
});
