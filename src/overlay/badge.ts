// One badge per target: a focusable button coloured by the worst visible finding, showing the
// number of findings when there are several. Everything about it is derived from `BadgeState`
// so an update can be skipped when nothing changed.
import { badgeWidth } from './geometry';
import type { OverlayFinding } from './types';
import type { Severity } from './styles';
import { clip, isolate, type NumberFormats, type Translate } from './text';

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

export function worstSeverity(findings: readonly Pick<OverlayFinding, 'severity'>[]): Severity {
  let worst: Severity = 'info';
  for (const f of findings) if ((RANK[f.severity] ?? 0) > RANK[worst]) worst = f.severity;
  return worst;
}

export function isSeverity(s: unknown): s is Severity {
  return typeof s === 'string' && Object.hasOwn(RANK, s);
}

export interface BadgeState {
  name: string;
  count: number;
  severity: Severity;
  /** Every visible finding already has a decision (flagged or marked for review). */
  handled: boolean;
}

export function badgeLabel(t: Translate, fmt: NumberFormats, s: BadgeState): string {
  const name = isolate(clip(s.name, 80));
  const sev = t(`overlaySeverity_${s.severity}`);
  return s.count === 1 ? t('overlayBadgeLabelOne', name, sev) : t('overlayBadgeLabelMany', name, fmt.count(s.count), sev);
}

export function badgeText(fmt: NumberFormats, count: number): string {
  return count > 1 ? fmt.count(Math.min(count, 99)) + (count > 99 ? '+' : '') : '!';
}

const prototypes = new WeakMap<Document, HTMLButtonElement>();

/** A bare badge; cloned from a prototype because a render may create a thousand of them. */
export function createBadge(doc: Document): HTMLButtonElement {
  let proto = prototypes.get(doc);
  if (!proto) {
    proto = doc.createElement('button');
    proto.type = 'button';
    proto.className = 'badge';
    proto.setAttribute('aria-haspopup', 'dialog');
    proto.setAttribute('aria-expanded', 'false');
    proto.hidden = true;
    prototypes.set(doc, proto);
  }
  return proto.cloneNode(false) as HTMLButtonElement;
}

/** Writes the state into the badge; returns its width for placement. */
export function updateBadge(b: HTMLButtonElement, s: BadgeState, t: Translate, fmt: NumberFormats): number {
  const text = badgeText(fmt, s.count);
  b.className = `badge sev-${s.severity}${s.handled ? ' handled' : ''}`;
  b.textContent = text;
  b.setAttribute('aria-label', badgeLabel(t, fmt, s));
  const w = badgeWidth(text);
  b.style.setProperty('width', `${w}px`);
  return w;
}
