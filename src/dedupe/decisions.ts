// User decisions on pairs, looked up by family and unordered pair of record ids.
import type { RecordKind } from '../model/record';
import { familyOf } from './table';
import type { Family } from './table';
import type { PairDecision } from './types';

function pairKey(family: Family | undefined, a: string, b: string): string {
  return a < b ? `${family}\u0000${a}\u0000${b}` : `${family}\u0000${b}\u0000${a}`;
}

export class Decisions {
  private map = new Map<string, PairDecision['decision']>();

  constructor(list: readonly PairDecision[] = []) {
    for (const d of list) this.set(d);
  }

  set(d: PairDecision): void {
    // the latest decision on a pair wins
    this.map.set(pairKey(familyOf(d.kind), d.a, d.b), d.decision);
  }

  get(kind: RecordKind, a: string, b: string): PairDecision['decision'] | undefined {
    // asked once per scored pair in a batch run: no key string to build when nothing was decided
    if (this.map.size === 0) return undefined;
    return this.map.get(pairKey(familyOf(kind), a, b));
  }

  /** Confirmed pairs of one family, as [a, b] ids. */
  confirmed(family: Family): [string, string][] {
    const out: [string, string][] = [];
    for (const [k, v] of this.map) {
      if (v !== 'duplicate') continue;
      const [f, a, b] = k.split('\u0000');
      if (f === family) out.push([a!, b!]);
    }
    return out;
  }

  get size(): number {
    return this.map.size;
  }

  toJSON(): PairDecision[] {
    const kindOf: Record<string, RecordKind> = { person: 'contact', company: 'company', deal: 'deal' };
    return [...this.map].map(([k, decision]) => {
      const [f, a, b] = k.split('\u0000');
      return { kind: kindOf[f!] ?? 'contact', a: a!, b: b!, decision };
    });
  }
}
