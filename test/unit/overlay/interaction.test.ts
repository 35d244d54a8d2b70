// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG } from '../../../src/overlay';
import { action, duplicateFinding, fakeLayout, finding, key, makeTable, setup, target } from './helpers';

beforeEach(() => fakeLayout());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const h of document.querySelectorAll(HOST_TAG)) h.remove();
});

describe('popover', () => {
  it('shows the reasons and, for a duplicate, the other record side by side with field evidence', () => {
    const rows = makeTable(2);
    const { overlay, root, badges, dialog } = setup();
    overlay.render([target(rows[0]!, 0, [duplicateFinding(), finding()])]);
    badges()[0]!.click();
    const pop = dialog()!;
    expect(pop.getAttribute('role')).toBe('dialog');
    const title = root.getElementById(pop.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toContain('Contact 0');
    expect(badges()[0]!.getAttribute('aria-expanded')).toBe('true');
    expect(pop.textContent).toContain('Probably the same person as Ada Lovelace');
    expect(pop.textContent).toContain('No e-mail or phone');

    const table = pop.querySelector('table')!;
    const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).toEqual(['Field', 'This record', 'Ada Lovelace', 'Similarity', 'Weight']);
    const rowsText = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rowsText[0]![0]).toBe('Name');
    expect(rowsText[1]!.slice(0, 3)).toEqual(['Email', 'ada@example.com', 'ada.l@example.com']);
    expect(rowsText[1]![3]).toMatch(/82\s?%/);
    expect(rowsText[1]![4]).toBe('+1.5');
    expect(rowsText[2]![4]).toMatch(/^-1\.1$|^−1\.1$/);
    expect(table.querySelectorAll('tbody tr')[2]!.lastElementChild!.className).toContain('w-neg');

    // duplicate-only actions appear only on the duplicate finding
    expect(action(root, 'duplicate', 0)).toBeTruthy();
    expect(action(root, 'not-duplicate', 0)).toBeTruthy();
    expect(root.querySelector('[data-action="not-duplicate"][data-index="1"]')).toBeNull();
    expect(action(root, 'ignore', 1).textContent).toBe('Ignore this finding');
    expect(action(root, 'review', 1).textContent).toBe('Mark for review');
  });

  it('compares fields when there is no evidence, and localises to Persian', async () => {
    const { translator } = await import('./helpers');
    const rows = makeTable(1);
    const { overlay, badges, dialog } = setup({ t: translator(1), dir: 'rtl', locale: 'fa' });
    overlay.render([{ ...target(rows[0]!, 0, [duplicateFinding({ evidence: undefined })]), fields: { city: 'تهران' } }]);
    badges()[0]!.click();
    const pop = dialog()!;
    expect(pop.dir).toBe('rtl');
    expect(pop.textContent).toContain('رکورد');
    const head = [...pop.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).toEqual(['فیلد', 'این رکورد', 'Ada Lovelace']);
    expect(pop.querySelector('tbody tr')!.textContent).toContain('London');
    expect(badges()[0]!.getAttribute('aria-label')).toContain('زیاد');
  });
});

