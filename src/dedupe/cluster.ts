// Connected components over duplicate pairs, guarded against chaining: A≈B and B≈C do not put
// A with C when A and C clearly differ (two family members linked through one vague record).
// User decisions are constraints: confirmed pairs are merged first, "not a duplicate" pairs
// can never end up in one group.

export interface Edge {
  i: number;
  j: number;
  score: number;
  level: 'duplicate' | 'possible';
  decided?: boolean;
  /** The pair itself has a contradicting field (kept for the chaining guard). */
  clash?: boolean;
}

export interface Cluster {
  members: number[];
  /** The weakest edge that holds the group together: its score is the group's score. */
  weakest: Edge;
  level: 'duplicate' | 'possible';
}

export interface ClusterOptions {
  /** Members sampled per side when checking a merge of two large groups. */
  sample: number;
  /** A user said "not a duplicate". */
  cannotLink(i: number, j: number): boolean;
  /** False when two records clearly differ (a field contradicts, or the evidence is net negative). */
  compatible(i: number, j: number): boolean;
}

class Components {
  parent = new Map<number, number>();
  members = new Map<number, number[]>();
  weakest = new Map<number, Edge>();

  find(x: number): number {
    let p = this.parent.get(x);
    if (p === undefined) {
      this.parent.set(x, x);
      this.members.set(x, [x]);
      return x;
    }
    let r = x;
    while (p !== r) {
      r = p!;
      p = this.parent.get(r);
    }
    // path compression
    let c = x;
    while (c !== r) {
      const next = this.parent.get(c)!;
      this.parent.set(c, r);
      c = next;
    }
    return r;
  }

  union(a: number, b: number, e: Edge): void {
    const ma = this.members.get(a)!;
    const mb = this.members.get(b)!;
    const [big, small, bigM, smallM] = ma.length >= mb.length ? [a, b, ma, mb] : [b, a, mb, ma];
    this.parent.set(small, big);
    for (const m of smallM) bigM.push(m);
    this.members.delete(small);
    const w = [this.weakest.get(a), this.weakest.get(b), e].reduce<Edge | undefined>(
      (acc, x) => (x && (!acc || (!x.decided && (acc.decided || x.score < acc.score))) ? x : acc),
      undefined,
    );
    this.weakest.delete(small);
    if (w) this.weakest.set(big, w);
  }
}

function sample(list: readonly number[], n: number): readonly number[] {
  if (list.length <= n) return list;
  const step = list.length / n;
  return Array.from({ length: n }, (_, k) => list[Math.floor(k * step)]!);
}

function canMerge(xs: readonly number[], ys: readonly number[], e: Edge, o: ClusterOptions): boolean {
  for (const x of sample(xs, o.sample)) {
    for (const y of sample(ys, o.sample)) {
      if ((x === e.i && y === e.j) || (x === e.j && y === e.i)) continue;
      if (o.cannotLink(x, y) || !o.compatible(x, y)) return false;
    }
  }
  return true;
}

function byStrength(a: Edge, b: Edge): number {
  if (!!a.decided !== !!b.decided) return a.decided ? -1 : 1;
  return b.score - a.score || a.i - b.i || a.j - b.j;
}

export function cluster(edges: readonly Edge[], o: ClusterOptions): Cluster[] {
  const sorted = [...edges].sort(byStrength);
  const dup = new Components();
  const leftover: Edge[] = [];
  for (const e of sorted) {
    if (e.level !== 'duplicate') {
      leftover.push(e);
      continue;
    }
    const a = dup.find(e.i);
    const b = dup.find(e.j);
    if (a === b) continue;
    if (e.decided || canMerge(dup.members.get(a)!, dup.members.get(b)!, e, o)) dup.union(a, b, e);
    else leftover.push({ ...e, level: 'possible' });
  }
  const out: Cluster[] = [];
  for (const [root, members] of dup.members) {
    if (members.length >= 2) out.push({ members: [...members], weakest: dup.weakest.get(root)!, level: 'duplicate' });
  }
  // Possible groups link whole duplicate groups (or single records) through possible pairs.
  const node = (x: number) => (dup.parent.has(x) ? dup.find(x) : x);
  const poss = new Components();
  const nodeMembers = (r: number) => dup.members.get(r) ?? [r];
  const all = new Map<number, number[]>();
  for (const e of leftover) {
    const na = node(e.i);
    const nb = node(e.j);
    if (na === nb) continue;
    const a = poss.find(na);
    const b = poss.find(nb);
    if (a === b) continue;
    const xs = all.get(a) ?? nodeMembers(a);
    const ys = all.get(b) ?? nodeMembers(b);
    if (!canMerge(xs, ys, e, o)) continue;
    poss.union(a, b, e);
    const root = poss.find(a);
    all.delete(a);
    all.delete(b);
    all.set(root, [...xs, ...ys]);
  }
  for (const [root, members] of all) {
    if (members.length >= 2) out.push({ members, weakest: poss.weakest.get(root)!, level: 'possible' });
  }
  return out;
}
