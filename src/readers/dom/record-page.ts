// Record pages: one record from label/value pairs (dl/dt/dd, th+td rows, label+control,
// aria-labelledby, read-only field pairs styled as label + value, "Label: value" lines), with
// section headings to tell "Mailing › City" from "Billing › City"; and, where there are no
// labels, values known by their form (mailto:/tel: links, typed phones, dated sentences, tag
// chips, the heading as the record's name).
import type { FieldKey, RecordKind } from '../../model/record';
import { matchLabel, settleFields } from '../dictionary';
import { buildRecord, count, dataId, note, type Cell, type ReadContext, type ReadRecord } from './context';
import { kindFromFields, kindFromWord } from './kind';
import { dateWordField } from './blocks';
import { findDateIn } from './dates';
import { readUnlabelled } from './list';
import { composers, feeds, isSectionHeading, relatedSections, sectionPairs } from './record-parts';
import { controlValue, elementText } from './text';

const CHROME =
  'nav, footer, aside, [role=navigation], [role=banner], [role=contentinfo], [role=menu], [role=menubar], [role=search], [role=dialog], [role=tablist]';
const LISTS = 'table, [role=grid], [role=treegrid], [role=table]';
const LABEL_SEL = '[class*=label], [class*=Label], [data-test-id*=label], [data-testid*=label], [data-selenium-test*=label]';
const VALUE_CLASS = /value|static|data|control|content|field|output/i;

interface Pair {
  label: string;
  value: string;
  valueEl: Element;
  labelEl: Element;
  /** Separate values (tag chips under a "Tags" heading). */
  items?: string[];
}

function sectionOf(el: Element, main: Element): string | undefined {
  for (let e: Element | null = el.parentElement; e && e !== main; e = e.parentElement) {
    if (/^(SECTION|FIELDSET|ARTICLE)$/.test(e.tagName) || /^(region|group)$/.test(e.getAttribute('role') ?? '')) {
      const h = e.querySelector(
        ':scope > legend, :scope > h2, :scope > h3, :scope > h4, :scope > header h2, :scope > header h3, :scope > [role=heading], :scope > div > h2, :scope > div > h3',
      );
      const t = h ? elementText(h) : e.getAttribute('aria-label');
      if (t) return t;
    }
  }
  return undefined;
}

function valueOf(el: Element): string {
  const control = /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) ? el : el.querySelector('input:not([type=hidden]), select, textarea');
  return (control && controlValue(control)) ?? elementText(el);
}

function collectPairs(doc: Document, main: Element, usable: (el: Element) => boolean): Pair[] {
  const pairs: Pair[] = [];
  const seen = new Set<Element>();
  const add = (labelEl: Element, valueEl: Element | null | undefined, labelText?: string) => {
    if (!valueEl || seen.has(valueEl) || !usable(valueEl) || valueEl.contains(labelEl)) return;
    const label = (labelText ?? elementText(labelEl)).replace(/[:：]\s*$/, '').trim();
    if (!label || label.length > 80) return;
    seen.add(valueEl);
    pairs.push({ label, value: valueOf(valueEl), valueEl, labelEl });
  };
  for (const dl of Array.from(main.querySelectorAll('dl'))) {
    if (!usable(dl)) continue;
    let dt: Element | undefined;
    const visit = (parent: Element) => {
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
        if (c.tagName === 'DT') dt = c;
        else if (c.tagName === 'DD' && dt) add(dt, c);
        else if (c.tagName === 'DIV') visit(c);
      }
    };
    visit(dl);
  }
  for (const tr of Array.from(main.querySelectorAll('tr'))) {
    const cells = Array.from(tr.children);
    if (cells.length === 2 && cells[0]!.tagName === 'TH' && cells[1]!.tagName === 'TD' && usable(tr)) add(cells[0]!, cells[1]!);
  }
  for (const label of Array.from(main.querySelectorAll('label'))) {
    if (!usable(label)) continue;
    const forId = label.getAttribute('for');
    const target = forId ? doc.getElementById(forId) : label.querySelector('input, select, textarea');
    if (target && target !== label) {
      const own = target.closest('label') === label ? elementText(label).replace(valueOf(target), '').trim() : undefined;
      add(label, target, own);
    }
  }
  for (const el of Array.from(main.querySelectorAll('[aria-labelledby]'))) {
    if (
      el.matches(`${LISTS}, section, [role=region], [role=group], [role=list], [role=tabpanel], [role=dialog], form`) ||
      el.childElementCount > 6
    )
      continue;
    const text = (el.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => doc.getElementById(id))
      .filter((x): x is HTMLElement => !!x && x !== el);
    if (text.length) add(text[0]!, el, text.map((t) => elementText(t)).join(' '));
  }
  for (const labelEl of Array.from(main.querySelectorAll(LABEL_SEL)).slice(0, 1000)) {
    if (labelEl.tagName === 'LABEL' || labelEl.querySelector('input, select, textarea') || labelEl.childElementCount > 3) continue;
    let valueEl = labelEl.nextElementSibling;
    if (!valueEl && labelEl.parentElement && labelEl.parentElement !== main) valueEl = labelEl.parentElement.nextElementSibling;
    if (
      valueEl &&
      (VALUE_CLASS.test(valueEl.getAttribute('class') ?? '') ||
        valueEl.tagName === 'SPAN' ||
        valueEl.tagName === 'DIV' ||
        valueEl.tagName === 'A')
    )
      add(labelEl, valueEl);
  }
  return pairs;
}

