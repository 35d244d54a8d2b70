// The order the popup lists findings in: grouped by check, the group with the worst finding
// first (the larger one on a tie), worst findings first inside a group. The store uses it to
// save a preview of the list's first rows with each run, so the popup shows them before the
// whole run has loaded; the popup's list uses it too, so the preview is what the list begins with.
import type { Severity } from '../model/finding';

export const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

export interface DisplayGroup<F> {
  check: string;
  items: F[];
}

export function groupForDisplay<F extends { check: string; severity: Severity }>(findings: Iterable<F>): DisplayGroup<F>[] {
  const groups = new Map<string, F[]>();
  for (const f of findings) {
    const list = groups.get(f.check);
    if (list) list.push(f);
    else groups.set(f.check, [f]);
  }
  const out = [...groups].map(([check, items]) => {
    let worst = 4;
    for (const f of items) worst = Math.min(worst, SEVERITY_ORDER[f.severity] ?? 4);
    // stable: findings of one severity keep the engine's order
    items.sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 4) - (SEVERITY_ORDER[b.severity] ?? 4));
    return { check, items, worst };
  });
  out.sort((a, b) => a.worst - b.worst || b.items.length - a.items.length);
  return out.map(({ check, items }) => ({ check, items }));
}
