// The inline overlay: one badge per flagged record on the CRM page, and a popover that says why.
// Everything lives in one closed shadow root on a host appended to <html>, positioned from the
// page's boxes (never inserted into the page's own layout), so the CRM neither shifts nor
// restyles, and its CSS cannot reach us. A render reads every box first and writes after, in
// one pass; scrolls, resizes and mutations re-run that pass at most once per frame, and only
// for anchors the IntersectionObserver has not reported as out of view.
import { badgeText, createBadge, isSeverity, updateBadge, worstSeverity, type BadgeState } from './badge';
import { createDialog, type DialogEntry } from './dialog';
import { attachEvents } from './events';
import { badgeWidth, firstCell, intersectsViewport, isEmpty, placeBadge, resolveAnchor, type Anchor, type Box } from './geometry';
import type { FindingView } from './popover';
import { applyStyles } from './styles';
import { numberFormats, safeTranslate } from './text';
import { createWatcher, type Watched } from './watch';
import {
  findingKey,
  HOST_TAG,
  validFinding,
  validTarget,
  type Overlay,
  type OverlayDecision,
  type OverlayOptions,
  type OverlayTarget,
} from './types';

export { findingKey, HOST_TAG } from './types';
export type { Overlay, OverlayDecision, OverlayFinding, OverlayOptions, OverlayTarget } from './types';

const HIDING: ReadonlySet<string> = new Set<OverlayDecision>(['ignore', 'not-duplicate']);

interface Entry extends DialogEntry, Watched {
  anchor: Anchor | null;
  detached: boolean;
  visible: number;
  sig: string;
  pending: BadgeState | null;
  failed: Set<number>;
}

function inert(): Overlay {
  return { render() {}, clear() {}, destroy() {}, focus: () => false, count: 0, root: null };
}

export function createOverlay(doc: Document, opts: OverlayOptions): Overlay {
  const report = (e: unknown) => {
    try {
      if (opts.onError) opts.onError(e);
      else console.warn('[CRM Audit Lens] overlay:', e);
    } catch {
      // an error reporter that throws must not take the page down either
    }
  };
  const guard = <R>(fn: () => R, fallback: R): R => {
    try {
      return fn();
    } catch (e) {
      report(e);
      return fallback;
    }
  };
  return guard(() => build(doc, opts, report, guard), inert());
}

