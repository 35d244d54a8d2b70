// Bytes fed in pieces → text, in the file's own encoding, decided once from a sample at the
// start (the same detection as the CLI's decodeBytes). An all-ASCII start decides nothing:
// ASCII reads the same in every supported encoding, so the choice waits for the first
// non-ASCII bytes — a Shift_JIS file whose first 100 kB are ASCII is still read as Shift_JIS.
import { detectEncoding, encodingLabel, NOT_TEXT, type Encoding } from '../readers/import/decode';

/** Bytes to look at after the first non-ASCII byte before deciding. */
const SAMPLE_AFTER_NON_ASCII = 16 * 1024;
/** Bytes to collect before checking for UTF-16 or binary formats. */
const FIRST_SAMPLE = 4 * 1024;

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Encodings the first bytes alone prove; the legacy code pages need a sample of their script. */
const MARKED = new Set<Encoding>(['utf-8-bom', 'utf-16le', 'utf-16be']);

function firstNonAscii(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export class ByteDecoder {
  encoding: Encoding | undefined;
  /** Newlines in the text produced so far: where a decoding error is. */
  private newlines = 0;
  private pending: Uint8Array = new Uint8Array(0);
  private sniffed = false;
  private decoder: TextDecoder | undefined;
  private ascii = new TextDecoder('utf-8');

  /** Decodes the next piece; throws DecodeError on bytes the encoding cannot hold. */
  push(bytes: Uint8Array): string {
    if (this.decoder) return this.decode(bytes, true);
    this.pending = concat(this.pending, bytes);
    return this.decide(false);
  }

  end(): string {
    const text = this.decoder ? '' : this.decide(true);
    return text + (this.decoder ? this.decode(new Uint8Array(0), false) : '');
  }

  private decide(complete: boolean): string {
    const bytes = this.pending;
    if (!this.sniffed) {
      if (bytes.length < FIRST_SAMPLE && !complete) return '';
      this.sniffed = true;
      // BOMs, UTF-16 and binary formats show at the very start
      const guess = detectEncoding(bytes.subarray(0, FIRST_SAMPLE), complete && bytes.length <= FIRST_SAMPLE);
      if (!guess.ok && guess.error !== NOT_TEXT) throw new DecodeError(guess.error, guess.line ?? 1);
      if (guess.ok && guess.encoding !== 'utf-8' && MARKED.has(guess.encoding)) return this.use(guess.encoding, complete);
    }
    const at = firstNonAscii(bytes);
    if (at === -1) {
      if (complete) return this.use('utf-8', true);
      this.pending = new Uint8Array(0);
      return this.count(this.ascii.decode(bytes));
    }
    if (!complete && bytes.length - at < SAMPLE_AFTER_NON_ASCII) return '';
    const guess = detectEncoding(bytes.subarray(at), complete);
    if (!guess.ok) {
      const before = this.ascii.decode(bytes.subarray(0, at));
      throw new DecodeError(guess.error, this.newlines + before.split('\n').length - 1 + (guess.line ?? 1));
    }
    return this.use(guess.encoding, complete);
  }

  private use(encoding: Encoding, complete: boolean): string {
    this.encoding = encoding;
    const label = encodingLabel(encoding);
    // UTF-16 replaces a stray half of a surrogate pair, as the CLI does; the others must be exact
    this.decoder = new TextDecoder(label, { fatal: !label.startsWith('utf-16') });
    const bytes = this.pending;
    this.pending = new Uint8Array(0);
    return this.decode(bytes, !complete);
  }

  private decode(bytes: Uint8Array, more: boolean): string {
    try {
      return this.count(this.decoder!.decode(bytes, { stream: more }));
    } catch {
      // the fatal decoder says only "somewhere in this piece": a lenient one shows where
      const lenient = new TextDecoder(encodingLabel(this.encoding!)).decode(bytes);
      const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
      const name =
        this.encoding === 'utf-8-bom'
          ? 'UTF-8'
          : this.encoding === 'utf-8'
            ? 'UTF-8'
            : this.encoding === 'shift_jis'
              ? 'Shift_JIS'
              : this.encoding;
      throw new DecodeError(
        `is not valid ${name} text here: save it as "CSV UTF-8" and try again`,
        this.newlines + before.split('\n').length,
      );
    }
  }

  private count(text: string): string {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.newlines++;
    return text;
  }
}
