// What the page readers skipped (cross-origin frames, rows without cells…), kept per origin so
// an audit can say what it did not see. Per page URL, replaced on each read of that page:
// re-reading a list while browsing must not add its three frames again and again.
import { db, toStorageError } from './db';

/** Pages remembered per origin; the oldest entries go first (object keys keep insertion order). */
const MAX_PAGES = 500;

const pageKey = (url: string) => url.split('#')[0]!.slice(0, 2048);

export async function recordSkipped(origin: string, url: string, counts: Readonly<Record<string, number>>): Promise<void> {
  const key = pageKey(url);
  const clean = Object.fromEntries(Object.entries(counts).filter(([, n]) => Number.isFinite(n) && n > 0));
  try {
    const tx = (await db()).transaction('readSkips', 'readwrite');
    const row = (await tx.store.get(origin)) ?? { origin, byUrl: {} };
    const had = Object.hasOwn(row.byUrl, key);
    if (!had && !Object.keys(clean).length) return void (await tx.done);
    delete row.byUrl[key];
    if (Object.keys(clean).length) row.byUrl[key] = clean;
    const urls = Object.keys(row.byUrl);
    for (const old of urls.slice(0, Math.max(0, urls.length - MAX_PAGES))) delete row.byUrl[old];
    await tx.store.put(row);
    await tx.done;
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Totals over the origin's pages, by reason. */
export async function skippedForOrigin(origin: string): Promise<Record<string, number>> {
  const row = await (await db()).get('readSkips', origin);
  const out: Record<string, number> = {};
  for (const counts of Object.values(row?.byUrl ?? {})) for (const [reason, n] of Object.entries(counts)) out[reason] = (out[reason] ?? 0) + n;
  return out;
}
