import { describe, expect, it } from 'vitest';
import { asciiDigits, parseDate, parseNumber } from '../../../src/model/values';

describe('parseDate', () => {
  it.each([
    ['2026-11-23', '2026-11-23T00:00:00.000Z'],
    ['19081209', '1908-12-09T00:00:00.000Z'],
    ['۱۹۰۸۱۲۰۹', '1908-12-09T00:00:00.000Z'],
    ['2026年11月23日', '2026-11-23T00:00:00.000Z'],
    ['Nov 23, 2026', '2026-11-23T00:00:00.000Z'],
    ['23.11.2026', '2026-11-23T00:00:00.000Z'],
    ['1763856000', '2025-11-23T00:00:00.000Z'],
  ])('%s → %s', (input, expected) => expect(parseDate(input)).toBe(expected));

  it('rejects impossible dates instead of rolling them over', () => {
    expect(parseDate('20260231')).toBeUndefined();
    expect(parseDate('2026-02-31')).toBeUndefined();
    expect(parseDate('not a date')).toBeUndefined();
  });
});

describe('numbers in any script', () => {
  it('reads Persian, Arabic-Indic and full-width digits', () => {
    expect(asciiDigits('۰۹۱۲ ٣٤٥ １２３')).toBe('0912 345 123');
    expect(parseNumber('۱۲٬۵۰۰٫۵')).toBe(12500.5);
    expect(parseNumber('12.500,00 €')).toBe(12500);
    expect(parseNumber('$12,500')).toBe(12500);
  });
});
