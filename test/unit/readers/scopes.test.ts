// Grids inside open shadow roots (Salesforce Lightning's LWC components) and same-origin iframes
// (Dynamics 365 forms, framed CRMs) are read; closed roots and cross-origin frames are not. The
// elements handed to the overlay are the real, connected ones inside those trees.
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { readPage } from '../../../src/readers';
import { closeWindows, loadHtml, NOW } from './helpers';

const SF = 'https://acme.lightning.force.com';
const windows: Window[] = [];

afterAll(async () => {
  await closeWindows();
  for (const w of windows) await w.happyDOM.close();
});

/** An LWC-style component: `tag` with an open (or closed) shadow root holding `html`. */
function host(doc: Document, parent: Element | ShadowRoot, tag: string, html: string, mode: 'open' | 'closed' = 'open'): ShadowRoot {
  const el = doc.createElement(tag);
  parent.appendChild(el);
  const sr = el.attachShadow({ mode });
  sr.innerHTML = html;
  return sr;
}

const PEOPLE = [
  { id: '003R000000bXyZIIA0', name: 'Rose Gonzalez', email: 'rose@edge.example' },
  { id: '003R000000bXyZJIA0', name: 'سپیده کرمانی', email: 'sepideh@parsian.example' },
  { id: '003R000000bXyZKIA0', name: '山口 彩', email: 'aya@midori.example' },
];

/** lightning-datatable: the table in its shadow root, each name and e-mail in a formatted-* component's own shadow root. */
function lightningList(doc: Document, mode: 'open' | 'closed' = 'open'): ShadowRoot {
  const main = doc.querySelector('main')!;
  const sr = host(
    doc,
    main,
    'lightning-datatable',
    `<table role="grid"><thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Tags</th></tr></thead><tbody>${PEOPLE.map(
      () =>
        `<tr class="slds-hint-parent"><th scope="row"><lightning-formatted-url></lightning-formatted-url></th><td><lightning-formatted-email></lightning-formatted-email></td><td><x-chip>vip</x-chip></td></tr>`,
    ).join('')}</tbody></table>`,
    mode,
  );
  // no row key attribute: the id can only come from the link two shadow roots down
  sr.querySelectorAll('tr.slds-hint-parent').forEach((tr, i) => {
    const p = PEOPLE[i]!;
    const url = tr.querySelector('lightning-formatted-url')!;
    url.attachShadow({ mode: 'open' }).innerHTML = `<a href="/lightning/r/Contact/${p.id}/view" title="${p.name}">${p.name}</a>`;
    tr.querySelector('lightning-formatted-email')!.attachShadow({ mode: 'open' }).innerHTML = `<a href="mailto:${p.email}">${p.email}</a>`;
    // light-DOM text shown through a <slot>: the chip renders "vip" inside its own markup
    tr.querySelector('x-chip')!.attachShadow({ mode: 'open' }).innerHTML = '<span class="slds-pill"><slot></slot></span>';
  });
  return sr;
}

