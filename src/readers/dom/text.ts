// Reading text out of page elements, safely and fast. Values are always text (`textContent`,
// never markup); script/style content, screen-reader-only helper text and aria-hidden
// decoration (avatar initials, icons) are left out; everything is cut at MAX_VALUE_LENGTH.
import { MAX_VALUE_LENGTH } from '../dictionary';

// Elements whose text is never a value.
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'svg',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
  'CANVAS',
]);
// Helper text for screen readers ("Open Jane Doe Preview", "Sort"), not what the user sees.
const HIDDEN_CLASS =
  /(?:^|\s)(?:slds-assistive-text|sr-only|visually-hidden|visuallyhidden|screen-reader-text|assistiveText|a11y-hidden|u-hidden|hidden)(?:\s|$)/;

/** Placeholders CRMs show for "no value" (besides dashes and other text with no letter or digit). */
const EMPTY = new Set([
  'n/a',
  'na',
  'none',
  '(none)',
  '(empty)',
  'empty',
  'null',
  'undefined',
  'no owner',
  'unassigned',
  'not set',
  'no value',
  '(blank)',
  'نامشخص',
  'ندارد',
  'بدون مالک',
  'تعیین نشده',
  'なし',
  '未設定',
  '未入力',
  '未割り当て',
]);

export function isPlaceholder(text: string): boolean {
  if (text.length > 20) return false;
  // most values have an ASCII letter or digit: one cheap test, and the Unicode one only for the rest
  if (/[A-Za-z0-9]/.test(text)) return text.length <= 12 && /^[nNuUeE(]/.test(text) && EMPTY.has(text.toLowerCase());
  return EMPTY.has(text) || !/[\p{L}\p{N}]/u.test(text);
}

const MESSY = /[\t\n\r\f\v\u00a0\u1680\u2000-\u200b\u200e\u200f\u2028\u2029\u202a-\u202f\u205f\u2066-\u2069\u3000\ufeff]| {2}/;

/** Whitespace collapsed, bidi controls and zero-width marks removed (ZWNJ stays: Persian spelling needs it), cut. */
export function cleanText(s: string): string {
  const t = s.length > MAX_VALUE_LENGTH * 2 ? s.slice(0, MAX_VALUE_LENGTH * 2) : s;
  // most cell texts are already clean: skip the replace (its callback is the expensive part)
  if (!MESSY.test(t)) {
    const trimmed = t.trim();
    return trimmed.length > MAX_VALUE_LENGTH ? trimmed.slice(0, MAX_VALUE_LENGTH) : trimmed;
  }
  const out = t.replace(/[\s\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g, (m) => (/[\s]/.test(m) ? ' ' : '')).trim();
  return out.length > MAX_VALUE_LENGTH ? out.slice(0, MAX_VALUE_LENGTH) : out;
}

// Tailwind's "hidden md:block": hidden on phones only, shown where the CRM is used.
const SHOWN_AT_WIDTH = /(?:^|\s)(?:sm|md|lg|xl|2xl):(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)(?:\s|$)/;
// Avatar initials ("JR", "+3") beside a name are decoration, not part of it.
const AVATAR_CLASS = /(?:^|[\s_-])avatar(?:[\s_-]|$)/i;

/** A class list that hides its element (screen-reader text, `hidden` not undone at a wider screen). */
export function hiddenClass(cls: string | null, re: RegExp = HIDDEN_CLASS): boolean {
  return cls !== null && re.test(cls) && !(cls.includes(':') && SHOWN_AT_WIDTH.test(cls));
}

function isInitials(el: Element, cls: string | null): boolean {
  const slot = el.getAttribute('data-slot');
  // includes() first: this runs for every element of every cell read
  if (!(slot !== null && slot.startsWith('avatar')) && !(cls !== null && cls.includes('vatar') && AVATAR_CLASS.test(cls))) return false;
  return (el.textContent ?? '').trim().length <= 4;
}

function skipElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const cls = el.getAttribute('class');
  return hiddenClass(cls) || isInitials(el, cls);
}

function walk(node: Node, out: string[], budget: { n: number }): void {
  for (let c = node.firstChild; c && budget.n > 0; c = c.nextSibling) {
    if (c.nodeType === 3) {
      const t = c.nodeValue;
      if (t && t.trim()) {
        out.push(t);
        budget.n -= t.length;
      }
    } else if (c.nodeType === 1 && !skipElement(c as Element)) {
      walkElement(c as Element, out, budget);
    }
  }
}

/**
 * What an element renders: an open shadow root instead of its light children (which show up
 * only where a <slot> takes them), a slot's assigned nodes instead of its fallback.
 */
function walkElement(el: Element, out: string[], budget: { n: number }): void {
  const sr = el.shadowRoot;
  if (sr) return walk(sr, out, budget);
  if (el.tagName === 'SLOT') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.length) {
      for (const n of assigned) {
        if (budget.n <= 0) break;
        if (n.nodeType === 3) {
          const t = n.nodeValue;
          if (t && t.trim()) {
            out.push(t);
            budget.n -= t.length;
          }
        } else if (n.nodeType === 1 && !skipElement(n as Element)) walkElement(n as Element, out, budget);
      }
      return;
    }
  }
  walk(el, out, budget);
}

