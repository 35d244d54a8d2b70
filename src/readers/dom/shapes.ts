// Shapes modern component-kit CRMs (React-admin/shadcn, MUI, Tailwind) draw without labels:
// avatar initials beside a name, a colour dot beside a status word, a relative date whose exact
// value sits in its `title`, "Title at <span>Company</span>" and "<span>Company</span> - Deal"
// split across elements, "Followed by Jane", "$37.7K". Each helper reads one shape or says no.
import { parseDateText } from './dates';
import { cleanText, isPlaceholder } from './text';

const AVATAR = /(?:^|[\s_-])avatar(?:[\s_-]|$)/i;

/** An avatar: initials ("JR", "+3") drawn in a round badge, never a value. */
export function isAvatar(el: Element): boolean {
  const slot = el.getAttribute('data-slot');
  const cls = el.getAttribute('class');
  if (!(slot && slot.startsWith('avatar')) && !(cls && cls.includes('vatar') && AVATAR.test(cls))) return false;
  // a component called "avatar" that holds a whole name line is not just initials
  return (el.textContent ?? '').trim().length <= 4;
}

/** An empty element painted with an inline background colour: a status dot or colour swatch. */
function isSwatch(el: Element): boolean {
  return el.childElementCount === 0 && !(el.textContent ?? '').trim() && /background(?:-color)?\s*:/i.test(el.getAttribute('style') ?? '');
}

/** A short word drawn beside a colour dot ("● Warm", a hover label on the dot): the record's status. */
export function swatchLabel(el: Element, text: string): boolean {
  if (text.length > 30 || /\d/.test(text)) return false;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (isSwatch(s)) return true;
  // the dot and the text inside one wrapper: <div><span style="background:…"></span>Warm</div>
  return !!el.firstElementChild && isSwatch(el.firstElementChild);
}

/** An absolute date the element carries in `title` (the hover text of "today at 10:37 AM"). */
export function titleDate(el: Element): string | undefined {
  for (let e: Element | null = el, depth = 0; e && depth < 2; e = e.parentElement, depth++) {
    const t = e.getAttribute('title');
    // a year in it: "Jenny Buckridge" and "3 days ago" are not absolute dates
    if (t && t.length <= 40 && /\d{4}/.test(t)) {
      const iso = parseDateText(t);
      if (iso) return iso;
    }
  }
  return undefined;
}

function nodeText(n: Node): string {
  return cleanText(n.textContent ?? '');
}

const AT_END = /^(.{1,80}?)\s+(?:at|@|در)$/i;
const SEP_START = /^[-–—·|,]\s*/;

/**
 * "Virtual at <span>Runte LLC</span> - 2 tasks": the title before "at", the company in the element
 * after it (often a link to the company), what follows the separator dropped.
 */
export function splitTitleAt(el: Element): { title: string; company: string; companyEl: Element } | undefined {
  let before = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      before += c.nodeValue ?? '';
      continue;
    }
    if (c.nodeType !== 1) continue;
    const m = AT_END.exec(cleanText(before));
    if (!m) return undefined;
    const company = nodeText(c);
    if (!company || company.length > 80 || isPlaceholder(company)) return undefined;
    return { title: m[1]!.trim(), company, companyEl: c as Element };
  }
  return undefined;
}

/** "<span>Acme</span> - Website redesign": the lead element's text and the rest after the separator. */
export function splitLead(el: Element): { lead: string; rest: string; leadEl: Element } | undefined {
  let c = el.firstChild;
  while (c && c.nodeType === 3 && !(c.nodeValue ?? '').trim()) c = c.nextSibling;
  if (!c || c.nodeType !== 1) return undefined;
  const leadEl = c as Element;
  let rest = '';
  for (let n = leadEl.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) rest += n.nodeValue ?? '';
    else if (n.nodeType === 1) break;
  }
  const r = cleanText(rest);
  if (!SEP_START.test(r)) return undefined;
  const lead = nodeText(leadEl);
  const tail = r.replace(SEP_START, '').trim();
  return lead && tail && lead.length <= 80 ? { lead, rest: tail, leadEl } : undefined;
}

const OWNER_SENTENCE =
  /^(?:followed by|owned by|owner|assigned to|managed by|account manager|sales rep)\s*[:：]?\s+(.{2,60})$|^(?:مسئول|پیگیری توسط|مالک)\s*[:：]?\s+(.{2,60})$|^(?:担当者?|担当営業)\s*[:：]?\s*(.{1,40})$/i;

/** "Followed by Jane Doe", "Owner Jane", "مسئول سارا", "担当 山田" → the owner's name. */
export function ownerSentence(text: string): string | undefined {
  if (text.length > 80) return undefined;
  const m = OWNER_SENTENCE.exec(text);
  const name = m ? (m[1] ?? m[2] ?? m[3])?.trim() : undefined;
  return name && !/[.;!?]$/.test(name) ? name : undefined;
}

const SHORT_AMOUNT = /^([^\d]*?)(\d+(?:[.,]\d+)?)\s*([kKmMbB])\b(.*)$/;
const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** "$37.7K" → "$37700" (boards round amounts); anything else unchanged. */
export function expandAmount(text: string): string {
  const m = SHORT_AMOUNT.exec(text.trim());
  if (!m) return text;
  const n = Number(m[2]!.replace(',', '.')) * SCALE[m[3]!.toLowerCase()]!;
  return Number.isFinite(n) ? `${m[1]}${Math.round(n)}${m[4]}` : text;
}

const PROMINENT = /(?:^|\s)(?:font-(?:medium|semibold|bold|extrabold)|fw-bold|font-weight-bold|name|title|primary)(?:\s|$)/i;

/**
 * The name inside a record link that wraps a whole row or card (avatar, name line, subtitle…):
 * a heading, else the first prominently styled line, else the first line that is not an avatar.
 * A link that holds only its name is returned as is.
 */
export function nameWithin(link: Element): Element {
  if (link.childElementCount === 0) return link;
  const heading = link.querySelector('h1, h2, h3, h4, h5, h6, [role=heading]');
  if (heading && (heading.textContent ?? '').trim()) return heading;
  let first: Element | undefined;
  let blocks = 0;
  const all = link.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < 200; i++) {
    const e = all[i]!;
    if (e.closest('[data-slot^=avatar]') || isAvatar(e)) continue;
    let own = '';
    for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += c.nodeValue ?? '';
    if (!own.trim()) continue;
    blocks++;
    if (!first) first = e;
    if (PROMINENT.test(e.getAttribute('class') ?? '') || e.tagName === 'STRONG' || e.tagName === 'B') return e;
  }
  // the link's own text (no element holds it) or a single line: the link is the name
  let ownLink = '';
  for (let c = link.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) ownLink += c.nodeValue ?? '';
  if (ownLink.trim() || blocks <= 1) return first && !ownLink.trim() ? first : link;
  return first ?? link;
}