/**
 * The record's own heading: an h1 inside the main content, else an h1 elsewhere that is not the
 * app bar's (the CRM's name in a banner or nav), else the first lower heading in main that is not
 * a section's ("Status", "Tasks") or inside a composer or feed.
 */
function headingOf(main: Element, doc: Document, usable: (el: Element) => boolean): Element | undefined {
  const top = main.querySelector('h1') ?? main.querySelector('[role=heading][aria-level="1"]');
  if (top) return top;
  const h1 = Array.from(doc.querySelectorAll('h1'))
    .slice(0, 20)
    .find((h) => !h.closest(`${CHROME}, header`));
  if (h1) return h1;
  const lower = main.querySelectorAll('h2, h3, h4, h5, h6, [role=heading]');
  for (let i = 0; i < lower.length && i < 50; i++) if (usable(lower[i]!) && !isSectionHeading(lower[i]!)) return lower[i]!;
  return undefined;
}

/** The heading's text, or the value of the input it holds (forms in edit mode). */
function headingText(h: Element): string {
  const text = elementText(h);
  if (text) return text;
  const input = h.querySelector('input, textarea');
  return (input && controlValue(input)) || '';
}

function breadcrumbKind(doc: Document): RecordKind | undefined {
  const crumbs = doc.querySelectorAll(
    'nav[aria-label*=readcrumb] a, nav[aria-label*=readcrumb] li, .breadcrumb a, .breadcrumbs a, [class*=breadcrumb] a',
  );
  for (const c of Array.from(crumbs).slice(0, 10)) {
    const k = kindFromWord(c.textContent);
    if (k) return k;
  }
  return undefined;
}

/**
 * Reads the page as one record. With `force` false (no record id in the URL) the page must
 * look like a record: a heading plus two pairs, or a heading plus an e-mail/phone link.
 */
