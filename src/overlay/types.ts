// The overlay's public shapes, and the checks that keep malformed input from reaching the DOM.

export interface OverlayFinding {
  check: string;
  severity: 'info' | 'low' | 'medium' | 'high' | 'critical';
  /** Already localised. */
  text: string;
  evidence?: { field: string; a?: string; b?: string; similarity: number; weight: number }[];
  /** For duplicates: the other record(s). */
  others?: { kind: string; id: string; name?: string; url?: string; fields?: Record<string, string> }[];
}

export interface OverlayTarget {
  /** `kind:id`, stable across renders. */
  key: string;
  kind: string;
  id: string;
  name: string;
  /** The first connected element anchors the badge: a row (tr / role=row), a heading, or any box. */
  elements: Element[];
  fields?: Record<string, string>;
  findings: OverlayFinding[];
}

export type OverlayDecision = 'duplicate' | 'not-duplicate' | 'ignore' | 'review';

export interface OverlayOptions {
  t: (key: string, ...subs: (string | number)[]) => string;
  /** UI direction: the popover's text direction and the side of the row the badge sits on. */
  dir?: 'ltr' | 'rtl';
  /** UI language for numbers (counts, percentages); the browser default when absent. */
  locale?: string;
  onDecision: (target: OverlayTarget, finding: OverlayFinding, decision: OverlayDecision) => void | Promise<void>;
  /** Errors the overlay swallowed to protect the page; console.warn when absent. */
  onError?: (error: unknown) => void;
}

export interface Overlay {
  /** Idempotent: adds, updates and removes badges to match `targets`. */
  render(targets: OverlayTarget[]): void;
  /** Removes every badge (and the popover); the overlay stays usable. */
  clear(): void;
  /** Removes every trace: host element, listeners, observers, timers. */
  destroy(): void;
  /** Focuses the badge for `key` (or the first one on screen); false when there is none. */
  focus(key?: string): boolean;
  /** Badges present: targets with a visible finding whose element is in the page. */
  readonly count: number;
  /** The overlay's shadow root (closed to the page); null after destroy. */
  readonly root: ShadowRoot | null;
}

export const HOST_TAG = 'crm-audit-lens-overlay';

/** Same identity as the store's decision key: check + the records involved. */
export function findingKey(target: Pick<OverlayTarget, 'key'>, f: Pick<OverlayFinding, 'check' | 'others'>): string {
  const others = Array.isArray(f.others) ? f.others.map((o) => `${o.kind}:${o.id}`).sort() : [];
  return `${target.key}|${f.check}|${others.join(',')}`;
}

export function validTarget(t: unknown): t is OverlayTarget {
  const o = t as OverlayTarget | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.key === 'string' &&
    o.key !== '' &&
    Array.isArray(o.elements) &&
    Array.isArray(o.findings)
  );
}

export function validFinding(f: unknown): f is OverlayFinding {
  const o = f as OverlayFinding | null;
  return typeof o === 'object' && o !== null && typeof o.check === 'string' && typeof o.text === 'string';
}
