// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG } from '../../../src/overlay';
import { duplicateFinding, fakeLayout, finding, makeTable, ROW_LEFT, ROW_WIDTH, setup, target } from './helpers';

beforeEach(() => {
  fakeLayout();
  document.documentElement.removeAttribute('dir');
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const h of document.querySelectorAll(HOST_TAG)) h.remove();
});

describe('overlay render', () => {
  it('creates one focusable badge per target inside a shadow root on <html>', () => {
    const rows = makeTable(5);
    const { overlay, root, badges } = setup();
    overlay.render([
      target(rows[0]!, 0, [finding()]),
      target(rows[2]!, 2, [finding(), finding({ check: 'stale-records', severity: 'critical', text: 'Not updated for 3 years' })]),
    ]);

    const hosts = document.querySelectorAll(HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.parentNode).toBe(document.documentElement);
    expect(overlay.count).toBe(2);
    const [a, b] = badges();
    expect(badges()).toHaveLength(2);
    for (const badge of [a!, b!]) {
      expect(badge.localName).toBe('button');
      expect(badge.type).toBe('button');
      expect(badge.tabIndex).toBe(0);
      expect(badge.getAttribute('aria-haspopup')).toBe('dialog');
      expect(badge.getRootNode()).toBe(root);
    }
    expect(a!.getAttribute('aria-label')).toContain('Contact 0');
    expect(a!.getAttribute('aria-label')).toContain('Medium');
    expect(a!.textContent).toBe('!');
    expect(a!.className).toContain('sev-medium');
    // several findings: the count, coloured by the worst
    expect(b!.textContent).toBe('2');
    expect(b!.className).toContain('sev-critical');
    expect(b!.getAttribute('aria-label')).toMatch(/Contact 2.*2 findings.*Critical/);
    // page-side queries cannot see the overlay's nodes
    expect(document.querySelectorAll('.badge, [role="dialog"]')).toHaveLength(0);
  });

  it('anchors badges in the gutter at the row start (LTR) and at the row end side in RTL', () => {
    const rows = makeTable(2);
    const ltr = setup();
    ltr.overlay.render([target(rows[1]!, 1, [finding()])]);
    expect(ltr.badges()[0]!.style.transform).toBe(`translate(${ROW_LEFT - 4 - 20}px, ${140 + 10}px)`);
    ltr.overlay.destroy();

    const rtl = setup({ dir: 'rtl' });
    rtl.overlay.render([target(rows[1]!, 1, [finding()])]);
    expect(rtl.badges()[0]!.style.transform).toBe(`translate(${ROW_LEFT + ROW_WIDTH + 4}px, ${150}px)`);
    expect(rtl.root.querySelector('.layer')!.getAttribute('dir')).toBe('rtl');
  });

  it('is idempotent: re-render updates in place and removes what is gone', () => {
    const rows = makeTable(4);
    const { overlay, badges } = setup();
    const targets = rows.map((r, i) => target(r, i, [finding()]));
    overlay.render(targets);
    const before = badges();
    overlay.render(targets);
    expect(badges()).toEqual(before);
    expect(badges()[0]).toBe(before[0]);

    overlay.render([
      target(rows[0]!, 0, [finding({ severity: 'high' }), finding({ check: 'invalid-email', severity: 'low', text: 'bad e-mail' })]),
      targets[3]!,
    ]);
    expect(overlay.count).toBe(2);
    expect(badges()).toHaveLength(2);
    expect(badges()[0]).toBe(before[0]);
    expect(before[0]!.textContent).toBe('2');
    expect(before[0]!.className).toContain('sev-high');
    expect(before[1]!.isConnected).toBe(false);

    overlay.render([]);
    expect(overlay.count).toBe(0);
    expect(badges()).toHaveLength(0);
  });

  it('hides the badge when its element leaves the DOM, and survives bad input', async () => {
    const rows = makeTable(3);
    const { overlay, badges, onError } = setup();
    overlay.render([target(rows[0]!, 0, [finding()]), target(rows[1]!, 1, [finding()])]);
    rows[0]!.remove();
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await new Promise((r) => setTimeout(r, 30));
    expect(overlay.count).toBe(1);
    expect(badges()).toHaveLength(1);

    expect(() =>
      overlay.render([
        null,
        { key: 'x' },
        { key: 'y', elements: 'no', findings: [] },
        target(rows[1]!, 1, [null as never, finding()]),
      ] as never),
    ).not.toThrow();
    expect(() => overlay.render('nope' as never)).not.toThrow();
    expect(onError).not.toHaveBeenCalled();
  });

  it('builds off-screen badges only when their row scrolls into view, and follows the scroll', async () => {
    const rows = makeTable(3);
    rows[2]!.setAttribute('data-y', '5000');
    const { overlay, root, badges } = setup();
    overlay.render(rows.map((r, i) => target(r, i, [finding()])));
    expect(overlay.count).toBe(3);
    expect(root.querySelectorAll('.badge')).toHaveLength(2);

    // the page scrolls by 4,900px: row 2 comes into view, row 0 leaves it
    rows.forEach((r, i) => r.setAttribute('data-y', String([100, 140, 5000][i]! - 4900)));
    document.dispatchEvent(new Event('scroll'));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await new Promise((r) => setTimeout(r, 30));
    expect(badges()).toHaveLength(1);
    expect(badges()[0]!.getAttribute('aria-label')).toContain('Contact 2');
    expect(badges()[0]!.style.transform).toBe('translate(26px, 110px)');
    expect(overlay.count).toBe(3);
  });

  it('places a badge after a record page heading without touching the heading', () => {
    document.body.replaceChildren();
    const h1 = document.createElement('h1');
    h1.textContent = 'Ada Lovelace';
    h1.setAttribute('data-y', '20');
    document.body.append(h1);
    const { overlay, badges } = setup();
    overlay.render([{ key: 'contact:1', kind: 'contact', id: '1', name: 'Ada Lovelace', elements: [h1], findings: [duplicateFinding()] }]);
    expect(badges()).toHaveLength(1);
    expect(h1.childNodes).toHaveLength(1);
    expect(h1.textContent).toBe('Ada Lovelace');
  });
});

