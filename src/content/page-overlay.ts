// Badges on the CRM page: asks the worker which of the records on screen carry findings and
// hands them to the overlay (shadow DOM, src/overlay). Decisions go back to the worker.
// Two sources: the latest audit run, and the worker's live duplicate index, which is asked once
// about each record the page shows (again when the page shows it with other values), so a
// record never audited is badged as soon as it appears. The context menu's "Flag as duplicate"
// and "Mark this record for review" land here too: the worker forwards the click, this side
// knows which record was under the pointer.
import { isEnvelope, MARK_CHECK, send, type MarkNotice, type PageFlagFinding, type PageMark } from '../messages';
import type { CrmRecord, RecordKind } from '../model/record';
import { displayName } from '../model/record';
import { createOverlay, type Overlay, type OverlayFinding, type OverlayTarget } from '../overlay';
import { recordAt } from '../overlay/record-at';
import browser from '../platform/browser';
import type { ReadRecord } from '../readers';
import { isRtl, t, tm, uiLanguage } from '../ui/i18n';

const key = (r: { kind: string; id: string }) => `${r.kind}:${r.id}`;

function fieldsOf(r: CrmRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.fields)) if (v !== undefined && v !== '') out[k] = Array.isArray(v) ? v.join(', ') : String(v);
  return out;
}

export class PageOverlay {
  private overlay: Overlay | undefined;
  /** What the page shows now, by kind:id. Elements may leave the DOM; the overlay drops those badges. */
  private readonly onPage = new Map<string, ReadRecord>();
  /** Live duplicate findings by kind:id, for records already asked about. */
  private readonly live = new Map<string, PageFlagFinding[]>();
  private readonly asked = new Set<string>();
  private pending: Promise<void> | undefined;
  private again = false;
  /** Target of the last contextmenu event: the record a menu click is about. */
  private pointed: Node | null = null;
  private readonly onContextMenu = (e: Event) => {
    this.pointed = e.target as Node | null;
  };
  private readonly onNotice = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // our worker only (it has no tab); the menu click must be about this page's CRM
    if (sender.id !== browser.runtime.id || sender.tab || !isEnvelope(message) || message.type !== 'overlay.mark') return undefined;
    const { payload } = message as MarkNotice;
    if (payload?.origin !== this.origin || (payload.action !== 'duplicate' && payload.action !== 'review')) return undefined;
    void this.mark(payload.action).catch(() => undefined);
    return undefined;
  };

  constructor(
    private readonly origin: string,
    private readonly doc: Document = document,
  ) {
    doc.addEventListener('contextmenu', this.onContextMenu, true);
    browser.runtime.onMessage.addListener(this.onNotice);
  }

  /** Stores a context-menu mark on the record that was under the pointer; false when there was none. */
  async mark(action: PageMark['decision']): Promise<boolean> {
    const read = recordAt(this.onPage.values(), this.pointed);
    if (!read) return false;
    await send('decision.set', { origin: this.origin, check: MARK_CHECK, records: [{ kind: read.record.kind, id: read.record.source.id }], decision: action });
    await this.refresh();
    return true;
  }

  remember(records: readonly ReadRecord[]): void {
    for (const r of records) {
      if (!r.elements.length) continue;
      const k = key({ kind: r.record.kind, id: r.record.source.id });
      this.onPage.set(k, r);
      // read again (maybe with more fields, from its record page): ask the index again
      this.asked.delete(k);
    }
  }

  /** Coalesces bursts (a virtualised list scrolling) into one query at a time. */
  refresh(): Promise<void> {
    if (this.pending) {
      this.again = true;
      return this.pending;
    }
    this.pending = this.draw()
      .catch(() => undefined)
      .finally(() => {
        this.pending = undefined;
        if (this.again) {
          this.again = false;
          void this.refresh();
        }
      });
    return this.pending;
  }

  remove(): void {
    this.doc.removeEventListener('contextmenu', this.onContextMenu, true);
    browser.runtime.onMessage.removeListener(this.onNotice);
    this.overlay?.destroy();
    this.overlay = undefined;
  }

  private async draw(): Promise<void> {
    const refs = [...this.onPage.values()].map((r) => ({ kind: r.record.kind, id: r.record.source.id }));
    if (refs.length === 0) return;
    const fresh = refs.filter((r) => !this.asked.has(key(r)));
    const reply = await send('overlay.query', { origin: this.origin, records: refs, ...(fresh.length ? { fresh } : {}) });
    for (const r of fresh) {
      this.asked.add(key(r));
      this.live.delete(key(r));
    }
    for (const flag of reply.live ?? []) this.live.set(key(flag), flag.findings);
    const byRecord = new Map<string, PageFlagFinding[]>();
    for (const flag of reply.flags) byRecord.set(key(flag), [...flag.findings]);
    for (const m of reply.marks ?? []) {
      const k = key(m);
      const messageKey = m.decision === 'duplicate' ? 'overlayMarkDuplicate' : 'overlayMarkReview';
      byRecord.set(k, [{ check: MARK_CHECK, severity: 'info', message: { key: messageKey, params: {}, text: t(messageKey) } }, ...(byRecord.get(k) ?? [])]);
    }
    for (const [k, findings] of this.live) {
      if (!this.onPage.has(k)) continue;
      const list = byRecord.get(k) ?? [];
      // the audit's duplicate group already names this pair: show it once
      const covered = new Set(list.filter((f) => f.check === 'duplicates').flatMap((f) => (f.others ?? []).map(key)));
      const extra = findings.filter((f) => !(f.others ?? []).every((o) => covered.has(key(o))));
      if (extra.length) byRecord.set(k, [...list, ...extra]);
    }
    const targets: OverlayTarget[] = [];
    for (const [k, findings] of byRecord) {
      const read = this.onPage.get(k);
      if (!read) continue;
      targets.push({
        key: k,
        kind: read.record.kind,
        id: read.record.source.id,
        name: displayName(read.record),
        elements: read.elements,
        fields: fieldsOf(read.record),
        findings: findings.map((f) => this.toOverlayFinding(f)),
      });
    }
    this.ensureOverlay().render(targets);
  }

  private toOverlayFinding(f: PageFlagFinding): OverlayFinding {
    const out: OverlayFinding = { check: f.check, severity: f.severity, text: tm(f.message) };
    if (f.evidence) out.evidence = f.evidence;
    if (f.others) {
      out.others = f.others.map((o) => {
        const seen = this.onPage.get(key(o));
        return { ...o, ...(seen ? { fields: fieldsOf(seen.record) } : {}) };
      });
    }
    return out;
  }

  private ensureOverlay(): Overlay {
    this.overlay ??= createOverlay(document, {
      t,
      dir: isRtl() ? 'rtl' : 'ltr',
      locale: uiLanguage(),
      onDecision: async (target, finding, decision) => {
        const records = [{ kind: target.kind as RecordKind, id: target.id }, ...(finding.others ?? []).map((o) => ({ kind: o.kind as RecordKind, id: o.id }))];
        await send('decision.set', { origin: this.origin, check: finding.check, records, decision });
      },
    });
    return this.overlay;
  }
}
