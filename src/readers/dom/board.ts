// Kanban boards: cards in columns, one column per stage, often with no links at all (a click
// opens a dialog). Drag-and-drop libraries mark the pieces: hello-pangea/dnd and
// react-beautiful-dnd put the record id on each card (`data-rfd-draggable-id`,
// `data-rbd-draggable-id`) and the column's key on its drop zone. The stage is the column's
// header (the text above the drop zone), the card is read by the form of what it shows.
import type { RecordKind } from '../../model/record';
import { count, note, ROWS_PER_STEP, rowIdentity, type Cell, type ReadContext, type ReadRecord, type Steps, buildRecord } from './context';
import { readUnlabelled } from './list';
import { isAmount } from './infer';
import { kindFromWord } from './kind';
import { elementText } from './text';
import { MAX_ROWS } from './columns';

const CARD = '[data-rfd-draggable-id], [data-rbd-draggable-id]';
const ZONE = '[data-rfd-droppable-id], [data-rbd-droppable-id]';

/** The column header above a drop zone: the nearest earlier sibling (of the zone or its wrappers) with a heading or text. */
function columnHeader(zone: Element): string | undefined {
  for (let e: Element | null = zone, depth = 0; e && depth < 3; e = e.parentElement, depth++) {
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) {
      const h = s.matches('h1, h2, h3, h4, h5, h6, [role=heading]') ? s : s.querySelector('h1, h2, h3, h4, h5, h6, [role=heading]');
      const text = h ? elementText(h) : elementText(s);
      // "Opportunity $606.6K": the column total is not the stage
      const stage = text.replace(/\s*[$€£¥₹﷼][\d.,\s]*[kKmMbB]?\s*$/, '').trim();
      if (stage && stage.length <= 60 && !isAmount(stage)) return stage;
    }
  }
  return undefined;
}

/** Which kind the cards are: the page says, else a heading, else cards that show amounts are deals. */
function boardKind(ctx: ReadContext, cards: Element[]): RecordKind | undefined {
  if (ctx.page.kind) return ctx.page.kind;
  const h = ctx.doc.querySelector('main h1, main h2, h1');
  const k = h ? kindFromWord(elementText(h)) : undefined;
  if (k) return k;
  const withAmount = cards.slice(0, 20).filter((c) => /[$€£¥₹﷼]\s?\d/.test(c.textContent ?? '')).length;
  return withAmount >= Math.min(cards.length, 20) * 0.5 ? 'deal' : undefined;
}

export function* readBoards(ctx: ReadContext, root: ParentNode): Steps<ReadRecord[]> {
  const out: ReadRecord[] = [];
  const all = Array.from(root.querySelectorAll(CARD));
  // a card's drag handle repeats the id inside the card: only the outermost element is the card
  const cards = all.filter((c) => !c.parentElement?.closest(CARD));
  if (cards.length === 0) return out;
  const kind = boardKind(ctx, cards);
  if (!kind) {
    note(ctx, `board skipped: record kind unknown (${cards.length} cards)`);
    count(ctx, 'list of unknown kind', cards.length);
    return out;
  }
  const stages = new Map<Element, string | undefined>();
  const shown = cards.slice(0, MAX_ROWS);
  for (let i = 0; i < shown.length; i++) {
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const card = shown[i]!;
    try {
      const zone = card.closest(ZONE);
      if (zone && !stages.has(zone)) stages.set(zone, columnHeader(zone));
      const stage = zone ? stages.get(zone) : undefined;
      const cells: Cell[] = readUnlabelled(ctx, card, kind, undefined);
      if (stage && !cells.some((c) => c.field === 'stage' || c.field === 'status'))
        cells.push({ label: 'stage', field: kind === 'deal' ? 'stage' : 'status', text: stage });
      const identity = rowIdentity(ctx, [card], kind);
      const rec = buildRecord(ctx, kind, cells, 'dom-list', identity, [card]);
      if (rec) out.push(rec);
    } catch {
      count(ctx, 'unreadable row');
    }
  }
  count(ctx, 'row limit', cards.length - MAX_ROWS);
  return out;
}
