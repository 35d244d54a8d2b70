// Lists with no table semantics: repeated row elements (flex divs, ul/li, cards) that each link
// to a record page, with no column headers. The repetition is found from the record links: the
// container whose children each hold one record link is the list, its children are the rows.
// Each row is read by the form of what it shows: the link text is the name, then e-mails,
// phones, "Title at Company", tag chips, "Owner: Jane", and a (relative) date.
import type { RecordKind, FieldKey } from '../../model/record';
import { matchLabel } from '../dictionary';
import {
  buildRecord,
  count,
  note,
  linkRecord,
  ROWS_PER_STEP,
  rowIdentity,
  type Cell,
  type ReadContext,
  type ReadRecord,
  type Steps,
} from './context';
import type { RecordRef } from '../sites/types';
import { bareDateField, chipKind, dateSentence, dateWordField, labelled, textBlocks, titleAtCompany, typedPhone } from './blocks';
import { parseDateText } from './dates';
import { isAmount, isDate, isEmail, isUrl } from './infer';
import { containerKind } from './kind';
import { expandAmount, nameWithin, ownerSentence, splitLead, splitTitleAt, swatchLabel, titleDate } from './shapes';
import { elementText } from './text';
import { MAX_ROWS } from './columns';

const CHROME =
  'nav, header[role=banner], footer, aside, [role=navigation], [role=banner], [role=menu], [role=menubar], [role=tablist], [role=contentinfo], [role=search]';
const MAX_LINKS = 30_000;

interface Found {
  container: Element;
  rows: { el: Element; links: { ref: RecordRef; a: Element }[] }[];
}

/** Containers whose children repeat, each child holding a record link. */
function findLists(ctx: ReadContext, root: ParentNode): Found[] {
  const anchors = root.querySelectorAll('a[href]');
  const byParent = new Map<Element, Map<Element, { ref: RecordRef; a: Element }[]>>();
  for (let i = 0; i < anchors.length && i < MAX_LINKS; i++) {
    const a = anchors[i]!;
    const ref = linkRecord(ctx, a);
    if (!ref || a.closest(CHROME)) continue;
    let child: Element = a;
    for (let depth = 0; depth < 8; depth++) {
      const parent = child.parentElement;
      if (!parent) break;
      let kids = byParent.get(parent);
      if (!kids) byParent.set(parent, (kids = new Map()));
      const list = kids.get(child);
      if (list) list.push({ ref, a });
      else kids.set(child, [{ ref, a }]);
      child = parent;
    }
  }
  const candidates: Found[] = [];
  for (const [container, kids] of byParent) {
    if (kids.size < 3) continue;
    const rows = [...kids.entries()].map(([el, links]) => ({ el, links }));
    // a row shows one record: its links all lead to the same id (name link, avatar link, …)
    const single = rows.filter(
      (r) =>
        new Set(r.links.map((l) => `${l.ref.kind}|${l.ref.id}`)).size === 1 ||
        new Set(r.links.filter((l) => l.ref.kind === r.links[0]!.ref.kind).map((l) => l.ref.id)).size === 1,
    );
    if (single.length < 3 || single.length < rows.length * 0.8) continue;
    const tags = new Map<string, number>();
    for (const r of single) tags.set(r.el.tagName, (tags.get(r.el.tagName) ?? 0) + 1);
    if (Math.max(...tags.values()) < single.length * 0.8) continue;
    candidates.push({ container, rows: single });
  }
  // the biggest lists first; a list inside a bigger one is the same list seen from a row
  candidates.sort((a, b) => b.rows.length - a.rows.length);
  const chosen: Found[] = [];
  for (const c of candidates)
    if (!chosen.some((k) => k.container.contains(c.container) || c.container.contains(k.container))) chosen.push(c);
  return chosen;
}

function nameField(kind: RecordKind): FieldKey {
  return kind === 'task' || kind === 'activity' || kind === 'ticket' ? 'subject' : 'name';
}

