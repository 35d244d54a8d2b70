// HTML tables: header rows (thead, or leading rows of th) with colspan/rowspan laid out on a
// grid, body rows laid out the same way. Layout tables (role=presentation, or no header cells
// but tables inside) are looked through, not read; tables nested in a data table's cells are
// part of that cell; key/value tables (th + td per row) belong to the record-page reader.
import { count, ROWS_PER_STEP, type ReadContext, type ReadRecord, type Steps } from './context';
import { readColumnar, type Column, type Row } from './columns';
import { elementText } from './text';

const MAX_COLUMNS = 200;
const MAX_SPAN = 1000;

/** The table's own rows, not those of tables nested in its cells. */
export function ownRows(table: Element): { head: Element[]; body: Element[]; foot: Element[] } {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'TR') body.push(c);
    else if (c.tagName === 'THEAD' || c.tagName === 'TBODY' || c.tagName === 'TFOOT') {
      const target = c.tagName === 'THEAD' ? head : c.tagName === 'TFOOT' ? foot : body;
      for (let r = c.firstElementChild; r; r = r.nextElementSibling) if (r.tagName === 'TR') target.push(r);
    }
  }
  return { head, body, foot };
}

function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === 'TD' || c.tagName === 'TH') out.push(c);
  return out;
}

function span(el: Element, attr: 'colspan' | 'rowspan'): number {
  // most cells have no attributes at all: one call instead of two lookups per cell
  if (!el.hasAttributes()) return 1;
  const n = parseInt(el.getAttribute(attr) ?? '1', 10);
  if (!Number.isFinite(n) || n < 1) return attr === 'rowspan' && n === 0 ? 2 : 1;
  return Math.min(n, MAX_SPAN);
}

/**
 * Lays rows out on a grid, honouring colspan and rowspan. Rows spanned by a cell repeat it (it
 * applies to each); columns spanned by a body cell don't (one value must not fill two fields),
 * but a header spanning columns labels each of them.
 */
function layout(rows: readonly Element[], repeatColspan: boolean, maxCols = MAX_COLUMNS): (Element | undefined)[][] {
  const lines = new RowLayout(rows.length, repeatColspan, maxCols);
  return rows.map((row, r) => lines.line(row, r));
}

/** `layout` one row at a time, so a long table can be laid out between pauses. */
class RowLayout {
  private readonly carry: ({ el: Element; left: number } | undefined)[] = [];
  private pending = 0;
  constructor(
    private readonly total: number,
    private readonly repeatColspan: boolean,
    private readonly maxCols: number,
  ) {}

  line(row: Element, r: number): (Element | undefined)[] {
    const { carry, maxCols } = this;
    const line: (Element | undefined)[] = [];
    let col = 0;
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
      if (this.pending) col = fillCarried(line, carry, col, maxCols);
      if (col >= maxCols) break;
      const cs = span(cell, 'colspan');
      const rs = span(cell, 'rowspan');
      for (let k = 0; k < cs && col < maxCols; k++, col++) {
        if (k === 0 || this.repeatColspan) line[col] = cell;
        if (rs > 1) {
          carry[col] = { el: cell, left: Math.min(rs - 1, this.total - r - 1) };
          this.pending++;
        }
      }
    }
    if (this.pending) col = fillCarried(line, carry, col, maxCols);
    return line;
  }
}

/** Slots held by cells spanning rows from above, from `col` on; returns the next free column. */
function fillCarried(
  line: (Element | undefined)[],
  carry: ({ el: Element; left: number } | undefined)[],
  col: number,
  maxCols: number,
): number {
  while (col < maxCols && carry[col] && carry[col]!.left > 0) {
    line[col] = carry[col]!.el;
    carry[col]!.left--;
    col++;
  }
  return col;
}

