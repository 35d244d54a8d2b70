// Duplicates a sync keeps re-creating: records of one kind, from one source, created within
// minutes of each other, with the same e-mail, phone or name. Exact matching only: fuzzy
// duplicates are the duplicate engine's job; a burst of exact copies is an integration bug.
import type { Finding, Severity } from '../model/finding';
import { isRecordKind, type CrmRecord } from '../model/record';
import { asciiDigits } from '../model/values';
import { num, words } from './config';
import { isoDay, toTime } from './dates';
import type { CheckDefinition } from './types';
import { finding, msg, noData, str } from './util';

export type SyncDuplicatesThresholds = {
  kinds: string[];
  /** Records created within this many minutes of the previous copy belong to the same burst. */
  windowMinutes: number;
  minBurstSize: number;
  /** Bursts this large are high severity. */
  highBurstSize: number;
};

const ID = 'sync-duplicates';

// Raw column names that say which tool or user created the record, when leadSource is empty.
const SOURCE_HEADERS = new Set([
  'source', 'leadsource', 'originalsource', 'datasource', 'recordsource', 'importsource', 'syncsource', 'integration', 'createdby', 'createdbyname', 'createdbyid', 'origin', 'app', 'channel',
  'منبع', 'منبعسرنخ', 'ایجادکننده', 'ایجادشدهتوسط', 'ソース', 'リードソース', '流入元', '作成元', '連携元', '作成者',
]);

function headerKey(h: string): string {
  return h.normalize('NFKC').toLowerCase().replace(/[\s_\-‌.:()]+/g, '');
}

// Raw headers repeat on every record of an export: judge each distinct header once.
const sourceHeaders = new Map<string, boolean>();
function isSourceHeader(h: string): boolean {
  let yes = sourceHeaders.get(h);
  if (yes === undefined) {
    yes = SOURCE_HEADERS.has(headerKey(h));
    if (sourceHeaders.size > 10_000) sourceHeaders.clear();
    sourceHeaders.set(h, yes);
  }
  return yes;
}

function sourceOf(r: CrmRecord): string {
  const lead = str(r.fields.leadSource);
  if (lead) return lead;
  const raw = r.raw;
  for (const h in raw) {
    if (!isSourceHeader(h)) continue;
    const v = raw[h];
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 200);
  }
  return '';
}

type KeyType = 'email' | 'phone' | 'name';
const KEY_TYPES: readonly KeyType[] = ['email', 'phone', 'name'];

// Names repeat across a burst (that is the point): normalise each distinct name once.
const nameKeys = new Map<string, string>();
function nameKey(name: string): string {
  let n = nameKeys.get(name);
  if (n === undefined) {
    n = name.slice(0, 500).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    if (nameKeys.size > 50_000) nameKeys.clear();
    nameKeys.set(name, n);
  }
  return n;
}

/** Calls `add` with each exact-match key of a record: e-mails, phones (as digits), then the name. */
function matchKeys(r: CrmRecord, add: (type: KeyType, value: string) => void): void {
  const f = r.fields;
  if (Array.isArray(f.emails)) {
    for (const e of f.emails) {
      if (typeof e !== 'string') continue;
      const k = e.trim().toLowerCase();
      if (k.includes('@')) add('email', k);
    }
  }
  if (Array.isArray(f.phones)) {
    for (const p of f.phones) {
      if (typeof p !== 'string') continue;
      const k = asciiDigits(p.slice(0, 100)).replace(/\D/g, '');
      // Shorter digit strings are extensions or fragments, not phone numbers.
      if (k.length >= 6) add('phone', k);
    }
  }
  const name = str(f.name) || [str(f.firstName), str(f.lastName)].filter(Boolean).join(' ');
  const n = name ? nameKey(name) : '';
  if (n) add('name', n);
}

function find(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] ?? root;
  for (let j = i; parent[j] !== root; ) {
    const next = parent[j] ?? root;
    parent[j] = root;
    j = next;
  }
  return root;
}

