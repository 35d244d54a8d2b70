// What every DOM reader shares: the page being read, its site profile, the reading time, and
// the tallies of what was skipped. Plus the two steps every reader ends with: finding a row's
// record identity and turning label/value cells into a CrmRecord.
import type { CanonicalFields, CrmRecord, FieldKey, ReadVia, RecordKind } from '../../model/record';
import { applyField, fieldType, finishFields, type ApplyOptions } from '../dictionary';
import { splitList } from '../../model/values';
import type { PageInfo, RecordRef, SiteProfile } from '../sites/types';
import { generic } from '../sites/generic';
import { composedAnchors } from './scopes';
import { contentHash } from './text';

export interface ReadRecord {
  record: CrmRecord;
  /** The element(s) that show the record, for the overlay to badge. Not serialisable. */
  elements: Element[];
}

export interface ReadContext {
  doc: Document;
  url: URL;
  origin: string;
  profile: SiteProfile;
  page: PageInfo;
  now: Date;
  seenAt: string;
  skipped: Record<string, number>;
  notes: string[];
  /** Per-read memo of href → record link (lists repeat the same company and owner links). */
  links?: Map<string, RecordRef | null>;
  /** Per-read memo of date text → ISO (lists repeat the same dates). */
  dates?: Map<string, string | undefined>;
  /** Reading inside a shadow root: links may sit in nested shadow trees, so searches pierce them. */
  composed?: boolean;
}

function anchorsOf(ctx: ReadContext, el: Element): ArrayLike<Element> {
  if (el.tagName === 'A') return [el];
  return ctx.composed ? composedAnchors(el) : el.getElementsByTagName('a');
}

/**
 * A read that can pause between slices of rows (it yields every ROWS_PER_STEP rows): run to the
 * end at once with `drain`, or in time slices with `readPageSliced`, so a 10,000-row list is
 * never one long task on the CRM page.
 */
export type Steps<T> = Generator<void, T, unknown>;
export const ROWS_PER_STEP = 64;

export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

export function count(ctx: Pick<ReadContext, 'skipped'>, reason: string, n = 1): void {
  if (n > 0) ctx.skipped[reason] = (ctx.skipped[reason] ?? 0) + n;
}

export function note(ctx: Pick<ReadContext, 'notes'>, text: string): void {
  if (ctx.notes.length < 100 && !ctx.notes.includes(text)) ctx.notes.push(text);
}

const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9_~\-/]*$/;
const NO_PARAMS = new URLSearchParams();
// URL getters are not free: a page's base parts are read once per read
const BASES = new WeakMap<URL, { origin: string; protocol: string; host: string; hostname: string }>();

/**
 * Resolves an href against the page; undefined for javascript:, mailto: and junk. A plain
 * absolute path ("/contacts/c_12") skips the URL parser: lists have one per row, and parsing
 * them was a tenth of a read. The stand-in has what profiles read (origin, pathname, search,
 * searchParams, hash, href).
 */
