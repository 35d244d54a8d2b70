// CSV exports → rows. papaparse does the quoting; we keep line numbers (multi-line cells
// included) so every skipped row can be named, and we are strict about shape: a row with
// fewer cells than the header is skipped and counted, not silently shifted.
import Papa from 'papaparse';

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvParse {
  headers: string[];
  headerLine: number;
  rows: CsvRow[];
  /** Malformed rows: line and reason. */
  bad: { line: number; reason: string }[];
}

/** Parses CSV text (BOM tolerated, Excel's "sep=;" first line honoured). Never throws. */
export function parseCsv(input: string, onProgress?: (rows: number) => void): CsvParse {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let lineOffset = 0;
  let delimiter = '';
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1]!;
    text = text.slice(sep[0].length);
    lineOffset = 1;
  }
  const out: CsvParse = { headers: [], headerLine: 0, rows: [], bad: [] };
  let prevCursor = 0;
  let newlines = 0;
  let headerSeen = false;
  const countNewlines = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) newlines++;
  };
  try {
    Papa.parse<string[]>(text, {
      delimiter,
      skipEmptyLines: false,
      step(result) {
        const line = 1 + lineOffset + newlines;
        const cursor = result.meta.cursor;
        countNewlines(prevCursor, cursor);
        prevCursor = cursor;
        const cells = Array.isArray(result.data) ? result.data.map((c) => (c == null ? '' : String(c))) : [];
        const fatal = result.errors.filter((e) => e.type !== 'Delimiter');
        if (cells.every((c) => c.trim() === '') && fatal.length === 0) return;
        if (!headerSeen) {
          if (fatal.length) {
            out.bad.push({ line, reason: `header row is malformed (${fatal[0]!.message})` });
            return;
          }
          headerSeen = true;
          out.headers = cells.map((c) => c.trim());
          out.headerLine = line;
          return;
        }
        if (fatal.length) {
          out.bad.push({ line, reason: `malformed row (${fatal[0]!.message.toLowerCase()})` });
          return;
        }
        const n = out.headers.length;
        if (cells.length > n && cells.slice(n).every((c) => c.trim() === '')) cells.length = n; // trailing separators
        if (cells.length !== n) {
          out.bad.push({ line, reason: `ragged row: ${cells.length} cells, the header has ${n}` });
          return;
        }
        out.rows.push({ line, cells });
        if (onProgress && out.rows.length % 10_000 === 0) onProgress(out.rows.length);
      },
    });
  } catch (e) {
    out.bad.push({ line: 1 + lineOffset + newlines, reason: `could not parse: ${e instanceof Error ? e.message : String(e)}` });
  }
  return out;
}
