// The overlay draws in a closed shadow root: the page (and playwright's locators) can't see in,
// DevTools' DOM with `pierce` can. Shared by the e2e files that look at or click badges.
import type { CDPSession, Page } from 'playwright-core';
import { waitFor } from '../../scripts/lens-browser';

export interface PiercedNode {
  nodeName: string;
  attributes?: string[];
  children?: PiercedNode[];
  shadowRoots?: PiercedNode[];
  nodeId: number;
}

export function attrsOf(n: PiercedNode): Record<string, string> {
  return Object.fromEntries((n.attributes ?? []).flatMap((_, i, a) => (i % 2 ? [] : [[a[i]!, a[i + 1]!]])));
}

async function piercedRoot(cdp: CDPSession): Promise<PiercedNode> {
  return ((await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: PiercedNode }).root;
}

/** The aria-labels of every badge drawn on the page. */
export async function badges(cdp: CDPSession): Promise<string[]> {
  const labels: string[] = [];
  const walk = (n: PiercedNode) => {
    const attrs = attrsOf(n);
    if (n.nodeName === 'BUTTON' && /\bbadge\b/.test(attrs.class ?? '')) labels.push(attrs['aria-label'] ?? '');
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
  };
  walk(await piercedRoot(cdp));
  return labels;
}

/** Clicks the first node matching `pick`, wherever it is drawn (closed shadow roots included). */
export async function clickInShadow(
  page: Page,
  cdp: CDPSession,
  pick: (n: PiercedNode, attrs: Record<string, string>) => boolean,
): Promise<void> {
  const node = await waitFor(
    async () => {
      const stack = [await piercedRoot(cdp)];
      while (stack.length) {
        const n = stack.pop()!;
        if (pick(n, attrsOf(n))) return n;
        stack.push(...(n.children ?? []), ...(n.shadowRoots ?? []));
      }
      return undefined;
    },
    (n) => n !== undefined,
  );
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node!.nodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}
