import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeBadge, placePopover, type Box } from '../../../src/overlay/geometry';
import { SEVERITY_COLOURS } from '../../../src/overlay/styles';
import { balanceBidi, clip, safeUrl } from '../../../src/overlay/text';
import { STRINGS } from './helpers';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('text', () => {
  it('clips long values to 200 characters plus an ellipsis, without splitting a surrogate pair', () => {
    expect(clip('x'.repeat(10_000))).toBe('x'.repeat(200) + '…');
    const emoji = 'a'.repeat(199) + '😀' + 'b'.repeat(10);
    expect(clip(emoji)).toBe('a'.repeat(199) + '…');
    expect(clip('short')).toBe('short');
    expect(clip(undefined)).toBe('');
    expect(clip('a\u0000b\u0007c\n\nd')).toBe('abc d');
  });

  it('balances bidi controls so a value cannot leak its direction', () => {
    expect(balanceBidi('\u202Eevil')).toBe('\u202Eevil\u202C');
    expect(balanceBidi('a\u2069b\u202Cc')).toBe('abc');
    expect(balanceBidi('\u2067x\u202Ey\u2069z')).toBe('\u2067x\u202Ey\u202C\u2069z');
    expect(balanceBidi('plain')).toBe('plain');
  });

  it('allows only http(s) links', () => {
    expect(safeUrl('javascript:alert(1)', 'https://crm.example/')).toBeUndefined();
    expect(safeUrl('data:text/html,x', 'https://crm.example/')).toBeUndefined();
    expect(safeUrl('/contacts/1', 'https://crm.example/list')).toBe('https://crm.example/contacts/1');
    expect(safeUrl(42, 'https://crm.example/')).toBeUndefined();
  });
});

describe('geometry', () => {
  it('puts a row badge in the start gutter, or inside the row when there is no gutter', () => {
    expect(placeBadge('row', box(100, 50, 500, 40), null, false, 20, false, 1000)).toEqual({ x: 76, y: 60 });
    expect(placeBadge('row', box(0, 50, 500, 40), null, false, 20, false, 1000)).toEqual({ x: 2, y: 60 });
    expect(placeBadge('row', box(100, 50, 500, 40), null, false, 20, true, 1000)).toEqual({ x: 604, y: 60 });
    expect(placeBadge('row', box(500, 50, 500, 40), null, false, 20, true, 1000)).toEqual({ x: 978, y: 60 });
    // a second badge on the same row never covers the first
    expect(placeBadge('row', box(100, 50, 500, 40), null, false, 20, false, 1000, 1)).toEqual({ x: 52, y: 60 });
  });

  it('puts a heading badge after the end of its text, per the text direction', () => {
    expect(placeBadge('heading', box(0, 0, 800, 40), box(10, 5, 200, 30), false, 20, false, 1000)).toEqual({ x: 218, y: 10 });
    expect(placeBadge('heading', box(0, 0, 800, 40), box(590, 5, 200, 30), true, 20, true, 1000)).toEqual({ x: 562, y: 10 });
  });

  it('opens the popover below the badge, above when the viewport ends, always on screen', () => {
    expect(placePopover({ x: 100, y: 100, w: 20 }, { width: 300, height: 200 }, false, 1000, 800)).toEqual({ x: 100, y: 126 });
    expect(placePopover({ x: 100, y: 700, w: 20 }, { width: 300, height: 200 }, false, 1000, 800)).toEqual({ x: 100, y: 494 });
    expect(placePopover({ x: 900, y: 100, w: 20 }, { width: 300, height: 200 }, false, 1000, 800).x).toBe(692);
    expect(placePopover({ x: 600, y: 100, w: 20 }, { width: 300, height: 200 }, true, 1000, 800).x).toBe(320);
  });
});

describe('styles', () => {
  it('white text on every severity colour meets WCAG AA (4.5:1)', () => {
    for (const [sev, colour] of Object.entries(SEVERITY_COLOURS)) {
      const ratio = 1.05 / (luminance(colour) + 0.05);
      expect(ratio, `${sev} ${colour}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('overlay strings', () => {
  const dir = join(import.meta.dirname, '../../../src/overlay');
  const source = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');

  it('defines every key the overlay uses, including the built ones', () => {
    const used = new Set([...source.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!));
    for (const sev of Object.keys(SEVERITY_COLOURS)) used.add(`overlaySeverity_${sev}`);
    for (const kind of ['contact', 'lead', 'company', 'deal', 'task', 'activity', 'user', 'ticket', 'campaign'])
      used.add(`overlayKind_${kind}`);
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !(k in STRINGS))).toEqual([]);
  });

  it('prefixes every key with "overlay" so it cannot collide with the popup’s', () => {
    expect(Object.keys(STRINGS).filter((k) => !k.startsWith('overlay'))).toEqual([]);
  });

  it('hard-codes no UI text: textContent is only set from t(), CRM values or symbols', () => {
    const literals = [...source.matchAll(/el\(\w+, '\w+', [^,)]*, '([^']+)'\)/g)].map((m) => m[1]);
    expect(literals.filter((s) => s && /[A-Za-z]{2}/.test(s))).toEqual([]);
  });
});

describe('badge gutter', () => {
  it('stays outside a row whose start is too close to the edge for the usual gap, rather than covering its text', () => {
    const box = { left: 24, top: 100, right: 1200, bottom: 140, width: 1176, height: 40 };
    const { x } = placeBadge('row', box, null, false, 20, false, 1280);
    expect(x + 20).toBeLessThanOrEqual(24);
    const rtl = placeBadge('row', { ...box, left: 80, right: 1256, width: 1176 }, null, false, 20, true, 1280);
    expect(rtl.x).toBeGreaterThanOrEqual(1256);
  });
});
