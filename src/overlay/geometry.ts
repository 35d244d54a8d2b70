// Where a badge goes. Anchors are resolved without layout; rects are read in one pass by the
// caller and turned into positions here (pure functions of rects, so they are unit-testable).
import { BADGE_HEIGHT } from './styles';

export type Placement = 'row' | 'heading' | 'corner';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface Anchor {
  /** The element whose box the badge follows. */
  el: Element;
  placement: Placement;
}

const CELL_SELECTOR = '[role="gridcell"],[role="cell"],[role="rowheader"],td,th';
const RESIZE_CONTAINER = 'table, [role="grid"], [role="treegrid"], [role="table"], [role="list"]';

/** A row with no box of its own (display: contents in CSS-grid tables) is placed by its first cell. */
export function firstCell(row: Element): Element | null {
  return row.querySelector(CELL_SELECTOR);
}

/** What to watch for size changes: the table, not each of its thousand rows. */
export function resizeContainer(anchor: Anchor): Element {
  return (anchor.placement === 'row' && anchor.el.closest(RESIZE_CONTAINER)) || anchor.el;
}
const GAP = 4;
const EDGE = 2;

/** First element of the target that is still in the page, and how to place a badge on it. */
export function resolveAnchor(elements: readonly Element[]): Anchor | null {
  const el = elements.find((e) => e.isConnected);
  if (!el) return null;
  const tag = el.localName;
  const role = el.getAttribute('role');
  if (tag === 'tr' || role === 'row') return { el, placement: 'row' };
  if (/^h[1-6]$/.test(tag) || role === 'heading') return { el, placement: 'heading' };
  return { el, placement: 'corner' };
}

export function badgeWidth(label: string): number {
  // 7px per glyph of a 12px bold digit + padding + border; fixed so we never measure our own nodes
  return Math.max(BADGE_HEIGHT, 12 + 7 * label.length);
}

export function isEmpty(r: Box): boolean {
  return r.width === 0 && r.height === 0;
}

export function intersectsViewport(r: Box, vw: number, vh: number): boolean {
  return r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw;
}

/**
 * Badge top-left in viewport coordinates.
 * - row: in the gutter just outside the row's start edge, or inside it when the gutter is
 *   off-screen; vertically centred on the first line-height of the row.
 * - heading: after the end of the heading's last line of text.
 * - corner: inside the element's top start corner.
 * `stack` shifts a second badge on the same anchor so the two never overlap.
 */
export function placeBadge(
  placement: Placement,
  box: Box,
  textEnd: Box | null,
  textRtl: boolean,
  width: number,
  rtl: boolean,
  vw: number,
  stack = 0,
): { x: number; y: number } {
  const h = BADGE_HEIGHT;
  const shift = stack * (width + GAP);
  let x: number;
  let y: number;
  if (placement === 'row') {
    y = box.top + (Math.min(box.height, 48) - h) / 2;
    // Outside the row with a gap; else outside touching it; only then over the row's own text.
    if (!rtl) {
      const outside = box.left - GAP - width - shift;
      const tight = box.left - 1 - width - shift;
      x = outside >= EDGE ? outside : tight >= 0 ? tight : box.left + EDGE + shift;
    } else {
      const outside = box.right + GAP + shift;
      const tight = box.right + 1 + shift;
      x = outside + width <= vw - EDGE ? outside : tight + width <= vw ? tight : box.right - EDGE - width - shift;
    }
  } else if (placement === 'heading' && textEnd) {
    y = textEnd.top + (textEnd.height - h) / 2;
    x = textRtl ? textEnd.left - 2 * GAP - width - shift : textEnd.right + 2 * GAP + shift;
  } else {
    y = box.top + EDGE;
    x = rtl ? box.right - EDGE - width - shift : box.left + EDGE + shift;
  }
  x = Math.min(Math.max(x, EDGE), Math.max(EDGE, vw - width - EDGE));
  return { x: Math.round(x), y: Math.round(y) };
}

/** Popover top-left: under the badge (above when there is no room), aligned to its start. */
export function placePopover(
  badge: { x: number; y: number; w: number },
  size: { width: number; height: number },
  rtl: boolean,
  vw: number,
  vh: number,
): { x: number; y: number } {
  const margin = 8;
  let x = rtl ? badge.x + badge.w - size.width : badge.x;
  x = Math.min(Math.max(x, margin), Math.max(margin, vw - size.width - margin));
  const below = badge.y + BADGE_HEIGHT + 6;
  const above = badge.y - 6 - size.height;
  let y = below;
  if (below + size.height > vh - margin && above >= margin) y = above;
  else if (below + size.height > vh - margin) y = Math.max(margin, vh - size.height - margin);
  return { x: Math.round(x), y: Math.round(y) };
}
