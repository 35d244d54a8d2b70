// Command line of `crm-audit`. Hand-rolled (two commands, a dozen options): no dependency,
// and every mistake gets a message that says what was expected.
import { isRecordKind, RECORD_KINDS, type RecordKind } from '../model/record';
import { parseMapping } from '../readers/import/index';
import { REPORT_LANGUAGES } from '../report/html-dictionary';

export const FORMATS = ['json', 'csv', 'html'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface AuditArgs {
  command: 'audit';
  files: string[];
  kind?: RecordKind;
  map: Record<string, string>;
  idColumn?: string;
  now?: Date;
  config?: string;
  format: OutputFormat;
  out?: string;
  region?: string;
  /** Language of the HTML report (en, fa, ja). */
  lang?: string;
  redact: boolean;
  quiet: boolean;
}

export type ParsedArgs = AuditArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

export const USAGE = `Usage: crm-audit audit FILE... [options]

Audits CRM export files (CSV or JSON) and prints the findings snapshot.
Several files are audited together as one workspace.

Options:
  --kind KIND           record kind of every file (${RECORD_KINDS.join(', ')});
                        default: from the JSON key, the file name, then the headers
  --map "Header=field"  map a column to a canonical field (repeatable); field "id" = id column
  --id-column NAME      the column holding each record's id (default: detected)
  --now ISO             the audit's "now", e.g. 2026-01-31 (default: the clock)
  --config FILE         JSON settings: { "thresholds": {...}, "disabledChecks": [...], "defaultRegion": "IR" }
  --region CC           default phone region (overrides the config), e.g. US, IR, JP
  --format FORMAT       json (default), csv (one row per finding) or html (report)
  --lang LANG           language of the HTML report: en (default), fa (right-to-left) or ja
  --out PATH            write to PATH instead of stdout
  --redact              leave out names, URLs and personal values
  --quiet               no progress or summary on stderr
  -h, --help            this help
  --version             print the version

Exit status: 0 success, 2 bad usage or unreadable input, 1 unexpected error.`;

const VALUE_OPTIONS = new Set(['--kind', '--map', '--id-column', '--now', '--config', '--format', '--out', '--region', '--lang']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const err = (message: string): ParsedArgs => ({ command: 'error', message });
  if (argv.length === 0) return err('no command given');
  if (argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === 'version') return { command: 'version' };
  if (argv[0] !== 'audit') return err(`unknown command "${argv[0]}" (expected "audit")`);
  const args: AuditArgs = { command: 'audit', files: [], map: {}, format: 'json', redact: false, quiet: false };
  for (let i = 1; i < argv.length; i++) {
    let arg = argv[i]!;
    let value: string | undefined;
    if (arg.startsWith('--') && arg.includes('=') && VALUE_OPTIONS.has(arg.slice(0, arg.indexOf('=')))) {
      value = arg.slice(arg.indexOf('=') + 1);
      arg = arg.slice(0, arg.indexOf('='));
    }
    if (arg === '--redact') {
      args.redact = true;
      continue;
    }
    if (arg === '--quiet' || arg === '-q') {
      args.quiet = true;
      continue;
    }
    if (arg === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (VALUE_OPTIONS.has(arg)) {
      if (value === undefined) {
        value = argv[++i];
        if (value === undefined) return err(`${arg} needs a value`);
      }
      switch (arg) {
        case '--kind':
          if (!isRecordKind(value)) return err(`--kind "${value}": expected one of ${RECORD_KINDS.join(', ')}`);
          args.kind = value;
          break;
        case '--map': {
          const parsed = parseMapping(value);
          if ('error' in parsed) return err(`--map ${parsed.error}`);
          args.map[parsed.header] = parsed.field;
          break;
        }
        case '--id-column':
          if (!value.trim()) return err('--id-column needs a column name');
          args.idColumn = value.trim();
          break;
        case '--now': {
          const d = new Date(value);
          if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime()))
            return err(`--now "${value}": expected an ISO date such as 2026-01-31 or 2026-01-31T12:00:00Z`);
          args.now = d;
          break;
        }
        case '--config':
          args.config = value;
          break;
        case '--format':
          if (!(FORMATS as readonly string[]).includes(value)) return err(`--format "${value}": expected json, csv or html`);
          args.format = value as OutputFormat;
          break;
        case '--out':
          args.out = value;
          break;
        case '--lang': {
          const lang = value.toLowerCase().split(/[-_]/)[0]!;
          if (!REPORT_LANGUAGES.includes(lang)) return err(`--lang "${value}": expected ${REPORT_LANGUAGES.join(', ')}`);
          args.lang = lang;
          break;
        }
        case '--region':
          if (!/^[A-Za-z]{2}$/.test(value)) return err(`--region "${value}": expected a two-letter region such as US, IR or JP`);
          args.region = value.toUpperCase();
          break;
      }
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return err(`unknown option "${arg}"`);
    args.files.push(arg);
  }
  if (args.files.length === 0) return err('no input file given');
  return args;
}
