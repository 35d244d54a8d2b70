// One set of delegated listeners on the overlay layer serves every badge and the popover, so a
// thousand badges cost no listeners of their own.
import type { Dialog, DialogEntry } from './dialog';
import type { OverlayDecision } from './types';

const DECISIONS: ReadonlySet<string> = new Set<OverlayDecision>(['duplicate', 'not-duplicate', 'ignore', 'review']);

export interface EventDeps<E extends DialogEntry> {
  layer: HTMLElement;
  dialog: Dialog;
  owners: WeakMap<Element, E>;
  decide(entry: E, index: number, decision: OverlayDecision): void;
  guard(fn: () => void): void;
}

/** Attaches the listeners; returns the function that removes them. */
export function attachEvents<E extends DialogEntry>(d: EventDeps<E>): () => void {
  const { layer, dialog, owners, guard } = d;
  let suppressClickUntil = 0;
  const entryAt = (node: EventTarget | null): E | undefined => {
    const badge = (node as Element | null)?.closest?.('.badge');
    return badge ? owners.get(badge) : undefined;
  };
  const inPopover = (node: EventTarget | null) => !!(node as Element | null)?.closest?.('.pop');

  const onClick = (ev: MouseEvent) =>
    guard(() => {
      const e = entryAt(ev.target);
      if (e) {
        // the click a browser may still synthesise from the Enter/Space we handled (detail 0)
        if (ev.detail !== 0 || Date.now() >= suppressClickUntil) dialog.toggle(e);
        return;
      }
      const current = dialog.current as E | null;
      if (!current || !inPopover(ev.target)) return;
      // interacting with a hover-opened popover keeps it open like a clicked one
      dialog.pin();
      const button = (ev.target as Element).closest('[data-action]');
      const action = button?.getAttribute('data-action');
      if (!button || !action) return;
      if (action === 'close') dialog.close(true);
      else if (DECISIONS.has(action)) d.decide(current, Number(button.getAttribute('data-index')), action as OverlayDecision);
    });
  const onKey = (ev: KeyboardEvent) =>
    guard(() => {
      // keys typed in our UI are ours: the CRM's own shortcuts must not fire on them
      ev.stopPropagation();
      const e = entryAt(ev.target);
      if (e && (ev.key === 'Enter' || ev.key === ' ')) {
        ev.preventDefault();
        suppressClickUntil = Date.now() + 400;
        dialog.toggle(e);
      } else if (ev.key === 'Escape' || ev.key === 'Tab') dialog.handleKey(ev);
    });
  const onOver = (ev: PointerEvent) =>
    guard(() => {
      const e = entryAt(ev.target);
      if (e) dialog.hoverIn(e);
      else if (inPopover(ev.target)) dialog.keepOpen();
    });
  const onOut = (ev: PointerEvent) =>
    guard(() => {
      const to = ev.relatedTarget as Element | null;
      if (to && layer.contains(to) && (inPopover(to) || entryAt(to) === dialog.current)) return;
      dialog.hoverOut();
    });
  const stop = (ev: Event) => ev.stopPropagation();

  const listeners: [string, (ev: never) => void][] = [
    ['click', onClick],
    ['keydown', onKey],
    ['keyup', stop],
    ['keypress', stop],
    ['pointerover', onOver],
    ['pointerout', onOut],
  ];
  for (const [type, fn] of listeners) layer.addEventListener(type, fn as EventListener);
  return () => {
    for (const [type, fn] of listeners) layer.removeEventListener(type, fn as EventListener);
  };
}
