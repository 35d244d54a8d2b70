// People: matching a record's owner/ownerId to a user record, and when each user was last at
// work. Shared by adoption, activity-logging and team-coverage so the three agree on what
// "active" means.
//
// Every record is looked at for its owner, by several checks, over a few hundred distinct
// owner names: the user index is built once per user list, owner lookups are cached per
// index, and the owned-record tally is computed once per (snapshot, window).
import { displayName, type CrmRecord } from '../model/record';
import type { Snapshot } from '../model/snapshot';
import { toTime } from './dates';
import { normTextCached as normText } from './shared-words';
import { str, strList } from './util';

export type UserIndex = Map<string, CrmRecord>;

function emailKey(text: string): string {
  return text.trim().toLowerCase();
}

const indexes = new WeakMap<readonly CrmRecord[], UserIndex>();

/** Keys under which a user can be named by other records: id, display name, first+last, e-mails. */
export function indexUsers(users: readonly CrmRecord[]): UserIndex {
  const known = indexes.get(users);
  if (known) return known;
  const index: UserIndex = new Map();
  const add = (key: string, u: CrmRecord) => {
    if (!index.has(key)) index.set(key, u);
  };
  for (const u of users) {
    const f = u.fields;
    add(`id:${u.source.id}`, u);
    const name = normText(f.name ?? '');
    if (name) add(`n:${name}`, u);
    const person = normText([str(f.firstName), str(f.lastName)].filter(Boolean).join(' '));
    if (person) add(`n:${person}`, u);
    for (const e of strList(f.emails)) if (e.trim()) add(`e:${emailKey(e)}`, u);
  }
  indexes.set(users, index);
  return index;
}

export interface Owner {
  /** Stable key: `u:<user id>` when the owner is a known user, else the owner id or name. */
  key: string;
  label: string;
  user?: CrmRecord;
}

export function userKey(u: CrmRecord): string {
  return `u:${u.source.id}`;
}

function resolveOwner(ownerId: string, owner: string, index: UserIndex): Owner {
  const user =
    (ownerId ? index.get(`id:${ownerId}`) : undefined) ??
    (owner ? (index.get(`n:${normText(owner)}`) ?? index.get(`e:${emailKey(owner)}`) ?? index.get(`id:${owner}`)) : undefined);
  if (user) return { key: userKey(user), label: displayName(user), user };
  if (ownerId) return { key: `id:${ownerId}`, label: owner || ownerId };
  return { key: `n:${normText(owner)}`, label: owner };
}

// index → ownerId → owner → resolved owner. Callers only read the Owner objects.
const owners = new WeakMap<UserIndex, Map<string, Map<string, Owner>>>();

export function ownerOf(r: CrmRecord, index: UserIndex): Owner | undefined {
  const ownerId = typeof r.fields.ownerId === 'string' ? r.fields.ownerId.trim() : '';
  const owner = typeof r.fields.owner === 'string' ? r.fields.owner.trim() : '';
  if (!ownerId && !owner) return undefined;
  let byId = owners.get(index);
  if (!byId) owners.set(index, (byId = new Map()));
  let byName = byId.get(ownerId);
  if (!byName) byId.set(ownerId, (byName = new Map()));
  let o = byName.get(owner);
  if (!o) {
    o = resolveOwner(ownerId, owner, index);
    if (byName.size > 50_000) byName.clear();
    byName.set(owner, o);
  }
  return o;
}

/** Dates on which an owned record shows its owner at work. `updatedAt` is left out: syncs touch it. */
export function touchTimes(r: CrmRecord): number[] {
  const out: number[] = [];
  for (const iso of [r.fields.activityDate, r.fields.createdAt, r.fields.completedAt]) {
    const t = toTime(iso);
    if (t !== undefined) out.push(t);
  }
  return out;
}

export interface Touches {
  /** Owner key → owned records with a date inside the window. */
  counts: Map<string, number>;
  /** Owner key → latest usable date (not in the future), in or before the window. */
  latest: Map<string, number>;
  /** Owned records with at least one usable date: zero means we can't judge activity from records. */
  dated: number;
}

const touchCache = new WeakMap<Snapshot, Map<string, { index: UserIndex; touches: Touches }>>();

/** One pass over all non-user records; dates after `to` (future, garbled) are ignored. Read-only result, shared between checks. */
export function ownedTouches(snapshot: Snapshot, index: UserIndex, from: number, to: number): Touches {
  let bySpan = touchCache.get(snapshot);
  if (!bySpan) touchCache.set(snapshot, (bySpan = new Map()));
  const span = `${from}|${to}`;
  const known = bySpan.get(span);
  if (known && known.index === index) return known.touches;
  const counts = new Map<string, number>();
  const latest = new Map<string, number>();
  let dated = 0;
  for (const r of snapshot.records) {
    if (r.kind === 'user') continue;
    const owner = ownerOf(r, index);
    if (!owner) continue;
    const f = r.fields;
    // the three touch dates, inlined: this loop sees every record
    let last = -Infinity;
    let inWindow = false;
    for (let k = 0; k < 3; k++) {
      const t = toTime(k === 0 ? f.activityDate : k === 1 ? f.createdAt : f.completedAt);
      if (t === undefined || t > to) continue;
      if (t > last) last = t;
      if (t >= from) inWindow = true;
    }
    if (last === -Infinity) continue;
    dated++;
    if (last > (latest.get(owner.key) ?? -Infinity)) latest.set(owner.key, last);
    if (inWindow) counts.set(owner.key, (counts.get(owner.key) ?? 0) + 1);
  }
  const touches = { counts, latest, dated };
  bySpan.set(span, { index, touches });
  return touches;
}

export interface UserActivity {
  active: boolean;
  deactivated: boolean;
  /** Latest login or owned-record date we know of, if any. */
  lastSeen?: number;
  touches: number;
}

export function userActivity(u: CrmRecord, touches: Touches, from: number, to: number): UserActivity {
  const login = toTime(u.fields.lastLoginAt);
  const usableLogin = login !== undefined && login <= to ? login : undefined;
  const key = userKey(u);
  const count = touches.counts.get(key) ?? 0;
  const latestTouch = touches.latest.get(key);
  const seen = [usableLogin, latestTouch].filter((t): t is number => t !== undefined);
  const lastSeen = seen.length ? Math.max(...seen) : undefined;
  const deactivated = u.fields.active === false;
  const active = !deactivated && ((usableLogin !== undefined && usableLogin >= from) || count > 0);
  const out: UserActivity = { active, deactivated, touches: count };
  if (lastSeen !== undefined) out.lastSeen = lastSeen;
  return out;
}