/** Reads one row by the form of its pieces. */
export function readUnlabelled(
  ctx: ReadContext,
  el: Element,
  kind: RecordKind,
  nameEl: Element | undefined,
  opts: { skip?: (e: Element) => boolean; guessName?: boolean } = {},
): Cell[] {
  const { skip, guessName = true } = opts;
  const cells: Cell[] = [];
  const tags: string[] = [];
  let name = nameEl ? elementText(nameEl) : '';
  if (name && (isEmail(name) || isDate(name, ctx.now) || name.length > 200)) name = '';
  if (name) cells.push({ label: 'name', field: nameField(kind), text: name });
  const dateField = bareDateField(kind);
  let n = 0;
  // elements already read as part of a shape ("Title at <span>Company</span>", "+1 555 <span>Work</span>")
  const consumed: Element[] = [];
  for (const { el: b, text } of textBlocks(el, skip)) {
    if (nameEl && (nameEl === b || nameEl.contains(b))) continue;
    if (consumed.length && consumed.some((c) => c === b || c.contains(b))) continue;
    const shape = readShape(ctx, b, text, kind, !!name, nameEl, consumed);
    if (shape) {
      for (const c of shape) {
        if (c.field === nameField(kind)) name = c.text;
        cells.push(c);
      }
      continue;
    }
    const href = b.tagName === 'A' ? (b.getAttribute('href') ?? '') : '';
    if (/^mailto:/i.test(href)) {
      cells.push({ label: 'email', field: 'emails', text: decodeMail(href) || text });
      continue;
    }
    if (/^tel:/i.test(href)) {
      cells.push({ label: 'phone', field: 'phones', text });
      continue;
    }
    const chip = chipKind(b, text);
    if (chip === 'tag') {
      tags.push(text);
      continue;
    }
    if (chip === 'status') {
      cells.push({ label: 'status', field: kind === 'deal' ? 'stage' : 'status', text });
      continue;
    }
    const time = b.tagName === 'TIME' ? b.getAttribute('datetime') : null;
    // a date's field comes from the words around it: its own sentence or its parent's ("Last activity" <span>3 days ago</span>)
    const around = () => (b !== el && b.parentElement && b.parentElement !== el ? elementText(b.parentElement) : text);
    if (time && parseDateText(time)) {
      cells.push({ label: 'date', field: dateWordField(around()) ?? dateField, text: time });
      continue;
    }
    if (isEmail(text)) {
      cells.push({ label: 'email', field: 'emails', text });
      continue;
    }
    const phone = typedPhone(text) && withTypeWord(b, text, consumed);
    if (phone) {
      cells.push({ label: phone.type ? `phone (${phone.type})` : 'phone', field: 'phones', text: phone.phone });
      continue;
    }
    if (isDate(text, ctx.now)) {
      cells.push({ label: 'date', field: dateWordField(around()) ?? dateField, text });
      continue;
    }
    const sentence = /[\d۰-۹٠-٩０-９]|ago|yesterday|today|پیش|دیروز|前|昨日/i.test(text)
      ? dateSentence(text, ctx.now, ctx.profile.dayFirst)
      : undefined;
    if (sentence) cells.push({ label: text.length <= 80 ? text : 'date', field: sentence.field, text: sentence.iso });
    else if (kind === 'deal' && isAmount(text)) {
      const full = expandAmount(text);
      cells.push(full === text ? { label: 'amount', field: 'amount', text } : { label: 'amount', text }, {
        label: 'amount value',
        field: 'amount',
        text: full,
      });
    } else if (kind === 'company' && nameEl && b === nameEl.nextElementSibling && text.length <= 40 && !/\d/.test(text) && !labelled(text))
      // a company card's line under the name is its industry ("Real Estate")
      cells.push({ label: 'industry', field: 'industry', text });
    else if (isUrl(text)) cells.push({ label: 'website', field: 'website', text });
    else if ((kind === 'contact' || kind === 'lead') && titleAtCompany(text)) {
      const t = titleAtCompany(text)!;
      cells.push({ label: 'title', field: 'title', text: t.title }, { label: 'company', field: 'company', text: t.company });
    } else if (guessName && !name && text.length <= 120 && !labelled(text)) {
      name = text;
      cells.push({ label: 'name', field: nameField(kind), text });
    } else pushLabelled(cells, text, kind, ++n);
  }
  if (tags.length) cells.push({ label: 'tags', field: 'tags', text: tags.join('; '), items: tags });
  return cells;
}

