// Febrl accuracy through the built CLI, as a CRM export would be audited: the CSV goes to
// `crm-audit audit` with --map flags for the CRM fields (never soc_sec_id), and the snapshot's
// `duplicates` list is scored against the ground truth in rec_id. Nothing is mapped in-process,
// so a break anywhere on that path (import, dates, mapping, snapshot) shows up as lost accuracy.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { FindingsSnapshot } from '../../src/report/snapshot';

/** Export columns → the CRM fields a user would map them to in the CLI. */
export const FEBRL_MAP: readonly [string, string][] = [
  ['given_name', 'First Name'],
  ['surname', 'Last Name'],
  ['address_1', 'Street Address'],
  ['suburb', 'City'],
  ['postcode', 'Postal Code'],
  ['state', 'State'],
  ['date_of_birth', 'Date of Birth'],
];

export interface CliRun {
  snapshot: FindingsSnapshot;
  ms: number;
  /** record id → entity id (ground truth from rec_id). */
  entityOf: Map<string, string>;
}

/** Builds dist-cli/ when it is missing (or when `rebuild`), so the bench measures the current source. */
export function ensureCli(root: string, rebuild: boolean): string {
  const bin = join(root, 'bin/crm-audit.mjs');
  if (rebuild || !existsSync(join(root, 'dist-cli/crm-audit.mjs'))) {
    execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
  }
  return bin;
}

export function runFebrlCli(bin: string, csv: string): CliRun | undefined {
  if (!existsSync(csv)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'febrl-cli-'));
  const out = join(dir, 'snapshot.json');
  const args = [bin, 'audit', resolve(csv), '--kind', 'contact', '--id-column', 'rec_id', '--region', 'AU', '--now', '2026-01-01'];
  for (const [col, field] of FEBRL_MAP) args.push('--map', `${col}=${field}`);
  args.push('--out', out, '--quiet');
  try {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    const ms = performance.now() - t0;
    const snapshot = JSON.parse(readFileSync(out, 'utf8')) as FindingsSnapshot;
    return { snapshot, ms, entityOf: febrlTruth(csv) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** rec-N-org / rec-N-dup-k → N, read from the file itself (ground truth, see its README). */
export function febrlTruth(csv: string): Map<string, string> {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(csv, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim(),
    transform: (v) => v.trim(),
  });
  const entityOf = new Map<string, string>();
  for (const row of parsed.data) {
    const id = row.rec_id!;
    entityOf.set(id, /^rec-(\d+)-/.exec(id)?.[1] ?? id);
  }
  return entityOf;
}
