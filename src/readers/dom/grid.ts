// Grids that are not <table>s. ARIA grids (role=grid|treegrid|table with row/columnheader/
// gridcell): cells are matched to headers by aria-colindex or a shared column id (AG Grid's
// col-id), and rows split across pinned-column containers are joined by aria-rowindex/row-id.
// Div grids with no roles at all: a header row whose children read as column labels, and the
// rows after it, aligned by position (or by x-coordinates when the browser has laid them out).
import { matchLabel } from '../dictionary';
import type { ReadContext, ReadRecord, Steps } from './context';
import { count, ROWS_PER_STEP } from './context';
import { readColumnar, type Column, type Row } from './columns';
import { elementText } from './text';

const GRID = '[role=grid], [role=treegrid], [role=table]';
const CELL_ROLES = new Set(['gridcell', 'cell', 'rowheader']);
const COL_ATTRS = ['col-id', 'data-col-id', 'data-colid', 'data-column-id', 'data-field', 'data-column', 'data-column-key'];
const ROW_KEYS = ['aria-rowindex', 'row-id', 'row-index', 'data-row-index', 'data-rowindex'];

function colKeys(el: Element, attrs: readonly string[]): string[] {
  const keys: string[] = [];
  for (const a of attrs) {
    const v = el.getAttribute(a);
    if (v) keys.push(`${a}:${v}`);
  }
  return keys;
}

/** A row's cells: its direct children with a cell role, or (nested markup) any descendant cell of this row. */
function cellsOfRow(row: Element): Element[] {
  const direct: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (CELL_ROLES.has(c.getAttribute('role') ?? '')) direct.push(c);
  if (direct.length) return direct;
  return Array.from(row.querySelectorAll('[role=gridcell], [role=cell], [role=rowheader]')).filter((c) => c.closest('[role=row]') === row);
}

function ownedBy(el: Element, grid: Element): boolean {
  return el.parentElement?.closest(GRID) === grid;
}

function rowKey(row: Element): string | undefined {
  for (const a of ROW_KEYS) {
    const v = row.getAttribute(a);
    if (v) return `${a}:${v}`;
  }
  return undefined;
}

function* readAriaGrid(ctx: ReadContext, grid: Element, what: string): Steps<ReadRecord[]> {
  const headers = Array.from(grid.querySelectorAll('[role=columnheader]')).filter((h) => ownedBy(h, grid));
  const columns: Column[] = headers.map((h) => ({ label: elementText(h) || h.getAttribute('aria-label') || '' }));
  // only the column-key attributes the headers actually carry are read from every cell
  const keyAttrs = ['aria-colindex', ...COL_ATTRS].filter((a) => headers.some((h) => h.hasAttribute(a)));
  const byKey = new Map<string, number>();
  headers.forEach((h, i) => colKeys(h, keyAttrs).forEach((k) => byKey.set(k, i)));
  const merged = new Map<string, { elements: Element[]; cells: Element[] }>();
  const order: { elements: Element[]; cells: Element[] }[] = [];
  const rowEls = grid.querySelectorAll('[role=row]');
  for (let r = 0; r < rowEls.length; r++) {
    if (r % (ROWS_PER_STEP * 4) === ROWS_PER_STEP * 4 - 1) yield;
    const row = rowEls[r]!;
    if (!ownedBy(row, grid)) continue;
    const cells = cellsOfRow(row);
    if (cells.length === 0) continue;
    const key = rowKey(row);
    const existing = key ? merged.get(key) : undefined;
    if (existing) {
      existing.elements.push(row);
      existing.cells.push(...cells);
    } else {
      const entry = { elements: [row], cells };
      if (key) merged.set(key, entry);
      order.push(entry);
    }
  }
  if (order.length === 0) return [];
  const width = Math.min(200, Math.max(columns.length, ...order.slice(0, 100).map((r) => r.cells.length)));
  while (columns.length < width) columns.push({ label: '' });
  const rows: Row[] = order.map(({ elements, cells }) => {
    const line: (Element | undefined)[] = new Array(width);
    cells.forEach((cell, pos) => {
      let col: number | undefined;
      for (const k of colKeys(cell, keyAttrs)) {
        col = byKey.get(k);
        if (col !== undefined) break;
      }
      if (col === undefined) {
        const ci = Number(cell.getAttribute('aria-colindex'));
        col = Number.isInteger(ci) && ci >= 1 && !byKey.size ? ci - 1 : pos;
      }
      if (col < width && !line[col]) line[col] = cell;
    });
    return { elements, cells: line };
  });
  return yield* readColumnar(ctx, grid, columns, rows, 'dom-grid', what);
}

