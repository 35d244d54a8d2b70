// The part HTML tables, ARIA grids and div grids share once their cells are lined up under
// column labels: decide the record kind, map labels to fields (or let the values decide),
// and turn each row into a record.
import type { FieldKey, ReadVia, RecordKind } from '../../model/record';
import { fieldType, matchLabel, settleFields } from '../dictionary';
import {
  count,
  note,
  RecordBuilder,
  recordLinks,
  ROWS_PER_STEP,
  rowIdentity,
  type ReadContext,
  type ReadRecord,
  type Steps,
} from './context';
import type { RecordRef } from '../sites/types';
import { inferColumn } from './infer';
import { containerKind } from './kind';
import { cleanText, elementItems, elementText } from './text';

/** Rows read from one list at most; the rest are counted as skipped. */
export const MAX_ROWS = 20_000;
const SAMPLE_ROWS = 40;

export interface Column {
  label: string;
  /** Label of a spanning header above this one ("Contact" over "Name | Email"). */
  group?: string;
}

export interface Row {
  /** The element(s) showing the row; more than one when a grid splits pinned columns. */
  elements: Element[];
  /** One cell per column (undefined where the row has none). */
  cells: (Element | undefined)[];
}

function columnField(col: Column, kind: RecordKind | undefined): FieldKey | undefined {
  if (col.label) return matchLabel(col.label, kind) ?? (col.group ? matchLabel(`${col.group} ${col.label}`, kind) : undefined);
  return col.group ? matchLabel(col.group, kind) : undefined;
}

export function* readColumnar(
  ctx: ReadContext,
  container: Element,
  columns: readonly Column[],
  rows: readonly Row[],
  via: ReadVia,
  what: string,
): Steps<ReadRecord[]> {
  if (rows.length === 0) return [];
  const linkCache: ({ ref: RecordRef; a: Element }[] | undefined)[] = new Array(rows.length);
  const linksOf = (r: number) => {
    let l = linkCache[r];
    if (!l) {
      const els = rows[r]!.elements;
      l = els.length === 1 ? recordLinks(ctx, els[0]!) : els.flatMap((el) => recordLinks(ctx, el));
      linkCache[r] = l;
    }
    return l;
  };
  const sample = rows.slice(0, SAMPLE_ROWS);
  const kind = containerKind({
    doc: ctx.doc,
    container,
    pageKind: ctx.page.kind,
    onRecordPage: !!ctx.page.recordId,
    linkKinds: sample.map((_, r) => linksOf(r).find((l) => l.ref.kind)?.ref.kind),
    fields: new Set(columns.map((c) => columnField(c, undefined)).filter((f): f is FieldKey => !!f)),
  });
  if (!kind) {
    note(ctx, `${what} skipped: record kind unknown (${rows.length} rows)`);
    count(ctx, 'list of unknown kind', rows.length);
    return [];
  }
  const fields = settleFields(
    columns.map((c) => c.label),
    columns.map((c) => columnField(c, kind)),
  );
  for (let i = 0; i < columns.length; i++) {
    if (fields[i]) continue;
    const texts = sample.map((r) => (r.cells[i] ? elementText(r.cells[i]!) : ''));
    fields[i] = inferColumn(texts, kind, ctx.now);
  }
  // raw keys, unique per list: "Email", "Email (2)" for a repeated header
  const labels: string[] = [];
  for (let i = 0; i < columns.length; i++) {
    const base = columns[i]!.label || columns[i]!.group || `column ${i + 1}`;
    let key = base;
    for (let n = 2; labels.includes(key); n++) key = `${base} (${n})`;
    labels.push(key);
  }
  const isList = fields.map((f) => !!f && fieldType(f) === 'list');
  const out: ReadRecord[] = [];
  const limit = Math.min(rows.length, MAX_ROWS);
  for (let r = 0; r < limit; r++) {
    if (r % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const row = rows[r]!;
    // rows past the sample find their link lazily, stopping at the first one of this kind
    const identity = rowIdentity(ctx, row.elements, kind, linkCache[r]);
    let linkText = identity.link ? elementText(identity.link) : '';
    const b = new RecordBuilder(ctx);
    for (let i = 0; i < columns.length; i++) {
      const el = row.cells[i];
      if (!el) continue;
      // the record link's own text is the name; a "Preview" button or avatar beside it is not
      if (linkText && el.contains(identity.link!)) {
        b.addUnique(labels[i]!, fields[i], linkText);
        linkText = '';
      } else if (isList[i] && el.firstElementChild) {
        // chips and one-link-per-value cells: the pieces are the values, and together the text
        const items = elementItems(el);
        b.addUnique(labels[i]!, fields[i], cleanText(items.join(' ')), items);
      } else b.addUnique(labels[i]!, fields[i], elementText(el));
    }
    const rec = b.finish(kind, via, identity, row.elements);
    if (rec) out.push(rec);
  }
  if (rows.length > limit) {
    count(ctx, 'row limit', rows.length - limit);
    note(ctx, `${what}: read the first ${limit} of ${rows.length} rows`);
  }
  return out;
}