export function resolveHref(href: string | null, base: URL): URL | undefined {
  if (!href || href.length > 2000) return undefined;
  if (PLAIN_PATH.test(href) && !href.includes('/.') && !href.includes('//')) {
    let parts = BASES.get(base);
    if (!parts) BASES.set(base, (parts = { origin: base.origin, protocol: base.protocol, host: base.host, hostname: base.hostname }));
    return { ...parts, pathname: href, search: '', searchParams: NO_PARAMS, hash: '', href: parts.origin + href } as unknown as URL;
  }
  const h = href.trim();
  if (!h || /^(javascript|mailto|tel|data|blob|about):/i.test(h)) return undefined;
  try {
    const u = new URL(h, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** Which record a link opens, by this CRM's URL patterns and then the generic ones. */
export function linkRecord(ctx: ReadContext, a: Element): RecordRef | undefined {
  const href = a.getAttribute('href');
  if (!href) return undefined;
  const memo = (ctx.links ??= new Map());
  const known = memo.get(href);
  if (known !== undefined) return known ?? undefined;
  const url = resolveHref(href, ctx.url);
  const ref = url
    ? (ctx.profile.recordLink(url, ctx.url) ?? (ctx.profile === generic ? undefined : generic.recordLink(url, ctx.url)))
    : undefined;
  if (memo.size < 50_000) memo.set(href, ref ?? null);
  return ref;
}

/** The record links inside an element, in document order (bounded: a row is not a link farm). */
export function recordLinks(ctx: ReadContext, el: Element, max = 12): { ref: RecordRef; a: Element }[] {
  const out: { ref: RecordRef; a: Element }[] = [];
  const anchors = anchorsOf(ctx, el);
  for (let i = 0; i < anchors.length && i < max * 3 && out.length < max; i++) {
    const a = anchors[i]!;
    const ref = linkRecord(ctx, a);
    if (ref) out.push({ ref, a });
  }
  return out;
}

// Row attributes that hold the record id. Deliberately not data-key/data-index: those are render keys.
const ID_ATTRS = [
  'data-id',
  'data-record-id',
  'data-recordid',
  'data-row-key-value',
  'row-id',
  'data-row-id',
  'data-rowid',
  'data-pk',
  'data-entity-id',
  'data-object-id',
  'data-item-id',
  'data-uid',
  // kanban cards (hello-pangea/dnd, react-beautiful-dnd): boards key their cards by record id
  'data-rfd-draggable-id',
  'data-rbd-draggable-id',
];

export function dataId(el: Element): string | undefined {
  for (const attr of ID_ATTRS) {
    const v = el.getAttribute(attr);
    if (v && v.length <= 100 && !/\s/.test(v)) return v;
  }
  return undefined;
}

export interface Identity {
  id?: string;
  url?: string;
  objectType?: string;
  /** The link the id came from: its text is usually the record's name. */
  link?: Element;
}

/** The first record link of `kind` in the rows (stopping there: the name link usually comes first), else the first of unknown kind. */
function firstLink(
  ctx: ReadContext,
  rows: readonly Element[],
  kind: RecordKind,
): { hit?: { ref: RecordRef; a: Element }; fallback?: { ref: RecordRef; a: Element } } {
  let fallback: { ref: RecordRef; a: Element } | undefined;
  for (const row of rows) {
    const anchors = anchorsOf(ctx, row);
    for (let i = 0; i < anchors.length && i < 36; i++) {
      const ref = linkRecord(ctx, anchors[i]!);
      if (!ref) continue;
      if (ref.kind === kind) return { hit: { ref, a: anchors[i]! } };
      if (!ref.kind && !fallback) fallback = { ref, a: anchors[i]! };
    }
  }
  return { fallback };
}

/** A row's record identity: its record link of the right kind, else a data attribute. `links`, when known, saves the search. */
export function rowIdentity(
  ctx: ReadContext,
  rows: readonly Element[],
  kind: RecordKind,
  links?: { ref: RecordRef; a: Element }[],
): Identity {
  let fallback: { ref: RecordRef; a: Element } | undefined;
  if (links) {
    for (const l of links) {
      if (l.ref.kind === kind) return { id: l.ref.id, url: l.ref.url, objectType: l.ref.objectType, link: l.a };
      if (!l.ref.kind && !fallback) fallback = l;
    }
  } else {
    const found = firstLink(ctx, rows, kind);
    if (found.hit) return { id: found.hit.ref.id, url: found.hit.ref.url, objectType: found.hit.ref.objectType, link: found.hit.a };
    fallback = found.fallback;
  }
  if (ctx.profile.rowDataIds !== false) {
    for (const row of rows) {
      const id = dataId(row);
      if (id) return { id, url: ctx.profile.recordUrl?.(ctx.origin, kind, id, ctx.page.objectType), objectType: ctx.page.objectType };
    }
  }
  if (fallback) return { id: fallback.ref.id, url: fallback.ref.url, objectType: fallback.ref.objectType, link: fallback.a };
  return {};
}

export interface Cell {
  label: string;
  field?: FieldKey;
  text: string;
  /** Separate values shown in the cell (chips, one link per e-mail), for list fields. */
  items?: string[];
}

const IDENTITY_FIELDS: FieldKey[] = ['name', 'firstName', 'lastName', 'emails', 'phones', 'company', 'title', 'subject', 'website'];

function identityText(fields: CanonicalFields): string[] {
  const f = fields as Record<string, unknown>;
  const out: string[] = [];
  for (const k of IDENTITY_FIELDS) {
    const v = f[k];
    if (typeof v === 'string') out.push(`${k}=${v.toLowerCase()}`);
    else if (Array.isArray(v)) out.push(`${k}=${v.join(',').toLowerCase()}`);
  }
  return out;
}

/**
 * Collects one record's label/value cells: raw text under its label (repeated labels numbered),
 * typed fields through the dictionary. Built per row without intermediate cell objects, because
 * a 10,000-row list is otherwise mostly garbage collection.
 */
export class RecordBuilder {
  private fields: CanonicalFields = {};
  private raw: Record<string, string> = {};
  private any = false;
  private readonly opts: ApplyOptions;

  constructor(private readonly ctx: ReadContext) {
    this.opts = { now: ctx.now, dayFirst: ctx.profile.dayFirst, dates: (ctx.dates ??= new Map()) };
  }

  add(label: string, field: FieldKey | undefined, text: string, items?: readonly string[]): void {
    if (!text) return;
    const base = label || 'value';
    let key = base;
    for (let n = 2; this.raw[key] !== undefined && this.raw[key] !== text; n++) key = `${base} (${n})`;
    this.addUnique(key, field, text, items);
  }

  /** `add` for a caller that already made its labels unique (list columns). */
  addUnique(key: string, field: FieldKey | undefined, text: string, items?: readonly string[]): void {
    if (!text) return;
    this.any = true;
    this.raw[key] = text;
    if (!field) return;
    if (items && items.length > 1 && fieldType(field) === 'list')
      applyField(
        this.fields,
        this.ctx.skipped,
        field,
        text,
        items.flatMap((i) => splitList(i)),
        this.opts,
      );
    else applyField(this.fields, this.ctx.skipped, field, text, undefined, this.opts);
  }

  /**
   * The record, or undefined (counted) when the cells showed nothing. Without an id, the id is a
   * hash of the identifying values (not of dates, which drift: "3 minutes ago"), flagged `idIsHash`.
   */
  finish(kind: RecordKind, via: ReadVia, identity: Identity, elements: Element[]): ReadRecord | undefined {
    const { ctx, fields, raw } = this;
    if (!this.any) {
      count(ctx, 'empty row');
      return undefined;
    }
    finishFields(kind, fields);
    let id = identity.id;
    let idIsHash = false;
    if (!id) {
      const ident = identityText(fields);
      id = contentHash([kind, ...(ident.length ? ident : Object.values(raw))]);
      idIsHash = true;
    }
    const source: CrmRecord['source'] = { origin: ctx.origin, id, via };
    if (idIsHash) source.idIsHash = true;
    const objectType = identity.objectType ?? ctx.page.objectType;
    if (objectType) source.objectType = objectType;
    if (identity.url) source.url = identity.url;
    return { record: { kind, source, fields, raw, seenAt: ctx.seenAt }, elements };
  }
}

/** Label/value cells → one CrmRecord (see RecordBuilder). */
export function buildRecord(
  ctx: ReadContext,
  kind: RecordKind,
  cells: readonly Cell[],
  via: ReadVia,
  identity: Identity,
  elements: Element[],
): ReadRecord | undefined {
  const b = new RecordBuilder(ctx);
  for (const c of cells) b.add(c.label, c.field, c.text, c.items);
  return b.finish(kind, via, identity, elements);
}
