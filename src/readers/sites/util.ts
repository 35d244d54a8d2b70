// Small helpers shared by site profiles.
import type { RecordKind } from '../../model/record';

export function hostIs(url: URL, ...suffixes: string[]): boolean {
  const h = url.hostname.toLowerCase();
  return suffixes.some((s) => h === s || h.endsWith(`.${s}`));
}

/** Case-insensitive object-name lookup ("Contacts" → contact). */
export function objectKind(map: Record<string, RecordKind>, name: string | undefined | null): RecordKind | undefined {
  if (!name) return undefined;
  return map[name] ?? map[name.toLowerCase()];
}

export function lowerKeys<T>(map: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(map)) {
    out[k] = v;
    out[k.toLowerCase()] = v;
  }
  return out;
}

/** Query parameters from the search and from a hash route ("#id=5&model=res.partner", "#/contacts?x=1"). */
export function params(url: URL): URLSearchParams {
  const p = new URLSearchParams(url.search);
  const hash = url.hash.replace(/^#\/?/, '');
  const q = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : hash.includes('=') ? hash : '';
  if (q) for (const [k, v] of new URLSearchParams(q)) if (!p.has(k)) p.set(k, v);
  return p;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Looks like a record id rather than a word: digits, a UUID, or a token with letters and digits. */
export function looksLikeId(s: string): boolean {
  if (!s || s.length > 64) return false;
  if (/^\d{1,20}$/.test(s)) return true;
  if (UUID.test(s.replace(/^\{|\}$/g, ''))) return true;
  return /^[A-Za-z0-9_.:-]{2,64}$/.test(s) && /\d/.test(s) && !/^\d{4}-\d{2}-\d{2}$/.test(s);
}
