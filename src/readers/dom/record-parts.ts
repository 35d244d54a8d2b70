// What on a record page is not the record, and one more way its fields are shown. Composers
// (the "Add a note" box with its status and date pickers) hold what the user is about to write;
// activity feeds hold notes about the record, each with its own date and status. Neither is a
// field. Sidebars show "Status" / "Tags" as a section heading over the value, with no label.
import type { FieldKey } from '../../model/record';
import { fieldType, matchLabel } from '../dictionary';
import { textBlocks } from './blocks';
import { findDateIn } from './dates';
import { kindFromWord } from './kind';
import type { RecordKind } from '../../model/record';
import { controlValue, elementText } from './text';

const EDITORS = 'textarea, [contenteditable=""], [contenteditable=true], [role=textbox]';
const TYPED = 'input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=url], input[type=number]';

/**
 * A form for writing something new about the record (note, comment, task): an empty text area
 * or editor, a button, few controls, and no filled-in text input. A record's edit form shows
 * the record's values, so its text inputs are filled.
 */
export function isComposer(form: Element): boolean {
  const editors = Array.from(form.querySelectorAll(EDITORS));
  if (!editors.some((e) => !(controlValue(e) ?? e.textContent ?? '').trim())) return false;
  if (!form.querySelector('button, [type=submit]')) return false;
  if (form.querySelectorAll('input, select, textarea').length > 8) return false;
  return !Array.from(form.querySelectorAll(TYPED)).some((i) => (controlValue(i) ?? '').trim() !== '');
}

/** Composer forms inside `main`. */
export function composers(main: Element): Element[] {
  return Array.from(main.querySelectorAll('form, [role=form]')).slice(0, 50).filter(isComposer);
}

function hasDateLine(el: Element, now: Date): boolean {
  for (const b of textBlocks(el, undefined, 60)) if (b.text.length <= 60 && findDateIn(b.text, { now })) return true;
  return false;
}

/**
 * Activity feeds inside `main`: a container with two or more items that each hold a paragraph of
 * free text and a dated line ("today at 11:41 AM"). Found from the paragraphs up, so a page
 * without long paragraphs costs one query.
 */
export function feeds(main: Element, now: Date, keep: Element | undefined): Element[] {
  const withText = new Map<Element, Set<Element>>();
  const paras = main.querySelectorAll('p, [role=article], article');
  for (let i = 0; i < paras.length && i < 400; i++) {
    const p = paras[i]!;
    if ((p.textContent ?? '').length < 60) continue;
    let child: Element = p;
    for (let depth = 0; depth < 8; depth++) {
      const parent = child.parentElement;
      if (!parent || !main.contains(parent)) break;
      let set = withText.get(parent);
      if (!set) withText.set(parent, (set = new Set()));
      set.add(child);
      if (parent === main) break;
      child = parent;
    }
  }
  const out: Element[] = [];
  for (const [parent, items] of withText) {
    if (items.size < 2 || parent === main || (keep && parent.contains(keep))) continue;
    let dated = 0;
    for (const item of items) if (hasDateLine(item, now) && ++dated >= 2) break;
    if (dated >= 2 && !out.some((o) => o.contains(parent))) out.push(parent);
  }
  return out;
}

export interface SectionPair {
  label: string;
  field: FieldKey;
  value: string;
  items?: string[];
  labelEl: Element;
  valueEl: Element;
}

const SEPARATOR = (el: Element) =>
  el.tagName === 'HR' || el.getAttribute('role') === 'separator' || el.getAttribute('role') === 'none' || !(el.textContent ?? '').trim();

/**
 * "<h3>Status</h3><div>Warm</div>", "<h3>Tags</h3><div>vip · Add tag</div>": a heading that names a
 * field over the block that shows it. Buttons (other than a select's trigger, which shows the
 * current value) are actions, not values.
 */
export function sectionPairs(main: Element, usable: (el: Element) => boolean): SectionPair[] {
  const out: SectionPair[] = [];
  const heads = main.querySelectorAll('h2, h3, h4, h5, h6, [role=heading]');
  for (let i = 0; i < heads.length && i < 100; i++) {
    const h = heads[i]!;
    const label = elementText(h);
    if (!label || label.length > 40 || !usable(h)) continue;
    const field = matchLabel(label);
    if (!field) continue;
    let v = h.nextElementSibling;
    while (v && SEPARATOR(v)) v = v.nextElementSibling;
    if (!v || !usable(v)) continue;
    const texts = [
      ...new Set(textBlocks(v, (e) => e.tagName === 'BUTTON' && e.getAttribute('role') !== 'combobox', 50).map((b) => b.text)),
    ];
    if (texts.length === 0) continue;
    if (fieldType(field) === 'list') out.push({ label, field, value: texts.join('; '), items: texts, labelEl: h, valueEl: v });
    else if (texts.length === 1 && texts[0]!.length <= 200) out.push({ label, field, value: texts[0]!, labelEl: h, valueEl: v });
  }
  return out;
}

/** A heading that names a section ("Status", "Tasks", "Personal info") rather than the record. */
export function isSectionHeading(h: Element): boolean {
  const text = elementText(h);
  return (
    !text ||
    !!matchLabel(text) ||
    /^(?:(?:open|related|recent)\s+)?(?:tasks|notes|deals|contacts|companies|activities|activity|tickets|files|attachments|emails)$|\b(?:info(?:rmation)?|details|overview|about|history)\b/i.test(
      text,
    )
  );
}

/**
 * Related lists shown as sections ("Tasks", "Deals" under their heading on a contact page): the
 * blocks after a heading that names another kind of record. Their dates and names are theirs.
 */
export function relatedSections(main: Element, kind: RecordKind): Element[] {
  const out: Element[] = [];
  const heads = main.querySelectorAll('h2, h3, h4, h5, h6, [role=heading]');
  for (let i = 0; i < heads.length && i < 100; i++) {
    const h = heads[i]!;
    const text = elementText(h);
    if (!text || text.length > 30 || text.split(/\s+/).length > 3) continue;
    const k = kindFromWord(text);
    if (!k || k === kind) continue;
    for (let s = h.nextElementSibling; s; s = s.nextElementSibling) out.push(s);
  }
  return out;
}
