// Shared fixtures for the overlay tests: a CRM-like table with fake layout (happy-dom has none),
// a translator backed by the real string table, and shadow-root helpers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { createOverlay, type OverlayFinding, type OverlayOptions, type OverlayTarget } from '../../../src/overlay';

export const STRINGS: Record<string, [string, string, string]> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../src/i18n/overlay-strings.json'), 'utf8'),
);

export function translator(lang: 0 | 1 | 2 = 0): OverlayOptions['t'] {
  return (key, ...subs) => {
    const row = STRINGS[key];
    if (!row) return key;
    return row[lang].replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
  };
}

export const ROW_LEFT = 50;
export const ROW_WIDTH = 600;
export const ROW_HEIGHT = 40;

/** Fake boxes: rows and headings carry data-y; everything else (our host included) is 0×0 at the origin. */
export function fakeLayout(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const y = this.getAttribute('data-y');
    const box =
      y === null || !this.isConnected
        ? { x: 0, y: 0, width: 0, height: 0 }
        : { x: ROW_LEFT, y: Number(y), width: ROW_WIDTH, height: ROW_HEIGHT };
    return { ...box, left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height, toJSON: () => box } as DOMRect;
  });
}

export function makeTable(rows: number): HTMLTableRowElement[] {
  document.body.replaceChildren();
  const table = document.createElement('table');
  const body = document.createElement('tbody');
  const out: HTMLTableRowElement[] = [];
  for (let i = 0; i < rows; i++) {
    const tr = document.createElement('tr');
    tr.setAttribute('data-y', String(100 + i * ROW_HEIGHT));
    for (const text of [`Contact ${i}`, `c${i}@example.com`]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
    out.push(tr);
  }
  table.append(body);
  document.body.append(table);
  return out;
}

export function finding(over: Partial<OverlayFinding> = {}): OverlayFinding {
  return { check: 'missing-key-data', severity: 'medium', text: 'No e-mail or phone', ...over };
}

export function duplicateFinding(over: Partial<OverlayFinding> = {}): OverlayFinding {
  return {
    check: 'duplicates',
    severity: 'high',
    text: 'Probably the same person as Ada Lovelace',
    others: [{ kind: 'contact', id: 'c99', name: 'Ada Lovelace', url: 'https://crm.example/contacts/c99', fields: { city: 'London' } }],
    evidence: [
      { field: 'name', a: 'Ada Lovelace', b: 'Ada Lovelace', similarity: 1, weight: 4.2 },
      { field: 'emails', a: 'ada@example.com', b: 'ada.l@example.com', similarity: 0.82, weight: 1.5 },
      { field: 'phones', a: '+44 20 7946 0000', b: '+44 20 7946 0999', similarity: 0.4, weight: -1.1 },
    ],
    ...over,
  };
}

export function target(row: Element, i: number, findings: OverlayFinding[]): OverlayTarget {
  return {
    key: `contact:c${i}`,
    kind: 'contact',
    id: `c${i}`,
    name: `Contact ${i}`,
    elements: [row],
    fields: { name: `Contact ${i}` },
    findings,
  };
}

export function setup(opts: Partial<OverlayOptions> = {}) {
  const onDecision = vi.fn<OverlayOptions['onDecision']>();
  const onError = vi.fn();
  const overlay = createOverlay(document, { t: translator(), onDecision, onError, ...opts });
  const root = overlay.root!;
  const badges = () => [...root.querySelectorAll<HTMLButtonElement>('button.badge')].filter((b) => !b.hidden);
  const dialog = () => root.querySelector<HTMLElement>('[role="dialog"]:not([hidden])');
  return { overlay, root, onDecision, onError, badges, dialog };
}

export function key(el: Element, k: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const ev = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init });
  el.dispatchEvent(ev);
  return ev;
}

export function action(root: ShadowRoot, decision: string, index = 0): HTMLButtonElement {
  const b = root.querySelector<HTMLButtonElement>(`[data-action="${decision}"][data-index="${index}"]`);
  if (!b) throw new Error(`no ${decision} button for finding ${index}`);
  return b;
}
