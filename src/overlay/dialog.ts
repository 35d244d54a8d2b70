// The one popover: opened by hover (no focus change, so browsing is never interrupted) or by
// click/Enter/Space (pinned, focus moves in, Tab is trapped, Esc or × returns focus to the badge).
import { placePopover, type Box } from './geometry';
import { fillPopover, focusables, type FindingView, type PopoverContext } from './popover';
import type { NumberFormats, Translate } from './text';
import type { OverlayTarget } from './types';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;

/** What the dialog needs to know about a badge; owned by index.ts. */
export interface DialogEntry {
  target: OverlayTarget;
  badge: HTMLButtonElement;
  x: number;
  y: number;
  w: number;
  shown: boolean;
  box: Box | null;
}

export interface DialogDeps {
  doc: Document;
  host: Element;
  layer: HTMLElement;
  root: ShadowRoot;
  t: Translate;
  fmt: NumberFormats;
  rtl: boolean;
  id: string;
  views(entry: DialogEntry): FindingView[];
  viewport(): { vw: number; vh: number };
  onError(e: unknown): void;
}

export interface Dialog {
  readonly current: DialogEntry | null;
  /** The target object the open popover was built from. */
  readonly target: OverlayTarget | null;
  pin(): void;
  open(entry: DialogEntry, how: { pinned: boolean; focus: boolean }): void;
  close(returnFocus: boolean): void;
  toggle(entry: DialogEntry): void;
  hoverIn(entry: DialogEntry): void;
  hoverOut(): void;
  keepOpen(): void;
  /** Rebuilds the content for the current entry; focuses `focusSelector` (or ×) when pinned. */
  refresh(focusSelector?: string): void;
  reposition(): void;
  handleKey(event: KeyboardEvent): void;
  destroy(): void;
}