describe('decisions', () => {
  it('calls onDecision with the target, the finding and the decision, and hides dismissed findings', () => {
    const rows = makeTable(3);
    const { overlay, root, badges, onDecision, dialog } = setup();
    const dup = duplicateFinding();
    const other = finding({ severity: 'low' });
    const t0 = target(rows[0]!, 0, [dup, other]);
    overlay.render([t0, target(rows[1]!, 1, [finding()])]);
    const badge = badges()[0]!;
    badge.click();

    action(root, 'not-duplicate', 0).click();
    expect(onDecision).toHaveBeenCalledWith(t0, dup, 'not-duplicate');
    expect(onDecision.mock.calls[0]![0]).toBe(t0);
    expect(onDecision.mock.calls[0]![1]).toBe(dup);
    // the duplicate finding is gone at once: one finding left, coloured by it
    expect(badge.textContent).toBe('!');
    expect(badge.className).toContain('sev-low');
    expect(dialog()!.textContent).not.toContain('Ada Lovelace');

    action(root, 'ignore', 1).click();
    expect(onDecision).toHaveBeenLastCalledWith(t0, other, 'ignore');
    // all hidden: the badge is removed and the popover closed; focus moves to the next badge
    expect(badge.isConnected).toBe(false);
    expect(overlay.count).toBe(1);
    expect(dialog()).toBeNull();
    expect(root.activeElement).toBe(badges()[0]);

    // a re-render with the same findings keeps them hidden
    overlay.render([t0, target(rows[1]!, 1, [finding()])]);
    expect(overlay.count).toBe(1);
  });

  it('marks flagged and for-review findings without hiding them', () => {
    const rows = makeTable(1);
    const { overlay, root, badges, onDecision } = setup();
    overlay.render([target(rows[0]!, 0, [duplicateFinding()])]);
    badges()[0]!.click();
    action(root, 'duplicate').click();
    expect(onDecision).toHaveBeenCalledWith(
      expect.objectContaining({ key: 'contact:c0' }),
      expect.objectContaining({ check: 'duplicates' }),
      'duplicate',
    );
    expect(action(root, 'duplicate').getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('.status')!.textContent).toBe('Flagged as duplicate');
    expect(badges()[0]!.className).toContain('handled');
    expect(root.activeElement).toBe(action(root, 'duplicate'));
    action(root, 'review').click();
    expect(root.querySelector('.status')!.textContent).toBe('Marked for review');
    expect(overlay.count).toBe(1);
  });

  it('rolls a decision back and says so when saving fails', async () => {
    const rows = makeTable(1);
    const { overlay, root, badges, onError } = setup({ onDecision: () => Promise.reject(new Error('storage full')) });
    overlay.render([target(rows[0]!, 0, [finding()])]);
    badges()[0]!.click();
    action(root, 'ignore').click();
    expect(overlay.count).toBe(0);
    await new Promise((r) => setTimeout(r, 0));
    expect(overlay.count).toBe(1);
    expect(badges()).toHaveLength(1);
    expect(onError).toHaveBeenCalled();
    badges()[0]!.click();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Could not save this decision. Try again.');
  });

  it('never lets a throwing onDecision reach the page', () => {
    const rows = makeTable(1);
    const { overlay, root, badges, onError } = setup({
      onDecision: () => {
        throw new Error('boom');
      },
    });
    overlay.render([target(rows[0]!, 0, [finding()])]);
    badges()[0]!.click();
    expect(() => action(root, 'review').click()).not.toThrow();
    expect(onError).toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
  });
});

describe('keyboard and hover', () => {
  it('opens on Enter/Space, traps Tab, closes on Esc and returns focus to the badge', () => {
    const rows = makeTable(2);
    const { overlay, root, badges, dialog } = setup();
    overlay.render([target(rows[0]!, 0, [duplicateFinding()]), target(rows[1]!, 1, [finding()])]);
    const badge = badges()[0]!;
    badge.focus();
    expect(root.activeElement).toBe(badge);

    const enter = key(badge, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    const pop = dialog()!;
    expect(pop).not.toBeNull();
    expect(pop.contains(root.activeElement)).toBe(true);
    expect(root.activeElement!.getAttribute('aria-label')).toBe('Close');

    const items = [...pop.querySelectorAll<HTMLElement>('button, a[href]')];
    items[items.length - 1]!.focus();
    expect(key(root.activeElement!, 'Tab').defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(items[0]);
    expect(key(root.activeElement!, 'Tab', { shiftKey: true }).defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(items[items.length - 1]);

    // keys typed in the popover do not reach the page's shortcuts
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    key(root.activeElement!, 'Escape');
    document.removeEventListener('keydown', pageKeys);
    expect(pageKeys).not.toHaveBeenCalled();
    expect(dialog()).toBeNull();
    expect(root.activeElement).toBe(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('false');

    key(badge, ' ');
    expect(dialog()).not.toBeNull();
    root.querySelector<HTMLButtonElement>('.close')!.click();
    expect(dialog()).toBeNull();
    expect(root.activeElement).toBe(badge);
  });

  it('opens on hover without taking focus, and closes when the pointer leaves or on Esc', () => {
    vi.useFakeTimers();
    const rows = makeTable(1);
    const { overlay, root, badges, dialog } = setup();
    overlay.render([target(rows[0]!, 0, [finding()])]);
    const badge = badges()[0]!;
    badge.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect(dialog()).toBeNull();
    vi.advanceTimersByTime(300);
    expect(dialog()).not.toBeNull();
    expect(root.activeElement).toBeNull();
    badge.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true, relatedTarget: document.body }));
    vi.advanceTimersByTime(400);
    expect(dialog()).toBeNull();

    badge.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    vi.advanceTimersByTime(300);
    expect(dialog()).not.toBeNull();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog()).toBeNull();
  });

  it('closes a clicked popover on an outside click, and focus() reaches the badges', () => {
    const rows = makeTable(2);
    const { overlay, root, badges, dialog } = setup();
    overlay.render([target(rows[0]!, 0, [finding()]), target(rows[1]!, 1, [finding()])]);
    badges()[0]!.click();
    expect(dialog()).not.toBeNull();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(dialog()).toBeNull();
    expect(overlay.focus('contact:c1')).toBe(true);
    expect(root.activeElement).toBe(badges()[1]);
    expect(overlay.focus('nope')).toBe(false);
  });
});
