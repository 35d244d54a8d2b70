// The overlay's only stylesheet. It lives in the shadow root, so page CSS cannot reach in and
// these rules cannot reach out. It is adopted as a constructed sheet where possible: a page's
// CSP (`style-src` without 'unsafe-inline') blocks <style> elements but not CSSOM.
import type { OverlayFinding } from './types';

export type Severity = OverlayFinding['severity'];

/** White text on each of these is ≥ 4.5:1 (WCAG AA); test/unit/overlay checks it. */
export const SEVERITY_COLOURS: Record<Severity, string> = {
  info: '#475569',
  low: '#1d4ed8',
  medium: '#a16207',
  high: '#c2410c',
  critical: '#991b1b',
};

export const BADGE_HEIGHT = 20;
const FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Vazirmatn, Tahoma, "Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", "DejaVu Sans", sans-serif';

const severityRules = Object.entries(SEVERITY_COLOURS)
  .map(([sev, colour]) => `.sev-${sev} { --sev: ${colour}; }`)
  .join('\n');

export const CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
  contain: layout style !important;
}
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; font: 13px/1.45 ${FONT}; color: #1f2937; color-scheme: light; }
${severityRules}
.badge {
  position: absolute; top: 0; left: 0; box-sizing: border-box; margin: 0;
  height: ${BADGE_HEIGHT}px; min-width: ${BADGE_HEIGHT}px; padding: 0 5px;
  border: 1px solid #fff; border-radius: ${BADGE_HEIGHT / 2}px;
  background: var(--sev); color: #fff;
  font: 700 12px/${BADGE_HEIGHT - 2}px ${FONT}; text-align: center; white-space: nowrap;
  box-shadow: 0 1px 3px rgba(15, 23, 42, 0.45);
  cursor: pointer; pointer-events: auto; user-select: none;
  /* size is fixed (height here, width set per badge), so each badge is its own layout and paint
     island: a thousand of them cost ~3× less style/layout/paint time in Chromium */
  contain: strict;
}
.badge[hidden], .pop[hidden], .hl[hidden] { display: none; }
.badge:hover { filter: brightness(0.92); }
.badge:focus-visible { outline: 2px solid #111827; outline-offset: 2px; }
.badge.handled { background: #fff; color: var(--sev); border-color: var(--sev); }
/* the open popover and its row outline sit above every other badge */
.hl { position: absolute; top: 0; left: 0; z-index: 1; box-sizing: border-box; border: 2px solid #1d4ed8; border-radius: 4px; pointer-events: none; }
.pop {
  position: absolute; top: 0; left: 0; z-index: 2; box-sizing: border-box;
  width: max-content; min-width: 240px; max-width: min(680px, calc(100vw - 16px)); max-height: min(520px, calc(100vh - 16px));
  overflow: auto; overscroll-behavior: contain;
  background: #fff; color: #1f2937; border: 1px solid #cbd5e1; border-radius: 8px;
  box-shadow: 0 10px 28px rgba(15, 23, 42, 0.28); padding: 10px 12px 12px;
  pointer-events: auto; text-align: start;
}
.pop:focus { outline: none; }
.head { display: flex; align-items: flex-start; gap: 8px; }
.title { flex: 1; min-width: 0; margin: 0; font-size: 14px; font-weight: 700; overflow-wrap: anywhere; }
.sub { display: block; font-size: 12px; font-weight: 400; color: #4b5563; }
.v { unicode-bidi: isolate; }
.nowrap { display: inline-block; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; }
button { font: inherit; color: inherit; }
.close {
  flex: none; width: 24px; height: 24px; margin: -2px; padding: 0; border: 1px solid transparent; border-radius: 6px;
  background: transparent; color: #374151; font-size: 16px; line-height: 22px; cursor: pointer;
}
.close:hover { background: #f1f5f9; }
.finding { margin-top: 8px; padding-top: 8px; border-top: 1px solid #e5e7eb; }
.sev { display: inline-block; margin-inline-end: 6px; padding: 0 6px; border-radius: 9px; background: var(--sev); color: #fff; font-size: 11px; font-weight: 700; line-height: 17px; vertical-align: 1px; }
.text { overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; line-clamp: 4; overflow: hidden; }
.others { margin: 6px 0 0; padding: 0; list-style: none; font-size: 12px; }
.others li { margin: 2px 0; }
.label { color: #4b5563; }
.kind { color: #4b5563; font-size: 11px; margin-inline-start: 4px; }
a { color: #1d4ed8; margin-inline-start: 6px; }
.cmp { border-collapse: collapse; width: 100%; margin-top: 6px; font-size: 12px; }
.cmp caption { caption-side: top; text-align: start; padding: 0 0 3px; color: #4b5563; font-size: 11px; font-weight: 600; }
.cmp th, .cmp td { padding: 3px 6px; border-bottom: 1px solid #e5e7eb; text-align: start; vertical-align: top; font-weight: 400; }
/* a 10,000-character value or field name must not widen the table past the popover */
.cmp thead th { max-width: 170px; overflow: hidden; text-overflow: ellipsis; color: #4b5563; font-size: 11px; font-weight: 600; white-space: nowrap; }
.cmp tbody th { max-width: 100px; overflow: hidden; text-overflow: ellipsis; font-weight: 600; white-space: nowrap; }
.cmp td.val { max-width: 170px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cmp.wide td.val, .cmp.wide thead th { max-width: 100px; }
.empty { color: #6b7280; font-style: italic; }
.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; position: relative; width: 32px; height: 6px; margin-inline-end: 5px; border-radius: 3px; background: #e5e7eb; vertical-align: 1px; overflow: hidden; }
.bar > i { position: absolute; top: 0; bottom: 0; inset-inline-start: 0; background: #1d4ed8; }
.w-pos { color: #166534; } .w-pos .bar > i { background: #16a34a; }
.w-neg { color: #b91c1c; } .w-neg .bar > i { background: #dc2626; }
.w-zero { color: #4b5563; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.act { padding: 3px 9px; border: 1px solid #94a3b8; border-radius: 6px; background: #f8fafc; color: #1f2937; font-size: 12px; line-height: 18px; cursor: pointer; }
.act:hover { background: #e2e8f0; }
.act[aria-pressed="true"] { background: #1f2937; border-color: #1f2937; color: #fff; }
.close:focus-visible, .act:focus-visible, a:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.status { margin-top: 4px; color: #166534; font-size: 12px; font-weight: 600; }
.error { margin-top: 4px; color: #b91c1c; font-size: 12px; }
.more { margin-top: 8px; color: #4b5563; font-size: 12px; }
@media (forced-colors: active) {
  .badge, .sev { border: 1px solid CanvasText; forced-color-adjust: auto; }
  .hl { border-color: Highlight; }
}
`;

/** Attaches the stylesheet to the shadow root; falls back to <style> where CSSOM sheets fail. */
export function applyStyles(root: ShadowRoot, doc: Document): void {
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in root) {
      const sheet = new Sheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // Firefox content scripts cannot always adopt a sheet built in their own compartment
  }
  const style = doc.createElement('style');
  style.textContent = CSS;
  root.appendChild(style);
}
