// Seeded randomness and dates relative to a fixed "now", so every run serves the same records
// and the planted counts never depend on the day the tests run.

export const SAMPLE_NOW = '2026-11-20T12:00:00.000Z';
const NOW_MS = Date.parse(SAMPLE_NOW);
const DAY_MS = 86_400_000;

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: tiny, fast and good enough for fixtures. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** Up to n distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }
}

/** A timestamp `days` before SAMPLE_NOW at a random working hour (negative days = future). */
export function daysAgo(rng: Rng, days: number): string {
  const ms = NOW_MS - days * DAY_MS;
  const d = new Date(ms);
  d.setUTCHours(rng.int(6, 16), rng.int(0, 59), rng.int(0, 59), 0);
  // "today" must stay in the past, or a just-updated record would look like it came from the future
  if (d.getTime() > NOW_MS && days >= 0) d.setTime(d.getTime() - DAY_MS / 4);
  return d.toISOString();
}

/** A calendar date (YYYY-MM-DD) `days` before SAMPLE_NOW (negative = future). */
export function dateDaysAgo(days: number): string {
  return new Date(NOW_MS - days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days between an ISO time and SAMPLE_NOW (positive = in the past). */
export function ageInDays(iso: string): number {
  return (NOW_MS - Date.parse(iso)) / DAY_MS;
}

/** Random timestamp between two ISO times. */
export function between(rng: Rng, fromIso: string, toIso: string): string {
  const a = Date.parse(fromIso);
  const b = Date.parse(toIso);
  const ms = Math.min(a, b) + Math.floor(rng.next() * Math.abs(b - a));
  return new Date(ms - (ms % 1000)).toISOString();
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
