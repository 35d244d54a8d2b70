// Where CRMs put their grids besides the document itself: open shadow roots (Salesforce
// Lightning's LWC components, web-component CRMs) and same-origin iframes (Dynamics 365's
// legacy forms, SuiteCRM/vtiger frames). Closed shadow roots can't be entered, and
// cross-origin frames must not be: those are counted, never touched.

/** Elements looked at when searching for shadow hosts, per read. */
const MAX_SCAN = 60_000;
const MAX_ROOTS = 500;
/** Frames inside frames inside frames: enough for real CRMs, bounded against pathological pages. */
export const MAX_FRAME_DEPTH = 3;

/**
 * Open shadow roots under `root`, outermost first, nested ones included. Walked only when the
 * light DOM held no list (a document-wide scan is not free on a 10,000-row page).
 */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const queue: ParentNode[] = [root];
  let scanned = 0;
  for (let q = 0; q < queue.length && out.length < MAX_ROOTS && scanned < MAX_SCAN; q++) {
    const all = queue[q]!.querySelectorAll('*');
    for (let i = 0; i < all.length && scanned < MAX_SCAN && out.length < MAX_ROOTS; i++, scanned++) {
      const sr = all[i]!.shadowRoot;
      if (sr) {
        out.push(sr);
        queue.push(sr);
      }
    }
  }
  return out;
}

export interface Frame {
  doc: Document;
  /** The frame's own URL, or the page's for about:blank / srcdoc frames (they show the page's data). */
  url: string;
}

/** The documents of same-origin iframes directly in `doc` (and in its open shadow roots when given); cross-origin ones are counted. */
export function sameOriginFrames(
  doc: Document,
  pageUrl: URL,
  shadow: readonly ShadowRoot[] = [],
): { frames: Frame[]; crossOrigin: number } {
  const frames: Frame[] = [];
  let crossOrigin = 0;
  const elements: Element[] = [...Array.from(doc.getElementsByTagName('iframe')), ...Array.from(doc.getElementsByTagName('frame'))];
  for (const sr of shadow) elements.push(...Array.from(sr.querySelectorAll('iframe, frame')));
  for (const el of elements) {
    let fd: Document | null = null;
    try {
      // null for a cross-origin frame (some browsers throw instead)
      fd = (el as HTMLIFrameElement).contentDocument;
    } catch {
      fd = null;
    }
    if (!fd) {
      if (isRemote(el, pageUrl)) crossOrigin++;
      continue;
    }
    let href = '';
    try {
      href = fd.location?.href ?? '';
    } catch {
      crossOrigin++;
      continue;
    }
    const local = !href || href.startsWith('about:');
    if (!local && safeOrigin(href) !== pageUrl.origin) {
      crossOrigin++;
      continue;
    }
    frames.push({ doc: fd, url: local ? pageUrl.href : href });
  }
  return { frames, crossOrigin };
}

function isRemote(el: Element, pageUrl: URL): boolean {
  const src = el.getAttribute('src');
  if (!src || src.startsWith('about:') || src.startsWith('javascript:')) return false;
  return safeOrigin(src, pageUrl) !== pageUrl.origin;
}

function safeOrigin(href: string, base?: URL): string | undefined {
  try {
    return new URL(href, base).origin;
  } catch {
    return undefined;
  }
}

/** The links inside `el`, shadow trees included (a record link in an LWC cell sits two shadow roots down). */
export function composedAnchors(el: Element, max = 36): Element[] {
  const out: Element[] = [];
  const stack: (Element | ShadowRoot)[] = [el];
  let visited = 0;
  while (stack.length && out.length < max && visited < 5000) {
    const node = stack.pop()!;
    visited++;
    if (node.nodeType === 1) {
      const e = node as Element;
      if (e.tagName === 'A') out.push(e);
      if (e.shadowRoot) stack.push(e.shadowRoot);
    }
    // children pushed in reverse so links come out in document order
    const kids: Element[] = [];
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}
