// `crm-audit`: the audit engine over CRM export files, from a terminal. The only module
// that touches Node (fs, process); everything it calls is the same pure code the extension
// runs. Output (the findings snapshot) goes to stdout or --out; progress, warnings and a
// one-line summary go to stderr.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { version } from '../../package.json';
import { runAudit } from '../audit/run-audit';
import { parseSettings } from '../audit/settings';
import { CHECKS } from '../checks/index';
import type { AuditSettings } from '../model/audit';
import type { CrmRecord, RecordKind } from '../model/record';
import { importFile } from '../readers/import/index';
import { buildFindingsSnapshot } from '../report/snapshot';
import { parseArgs, USAGE, type AuditArgs } from './args';
import { formatCsv } from './format-csv';
import { reportDictionary } from '../report/html-dictionary';
import { formatHtml } from './format-html';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Uint8Array;
  writeFile(path: string, text: string): void;
  fileSize(path: string): number;
  /** stderr is a terminal: progress may overwrite itself. */
  interactive: boolean;
}

export function nodeIo(): CliIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readFile: (p) => readFileSync(p),
    writeFile: (p, t) => writeFileSync(p, t),
    fileSize: (p) => {
      try {
        return statSync(p).size;
      } catch {
        return 0;
      }
    },
    interactive: process.stderr.isTTY === true,
  };
}

/** Exit status for bad usage and unreadable input. */
export const EXIT_USAGE = 2;

class UsageError extends Error {}

const BIG_FILE = 2 * 1024 * 1024;
const PROBLEMS_SHOWN = 5;

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES') return 'permission denied';
  }
  return e instanceof Error ? e.message : String(e);
}

function loadSettings(args: AuditArgs, io: CliIo): Partial<AuditSettings> {
  let settings: AuditSettings | undefined;
  if (args.config) {
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(io.readFile(args.config)).replace(/^\uFEFF/, '');
    } catch (e) {
      throw new UsageError(`cannot read config ${args.config}: ${errorText(e)}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`${args.config}: not valid JSON (${errorText(e)})`);
    }
    const parsed = parseSettings(json, CHECKS);
    if (parsed.problems.length) throw new UsageError(`${args.config}: ${parsed.problems.join('; ')}`);
    settings = parsed.settings;
  }
  const out: Partial<AuditSettings> = settings ? { ...settings } : {};
  if (args.region) out.defaultRegion = args.region;
  return out;
}

function readAll(args: AuditArgs, io: CliIo, now: Date) {
  const records: CrmRecord[] = [];
  const counts: Partial<Record<RecordKind, number>> = {};
  const skipped: Record<string, number> = {};
  const names: string[] = [];
  for (const path of args.files) {
    const name = basename(path);
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(path);
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${errorText(e)}`);
    }
    const big = io.fileSize(path) > BIG_FILE || bytes.length > BIG_FILE;
    if (big && !args.quiet && !io.interactive) io.stderr(`crm-audit: reading ${name} (${(bytes.length / 1024 / 1024).toFixed(1)} MB)…\n`);
    const progress = (rows: number) => {
      if (args.quiet || !big) return;
      if (io.interactive) io.stderr(`\rcrm-audit: reading ${name}… ${fmt(rows)} rows`);
      else if (rows % 100_000 === 0) io.stderr(`crm-audit: reading ${name}… ${fmt(rows)} rows\n`);
    };
    const opts: Parameters<typeof importFile>[2] = { seenAt: now.toISOString(), map: args.map, onProgress: progress };
    if (args.kind) opts.kind = args.kind;
    if (args.idColumn) opts.idColumn = args.idColumn;
    const result = importFile(bytes, path, opts);
    if (big && io.interactive && !args.quiet) io.stderr('\n');
    if (result.error)
      throw new UsageError(`${path}${result.error.line !== undefined ? `:${result.error.line}` : ''}: ${result.error.message}`);
    names.push(name);
    for (const r of result.records) records.push(r);
    for (const [k, n] of Object.entries(result.counts)) counts[k as RecordKind] = (counts[k as RecordKind] ?? 0) + n;
    for (const [reason, n] of Object.entries(result.skipped)) skipped[`${name}: ${reason}`] = n;
    if (!args.quiet) {
      for (const p of result.problems.slice(0, PROBLEMS_SHOWN)) io.stderr(`crm-audit: warning: ${path}:${p.line}: ${p.reason}\n`);
      const more = Object.values(result.skipped).reduce((a, b) => a + b, 0) - Math.min(PROBLEMS_SHOWN, result.problems.length);
      if (result.problems.length > PROBLEMS_SHOWN && more > 0) io.stderr(`crm-audit: warning: ${path}: … and ${fmt(more)} more\n`);
    }
  }
  return { records, counts, skipped, names };
}

export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (args.command === 'error') {
    io.stderr(`crm-audit: ${args.message}\nRun "crm-audit --help" for usage.\n`);
    return EXIT_USAGE;
  }
  try {
    const now = args.now ?? new Date();
    const settings = loadSettings(args, io);
    const { records, counts, skipped, names } = readAll(args, io, now);
    if (!args.quiet && records.length > 50_000) io.stderr(`crm-audit: auditing ${fmt(records.length)} records…\n`);
    const run = runAudit(records, { origin: `file:${names.join(',')}`, settings, now, skipped });
    const snapshot = buildFindingsSnapshot(run, { files: names, counts, redact: args.redact, generator: { name: 'crm-audit', version } });
    const output =
      args.format === 'csv'
        ? formatCsv(snapshot)
        : args.format === 'html'
          ? formatHtml(snapshot, reportDictionary(args.lang ?? 'en'))
          : `${JSON.stringify(snapshot, null, 2)}\n`;
    if (args.out) {
      try {
        io.writeFile(args.out, output);
      } catch (e) {
        throw new UsageError(`cannot write ${args.out}: ${errorText(e)}`);
      }
    } else io.stdout(output);
    if (!args.quiet) {
      const perKind = Object.entries(counts)
        .map(([k, n]) => `${k} ${fmt(n)}`)
        .join(', ');
      const skippedRows = Object.values(skipped).reduce((a, b) => a + b, 0);
      const grade = run.grade ? ` (${run.grade})` : '';
      io.stderr(
        `crm-audit: ${names.length} file${names.length === 1 ? '' : 's'}, ${fmt(records.length)} records (${perKind || 'none'}); score ${run.score ?? 'n/a'}${grade}; ` +
          `${fmt(run.findings.length)} findings, ${fmt(run.duplicates.length)} duplicate groups` +
          `${skippedRows ? `; ${fmt(skippedRows)} values or rows skipped` : ''}${args.out ? ` → ${args.out}` : ''}\n`,
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`crm-audit: ${e.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`crm-audit: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}
