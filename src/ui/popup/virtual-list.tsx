import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

// Fixed-height rows: enough for a findings list, and it keeps 10,000 rows as cheap as 20.
const OVERSCAN = 6;

export function VirtualList<T>({ items, rowHeight, height, render }: { items: readonly T[]; rowHeight: number; height: number; render: (item: T, index: number) => ComponentChildren }) {
  const [top, setTop] = useState(0);
  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  return (
    <div class="vlist" style={{ height: `${height}px` }} onScroll={(e) => setTop((e.currentTarget as HTMLElement).scrollTop)} role="list">
      <div style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}>
        {items.slice(first, last).map((item, i) => (
          <div key={first + i} role="listitem" class="vrow" style={{ position: 'absolute', insetInlineStart: 0, insetInlineEnd: 0, top: `${(first + i) * rowHeight}px`, height: `${rowHeight}px` }}>
            {render(item, first + i)}
          </div>
        ))}
      </div>
    </div>
  );
}
