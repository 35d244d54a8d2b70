// Dates beyond parseDate: Jalali, Japanese eras, relative dates and dates inside sentences.
import { describe, expect, it } from 'vitest';
import { findDateIn, parseDateText, parseRelative } from '../../../src/readers/dom/dates';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('parseDateText', () => {
  it.each([
    ['1403/02/15', '2024-05-04T00:00:00.000Z'],
    ['۱۴۰۵/۰۸/۲۹', '2026-11-20T00:00:00.000Z'],
    ['۲۹ آبان ۱۴۰۵', '2026-11-20T00:00:00.000Z'],
    ['令和8年11月20日', '2026-11-20T00:00:00.000Z'],
    ['平成元年1月8日', '1989-01-08T00:00:00.000Z'],
    ['2026年11月20日', '2026-11-20T00:00:00.000Z'],
    ['Fri, Nov 20, 2026', '2026-11-20T00:00:00.000Z'],
    ['2026-11-20 14:05', '2026-11-20T14:05:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it('reads relative dates only with a reading time', () => {
    expect(parseDateText('3 days ago')).toBeUndefined();
    expect(parseDateText('3 days ago', { now: NOW })).toBe('2026-11-17T12:00:00.000Z');
  });

  it('rejects what is not a date', () => {
    for (const s of ['', 'soon', '31/02/2026', '1403/13/01', 'x'.repeat(500)]) expect(parseDateText(s, { now: NOW })).toBeUndefined();
  });
});

describe('parseRelative', () => {
  it.each([
    ['yesterday', '2026-11-19T12:00:00.000Z'],
    ['an hour ago', '2026-11-20T11:00:00.000Z'],
    ['2h', '2026-11-20T10:00:00.000Z'],
    ['in 2 weeks', '2026-12-04T12:00:00.000Z'],
    ['۳ روز پیش', '2026-11-17T12:00:00.000Z'],
    ['دیروز', '2026-11-19T12:00:00.000Z'],
    ['3日前', '2026-11-17T12:00:00.000Z'],
    ['2か月前', '2026-09-21T12:00:00.000Z'],
    ['昨日', '2026-11-19T12:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseRelative(text, NOW)).toBe(iso);
  });
});

describe('findDateIn', () => {
  it.each([
    ['Added on October 23, 2026', '2026-10-23T00:00:00.000Z'],
    ['Last activity on 2026-11-02 — call', '2026-11-02T00:00:00.000Z'],
    ['Renewal due 2/19/2027.', '2027-02-19T00:00:00.000Z'],
    ['ایجاد شده در ۱۴۰۵/۰۸/۲۹', '2026-11-20T00:00:00.000Z'],
    ['最終活動日: 2026年11月2日', '2026-11-02T00:00:00.000Z'],
    ['Updated 2 weeks ago by Dana', '2026-11-06T12:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(findDateIn(text, { now: NOW })?.iso).toBe(iso);
  });

  it('finds nothing in a sentence without a date', () => {
    expect(findDateIn('Met at the summit; prefers e-mail.', { now: NOW })).toBeUndefined();
  });
});