export function* readAriaGrids(ctx: ReadContext, root: ParentNode): Steps<ReadRecord[]> {
  const out: ReadRecord[] = [];
  const grids = Array.from(root.querySelectorAll(GRID)).filter(
    (g) => g.tagName !== 'TABLE' && !g.querySelector('table') && !g.parentElement?.closest(GRID),
  );
  for (let i = 0; i < grids.length; i++) {
    try {
      out.push(...(yield* readAriaGrid(ctx, grids[i]!, `grid ${i + 1}`)));
    } catch {
      count(ctx, 'unreadable grid');
    }
  }
  return out;
}

function leftRight(el: Element): [number, number] | undefined {
  const r = el.getBoundingClientRect?.();
  return r && r.width > 0 ? [r.left, r.right] : undefined;
}

/** Aligns one row's children to the header's: by index when the counts agree, by x-overlap when laid out. */
function align(headerCells: Element[], headerBoxes: ([number, number] | undefined)[], rowCells: Element[]): (Element | undefined)[] {
  if (rowCells.length === headerCells.length || headerBoxes.some((b) => !b)) return headerCells.map((_, i) => rowCells[i]);
  const line: (Element | undefined)[] = new Array(headerCells.length);
  for (const cell of rowCells) {
    const box = leftRight(cell);
    if (!box) continue;
    let best = -1;
    let bestOverlap = 0;
    headerBoxes.forEach((h, i) => {
      const overlap = Math.min(h![1], box[1]) - Math.max(h![0], box[0]);
      if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
    });
    if (best >= 0 && !line[best]) line[best] = cell;
  }
  return line;
}

function rowsAfter(header: Element): Element[] {
  const sibs: Element[] = [];
  for (let s = header.nextElementSibling; s; s = s.nextElementSibling) if (s.childElementCount >= 2) sibs.push(s);
  // a single body container after the header row: its children are the rows
  if (sibs.length === 1 && sibs[0]!.childElementCount >= 1 && Array.from(sibs[0]!.children).every((c) => c.childElementCount >= 2))
    return Array.from(sibs[0]!.children);
  if (sibs.length) return sibs;
  const body = header.parentElement?.nextElementSibling;
  return body ? Array.from(body.children).filter((c) => c.childElementCount >= 2) : [];
}

export function* readDivGrids(ctx: ReadContext, root: ParentNode): Steps<ReadRecord[]> {
  const out: ReadRecord[] = [];
  const used: Element[] = [];
  const candidates = Array.from(root.querySelectorAll('[class*=head], [class*=Head]')).slice(0, 500);
  let n = 0;
  for (const header of candidates) {
    if (header.childElementCount < 3 || header.childElementCount > 60) continue;
    if (header.closest(`table, ${GRID}`) || used.some((u) => u.contains(header) || header.contains(u))) continue;
    const cells = Array.from(header.children);
    const labels = cells.map((c) => elementText(c));
    const nonEmpty = labels.filter(Boolean).length;
    const matched = labels.filter((l) => l && matchLabel(l)).length;
    if (matched < 2 || matched < nonEmpty * 0.5) continue;
    const rowEls = rowsAfter(header);
    if (rowEls.length === 0) continue;
    used.push(header.parentElement ?? header);
    try {
      const boxes = cells.map(leftRight);
      const rows: Row[] = rowEls.map((r) => ({ elements: [r], cells: align(cells, boxes, Array.from(r.children)) }));
      out.push(
        ...(yield* readColumnar(
          ctx,
          header.parentElement ?? header,
          labels.map((label) => ({ label })),
          rows,
          'dom-grid',
          `div grid ${++n}`,
        )),
      );
    } catch {
      count(ctx, 'unreadable grid');
    }
  }
  return out;
}
