// Threshold coercion shared by the checks. Overrides come from the options page and the CLI;
// a wrong type must fall back to the default rather than throw halfway through an audit.
import type { ThresholdValue } from '../model/audit';

export function num(value: ThresholdValue | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A word list from config; always a fresh array, which the word matchers may key caches on. */
export function words(value: ThresholdValue | undefined, fallback: readonly string[]): string[] {
  return Array.isArray(value) ? value.filter((w) => typeof w === 'string' && w.trim() !== '') : [...fallback];
}

export function flag(value: ThresholdValue | undefined, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}
