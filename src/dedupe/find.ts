// Batch run: every duplicate in a snapshot (the `duplicates` check, the CLI).
import type { FieldEvidence } from '../model/audit';
import type { CrmRecord, RecordKind } from '../model/record';
import { forEachCandidate } from './candidates';
import { cluster } from './cluster';
import type { Edge } from './cluster';
import { scorePair } from './compare';
import type { CompareContext } from './compare';
import { Decisions } from './decisions';
import { PairMap } from './pair-map';
import { Preparer } from './prepare';
import { FeatureTable, familyOf } from './table';
import type { Family } from './table';
import { DEFAULT_THRESHOLDS, confidence } from './types';
import type { DedupeGroup, DedupeMetrics, DedupeOptions, DedupeResult, DuplicatePair, Thresholds } from './types';

export const DEFAULT_MAX_BLOCK = 50;
export const DEFAULT_WINDOW = 10;
// Blocks of name-only keys are the weakest: 40 people called "Smith J…" make 780 pairs, and a
// pair there is a duplicate almost only when another field agrees, whose own key (e-mail,
// phone, birth date, address) brings the pair together anyway. At a million contacts these
// limits cut the comparisons by 27% for 0.04% of the duplicate pairs (docs/dedupe.md).
export const DEFAULT_MAX_NAME_BLOCK = 10;
export const DEFAULT_NAME_WINDOW = 5;
const FAMILIES: Family[] = ['person', 'company', 'deal'];

export function resolveOptions(opts: DedupeOptions = {}) {
  return {
    region: opts.defaultRegion ?? 'US',
    thresholds: opts.thresholds ?? DEFAULT_THRESHOLDS,
    decisions: new Decisions(opts.decisions ?? []),
    maxBlockSize: opts.maxBlockSize ?? DEFAULT_MAX_BLOCK,
    maxNameBlockSize: opts.maxNameBlockSize ?? DEFAULT_MAX_NAME_BLOCK,
    window: opts.blockWindow ?? DEFAULT_WINDOW,
    nameWindow: opts.nameBlockWindow ?? DEFAULT_NAME_WINDOW,
    onPhase: opts.onPhase ?? (() => {}),
  };
}

/** The kind a pair or group is reported under: a lead matched to a contact is a contact duplicate. */
export function pairKind(kinds: Iterable<RecordKind>): RecordKind {
  let first: RecordKind | undefined;
  for (const k of kinds) {
    if (k === 'contact') return 'contact';
    first ??= k;
  }
  return first ?? 'contact';
}

export function toPair(
  T: FeatureTable,
  i: number,
  j: number,
  score: number,
  level: DuplicatePair['level'],
  evidence: FieldEvidence[],
  decided: boolean,
): DuplicatePair {
  const aKind = T.kind(i);
  const bKind = T.kind(j);
  const p: DuplicatePair = {
    kind: pairKind([aKind, bKind]),
    a: T.ids[i]!,
    b: T.ids[j]!,
    aKind,
    bKind,
    aOrigin: T.origin(i),
    bOrigin: T.origin(j),
    score: confidence(score),
    bits: Math.round(score * 100) / 100,
    level,
    evidence,
  };
  if (decided) p.decided = 'duplicate';
  return p;
}

export function levelOf(score: number, th: Thresholds): DuplicatePair['level'] | undefined {
  return score >= th.duplicate ? 'duplicate' : score >= th.possible ? 'possible' : undefined;
}

