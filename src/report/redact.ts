// Redaction of personal values in a findings snapshot. Two modes:
// - mask: every personal value becomes "[redacted]" (nothing can be recovered or matched);
// - hash: every personal value becomes a short keyed hash, so the reader can still see that
//   two findings are about the same e-mail or name without seeing it. The key (salt) is fresh
//   per export unless given, so hashes of one export cannot be matched against another's.
//   This is pseudonymisation, not anonymisation: phones and names are guessable inputs.
import type { LocalisableMessage, RecordRef } from '../model/finding';

export type RedactionMode = 'mask' | 'hash';
export const REDACTED = '[redacted]';

// Strings under these keys are about the audit (field names, reasons, kinds), not about people.
const SAFE_KEYS = new Set([
  'kind',
  'kinds',
  'field',
  'fields',
  'reason',
  'level',
  'check',
  'category',
  'severity',
  'reads',
  'dimensions',
  'seen',
  'inUse',
  'unit',
  'region',
  'defaultRegion',
  'days',
  'oldest',
  'minDimensions',
  'custom',
  'concept',
  'suggested',
  'spellings',
  'status',
  'stage',
  'error',
]);

/** FNV-1a over UTF-16 code units with a given offset basis: fast, synchronous, dependency-free. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 64 bits from two independent 32-bit hashes: collisions stay negligible for 100k values. */
export function keyedHash(value: string, salt: string): string {
  // Normalised first, so "Ali@X.com " and "ali@x.com" hash alike, as a reader would expect.
  const text = `${salt}\u0000${value.normalize('NFKC').trim().toLowerCase()}`;
  const a = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(text, 0x050c5d1f).toString(16).padStart(8, '0');
  return `#${a}${b}`;
}

export function randomSalt(): string {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  const words = new Uint32Array(4);
  if (c?.getRandomValues) c.getRandomValues(words);
  else for (let i = 0; i < words.length; i++) words[i] = Math.floor(Math.random() * 2 ** 32);
  return [...words].map((w) => w.toString(16)).join('');
}

export interface Redactor {
  mode: RedactionMode;
  /** A personal string → its mask or hash. */
  value(s: string): string;
  message(m: LocalisableMessage): LocalisableMessage;
  ref(r: RecordRef): RecordRef;
  evidence(e: Record<string, unknown>): Record<string, unknown>;
  /** Duplicate field evidence: field, similarity and weight stay; the two values are redacted. */
  fieldEvidence(list: unknown): unknown[];
}

export function makeRedactor(mode: RedactionMode, salt: string = randomSalt()): Redactor {
  const value = (s: string) => (mode === 'hash' ? keyedHash(s, salt) : REDACTED);
  const deep = (v: unknown, key: string | undefined, depth: number): unknown => {
    if (typeof v === 'string') return key !== undefined && SAFE_KEYS.has(key) ? v : value(v);
    if (v === null || typeof v !== 'object' || depth > 8) return v;
    if (Array.isArray(v)) return v.map((x) => deep(x, key, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = deep(x, k, depth + 1);
    return out;
  };
  return {
    mode,
    value,
    message(m) {
      let text = m.text;
      const params: Record<string, string | number> = {};
      // Longest first: a name that contains another name is replaced whole.
      const entries = Object.entries(m.params).sort(([, a], [, b]) => String(b).length - String(a).length);
      for (const [k, v] of entries) {
        if (typeof v === 'string' && !SAFE_KEYS.has(k) && v !== '') {
          params[k] = value(v);
          text = text.split(v).join(params[k] as string);
        } else params[k] = v;
      }
      // Keep the params in their original order: diffs of two exports stay readable.
      const ordered: Record<string, string | number> = {};
      for (const k of Object.keys(m.params)) ordered[k] = params[k]!;
      return { key: m.key, params: ordered, text };
    },
    ref(r) {
      // URLs are dropped in both modes: they can carry names or e-mails in their path or query.
      return mode === 'hash' && r.name ? { kind: r.kind, id: r.id, name: value(r.name) } : { kind: r.kind, id: r.id };
    },
    evidence(e) {
      return deep(e, undefined, 0) as Record<string, unknown>;
    },
    fieldEvidence(list) {
      if (!Array.isArray(list)) return [];
      return list.map((e) => {
        if (typeof e !== 'object' || e === null) return e;
        const { a, b, ...rest } = e as Record<string, unknown>;
        if (mode === 'mask') return rest;
        return { ...rest, ...(typeof a === 'string' ? { a: value(a) } : {}), ...(typeof b === 'string' ? { b: value(b) } : {}) };
      });
    },
  };
}
