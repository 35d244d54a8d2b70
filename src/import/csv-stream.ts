// CSV text fed in pieces → rows with their line numbers, never holding the whole file.
// papaparse does the quoting through its own chunk streamer (the one it uses for Node streams,
// driven here by a minimal emitter), so a row or a quoted cell cut between two pieces is
// rejoined exactly as papaparse would. Line numbers count the newlines inside quoted cells.
import Papa from 'papaparse';

export interface CsvStreamHandlers {
  /** A row of cells and the line it starts on. Return false to stop reading. */
  row(cells: string[], line: number): boolean | void;
}

/** Longest text carried over between pieces: only an unclosed quote makes it grow. */
export const MAX_CARRY = 4 * 1024 * 1024;

type Listener = (chunk: string) => void;

/** What papaparse's ReadableStreamStreamer expects of a Node stream, and no more. */
class Feed {
  readonly readable = true;
  private listeners = new Map<string, Listener>();
  read(): null {
    return null;
  }
  on(event: string, fn: Listener): this {
    this.listeners.set(event, fn);
    return this;
  }
  removeListener(event: string): this {
    this.listeners.delete(event);
    return this;
  }
  pause(): void {}
  resume(): void {}
  emit(event: 'data' | 'end', chunk = ''): void {
    this.listeners.get(event)?.(chunk);
  }
}

export class CsvStream {
  /** Set when reading stopped on its own: an unclosed quote or a parser failure. */
  error: { line: number; reason: string } | undefined;
  private feed = new Feed();
  private head = '';
  private started = false;
  private stopped = false;
  private lineOffset = 0;
  private newlines = 0;
  private fed = 0;
  private consumed = 0;

  constructor(private readonly handlers: CsvStreamHandlers) {}

  /** The line the next row starts on. */
  get line(): number {
    return 1 + this.lineOffset + this.newlines;
  }

  push(text: string): void {
    if (this.stopped || !text) return;
    if (!this.started) {
      // the delimiter is guessed once, on the first piece: give it some lines to look at
      this.head += text;
      if (this.head.length < 64 * 1024 && !/\n[^\n]*\n/.test(this.head)) return;
      this.start(this.head);
      this.head = '';
      return;
    }
    this.send(text);
  }

  end(): void {
    if (!this.started) this.start(this.head);
    if (this.stopped) return;
    this.feed.emit('end');
    this.stopped = true;
  }

  private start(first: string): void {
    this.started = true;
    let text = first.charCodeAt(0) === 0xfeff ? first.slice(1) : first;
    let delimiter = '';
    const sep = /^sep=(.)\r?\n/i.exec(text); // Excel's "sep=;" first line
    if (sep) {
      delimiter = sep[1]!;
      text = text.slice(sep[0].length);
      this.lineOffset = 1;
    }
    Papa.parse(this.feed as unknown as File, {
      delimiter,
      skipEmptyLines: false,
      step: (result, parser) => {
        if (this.stopped) return parser.abort();
        const line = this.line;
        const cells = Array.isArray(result.data) ? result.data.map((c) => (c == null ? '' : String(c))) : [];
        const nl = result.meta.linebreak === '\r' ? '\r' : '\n';
        for (const c of cells) for (let i = c.indexOf(nl); i !== -1; i = c.indexOf(nl, i + 1)) this.newlines++;
        this.newlines++;
        this.consumed = result.meta.cursor;
        const fatal = result.errors.filter((e) => e.type !== 'Delimiter');
        if (fatal.length) {
          this.stopped = true;
          this.error = { line, reason: `malformed row (${fatal[0]!.message.toLowerCase()})` };
          return parser.abort();
        }
        if (this.handlers.row(cells, line) === false) {
          this.stopped = true;
          parser.abort();
        }
      },
      error: (e: Error) => {
        this.stopped = true;
        this.error ??= { line: this.line, reason: `could not parse: ${e.message}` };
      },
    });
    this.send(text);
  }

  private send(text: string): void {
    this.fed += text.length;
    try {
      this.feed.emit('data', text);
    } catch (e) {
      this.stopped = true;
      this.error ??= { line: this.line, reason: `could not parse: ${e instanceof Error ? e.message : String(e)}` };
      return;
    }
    if (!this.stopped && this.fed - this.consumed > MAX_CARRY) {
      this.stopped = true;
      this.error = { line: this.line, reason: 'a quoted cell that starts here is never closed' };
    }
  }
}