function runFamily(
  T: FeatureTable,
  o: ReturnType<typeof resolveOptions>,
  result: DedupeResult,
  pairBuilders: (() => DuplicatePair[])[],
): void {
  const m = result.metrics;
  const n = T.rows;
  let t0 = performance.now();
  T.countAll();
  m['ms.frequencies'] = (m['ms.frequencies'] ?? 0) + performance.now() - t0;
  t0 = performance.now();
  const ctx: CompareContext = { table: T, thresholds: o.thresholds, inData: 2 };
  const edges = new PairMap<Edge>();
  const notDuplicate = (i: number, j: number) => o.decisions.get(T.kind(i), T.ids[i]!, T.ids[j]!) === 'not-duplicate';

  const stats = forEachCandidate(T, o, (i, j) => {
    m.comparisons++;
    const t = scorePair(ctx, i, j);
    const score = t.score;
    if (score < o.thresholds.possible || notDuplicate(i, j)) return;
    edges.set(i, j, { i, j, score, level: score >= o.thresholds.duplicate ? 'duplicate' : 'possible', clash: t.clash });
  });
  m.candidatePairs += stats.candidatePairs;
  m.cappedBlocks += stats.cappedBlocks;
  m.cappedPairs += stats.cappedPairs;
  m.blocks += stats.blocks;
  m.blockingKeys += stats.blockingKeys;
  m.largestBlock = Math.max(m.largestBlock, stats.largestBlock);
  m['ms.compare'] = (m['ms.compare'] ?? 0) + performance.now() - t0;
  o.onPhase('compare');
  t0 = performance.now();

  const confirmed = o.decisions.confirmed(T.family);
  if (confirmed.length) {
    const byId = new Map<string, number[]>();
    for (let r = 0; r < n; r++) byId.set(T.ids[r]!, [...(byId.get(T.ids[r]!) ?? []), r]);
    for (const [a, b] of confirmed) {
      for (const x of byId.get(a) ?? []) {
        for (const y of byId.get(b) ?? []) {
          if (x === y) continue;
          const [i, j] = x < y ? [x, y] : [y, x];
          m.comparisons++;
          const score = scorePair(ctx, i, j).score;
          edges.set(i, j, { i, j, score, level: 'duplicate', decided: true, clash: false });
        }
      }
    }
  }

  // Chaining guard: A and C may share a group through B only if A and C don't clearly differ.
  const cache = new PairMap<boolean>();
  const compatible = (x: number, y: number): boolean => {
    // an edge is itself a (possible) duplicate: compatible whatever one field says
    if (edges.get(x, y)) return true;
    let ok = cache.get(x, y);
    if (ok === undefined) {
      m.comparisons++;
      const t = scorePair(ctx, Math.min(x, y), Math.max(x, y));
      ok = t.score >= 0 && !(t.clash && t.score < o.thresholds.possible);
      cache.set(x, y, ok);
    }
    return ok;
  };
  const clusters = cluster([...edges.values()], { sample: 12, cannotLink: notDuplicate, compatible });
  m['ms.cluster'] = (m['ms.cluster'] ?? 0) + performance.now() - t0;
  o.onPhase('cluster');
  t0 = performance.now();

  // Evidence is built eagerly only for each group's weakest pair (what the audit shows): a
  // million-record run does not build evidence for every pair nobody looks at.
  const explain = (e: Edge): FieldEvidence[] => {
    const evidence = scorePair(ctx, e.i, e.j, true).evidence ?? [];
    if (e.decided) evidence.push({ field: 'decision', similarity: 1, weight: 0, a: T.ids[e.i]!, b: T.ids[e.j]! });
    return evidence;
  };
  // Pair objects are built only when a caller reads `result.pairs` (the audit reads groups).
  pairBuilders.push(() => [...edges.values()].map((e) => toPair(T, e.i, e.j, e.score, e.level, explain(e), !!e.decided)));
  for (const c of clusters) {
    const w = c.weakest;
    const group: DedupeGroup = {
      kind: pairKind(c.members.map((r) => T.kind(r))),
      ids: c.members.map((r) => T.ids[r]!),
      score: confidence(w.score),
      bits: Math.round(w.score * 100) / 100,
      level: c.level,
      evidence: explain(w),
      members: c.members.map((r) => ({ kind: T.kind(r), id: T.ids[r]!, origin: T.origin(r) })),
    };
    result.groups.push(group);
  }
  m['ms.evidence'] = (m['ms.evidence'] ?? 0) + performance.now() - t0;
  o.onPhase('evidence');
}

/** One family's rows; the preparer's caches become garbage before the comparison starts. */
function prepareTable(records: readonly CrmRecord[], family: Family, count: number, region: string): FeatureTable {
  const table = new FeatureTable(family, count);
  // its counts are fixed once counted: comparisons of the same two values can be cached
  table.memoBits = Math.min(16, Math.max(10, Math.ceil(Math.log2(count + 1))));
  // values that rarely repeat: about one per record
  for (const d of ['email', 'phone', 'street'] as const) table.dict[d].reserve(count);
  const prep = new Preparer(table, region);
  for (const r of records) if (familyOf(r.kind) === family) prep.write(r, true);
  return table;
}

/** Finds duplicate contacts (and leads, across objects), companies and deals; other kinds are ignored. */
export function findDuplicates(records: readonly CrmRecord[], opts: DedupeOptions = {}): DedupeResult {
  const o = resolveOptions(opts);
  const counts: Record<Family, number> = { person: 0, company: 0, deal: 0 };
  for (const r of records) {
    const fam = familyOf(r.kind);
    if (fam) counts[fam]++;
  }
  const metrics: DedupeMetrics = {
    records: 0,
    candidatePairs: 0,
    comparisons: 0,
    cappedBlocks: 0,
    cappedPairs: 0,
    blocks: 0,
    blockingKeys: 0,
    largestBlock: 0,
  };
  const result = { groups: [], metrics } as unknown as DedupeResult;
  const pairBuilders: (() => DuplicatePair[])[] = [];
  let pairs: DuplicatePair[] | undefined;
  Object.defineProperty(result, 'pairs', {
    enumerable: true,
    configurable: true,
    get(): DuplicatePair[] {
      if (!pairs) {
        pairs = pairBuilders.flatMap((build) => build());
        pairs.sort((a, b) => b.bits - a.bits);
        pairBuilders.length = 0;
      }
      return pairs;
    },
    set(v: DuplicatePair[]) {
      pairs = v;
    },
  });
  for (const family of FAMILIES) {
    if (!counts[family]) continue;
    const t0 = performance.now();
    const table = prepareTable(records, family, counts[family], o.region);
    metrics['ms.prepare'] = (metrics['ms.prepare'] ?? 0) + performance.now() - t0;
    o.onPhase('prepare');
    metrics.records += table.rows;
    metrics[`records.${family}`] = table.rows;
    runFamily(table, o, result, pairBuilders);
  }
  result.groups.sort((a, b) => (a.level === b.level ? b.bits - a.bits : a.level === 'duplicate' ? -1 : 1));
  return result;
}