/** Text pieces of an element, one per text node, in document order (chips, links, lines). */
export function textPieces(el: Element): string[] {
  const out: string[] = [];
  walkElement(el, out, { n: MAX_VALUE_LENGTH * 4 });
  return out.map(cleanText).filter((t) => t !== '');
}

/**
 * What a cell or field shows, as one line of text. Leaf cells take the fast path
 * (`textContent`); nested ones are walked so separate elements don't run together and hidden
 * helper text is skipped. Placeholders ("—", "N/A") read as empty.
 */
export function elementText(el: Element): string {
  let text: string;
  const first = el.firstElementChild;
  // a shadow host or a slot renders something other than its textContent: the walk handles those
  if (
    !el.shadowRoot &&
    (!first ||
      (el.childElementCount === 1 && !first.firstElementChild && !first.shadowRoot && first.tagName !== 'SLOT' && !skipElement(first)))
  ) {
    text = cleanText(el.textContent ?? '');
  } else {
    text = cleanText(textPieces(el).join(' '));
  }
  return isPlaceholder(text) ? '' : text;
}

/** Separate values inside one cell: chips, one link per e-mail, one line per phone. */
export function elementItems(el: Element): string[] {
  return textPieces(el).filter((t) => !isPlaceholder(t));
}

/** An input's, select's or textarea's current value as text, or undefined for anything else. */
export function controlValue(el: Element): string | undefined {
  const tag = el.tagName;
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'password' || type === 'hidden' || type === 'file') return undefined;
    if (type === 'checkbox' || type === 'radio') return (el as HTMLInputElement).checked ? 'true' : 'false';
    return cleanText((el as HTMLInputElement).value ?? el.getAttribute('value') ?? '');
  }
  if (tag === 'TEXTAREA') return cleanText((el as HTMLTextAreaElement).value ?? el.textContent ?? '');
  if (tag === 'SELECT') {
    const sel = el as HTMLSelectElement;
    const opt = sel.selectedOptions?.[0] ?? sel.querySelector('option[selected]');
    return opt ? cleanText(opt.textContent ?? '') : undefined;
  }
  return undefined;
}

// FNV-1a, twice with different offsets: a stable 64-bit content hash without crypto (which is async).
function fnv(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A stable id for a record shown without one: the same values give the same id on every read. */
export function contentHash(parts: readonly string[]): string {
  const s = parts.join('\u241f');
  return `h${fnv(s, 0x811c9dc5).toString(16).padStart(8, '0')}${fnv(s, 0x01234567).toString(16).padStart(8, '0')}`;
}