describe('hostile CRM values', () => {
  const HOSTILE = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>\u202Egnp.exe\u2069\u2069';
  const LONG = 'W'.repeat(10_000);

  it('render only as inert, truncated, direction-isolated text', () => {
    const rows = makeTable(2);
    const { overlay, root, badges, dialog } = setup();
    const f = duplicateFinding({
      text: HOSTILE + LONG,
      others: [{ kind: '<b>x</b>', id: 'o1', name: HOSTILE, url: 'javascript:alert(1)', fields: { [HOSTILE]: HOSTILE } }],
      evidence: [{ field: HOSTILE, a: LONG, b: HOSTILE, similarity: NaN, weight: Infinity }],
    });
    overlay.render([{ key: 'contact:h', kind: 'contact', id: 'h', name: HOSTILE + LONG, elements: [rows[0]!], findings: [f] }]);
    badges()[0]!.click();
    const pop = dialog()!;
    expect(pop).not.toBeNull();

    // nothing became an element, anywhere
    for (const scope of [document, root]) expect(scope.querySelectorAll('img, script, b, iframe, object')).toHaveLength(0);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    // the markup is visible as text
    const title = root.getElementById(pop.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toContain('<img src=x onerror=');
    // truncated by length (200 + …) and isolated
    for (const span of pop.querySelectorAll<HTMLElement>('.v')) {
      expect(span.getAttribute('dir')).toBe('auto');
      expect(span.textContent!.length).toBeLessThanOrEqual(201 + 4);
    }
    const text = pop.querySelector('.text .v')!.textContent!;
    expect(text.endsWith('…')).toBe(true);
    // the override is closed inside the value; stray isolate closers are dropped
    const name = title.querySelector('.v')!.textContent!;
    expect(name.indexOf('\u202C')).toBeGreaterThan(name.indexOf('\u202E'));
    expect(name).not.toContain('\u2069');
    expect(badges()[0]!.getAttribute('aria-label')!.length).toBeLessThan(200);
    // no javascript: link
    expect(pop.querySelectorAll('a')).toHaveLength(0);
  });

  it('links only to http(s) records', () => {
    const rows = makeTable(1);
    const { overlay, badges, dialog } = setup();
    overlay.render([target(rows[0]!, 0, [duplicateFinding()])]);
    badges()[0]!.click();
    const links = dialog()!.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.href).toBe('https://crm.example/contacts/c99');
    expect(links[0]!.rel).toBe('noopener noreferrer');
  });
});

describe('isolation and teardown', () => {
  it('keeps page styles out: every overlay node lives in the closed shadow root, host reset with all: initial', () => {
    const rows = makeTable(2);
    const style = document.createElement('style');
    style.textContent = 'button { display: none !important } * { color: red !important }';
    document.head.append(style);
    const before = document.body.innerHTML;
    const { overlay, root } = setup();
    overlay.render([target(rows[0]!, 0, [duplicateFinding()])]);
    const host = document.querySelector(HOST_TAG)! as HTMLElement;
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(host.childNodes).toHaveLength(0);
    expect(host.style.getPropertyValue('all')).toBe('initial');
    expect(host.style.getPropertyPriority('all')).toBe('important');
    expect(root.adoptedStyleSheets.length + root.querySelectorAll('style').length).toBe(1);
    expect(root.querySelectorAll('.badge')).toHaveLength(1);
    // the page's own DOM is untouched: no layout shift is possible from inserted nodes
    expect(document.body.innerHTML).toBe(before);
    style.remove();
  });

  it('destroy removes every trace and later calls are no-ops', () => {
    const rows = makeTable(3);
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const removeListener = vi.spyOn(document, 'removeEventListener');
    const { overlay, badges } = setup();
    overlay.render(rows.map((r, i) => target(r, i, [finding()])));
    badges()[0]!.click();
    overlay.destroy();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(overlay.count).toBe(0);
    expect(overlay.root).toBeNull();
    expect(disconnect).toHaveBeenCalled();
    expect(removeListener.mock.calls.map((c) => c[0])).toEqual(expect.arrayContaining(['scroll', 'keydown', 'pointerdown']));
    expect(() => overlay.render(rows.map((r, i) => target(r, i, [finding()])))).not.toThrow();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(() => overlay.destroy()).not.toThrow();
  });

  it('replaces a host left behind by an orphaned content script', () => {
    const rows = makeTable(1);
    const first = setup();
    first.overlay.render([target(rows[0]!, 0, [finding()])]);
    const second = setup();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    second.overlay.render([target(rows[0]!, 0, [finding()])]);
    expect(second.badges()).toHaveLength(1);
  });
});