const check: CheckDefinition<SyncDuplicatesThresholds> = {
  id: ID,
  category: 'integration',
  kinds: ['contact', 'lead', 'company', 'deal', 'ticket'],
  weight: 1,
  title: 'Duplicates created by a sync',
  defaults: { kinds: ['contact', 'lead', 'company', 'deal', 'ticket'], windowMinutes: 10, minBurstSize: 3, highBurstSize: 10 },
  run(snapshot, config) {
    const d = check.defaults;
    const kinds = words(config.kinds, d.kinds).filter(isRecordKind);
    const windowMs = Math.max(0, num(config.windowMinutes, d.windowMinutes)) * 60_000;
    const minBurst = Math.max(2, num(config.minBurstSize, d.minBurstSize));
    const highBurst = num(config.highBurstSize, d.highBurstSize);

    interface Item {
      r: CrmRecord;
      t: number;
      source: string;
    }
    const items: Item[] = [];
    // Buckets of records sharing kind, source (case-insensitive), key type and key value, kept
    // in creation order (the order findings come out in); looked up through nested maps so no
    // composite key string is built per record.
    interface Bucket {
      type: KeyType;
      list: number[];
    }
    const buckets: Bucket[] = [];
    const byKind = new Map<string, Map<string, Record<KeyType, Map<string, Bucket>>>>();
    const lowerSources = new Map<string, string>();
    for (const kind of kinds) {
      let bySource = byKind.get(kind);
      if (!bySource) byKind.set(kind, (bySource = new Map()));
      for (const r of snapshot.of(kind)) {
        const t = toTime(r.fields.createdAt);
        if (t === undefined) continue;
        const source = sourceOf(r);
        if (!source) continue;
        let lower = lowerSources.get(source);
        if (lower === undefined) lowerSources.set(source, (lower = source.toLowerCase()));
        let maps = bySource.get(lower);
        let i = -1;
        matchKeys(r, (type, value) => {
          if (i < 0) i = items.push({ r, t, source }) - 1;
          if (!maps) bySource.set(lower, (maps = { email: new Map(), phone: new Map(), name: new Map() }));
          const map = maps[type];
          const bucket = map.get(value);
          if (bucket) bucket.list.push(i);
          else {
            const created = { type, list: [i] };
            map.set(value, created);
            buckets.push(created);
          }
        });
      }
    }
    if (items.length === 0) return noData('sync_duplicates_no_data', 'not enough data: no records with both a source and a creation time seen');

    const parent = items.map((_, i) => i);
    const matchedOn = new Map<number, Set<KeyType>>();
    for (const { type, list } of buckets) {
      if (list.length < minBurst) continue;
      list.sort((a, b) => (items[a]?.t ?? 0) - (items[b]?.t ?? 0));
      // A burst is a chain of copies each within the window of the previous one: a sync
      // looping every few minutes all day is one long burst.
      let start = 0;
      for (let i = 1; i <= list.length; i++) {
        const prev = items[list[i - 1] ?? 0]?.t ?? 0;
        const cur = i < list.length ? (items[list[i] ?? 0]?.t ?? 0) : Infinity;
        if (cur - prev <= windowMs) continue;
        if (i - start >= minBurst) {
          const first = list[start] ?? 0;
          for (let j = start; j < i; j++) {
            const idx = list[j] ?? 0;
            parent[find(parent, idx)] = find(parent, first);
            const set = matchedOn.get(idx) ?? new Set<KeyType>();
            set.add(type);
            matchedOn.set(idx, set);
          }
        }
        start = i;
      }
    }

    const groups = new Map<number, number[]>();
    for (const idx of matchedOn.keys()) {
      const root = find(parent, idx);
      const g = groups.get(root) ?? [];
      g.push(idx);
      groups.set(root, g);
    }
    const findings: Finding[] = [];
    let affected = 0;
    let inBursts = 0;
    for (const group of groups.values()) {
      const members = group.map((i) => items[i]).filter((x): x is Item => x !== undefined).sort((a, b) => a.t - b.t);
      const firstItem = members[0];
      const lastItem = members[members.length - 1];
      if (!firstItem || !lastItem) continue;
      // The first record is the original; the rest are the copies the sync made.
      affected += members.length - 1;
      inBursts += members.length;
      const on = new Set<KeyType>();
      for (const i of group) for (const t of matchedOn.get(i) ?? []) on.add(t);
      const field = KEY_TYPES.find((t) => on.has(t)) ?? 'name';
      const minutes = Math.round((lastItem.t - firstItem.t) / 60_000);
      const severity: Severity = members.length >= highBurst ? 'high' : 'medium';
      const params = { count: members.length, kind: firstItem.r.kind, field, source: firstItem.source, minutes };
      findings.push(
        finding(
          ID,
          severity,
          members.map((m) => m.r),
          msg('sync_duplicates_finding', `${params.count} ${params.kind} records sharing the same ${field} were created by source "${params.source}" within ${minutes} minutes`, params),
          { source: firstItem.source, matchedOn: [...on], firstCreatedAt: firstItem.r.fields.createdAt, lastCreatedAt: lastItem.r.fields.createdAt, day: isoDay(firstItem.t), windowMinutes: windowMs / 60_000 },
        ),
      );
    }
    return { status: 'ok', findings, metrics: { eligible: items.length, affected, bursts: findings.length, recordsInBursts: inBursts } };
  },
};

export default check;
