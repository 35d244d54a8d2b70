// Per-value facts about e-mails and phones, read once per dictionary id and kept next to the
// dictionary: the comparison loop tells two unrelated addresses or numbers apart from one
// typed-array slot each, without reading either string (a million-contact run compares
// millions of pairs whose e-mails and phones have nothing in common).
import { fnv1a } from './dict';
import type { Dict } from './dict';

/**
 * Per e-mail id, four slots (one cache line per lookup): where its '@' is (+2; 0 = not read
 * yet), a hash of its local part, a hash of its domain, unused.
 */
const emailShapes = new WeakMap<object, Int32Array>();

export function shapesOf(D: Dict, a: number, b: number): Int32Array {
  let sh = emailShapes.get(D);
  if (!sh || sh.length <= Math.max(a, b) * 4) {
    const next = new Int32Array(Math.max(1024, D.size * 2, a + 1, b + 1) * 4);
    if (sh) next.set(sh);
    emailShapes.set(D, (sh = next));
  }
  if (!sh[a * 4]) readShape(sh, a, D.str(a));
  if (!sh[b * 4]) readShape(sh, b, D.str(b));
  return sh;
}

function readShape(sh: Int32Array, id: number, x: string): void {
  const ax = x.indexOf('@');
  sh[id * 4] = ax + 2;
  sh[id * 4 + 1] = fnv1a(x, 0, ax < 0 ? 0 : ax);
  sh[id * 4 + 2] = fnv1a(x, ax + 1, x.length);
}

/** Per phone id: a hash of its last 8 characters, -1 when it has fewer than 9, 0 = not read yet. */
const phoneTails = new WeakMap<object, Int32Array>();

export function tailsOf(D: Dict, a: number, b: number): Int32Array {
  let tails = phoneTails.get(D);
  if (!tails || tails.length <= Math.max(a, b)) {
    const next = new Int32Array(Math.max(1024, D.size * 2, a + 1, b + 1));
    if (tails) next.set(tails);
    phoneTails.set(D, (tails = next));
  }
  if (!tails[a]) tails[a] = tailHash(D.str(a));
  if (!tails[b]) tails[b] = tailHash(D.str(b));
  return tails;
}

function tailHash(x: string): number {
  return x.length < 9 ? -1 : (fnv1a(x, x.length - 8, x.length) & 0x7ffffffe) | 1;
}
