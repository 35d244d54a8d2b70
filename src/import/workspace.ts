// Several export files → one workspace: every file streamed through FileImport, all records
// together, one origin ("file:a.csv,b.csv", as the CLI names it). Nothing is kept from a
// workspace with a bad file: the caller gets every file's error and no records to store.
import type { CrmRecord } from '../model/record';
import type { ImportResult } from '../readers/import/index';
import { FileImport, type ImportError } from './stream-import';

/** What Blob/File offer, so Node (bench, tests) and the browser feed the same code. */
export interface SourceFile {
  readonly name: string;
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

export interface WorkspaceProgress {
  file: string;
  /** 0-based index of the file being read. */
  index: number;
  files: number;
  /** Bytes read over all files so far, and their total. */
  bytes: number;
  totalBytes: number;
  rows: number;
}

export interface WorkspaceImport {
  origin: string;
  records: CrmRecord[];
  results: ImportResult[];
  errors: ImportError[];
  /** "<file>: <reason>" → count, carried into the audit run like the CLI does. */
  skipped: Record<string, number>;
}

export interface WorkspaceOptions {
  seenAt: string;
  onProgress?: (p: WorkspaceProgress) => void;
  /** Milliseconds between progress reports (the last one is always sent). */
  progressEvery?: number;
  /** Stop at the first bad file instead of reading (and reporting) every file. */
  stopAtFirstError?: boolean;
}

export function workspaceOrigin(names: readonly string[]): string {
  return `file:${names.join(',')}`;
}

export async function importFiles(files: readonly SourceFile[], opts: WorkspaceOptions): Promise<WorkspaceImport> {
  const names = files.map((f) => f.name.split(/[\\/]/).pop() || f.name);
  const out: WorkspaceImport = { origin: workspaceOrigin(names), records: [], results: [], errors: [], skipped: {} };
  const totalBytes = files.reduce((a, f) => a + f.size, 0);
  const every = opts.progressEvery ?? 100;
  let done = 0;
  let rows = 0;
  let last = 0;
  const report = (name: string, index: number, bytes: number, rowCount: number, force: boolean) => {
    const now = Date.now();
    if (!opts.onProgress || (!force && now - last < every)) return;
    last = now;
    opts.onProgress({ file: name, index, files: files.length, bytes, totalBytes, rows: rowCount });
  };
  for (const [index, source] of files.entries()) {
    const file = new FileImport(source.name, { seenAt: opts.seenAt });
    const reader = source.stream().getReader();
    try {
      for (;;) {
        const { done: finished, value } = await reader.read();
        if (finished) break;
        file.push(value);
        report(file.name, index, done + file.bytes, rows + file.rows, false);
        if (file.failed) break;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
    const { result, error } = file.end();
    done += source.size;
    rows += result.stats.rows;
    report(file.name, index, done, rows, true);
    out.results.push(result);
    if (error) {
      out.errors.push(error);
      if (opts.stopAtFirstError) break;
      continue;
    }
    for (const r of result.records) out.records.push(r); // no spread: 100k records
    for (const [reason, n] of Object.entries(result.skipped)) out.skipped[`${result.fileName}: ${reason}`] = n;
  }
  if (out.errors.length) out.records = [];
  return out;
}
