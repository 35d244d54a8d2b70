// What makes a badge move: the page scrolling (any scroll container), the window resizing, a
// table changing size, the DOM changing around a row, and a row entering or leaving the view.
// Each only schedules the overlay's single read-then-write pass for the next frame.
import { resizeContainer, type Anchor } from './geometry';

export interface Watched {
  observed: Element | null;
  container: Element | null;
  /** From the IntersectionObserver: false = clipped or off-screen, undefined = not reported yet. */
  inView: boolean | undefined;
  /** The badge is on screen now. */
  shown: boolean;
}

export interface Watcher<E extends Watched> {
  /** Starts following `anchor` for `e` (no-op when it already does). */
  observe(e: E, anchor: Anchor | null): void;
  release(e: E): void;
  /** Page-wide listeners run only while there are badges to move. */
  active(on: boolean): void;
  disconnect(): void;
}

export function createWatcher<E extends Watched>(doc: Document, win: Window & typeof globalThis, schedule: () => void): Watcher<E> {
  const observedBy = new Map<Element, Set<E>>();
  const resized = new Map<Element, number>();
  let on = false;
  // Visibility per anchor (IntersectionObserver sees scroll-container clipping); size per
  // container (one ResizeObserver entry per table, not one per row).
  // Both observers report every target once on observe(); a render has just placed those
  // badges, so only a change against what is on screen is worth another pass.
  const io = win.IntersectionObserver
    ? new win.IntersectionObserver((records) => {
        let changed = false;
        for (const r of records) {
          for (const e of observedBy.get(r.target) ?? []) {
            if (r.isIntersecting !== e.shown) changed = true;
            e.inView = r.isIntersecting;
          }
        }
        if (changed) schedule();
      })
    : null;
  const sizes = new WeakMap<Element, string>();
  const ro = win.ResizeObserver
    ? new win.ResizeObserver((records) => {
        let changed = false;
        for (const r of records) {
          const size = `${r.contentRect.width}x${r.contentRect.height}`;
          if (sizes.has(r.target) && sizes.get(r.target) !== size) changed = true;
          sizes.set(r.target, size);
        }
        if (changed) schedule();
      })
    : null;
  const mo = new win.MutationObserver(() => schedule());
  const onScroll = () => schedule();

  function release(e: E): void {
    const old = e.observed;
    if (old) {
      const set = observedBy.get(old);
      set?.delete(e);
      if (set && set.size === 0) {
        observedBy.delete(old);
        io?.unobserve(old);
      }
    }
    const box = e.container;
    if (box) {
      const n = (resized.get(box) ?? 1) - 1;
      if (n > 0) resized.set(box, n);
      else {
        resized.delete(box);
        ro?.unobserve(box);
      }
    }
    e.observed = e.container = null;
  }

  function observe(e: E, anchor: Anchor | null): void {
    if (e.observed === (anchor?.el ?? null)) return;
    release(e);
    e.inView = undefined;
    if (!anchor) return;
    const el = anchor.el;
    e.observed = el;
    const set = observedBy.get(el);
    if (set) set.add(e);
    else {
      observedBy.set(el, new Set([e]));
      io?.observe(el);
    }
    const box = resizeContainer(anchor);
    e.container = box;
    const n = resized.get(box) ?? 0;
    resized.set(box, n + 1);
    if (n === 0) ro?.observe(box);
  }

  function active(want: boolean): void {
    if (want === on) return;
    on = want;
    if (want) {
      mo.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['class', 'style', 'hidden', 'open'],
      });
      doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
      win.addEventListener('resize', onScroll, { passive: true });
    } else {
      mo.disconnect();
      doc.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onScroll);
    }
  }

  return {
    observe,
    release,
    active,
    disconnect() {
      active(false);
      io?.disconnect();
      ro?.disconnect();
      mo.disconnect();
      observedBy.clear();
      resized.clear();
    },
  };
}
