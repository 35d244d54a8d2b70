// One CRM export file, fed as byte pieces, → canonical records, with the CLI's header
// dictionary, kind detection, id columns and row rules (src/readers/import). Pure: the options
// page's worker feeds it from Blob.stream(), the bench and the tests from plain arrays.
// Strict where the CLI is lenient: a ragged or malformed row fails the whole file with its
// line, because a half-read file would make a wrong audit look like a right one.
import { matchHeader } from '../readers/dictionary';
import {
  baseName,
  context,
  emptyResult,
  importJson,
  KIND_HINT,
  kindFromFileName,
  kindFromHeaders,
  noteUnmapped,
  push,
  uniqueHeaders,
  type ImportResult,
} from '../readers/import/index';
import type { RowContext } from '../readers/import/rows';
import { rowToRecord } from '../readers/import/rows';
import type { RecordKind } from '../model/record';
import { ByteDecoder, DecodeError } from './byte-decoder';
import { CsvStream } from './csv-stream';

/** Why a file was refused; the UI words each code in the user's language. */
export type ImportErrorCode =
  'empty' | 'encoding' | 'malformed' | 'ragged' | 'unknown-kind' | 'unknown-format' | 'no-records' | 'json' | 'too-large';

export interface ImportError {
  file: string;
  code: ImportErrorCode;
  /** English detail, as the CLI would print it. */
  message: string;
  line?: number;
}

export interface FileImportOptions {
  /** Record origin; defaults to "file:<file name>" (as the CLI). */
  origin?: string;
  seenAt: string;
  kind?: RecordKind;
}

export interface FileImportOutcome {
  result: ImportResult;
  error?: ImportError;
}

/** JSON is parsed whole (JSON.parse has no streaming mode): past this many characters, refuse. */
export const MAX_JSON_CHARS = 256 * 1024 * 1024;

export class FileImport {
  readonly name: string;
  bytes = 0;
  private decoder = new ByteDecoder();
  private result: ImportResult;
  private format: 'csv' | 'json' | undefined;
  private csv: CsvStream | undefined;
  private json: string[] = [];
  private jsonChars = 0;
  private headers: string[] | undefined;
  private ctx: RowContext | undefined;
  private kind: RecordKind | undefined;
  private error: ImportError | undefined;

  constructor(
    fileName: string,
    private readonly opts: FileImportOptions,
  ) {
    this.name = baseName(fileName);
    this.result = emptyResult(this.name, /\.json$/i.test(this.name) ? 'json' : 'csv', 'unknown');
  }

  /** Rows read so far. */
  get rows(): number {
    return this.result.stats.rows;
  }

  get failed(): boolean {
    return this.error !== undefined;
  }

  push(bytes: Uint8Array): void {
    if (this.error) return;
    this.bytes += bytes.length;
    this.text(() => this.decoder.push(bytes));
  }

  end(): FileImportOutcome {
    if (!this.error) {
      this.text(() => this.decoder.end());
      if (!this.error) this.finish();
    }
    this.result.encoding = this.decoder.encoding ?? this.result.encoding;
    if (this.error) {
      this.result.records = [];
      this.result.error =
        this.error.line === undefined ? { message: this.error.message } : { message: this.error.message, line: this.error.line };
      return { result: this.result, error: this.error };
    }
    return { result: this.result };
  }

  private fail(code: ImportErrorCode, message: string, line?: number): void {
    this.error ??= line === undefined ? { file: this.name, code, message } : { file: this.name, code, message, line };
  }

  private text(read: () => string): void {
    let text: string;
    try {
      text = read();
    } catch (e) {
      if (e instanceof DecodeError) return this.fail('encoding', e.message, e.line);
      throw e;
    }
    if (!text) return;
    this.format ??= this.formatOf(text);
    if (this.format === 'json') {
      this.jsonChars += text.length;
      if (this.jsonChars > MAX_JSON_CHARS) return this.fail('too-large', 'is too large a JSON file: export it as CSV instead');
      this.json.push(text);
      return;
    }
    this.csv ??= new CsvStream({ row: (cells, line) => this.row(cells, line) });
    this.csv.push(text);
  }

  private formatOf(text: string): 'csv' | 'json' {
    if (/\.json$/i.test(this.name)) return 'json';
    if (/\.(csv|tsv|txt)$/i.test(this.name)) return 'csv';
    const first = text.replace(/^\uFEFF/, '').trimStart()[0];
    return first === '[' || first === '{' ? 'json' : 'csv';
  }

  private row(cells: string[], line: number): boolean {
    if (cells.every((c) => c.trim() === '')) return true;
    if (!this.headers) return this.header(cells, line);
    const n = this.headers.length;
    if (cells.length > n && cells.slice(n).every((c) => c.trim() === '')) cells.length = n; // trailing separators
    if (cells.length !== n) {
      this.fail('ragged', `ragged row: ${cells.length} cells, the header has ${n}`, line);
      return false;
    }
    const row: Record<string, string> = {};
    for (let i = 0; i < n; i++) row[this.headers[i]!] = cells[i]!;
    push(this.result, rowToRecord(row, line, this.ctx!));
    return true;
  }

  private header(cells: string[], line: number): boolean {
    // Windows-1256 has no Persian yeh and keheh: Persian Windows writes the Arabic letters,
    // which the header dictionary (written in Persian) would not recognise
    const persian = this.decoder.encoding === 'windows-1256';
    const headers = uniqueHeaders(cells.map((c) => (persian ? c.replace(/\u064A/g, '\u06CC').replace(/\u0643/g, '\u06A9') : c).trim()));
    const kind = this.opts.kind ?? kindFromFileName(this.name) ?? kindFromHeaders(headers);
    if (!kind) {
      this.fail('unknown-kind', `cannot tell what kind of records it holds: ${KIND_HINT}`, line);
      return false;
    }
    const ctx = context(this.result, kind, headers, {
      seenAt: this.opts.seenAt,
      ...(this.opts.origin ? { origin: this.opts.origin } : {}),
    });
    const known = headers.filter((h) => h !== ctx.idColumn && matchHeader(h, kind) !== undefined);
    if (known.length === 0) {
      this.fail('unknown-format', `none of its columns is a CRM field the audit knows (columns: ${headers.slice(0, 8).join(', ')})`, line);
      return false;
    }
    this.headers = headers;
    this.ctx = ctx;
    this.kind = kind;
    return true;
  }

  private finish(): void {
    if (this.format === 'json') {
      const text = this.json.join('');
      this.json = [];
      const opts = {
        seenAt: this.opts.seenAt,
        ...(this.opts.origin ? { origin: this.opts.origin } : {}),
        ...(this.opts.kind ? { kind: this.opts.kind } : {}),
      };
      const parsed = importJson(text, this.name, opts, this.decoder.encoding ?? 'utf-8');
      if (parsed.error)
        return this.fail(/kind of records/.test(parsed.error.message) ? 'unknown-kind' : 'json', parsed.error.message, parsed.error.line);
      this.result = parsed;
    } else {
      this.csv?.end();
      if (this.csv?.error) {
        const { line, reason } = this.csv.error;
        return this.fail('malformed', reason, line);
      }
      if (!this.headers) return this.fail('empty', 'is empty: no header row found', 1);
      noteUnmapped(this.result, this.headers, this.kind!, this.ctx!);
    }
    if (this.result.records.length === 0)
      this.fail('no-records', 'holds no records', this.result.format === 'csv' ? this.csv?.line : undefined);
  }
}