describe('open shadow roots', () => {
  it('reads a Lightning datatable drawn inside nested shadow roots, with record ids from the links', () => {
    const url = `${SF}/lightning/o/Contact/list?filterName=Recent`;
    const doc = loadHtml(
      '<header><nav aria-label="Global"><a href="/lightning/page/home">Home</a></nav></header><main><h1>Contacts</h1></main>',
      url,
    );
    const sr = lightningList(doc);
    const r = readPage(doc, url, { now: NOW });
    expect(r.site).toBe('salesforce');
    expect(
      r.records.map((x) => [x.record.kind, x.record.source.id, x.record.fields.name, x.record.fields.emails, x.record.fields.tags]),
    ).toEqual(PEOPLE.map((p) => ['contact', p.id, p.name, [p.email], ['vip']]));
    expect(r.records.every((x) => !x.record.source.idIsHash)).toBe(true);
    expect(r.records[0]!.record.source.url).toBe(`${SF}/lightning/r/Contact/${PEOPLE[0]!.id}/view`);
    // the overlay badges the real rows: connected, inside the component's shadow root
    for (const x of r.records) {
      expect(x.elements).toHaveLength(1);
      expect(x.elements[0]!.isConnected).toBe(true);
      expect(x.elements[0]!.getRootNode()).toBe(sr);
      expect(x.elements[0]!.tagName).toBe('TR');
    }
    expect(r.notes.some((n) => /shadow root/.test(n))).toBe(true);
  });

  it('does not look into closed shadow roots', () => {
    const url = `${SF}/lightning/o/Contact/list`;
    const doc = loadHtml('<main><h1>Contacts</h1></main>', url);
    lightningList(doc, 'closed');
    expect(readPage(doc, url, { now: NOW }).records).toEqual([]);
  });

  it('a light-DOM table still wins: shadow roots are searched only when it holds nothing', () => {
    const url = `${SF}/lightning/o/Contact/list`;
    const doc = loadHtml(
      `<main><h1>Contacts</h1><table><thead><tr><th>Name</th><th>Email</th></tr></thead><tbody><tr><td><a href="/lightning/r/Contact/003R000000zzzzzIAA/view">Light Row</a></td><td>light@x.example</td></tr></tbody></table></main>`,
      url,
    );
    lightningList(doc);
    expect(readPage(doc, url, { now: NOW }).records.map((x) => x.record.fields.name)).toEqual(['Light Row']);
  });
});

/** A window that loads srcdoc frames (the shared helper turns frame loading off). */
async function withFrames(html: string, url: string): Promise<Document> {
  const win = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(win);
  win.document.write(html);
  await win.happyDOM.waitUntilComplete();
  return win.document as unknown as Document;
}

describe('iframes', () => {
  const FRAME_TABLE = `<h1>Active Contacts</h1><table><thead><tr><th>Full Name</th><th>Email</th><th>Business Phone</th></tr></thead><tbody>
    <tr><td><a href="/main.aspx?pagetype=entityrecord&amp;etn=contact&amp;id=7e1a2b3c-0000-4000-8000-000000000001">Nancy Anderson</a></td><td>nancy@contoso.example</td><td>+1 425 555 0101</td></tr>
    <tr><td><a href="/main.aspx?pagetype=entityrecord&amp;etn=contact&amp;id=7e1a2b3c-0000-4000-8000-000000000002">Maria Campbell</a></td><td>maria@fabrikam.example</td><td>+1 425 555 0102</td></tr>
  </tbody></table>`;

  it('reads a list inside a same-origin frame; elements belong to the frame document', async () => {
    const url = 'https://org.crm.dynamics.com/main.aspx?pagetype=entitylist&etn=contact';
    const doc = await withFrames(
      `<div id="shell"><iframe id="contentIFrame0" srcdoc="${FRAME_TABLE.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe></div>`,
      url,
    );
    const frame = doc.getElementById('contentIFrame0') as HTMLIFrameElement;
    expect(frame.contentDocument).toBeTruthy();
    const r = readPage(doc, url, { now: NOW });
    expect(r.records.map((x) => [x.record.kind, x.record.source.id, x.record.fields.name, x.record.fields.emails])).toEqual([
      ['contact', '7e1a2b3c-0000-4000-8000-000000000001', 'Nancy Anderson', ['nancy@contoso.example']],
      ['contact', '7e1a2b3c-0000-4000-8000-000000000002', 'Maria Campbell', ['maria@fabrikam.example']],
    ]);
    expect(r.records.every((x) => x.record.source.origin === 'https://org.crm.dynamics.com')).toBe(true);
    expect(r.records[0]!.elements[0]!.ownerDocument).toBe(frame.contentDocument);
    expect(r.records[0]!.elements[0]!.isConnected).toBe(true);
  });

  it('never reads a cross-origin frame, and counts it', () => {
    const url = 'https://crm.acme.example/contacts';
    const doc = loadHtml('<h1>Contacts</h1><iframe src="https://ads.other.example/widget"></iframe>', url);
    const r = readPage(doc, url, { now: NOW });
    expect(r.records).toEqual([]);
    expect(r.skipped['cross-origin frame']).toBe(1);
  });
});
