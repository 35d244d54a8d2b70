// String and value similarities, 0..1. Hot path: called millions of times in a batch run,
// so no allocation beyond two small typed buffers reused across calls.

let matchA = new Uint8Array(64);
let matchB = new Uint8Array(64);

/** Jaro-Winkler with the usual 0.1 prefix scale over at most 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  return jaroWinklerPrefix(a, a.length, b, b.length);
}

/**
 * Jaro-Winkler of the first `la` characters of `a` and the first `lb` of `b`, without slicing
 * them out (e-mail local parts are compared for millions of pairs in a batch run).
 */
export function jaroWinklerPrefix(a: string, la: number, b: string, lb: number): number {
  if (!la || !lb) return 0;
  if (la === lb) {
    let k = 0;
    while (k < la && a.charCodeAt(k) === b.charCodeAt(k)) k++;
    if (k === la) return 1;
  }
  const jaro = la <= 32 && lb <= 32 ? jaroShort(a, b, la, lb) : jaroLong(a, b, la, lb);
  if (jaro === 0) return 0;
  let prefix = 0;
  const maxPrefix = Math.min(4, la, lb);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

// Names and words are short: match flags fit in two 32-bit masks, no buffer to clear.
function jaroShort(a: string, b: string, la: number, lb: number): number {
  const range = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let flagsA = 0;
  let flagsB = 0;
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = i > range ? i - range : 0;
    const hi = i + range < lb - 1 ? i + range : lb - 1;
    const c = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if ((flagsB >>> j) & 1 || b.charCodeAt(j) !== c) continue;
      flagsA |= 1 << i;
      flagsB |= 1 << j;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!((flagsA >>> i) & 1)) continue;
    while (!((flagsB >>> k) & 1)) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) t++;
    k++;
  }
  return (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
}

function jaroLong(a: string, b: string, la: number, lb: number): number {
  if (la > matchA.length) matchA = new Uint8Array(la * 2);
  if (lb > matchB.length) matchB = new Uint8Array(lb * 2);
  const fa = matchA;
  const fb = matchB;
  fa.fill(0, 0, la);
  fb.fill(0, 0, lb);
  const range = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(lb - 1, i + range);
    const c = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (fb[j] || b.charCodeAt(j) !== c) continue;
      fa[i] = 1;
      fb[j] = 1;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!fa[i]) continue;
    while (!fb[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) t++;
    k++;
  }
  return (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
}

/**
 * Token-set similarity: each token of the shorter list is paired with its best match in the
 * other (Jaro-Winkler), averaged. Word order and extra words in the longer list don't count
 * against it; `coverage` (matched tokens / tokens of the longer list) tells callers how much
 * of the longer name was accounted for.
 */
export function tokenSetSimilarity(a: readonly string[], b: readonly string[]): { score: number; coverage: number } {
  if (!a.length || !b.length) return { score: 0, coverage: 0 };
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let sum = 0;
  let matched = 0;
  for (const t of short) {
    let best = 0;
    for (const u of long) {
      const s = t === u ? 1 : jaroWinkler(t, u);
      if (s > best) best = s;
      if (best === 1) break;
    }
    sum += best;
    if (best >= 0.9) matched++;
  }
  return { score: sum / short.length, coverage: matched / long.length };
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Edit distance capped at `max` (returns max + 1 when further apart): for postcodes, numbers, dates. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (lb + 1 > rowA.length) {
    rowA = new Int32Array((lb + 1) * 2);
    rowB = new Int32Array((lb + 1) * 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const sub = prev[j - 1]! + (c === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb]!;
}

/** Same length and exactly two adjacent characters swapped ("1234" vs "1324"): a classic keying error. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Relative difference of two amounts: 0 equal, 1 when one is zero and the other not. */
export function relativeDifference(a: number, b: number): number {
  if (a === b) return 0;
  const m = Math.max(Math.abs(a), Math.abs(b));
  return m === 0 ? 0 : Math.abs(a - b) / m;
}
