// Badges on the CRM page: asks the worker which of the records on screen carry findings and
// hands them to the overlay (shadow DOM, src/overlay). Decisions go back to the worker.
import { send, type PageFlagFinding } from '../messages';
import type { CrmRecord, RecordKind } from '../model/record';
import { displayName } from '../model/record';
import { createOverlay, type Overlay, type OverlayFinding, type OverlayTarget } from '../overlay';
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
  private pending: Promise<void> | undefined;
  private again = false;

  constructor(private readonly origin: string) {}

  remember(records: readonly ReadRecord[]): void {
    for (const r of records) if (r.elements.length) this.onPage.set(key({ kind: r.record.kind, id: r.record.source.id }), r);
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
    this.overlay?.destroy();
    this.overlay = undefined;
  }

  private async draw(): Promise<void> {
    const refs = [...this.onPage.values()].map((r) => ({ kind: r.record.kind, id: r.record.source.id }));
    if (refs.length === 0) return;
    const { flags } = await send('overlay.query', { origin: this.origin, records: refs });
    const byKey = new Map<string, ReadRecord>([...this.onPage.entries()]);
    const targets: OverlayTarget[] = [];
    for (const flag of flags) {
      const read = byKey.get(key(flag));
      if (!read) continue;
      targets.push({
        key: key(flag),
        kind: flag.kind,
        id: flag.id,
        name: displayName(read.record),
        elements: read.elements,
        fields: fieldsOf(read.record),
        findings: flag.findings.map((f) => this.toOverlayFinding(f)),
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