/** The shapes of shapes.ts, read before the single-value tests: undefined when `b` is none of them. */
function readShape(
  ctx: ReadContext,
  b: Element,
  text: string,
  kind: RecordKind,
  hasName: boolean,
  nameEl: Element | undefined,
  consumed: Element[],
): Cell[] | undefined {
  if (kind === 'deal' && !hasName) {
    const lead = splitLead(b);
    if (lead) {
      consumed.push(lead.leadEl);
      return [
        { label: 'company', field: 'company', text: lead.lead },
        { label: 'name', field: 'name', text: lead.rest },
      ];
    }
  }
  if (kind === 'contact' || kind === 'lead') {
    const at = splitTitleAt(b);
    if (at) {
      consumed.push(at.companyEl);
      const cells: Cell[] = [
        { label: 'title', field: 'title', text: at.title },
        { label: 'company', field: 'company', text: at.company },
      ];
      const link = at.companyEl.tagName === 'A' ? at.companyEl : at.companyEl.querySelector('a[href]');
      const ref = link ? linkRecord(ctx, link) : undefined;
      if (ref && ref.kind === 'company') cells.push({ label: 'company id', field: 'companyId', text: ref.id });
      return cells;
    }
  }
  const owner = ownerSentence(text);
  if (owner) return [{ label: 'owner', field: 'owner', text: owner }];
  if (swatchLabel(b, text) && (!nameEl || !nameEl.contains(b)))
    return [{ label: 'status', field: kind === 'deal' ? 'stage' : 'status', text }];
  const exact = titleDate(b);
  if (exact && /[\d۰-۹]|ago|yesterday|today|پیش|دیروز|امروز|前|昨日|今日/i.test(text))
    return [{ label: text.length <= 80 ? text : 'date', field: dateWordField(text) ?? bareDateField(kind), text: exact }];
  return undefined;
}

/** A phone whose type word is its own element ("240-430-4175 <span>Work</span>"): the type read, the word used up. */
function withTypeWord(b: Element, text: string, consumed: Element[]): { phone: string; type?: string } | undefined {
  const phone = typedPhone(text);
  if (!phone || phone.type) return phone;
  const next = b.nextElementSibling;
  const word = next && next.childElementCount === 0 ? (next.textContent ?? '').trim() : '';
  const typed = word && word.length <= 12 ? typedPhone(`${text} ${word}`) : undefined;
  if (typed?.type && next) {
    consumed.push(next);
    // the number as read alone: "555.0100 x12" keeps its extension
    return { phone: phone.phone, type: typed.type };
  }
  return phone;
}

function pushLabelled(cells: Cell[], text: string, kind: RecordKind, n: number): void {
  const l = labelled(text);
  const field = l ? matchLabel(l.label, kind) : undefined;
  if (l && field) cells.push({ label: l.label, field, text: l.value });
  else cells.push({ label: `text ${n}`, text });
}

function decodeMail(href: string): string {
  try {
    return decodeURIComponent(href.replace(/^mailto:/i, '').split('?')[0]!);
  } catch {
    return '';
  }
}

export function* readRepeatedLists(ctx: ReadContext, root: ParentNode): Steps<ReadRecord[]> {
  const out: ReadRecord[] = [];
  const lists = findLists(ctx, root);
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i]!;
    const what = `list ${i + 1}`;
    try {
      const kind = containerKind({
        doc: ctx.doc,
        container: list.container,
        pageKind: ctx.page.kind,
        onRecordPage: !!ctx.page.recordId,
        linkKinds: list.rows.slice(0, 40).map((r) => r.links[0]?.ref.kind),
        fields: new Set(),
      });
      if (!kind) {
        note(ctx, `${what} skipped: record kind unknown (${list.rows.length} rows)`);
        count(ctx, 'list of unknown kind', list.rows.length);
        continue;
      }
      const rows = list.rows.slice(0, MAX_ROWS);
      for (let r = 0; r < rows.length; r++) {
        if (r % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
        const row = rows[r]!;
        const identity = rowIdentity(ctx, [row.el], kind, row.links);
        // a link wrapping the whole row (avatar, name line, subtitle) is not all name
        const nameEl = identity.link && elementText(identity.link) ? nameWithin(identity.link) : undefined;
        const rec = buildRecord(ctx, kind, readUnlabelled(ctx, row.el, kind, nameEl), 'dom-list', identity, [row.el]);
        if (rec) out.push(rec);
      }
      count(ctx, 'row limit', list.rows.length - MAX_ROWS);
    } catch {
      count(ctx, 'unreadable list');
    }
  }
  return out;
}