function build(doc: Document, opts: OverlayOptions, report: (e: unknown) => void, guard: <R>(fn: () => R, fallback: R) => R): Overlay {
  const view = doc.defaultView;
  if (!view) return inert();
  const win: Window & typeof globalThis = view;
  const t = safeTranslate(opts.t);
  const fmt = numberFormats(opts.locale);
  const rtl = opts.dir === 'rtl';
  const raf = win.requestAnimationFrame?.bind(win) ?? ((cb: FrameRequestCallback) => win.setTimeout(() => cb(win.performance.now()), 16));
  const cancelRaf = win.cancelAnimationFrame?.bind(win) ?? ((id: number) => win.clearTimeout(id));

  // A content script orphaned by an extension update leaves its host behind: one overlay per page.
  for (const old of doc.querySelectorAll(HOST_TAG)) old.remove();
  const host = doc.createElement(HOST_TAG);
  // The page readers' watcher ignores mutations inside elements carrying this mark (see OWN_MARK).
  host.setAttribute('data-crm-audit-lens', 'overlay');
  for (const [prop, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['z-index', '2147483647'],
    ['pointer-events', 'none'],
  ]) {
    host.style.setProperty(prop!, value!, 'important');
  }
  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(root, doc);
  const layer = doc.createElement('div');
  layer.className = 'layer';
  layer.dir = rtl ? 'rtl' : 'ltr';
  root.append(layer);
  doc.documentElement.append(host);

  const entries = new Map<string, Entry>();
  const owners = new WeakMap<Element, Entry>();
  const decisions = new Map<string, OverlayDecision>();
  let destroyed = false;
  let frame = 0;

  const viewport = () => {
    const el = doc.documentElement;
    return { vw: el.clientWidth || win.innerWidth, vh: el.clientHeight || win.innerHeight };
  };

  const views = (e: DialogEntry): FindingView[] => {
    const out: FindingView[] = [];
    const entry = e as Entry;
    entry.target.findings.forEach((finding, index) => {
      if (!validFinding(finding)) return;
      const decision = decisions.size > 0 ? decisions.get(findingKey(entry.target, finding)) : undefined;
      if (decision && HIDING.has(decision)) return;
      out.push({ finding, index, decision, failed: entry.failed.has(index) });
    });
    return out;
  };

  const dialog = createDialog({ doc, host, layer, root, t, fmt, rtl, id: 'cal', views, viewport, onError: report });

  const schedule = () => {
    if (!destroyed && !frame) frame = raf(() => guard(() => ((frame = 0), layout()), undefined));
  };
  const watcher = createWatcher<Entry>(doc, win, schedule);

  /** Pure bookkeeping: what the badge should say; no DOM reads or writes. */
  function restate(e: Entry): void {
    const v = views(e);
    e.visible = v.length;
    if (v.length === 0) return;
    const severity = worstSeverity(v.map((x) => ({ severity: isSeverity(x.finding.severity) ? x.finding.severity : 'info' })));
    const state: BadgeState = {
      name: String(e.target.name || e.target.id || ''),
      count: v.length,
      severity,
      handled: v.every((x) => x.decision !== undefined),
    };
    const sig = `${state.count}|${state.severity}|${state.handled}|${state.name}`;
    if (sig !== e.sig) {
      e.sig = sig;
      e.pending = state;
      e.w = badgeWidth(badgeText(fmt, state.count));
    }
  }

  function headingText(el: Element): { end: Box | null; rtlText: boolean } {
    try {
      const range = doc.createRange();
      range.selectNodeContents(el);
      const rects = range.getClientRects();
      const end = rects.length > 0 ? (rects[rects.length - 1] ?? null) : null;
      return { end: end && !isEmpty(end) ? end : null, rtlText: win.getComputedStyle(el).direction === 'rtl' };
    } catch {
      return { end: null, rtlText: rtl };
    }
  }

  /** One read pass over every anchor that may be visible, then one write pass. */
  function layout(gone: Entry[] = []): void {
    if (destroyed) return;
    if (!host.isConnected && !doc.querySelector(HOST_TAG)) doc.documentElement.append(host);
    const { vw, vh } = viewport();
    const origin = host.getBoundingClientRect();
    const stacks = new Map<Element, number>();
    const plans: { e: Entry; anchor: Anchor | null; box: Box | null; x: number; y: number; show: boolean }[] = [];
    for (const e of entries.values()) {
      if (e.visible === 0) continue;
      const anchor = e.anchor?.el.isConnected ? e.anchor : resolveAnchor(e.target.elements);
      if (!anchor || (e.inView === false && anchor === e.anchor && dialog.current !== e)) {
        plans.push({ e, anchor, box: null, x: e.x, y: e.y, show: false });
        continue;
      }
      let box: Box = anchor.el.getBoundingClientRect();
      if (isEmpty(box) && anchor.placement === 'row') box = firstCell(anchor.el)?.getBoundingClientRect() ?? box;
      if (isEmpty(box) || !intersectsViewport(box, vw, vh)) {
        plans.push({ e, anchor, box: null, x: e.x, y: e.y, show: false });
        continue;
      }
      const text = anchor.placement === 'heading' ? headingText(anchor.el) : { end: null, rtlText: rtl };
      const stack = stacks.get(anchor.el) ?? 0;
      stacks.set(anchor.el, stack + 1);
      const p = placeBadge(anchor.placement, box, text.end, text.rtlText, e.w, rtl, vw, stack);
      const rel = {
        left: box.left - origin.left,
        top: box.top - origin.top,
        right: box.right - origin.left,
        bottom: box.bottom - origin.top,
        width: box.width,
        height: box.height,
      };
      plans.push({ e, anchor, box: rel, x: p.x - origin.left, y: p.y - origin.top, show: true });
    }

    // writes only from here on
    for (const e of gone) {
      e.badge.remove();
      watcher.release(e);
    }
    let fresh: DocumentFragment | null = null;
    for (const { e, anchor, box, x, y, show } of plans) {
      // Off-screen badges stay unbuilt and out of the tree until they are first needed: in a
      // 1,000-row list only the rows on screen cost DOM work.
      if (show && e.pending) {
        updateBadge(e.badge, e.pending, t, fmt);
        e.pending = null;
      }
      if (show && !e.badge.isConnected) (fresh ??= doc.createDocumentFragment()).append(e.badge);
      e.anchor = anchor;
      watcher.observe(e, anchor);
      e.detached = !anchor;
      e.box = box;
      if (show && (x !== e.x || y !== e.y || !e.shown)) e.badge.style.setProperty('transform', `translate(${x}px, ${y}px)`);
      e.x = x;
      e.y = y;
      if (e.badge.hidden === show) e.badge.hidden = !show;
      e.shown = show;
    }
    if (fresh) layer.append(fresh);
    const current = dialog.current as Entry | null;
    if (current && (current.detached || current.visible === 0)) dialog.close(false);
    else if (current) dialog.reposition();
    watcher.active(entries.size > 0);
  }

  function drop(e: Entry): void {
    if (dialog.current === e) dialog.close(false);
    e.badge.remove();
    e.badge.hidden = true;
    e.shown = false;
    watcher.release(e);
  }

  function newEntry(target: OverlayTarget): Entry {
    const e: Entry = {
      target,
      badge: createBadge(doc),
      x: 0,
      y: 0,
      w: 0,
      shown: false,
      box: null,
      anchor: null,
      observed: null,
      container: null,
      inView: undefined,
      detached: false,
      visible: 0,
      sig: '',
      pending: null,
      failed: new Set(),
    };
    owners.set(e.badge, e);
    return e;
  }

  function render(targets: OverlayTarget[]): void {
    if (destroyed) return;
    const seen = new Set<string>();
    const gone: Entry[] = [];
    for (const target of Array.isArray(targets) ? targets : []) {
      if (!validTarget(target)) continue;
      seen.add(target.key);
      let e = entries.get(target.key);
      if (!e) {
        e = newEntry(target);
        entries.set(target.key, e);
      } else if (e.target !== target) {
        if (e.anchor && !target.elements.includes(e.anchor.el)) e.anchor = null;
        if (e.target.findings !== target.findings) e.failed.clear();
        e.target = target;
      }
      restate(e);
      if (e.visible === 0 && e.badge.isConnected) gone.push(e);
    }
    for (const [key, e] of entries) {
      if (seen.has(key)) continue;
      entries.delete(key);
      if (dialog.current === e) dialog.close(false);
      gone.push(e);
    }
    const shownTarget = dialog.target;
    layout(gone);
    // the lead re-renders whenever the page is re-read: rebuild the open popover only if its data changed
    const current = dialog.current as Entry | null;
    if (current && current.target !== shownTarget) dialog.refresh();
  }

  /** Applies a decision now; rolls it back (and says so) if the store refuses it. */
  function decide(e: Entry, index: number, decision: OverlayDecision): void {
    const finding = e.target.findings[index];
    if (!validFinding(finding)) return;
    const target = e.target;
    const key = findingKey(target, finding);
    const previous = decisions.get(key);
    decisions.set(key, decision);
    e.failed.delete(index);
    const rollback = (err: unknown) => {
      report(err);
      if (destroyed || decisions.get(key) !== decision) return;
      if (previous === undefined) decisions.delete(key);
      else decisions.set(key, previous);
      const live = entries.get(target.key);
      if (!live) return;
      live.failed.add(index);
      refresh(live, `[data-action="${decision}"][data-index="${index}"]`);
    };
    try {
      const result = opts.onDecision(target, finding, decision);
      if (result && typeof (result as Promise<void>).then === 'function') (result as Promise<void>).then(undefined, rollback);
    } catch (err) {
      rollback(err);
      return;
    }
    refresh(e, `[data-action="${decision}"][data-index="${index}"]`);
  }

  /** Re-derives one badge after a decision, synchronously so the page reflects it at once. */
  function refresh(e: Entry, focusSelector: string): void {
    restate(e);
    if (e.visible === 0) {
      const hadFocus = dialog.current === e;
      drop(e);
      if (hadFocus) focusNeighbour(e);
      return;
    }
    if (e.pending) {
      updateBadge(e.badge, e.pending, t, fmt);
      e.pending = null;
    }
    if (!e.badge.isConnected) layer.append(e.badge);
    if (dialog.current === e) dialog.refresh(focusSelector);
    schedule();
  }

  function focusNeighbour(e: Entry): void {
    const list = [...entries.values()].filter((x) => x === e || (x.visible > 0 && x.shown));
    const i = list.indexOf(e);
    const next = list[i + 1] ?? list[i - 1];
    if (next && next !== e) next.badge.focus({ preventScroll: true });
  }

  const detachEvents = attachEvents<Entry>({ layer, dialog, owners, decide, guard: (fn) => guard(fn, undefined) });

  function clear(): void {
    dialog.close(false);
    for (const e of entries.values()) drop(e);
    entries.clear();
    watcher.active(false);
  }

  return {
    render: (targets) => guard(() => render(targets), undefined),
    clear: () => guard(() => clear(), undefined),
    destroy: () =>
      guard(() => {
        if (destroyed) return;
        clear();
        destroyed = true;
        if (frame) cancelRaf(frame);
        dialog.destroy();
        watcher.disconnect();
        detachEvents();
        decisions.clear();
        host.remove();
      }, undefined),
    focus: (key) =>
      guard(() => {
        const e = key === undefined ? [...entries.values()].find((x) => x.visible > 0 && x.shown) : entries.get(key);
        if (!e || !e.shown || e.visible === 0) return false;
        e.badge.focus();
        return true;
      }, false),
    get count() {
      let n = 0;
      for (const e of entries.values()) if (e.visible > 0 && !e.detached) n++;
      return n;
    },
    get root() {
      return destroyed ? null : root;
    },
  };
}