export function readRecordPage(ctx: ReadContext, root: ParentNode, force: boolean): ReadRecord | undefined {
  const doc = ctx.doc;
  const main = (root.querySelector('main, [role=main]') ?? doc.body) as Element | null;
  if (!main) return undefined;
  // pairs inside lists (tables, grids) belong to the list readers, except a table's th + td rows
  // composers and activity feeds are about the record, not of it
  const notOfRecord = composers(main);
  const usable = (el: Element) => {
    if (el.closest(CHROME)) return false;
    if (notOfRecord.length && notOfRecord.some((a) => a.contains(el))) return false;
    const list = el.closest(LISTS);
    return !list || (list.tagName === 'TABLE' && isPairRow(el));
  };
  const heading = headingOf(main, doc, usable);
  notOfRecord.push(...feeds(main, ctx.now, heading));
  const pairs = collectPairs(doc, main, usable);
  const claimed = new Set(pairs.map((p) => p.valueEl));
  for (const sp of sectionPairs(main, usable))
    if (!claimed.has(sp.valueEl) && !pairs.some((p) => sp.valueEl.contains(p.valueEl)))
      pairs.push({ label: sp.label, value: sp.value, items: sp.items, valueEl: sp.valueEl, labelEl: sp.labelEl });
  const contactLinks = main.querySelectorAll('a[href^="mailto:"], a[href^="tel:"]').length;
  if (!force && !(heading && (pairs.length >= 2 || contactLinks > 0))) return undefined;

  const firstPass = new Set(pairs.map((p) => matchLabel(p.label)).filter((f): f is FieldKey => !!f));
  let kind = ctx.page.kind ?? breadcrumbKind(doc) ?? kindFromFields(firstPass);
  if (!kind && (firstPass.has('emails') || firstPass.has('phones') || contactLinks > 0)) kind = 'contact';
  if (!kind) {
    note(ctx, 'record page skipped: record kind unknown');
    count(ctx, 'record of unknown kind');
    return undefined;
  }
  const related = relatedSections(main, kind);
  if (related.length) {
    notOfRecord.push(...related);
    for (let i = pairs.length - 1; i >= 0; i--) if (related.some((r) => r.contains(pairs[i]!.valueEl))) pairs.splice(i, 1);
  }
  const cells: Cell[] = [];
  const used = new Set<Element>();
  const sections = pairs.map((p) => sectionOf(p.labelEl, main));
  const fields = settleFields(
    pairs.map((p) => p.label),
    pairs.map((p, i) => matchLabel(p.label, kind) ?? (sections[i] ? matchLabel(`${sections[i]} ${p.label}`, kind) : undefined)),
  );
  pairs.forEach((p, i) => {
    const section = sections[i];
    const field = fields[i];
    const label = cells.some((c) => c.label === p.label) && section ? `${section} › ${p.label}` : p.label;
    cells.push({ label, field, text: p.value, items: p.items });
    // "Created By: Alan Van, 1/15/2024 9:12 AM": the label names the date, the value holds it
    const dated = field ? undefined : dateWordField(p.label);
    const hit = dated ? findDateIn(p.value, { now: ctx.now, dayFirst: ctx.profile.dayFirst }) : undefined;
    if (dated && hit) cells.push({ label: `${label} (date)`, field: dated, text: hit.iso });
    used.add(p.valueEl);
    used.add(p.labelEl);
  });
  // values with no label, known by their form; the heading is the record's name
  const skip = (el: Element) => used.has(el) || el.matches(CHROME) || el.matches(LISTS) || notOfRecord.includes(el);
  const nameEl = heading && !used.has(heading) ? heading : undefined;
  const unlabelled = readUnlabelled(ctx, main, kind, nameEl, { skip, guessName: false }).filter(
    (c) => c.field || c.label.startsWith('phone'),
  );
  const name = nameEl ? headingText(nameEl) : '';
  if (name && !unlabelled.some((c) => c.label === 'name'))
    unlabelled.unshift({
      label: 'name',
      field: kind === 'task' || kind === 'activity' || kind === 'ticket' ? 'subject' : 'name',
      text: name,
    });
  const have = new Set(cells.map((c) => c.field));
  for (const c of unlabelled) if (!(c.field === 'name' || c.field === 'subject') || !have.has(c.field)) cells.push(c);
  if (!cells.some((c) => c.text)) return undefined;

  const id = ctx.page.recordId ?? dataId(main) ?? main.querySelector('[data-record-id]')?.getAttribute('data-record-id') ?? undefined;
  const url = ctx.page.recordId
    ? (ctx.profile.recordUrl?.(ctx.origin, kind, ctx.page.recordId, ctx.page.objectType) ?? ctx.url.href)
    : undefined;
  return buildRecord(ctx, kind, cells, 'dom-record', { id, url, objectType: ctx.page.objectType }, [heading ?? main]);
}

function isPairRow(el: Element): boolean {
  const tr = el.closest('tr');
  return !!tr && tr.children.length === 2 && tr.children[0]!.tagName === 'TH';
}