function isLayoutTable(table: Element, rows: Element[]): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return true;
  const hasHeader = rows.some((r) => cellsOf(r).some((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader'));
  return !hasHeader && !!table.querySelector('table');
}

/** Every row a th followed by a td: a record's label/value table, not a list. */
function isKeyValueTable(head: Element[], body: Element[]): boolean {
  if (head.length > 0 || body.length < 2) return false;
  return body.every((r) => {
    const cells = cellsOf(r);
    return cells.length === 2 && cells[0]!.tagName === 'TH' && cells[1]!.tagName === 'TD';
  });
}

function headerRowsOf(head: Element[], body: Element[]): { header: Element[]; rest: Element[] } {
  if (head.length) return { header: head, rest: body };
  let n = 0;
  while (n < body.length) {
    const cells = cellsOf(body[n]!);
    if (cells.length < 2 || !cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader')) break;
    n++;
  }
  return { header: body.slice(0, n), rest: body.slice(n) };
}

function headerColumns(header: Element[], width: number): Column[] {
  const grid = layout(header, true);
  const cols: Column[] = [];
  for (let c = 0; c < width; c++) {
    const texts: string[] = [];
    for (const line of grid) {
      const el = line[c];
      const t = el ? elementText(el) || el.getAttribute('aria-label') || el.getAttribute('title') || '' : '';
      if (t && texts[texts.length - 1] !== t) texts.push(t);
    }
    cols.push({ label: texts[texts.length - 1] ?? '', group: texts.length > 1 ? texts[texts.length - 2] : undefined });
  }
  return cols;
}

/** Tables worth reading: not layout tables, not inside a data table, not key/value tables. */
export function dataTables(root: ParentNode): Element[] {
  const all = Array.from((root as Element).getElementsByTagName?.('table') ?? root.querySelectorAll('table'));
  const layoutSet = new Set<Element>();
  const info = new Map<Element, ReturnType<typeof ownRows>>();
  for (const t of all) {
    const rows = ownRows(t);
    info.set(t, rows);
    if (isLayoutTable(t, [...rows.head, ...rows.body])) layoutSet.add(t);
  }
  return all.filter((t) => {
    if (layoutSet.has(t)) return false;
    for (let p = t.parentElement?.closest('table'); p; p = p.parentElement?.closest('table')) if (!layoutSet.has(p)) return false;
    const rows = info.get(t)!;
    return !isKeyValueTable(rows.head, rows.body);
  });
}

export function* readTables(ctx: ReadContext, root: ParentNode): Steps<ReadRecord[]> {
  const out: ReadRecord[] = [];
  const tables = dataTables(root);
  for (let index = 0; index < tables.length; index++) {
    const table = tables[index]!;
    const what = `table ${index + 1}`;
    try {
      const { head, body, foot } = ownRows(table);
      count(ctx, 'footer row', foot.length);
      const { header, rest } = headerRowsOf(head, body);
      const lines = new RowLayout(rest.length, false, MAX_COLUMNS);
      const bodyGrid: (Element | undefined)[][] = new Array(rest.length);
      for (let r = 0; r < rest.length; r++) {
        if (r % (ROWS_PER_STEP * 4) === ROWS_PER_STEP * 4 - 1) yield;
        bodyGrid[r] = lines.line(rest[r]!, r);
      }
      const width = Math.min(
        MAX_COLUMNS,
        Math.max(0, ...bodyGrid.slice(0, 200).map((l) => l.length), ...layout(header, true).map((l) => l.length)),
      );
      if (width === 0 || rest.length === 0) continue;
      if (header.length === 0 && (rest.length < 2 || width < 2)) continue;
      const columns = header.length ? headerColumns(header, width) : Array.from({ length: width }, () => ({ label: '' }));
      const rows: Row[] = [];
      for (let r = 0; r < rest.length; r++) {
        if (r % (ROWS_PER_STEP * 4) === ROWS_PER_STEP * 4 - 1) yield;
        const tr = rest[r]!;
        const line = bodyGrid[r]!;
        // one cell across the whole table: a group heading, a spacer or "No items to display"
        const only = tr.childElementCount <= 1 ? tr.firstElementChild : null;
        if (tr.childElementCount <= 1 && width > 2 && (!only || span(only, 'colspan') >= width - 1)) {
          count(ctx, 'group row');
          continue;
        }
        if (tr.getAttribute('aria-hidden') === 'true' || tr.hasAttribute('hidden')) {
          count(ctx, 'hidden row');
          continue;
        }
        // a cell spanning rows (rowspan) belongs to every row it covers
        rows.push({ elements: [tr], cells: line });
      }
      out.push(...(yield* readColumnar(ctx, table, columns, rows, 'dom-table', what)));
    } catch {
      count(ctx, 'unreadable table');
    }
  }
  return out;
}
