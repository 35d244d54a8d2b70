// Pairwise precision / recall / F1 of the pairs implied by groups against ground-truth entities.
import type { DedupeGroup } from '../../src/dedupe';

export interface PairScores {
  truePairs: number;
  foundPairs: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Every unordered pair inside each group. */
export function impliedPairs(groups: readonly { ids: readonly string[] }[]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    for (let x = 0; x < g.ids.length; x++) for (let y = x + 1; y < g.ids.length; y++) out.add(pairKey(g.ids[x]!, g.ids[y]!));
  }
  return out;
}

/** Ground-truth pairs from an id → entity map. */
export function truthPairs(entityOf: Map<string, string>): Set<string> {
  const byEntity = new Map<string, string[]>();
  for (const [id, e] of entityOf) byEntity.set(e, [...(byEntity.get(e) ?? []), id]);
  return impliedPairs([...byEntity.values()].map((ids) => ({ ids })));
}

export function score(found: Set<string>, truth: Set<string>): PairScores {
  let correct = 0;
  for (const p of found) if (truth.has(p)) correct++;
  const precision = found.size ? correct / found.size : 1;
  const recall = truth.size ? correct / truth.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePairs: truth.size, foundPairs: found.size, correct, precision, recall, f1 };
}

export function duplicateGroups(groups: readonly DedupeGroup[]): DedupeGroup[] {
  return groups.filter((g) => g.level === 'duplicate');
}

export const pct = (x: number) => (x * 100).toFixed(2) + '%';