export function createDialog(d: DialogDeps): Dialog {
  const { doc, layer, root } = d;
  const titleId = `${d.id}-title`;
  const pop = doc.createElement('div');
  pop.className = 'pop';
  pop.id = `${d.id}-dialog`;
  pop.hidden = true;
  pop.tabIndex = -1;
  pop.dir = d.rtl ? 'rtl' : 'ltr';
  pop.setAttribute('role', 'dialog');
  pop.setAttribute('aria-labelledby', titleId);
  const hl = doc.createElement('div');
  hl.className = 'hl';
  hl.hidden = true;
  layer.append(hl, pop);
  const ctx: PopoverContext = { doc, t: d.t, fmt: d.fmt, titleId, base: doc.baseURI };

  let current: DialogEntry | null = null;
  let shown: OverlayTarget | null = null;
  let pinned = false;
  let size = { width: 0, height: 0 };
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  const clearTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    openTimer = closeTimer = undefined;
  };

  // Esc must dismiss a hover popover even while focus stays in the page (WCAG 1.4.13).
  const onDocKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && current && !pinned) close(false);
  };
  const onOutside = (e: Event) => {
    if (!current || !pinned) return;
    // a document listener never sees inside a closed shadow root: anything in our host is ours
    if (e.composedPath().includes(d.host)) return;
    close(false);
  };

  function measure(): void {
    const r = pop.getBoundingClientRect();
    size = { width: r.width, height: r.height };
  }

  function reposition(): void {
    if (!current) return;
    const { vw, vh } = d.viewport();
    const p = placePopover(current, size, d.rtl, vw, vh);
    pop.style.setProperty('transform', `translate(${p.x}px, ${p.y}px)`);
    const b = current.box;
    hl.hidden = !b || !current.shown;
    if (b && current.shown) {
      hl.style.setProperty('transform', `translate(${Math.round(b.left) - 2}px, ${Math.round(b.top) - 2}px)`);
      hl.style.setProperty('width', `${Math.round(b.width) + 4}px`);
      hl.style.setProperty('height', `${Math.round(b.height) + 4}px`);
    }
  }

  function render(): boolean {
    if (!current) return false;
    const views = d.views(current);
    if (views.length === 0) return false;
    fillPopover(pop, ctx, current.target, views);
    shown = current.target;
    pop.hidden = false;
    measure();
    reposition();
    return true;
  }

  function focusInside(selector?: string): void {
    const el = (selector && pop.querySelector<HTMLElement>(selector)) || pop.querySelector<HTMLElement>('.close') || pop;
    el.focus({ preventScroll: true });
  }

  function open(entry: DialogEntry, how: { pinned: boolean; focus: boolean }): void {
    clearTimers();
    if (current && current !== entry) current.badge.setAttribute('aria-expanded', 'false');
    current = entry;
    pinned = how.pinned;
    if (!render()) {
      close(false);
      return;
    }
    entry.badge.setAttribute('aria-expanded', 'true');
    entry.badge.setAttribute('aria-controls', pop.id);
    pop.setAttribute('aria-modal', String(pinned));
    doc.addEventListener('keydown', onDocKey, true);
    doc.addEventListener('pointerdown', onOutside, true);
    if (how.focus) focusInside();
  }

  function close(returnFocus: boolean): void {
    clearTimers();
    const entry = current;
    current = null;
    shown = null;
    pinned = false;
    pop.hidden = true;
    hl.hidden = true;
    pop.replaceChildren();
    doc.removeEventListener('keydown', onDocKey, true);
    doc.removeEventListener('pointerdown', onOutside, true);
    if (!entry) return;
    entry.badge.setAttribute('aria-expanded', 'false');
    entry.badge.removeAttribute('aria-controls');
    if (returnFocus && entry.badge.isConnected && !entry.badge.hidden) entry.badge.focus({ preventScroll: true });
  }

  function trapTab(e: KeyboardEvent): void {
    const items = focusables(pop);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      e.preventDefault();
      return;
    }
    const active = root.activeElement;
    const inside = active instanceof HTMLElement && pop.contains(active);
    if (e.shiftKey && (!inside || active === first || active === pop)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (!inside || active === last)) {
      e.preventDefault();
      first.focus();
    }
  }

  return {
    get current() {
      return current;
    },
    get target() {
      return shown;
    },
    open,
    close,
    toggle(entry) {
      if (current === entry && pinned) close(true);
      else if (current === entry) {
        // hover-opened: a click pins it and takes the keyboard in
        clearTimers();
        pinned = true;
        pop.setAttribute('aria-modal', 'true');
        focusInside();
      } else open(entry, { pinned: true, focus: true });
    },
    hoverIn(entry) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
      if (pinned || current === entry) return;
      clearTimeout(openTimer);
      openTimer = setTimeout(() => {
        try {
          open(entry, { pinned: false, focus: false });
        } catch (e) {
          d.onError(e);
        }
      }, HOVER_OPEN_MS);
    },
    hoverOut() {
      clearTimeout(openTimer);
      openTimer = undefined;
      if (!current || pinned) return;
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => close(false), HOVER_CLOSE_MS);
    },
    keepOpen() {
      clearTimeout(closeTimer);
      closeTimer = undefined;
    },
    refresh(focusSelector) {
      if (!current) return;
      // a rebuild replaces the nodes: put focus back on the same control if it was inside
      const active = root.activeElement;
      const hadFocus = active instanceof HTMLElement && pop.contains(active);
      const same =
        hadFocus && active.dataset.action
          ? `[data-action="${active.dataset.action}"]${active.dataset.index ? `[data-index="${active.dataset.index}"]` : ''}`
          : undefined;
      if (!render()) {
        close(hadFocus);
        return;
      }
      if (focusSelector !== undefined || hadFocus) focusInside(focusSelector ?? same);
    },
    pin() {
      if (!current || pinned) return;
      clearTimers();
      pinned = true;
      pop.setAttribute('aria-modal', 'true');
    },
    reposition,
    handleKey(e) {
      if (!current) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        close(true);
      } else if (e.key === 'Tab' && pinned) {
        trapTab(e);
      }
    },
    destroy() {
      close(false);
      pop.remove();
      hl.remove();
    },
  };
}
