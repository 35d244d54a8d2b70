// The popover's content: the reasons, and for a duplicate the other record(s) side by side with
// the field-by-field evidence — the "why" behind the flag. Built from nodes and textContent only;
// actions are plain buttons carrying data-action/data-index, handled by one delegated listener.
import { isSeverity } from './badge';
import type { OverlayDecision, OverlayFinding, OverlayTarget } from './types';
import { clip, optionalLabel, safeUrl, type NumberFormats, type Translate } from './text';

export const MAX_FINDINGS = 20;
const MAX_OTHERS = 3;
const MAX_OTHER_COLUMNS = 2;
const MAX_ROWS = 12;

export interface FindingView {
  finding: OverlayFinding;
  /** Position in the target's findings: what data-index refers to. */
  index: number;
  decision?: OverlayDecision;
  failed?: boolean;
}

export interface PopoverContext {
  doc: Document;
  t: Translate;
  fmt: NumberFormats;
  titleId: string;
  /** Base for relative record URLs (the CRM page). */
  base: string;
}

export function isDuplicateFinding(f: OverlayFinding): boolean {
  return (Array.isArray(f.others) && f.others.length > 0) || /^duplicate/.test(f.check);
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A CRM value: clipped, inert, and laid out in its own direction. */
function value(doc: Document, text: unknown, max: number, className = 'v'): HTMLSpanElement {
  const span = el(doc, 'span', className, clip(text, max));
  span.dir = 'auto';
  return span;
}

// message names are [A-Za-z0-9_]: anything else is shown as the CRM wrote it
function kindLabel(t: Translate, kind: string): string {
  return typeof kind === 'string' && /^\w{1,40}$/.test(kind) ? optionalLabel(t, `overlayKind_${kind}`, kind) : clip(kind, 40);
}

function fieldLabel(t: Translate, field: string): string {
  return /^\w{1,40}$/.test(field) ? optionalLabel(t, `overlayField_${field}`, field) : clip(field, 40);
}

function actionButton(ctx: PopoverContext, view: FindingView, decision: OverlayDecision, key: string): HTMLButtonElement {
  const b = el(ctx.doc, 'button', 'act', ctx.t(key));
  b.type = 'button';
  b.dataset.action = decision;
  b.dataset.index = String(view.index);
  if (decision === 'duplicate' || decision === 'review') b.setAttribute('aria-pressed', String(view.decision === decision));
  return b;
}

function othersList(ctx: PopoverContext, others: NonNullable<OverlayFinding['others']>): HTMLElement {
  const { doc, t } = ctx;
  const wrap = el(doc, 'div');
  wrap.append(el(doc, 'div', 'label', t('overlayDuplicateOf')));
  const list = el(doc, 'ul', 'others');
  for (const other of others.slice(0, MAX_OTHERS)) {
    const li = el(doc, 'li');
    const name = clip(other.name || other.id, 80);
    li.append(value(doc, name, 80, 'v nowrap'), el(doc, 'span', 'kind', kindLabel(t, other.kind)));
    const href = safeUrl(other.url, ctx.base);
    if (href) {
      const a = el(doc, 'a', undefined, t('overlayOpenRecord'));
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.setAttribute('aria-label', t('overlayOpenRecordLabel', name));
      li.append(a);
    }
    list.append(li);
  }
  if (others.length > MAX_OTHERS) list.append(el(doc, 'li', 'label', t('overlayMoreOthers', ctx.fmt.count(others.length - MAX_OTHERS))));
  wrap.append(list);
  return wrap;
}

function cellValue(doc: Document, t: Translate, v: unknown): HTMLTableCellElement {
  const td = el(doc, 'td', 'val');
  if (v === undefined || v === null || v === '') td.append(el(doc, 'span', 'empty', t('overlayEmptyValue')));
  else {
    td.append(value(doc, v, 120));
    // the cell shows what fits; the tooltip (plain text, inert) the rest up to the usual limit
    td.title = clip(v);
  }
  return td;
}

function bar(doc: Document, share: number): HTMLSpanElement {
  const b = el(doc, 'span', 'bar');
  b.setAttribute('aria-hidden', 'true');
  const fill = el(doc, 'i');
  fill.style.setProperty('width', `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`);
  b.append(fill);
  return b;
}

/** Field-by-field: this record, the other(s), similarity and how much each field weighed. */
function comparison(ctx: PopoverContext, target: OverlayTarget, f: OverlayFinding): HTMLTableElement | null {
  const { doc, t, fmt } = ctx;
  const others = (f.others ?? []).slice(0, MAX_OTHER_COLUMNS);
  const evidence = (f.evidence ?? []).filter((e) => e && typeof e.field === 'string').slice(0, MAX_ROWS);
  const hasEvidence = evidence.length > 0;
  const fields = hasEvidence
    ? evidence.map((e) => e.field)
    : [...new Set([...Object.keys(target.fields ?? {}), ...others.flatMap((o) => Object.keys(o.fields ?? {}))])].slice(0, MAX_ROWS);
  if (fields.length === 0) return null;

  const table = el(doc, 'table', others.length > 1 ? 'cmp wide' : 'cmp');
  table.append(el(doc, 'caption', undefined, t('overlayEvidenceCaption')));
  const head = el(doc, 'tr');
  const th = (text: string, title?: string) => {
    const c = el(doc, 'th', undefined, text);
    c.scope = 'col';
    if (title) c.title = title;
    return c;
  };
  head.append(th(t('overlayColField')), th(t('overlayThisRecord')));
  others.forEach((o) => {
    const c = th('');
    c.append(value(doc, o.name || o.id || t('overlayOtherRecord'), 40, 'v nowrap'));
    head.append(c);
  });
  if (others.length === 0) head.append(th(t('overlayOtherRecord')));
  if (hasEvidence) head.append(th(t('overlayColSimilarity')), th(t('overlayColWeight'), t('overlayWeightHelp')));
  const thead = el(doc, 'thead');
  thead.append(head);
  table.append(thead);

  const body = el(doc, 'tbody');
  const maxWeight = Math.max(1e-9, ...evidence.map((e) => (Number.isFinite(e.weight) ? Math.abs(e.weight) : 0)));
  fields.forEach((field, i) => {
    const ev = hasEvidence ? evidence[i] : undefined;
    const row = el(doc, 'tr');
    const name = el(doc, 'th', undefined, fieldLabel(t, field));
    name.scope = 'row';
    row.append(name, cellValue(doc, t, ev?.a ?? target.fields?.[field]));
    if (others.length === 0) row.append(cellValue(doc, t, ev?.b));
    others.forEach((o, j) => row.append(cellValue(doc, t, (j === 0 ? ev?.b : undefined) ?? o.fields?.[field])));
    if (ev) {
      const sim = Number.isFinite(ev.similarity) ? ev.similarity : 0;
      const simCell = el(doc, 'td', 'num');
      simCell.append(bar(doc, sim), doc.createTextNode(fmt.percent(sim)));
      const w = Number.isFinite(ev.weight) ? ev.weight : 0;
      const wCell = el(doc, 'td', `num ${w > 0 ? 'w-pos' : w < 0 ? 'w-neg' : 'w-zero'}`);
      wCell.append(bar(doc, Math.abs(w) / maxWeight), doc.createTextNode(fmt.weight(w)));
      row.append(simCell, wCell);
    }
    body.append(row);
  });
  table.append(body);
  return table;
}

function findingBlock(ctx: PopoverContext, target: OverlayTarget, view: FindingView): HTMLElement {
  const { doc, t } = ctx;
  const f = view.finding;
  const block = el(doc, 'section', 'finding');
  const text = el(doc, 'div', 'text');
  const severity = isSeverity(f.severity) ? f.severity : 'info';
  text.append(el(doc, 'span', `sev sev-${severity}`, t(`overlaySeverity_${severity}`)), value(doc, f.text, 200));
  block.append(text);
  const duplicate = isDuplicateFinding(f);
  if (duplicate && f.others && f.others.length > 0) block.append(othersList(ctx, f.others));
  if (duplicate) {
    const table = comparison(ctx, target, f);
    if (table) block.append(table);
  }
  if (view.decision === 'duplicate' || view.decision === 'review') {
    const status = el(doc, 'div', 'status', t(view.decision === 'duplicate' ? 'overlayStatusDuplicate' : 'overlayStatusReview'));
    status.setAttribute('role', 'status');
    block.append(status);
  }
  if (view.failed) {
    const error = el(doc, 'div', 'error', t('overlayDecisionFailed'));
    error.setAttribute('role', 'alert');
    block.append(error);
  }
  const actions = el(doc, 'div', 'actions');
  if (duplicate)
    actions.append(
      actionButton(ctx, view, 'duplicate', 'overlayActionDuplicate'),
      actionButton(ctx, view, 'not-duplicate', 'overlayActionNotDuplicate'),
    );
  actions.append(actionButton(ctx, view, 'ignore', 'overlayActionIgnore'), actionButton(ctx, view, 'review', 'overlayActionReview'));
  block.append(actions);
  return block;
}

/** Replaces the popover's children with the dialog for this target. */
export function fillPopover(pop: HTMLElement, ctx: PopoverContext, target: OverlayTarget, views: readonly FindingView[]): void {
  const { doc, t, fmt } = ctx;
  const head = el(doc, 'div', 'head');
  const title = el(doc, 'h2', 'title');
  title.id = ctx.titleId;
  title.append(value(doc, target.name || target.id, 120));
  const count = views.length === 1 ? t('overlayFindingsOne') : t('overlayFindingsMany', fmt.count(views.length));
  title.append(el(doc, 'span', 'sub', `${kindLabel(t, target.kind)} · ${count}`));
  const close = el(doc, 'button', 'close', '×');
  close.type = 'button';
  close.dataset.action = 'close';
  close.setAttribute('aria-label', t('overlayClose'));
  head.append(title, close);
  const blocks = views.slice(0, MAX_FINDINGS).map((v) => findingBlock(ctx, target, v));
  pop.replaceChildren(head, ...blocks);
  if (views.length > MAX_FINDINGS) pop.append(el(doc, 'div', 'more', t('overlayMoreFindings', fmt.count(views.length - MAX_FINDINGS))));
}

/** Focusable controls in tab order, for the focus trap. */
export function focusables(pop: HTMLElement): HTMLElement[] {
  return [...pop.querySelectorAll<HTMLElement>('button:not([disabled]), a[href]')];
}
