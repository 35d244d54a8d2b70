import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/invalid-phone';
import { phoneProblem } from '../../../src/checks/phone-numbers';
import { CTX, expectNoData, idsOf, ok, rec, run } from '../../fixtures/workspace/records';

describe('phoneProblem', () => {
  it.each([
    ['+1 415 555 2671', 'US'],
    ['(415) 555-2671', 'US'],
    ['415.555.2671 ext. 12', 'US'],
    ['+1 415 555 2671 x99', 'US'],
    ['0912 345 6789', 'IR'],
    ['۰۹۱۲ ۳۴۵ ۶۷۸۹', 'IR'], // Persian digits
    ['٠٩١٢٣٤٥٦٧٨٩', 'IR'], // Arabic-Indic digits
    ['+98 21 8888 7777', 'US'],
    ['0098 21 8888 7777', 'US'],
    ['03-1234-5678', 'JP'],
    ['０３－１２３４－５６７８', 'JP'], // full-width digits and hyphens
    ['+81 90 1234 5678', 'IR'],
  ])('accepts %s (region %s)', (p, region) => expect(phoneProblem(p, region)).toBeUndefined());

  it('tells invalid numbers from things that are not numbers and from filler', () => {
    expect(phoneProblem('+1 123 456 7890', 'US')).toBe('invalid');
    expect(phoneProblem('03-1234-5678', 'IR')).toBe('invalid'); // a Tokyo number read as Iranian
    expect(phoneProblem('+98 912 345 678', 'US')).toBe('invalid'); // one digit short
    expect(phoneProblem('call reception', 'US')).toBe('unparseable');
    expect(phoneProblem('n/a', 'US')).toBe('unparseable');
    expect(phoneProblem('ali@acme.com', 'US')).toBe('unparseable');
    expect(phoneProblem('000-0000', 'US')).toBe('placeholder');
    expect(phoneProblem('1234567890', 'US')).toBe('placeholder');
    expect(phoneProblem('1234567890', 'US', { placeholders: false })).toBe('invalid');
    // without a usable region, a national number can't be placed
    expect(phoneProblem('0912 345 6789', undefined)).toBe('unparseable');
  });
});

describe('invalid-phone', () => {
  const records = [
    rec('contact', 'good', { phones: ['+1 415 555 2671'] }),
    rec('contact', 'national', { phones: ['(415) 555-2671'] }),
    rec('contact', 'bad', { phones: ['+1 415 555 2671', '+1 123 456 7890'] }),
    rec('contact', 'words', { phones: ['ask Sara'] }),
    rec('company', 'filler', { phones: ['0000000000'] }),
    rec('contact', 'nophone', { name: 'x' }),
  ];

  it('validates against the default region and counts records once', () => {
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 5, affected: 3, numbers: 6, invalid: 1, unparseable: 1, placeholder: 1 });
    expect(idsOf(findings, 'invalid_phone_invalid')).toEqual(['bad']);
    expect(idsOf(findings, 'invalid_phone_unparseable')).toEqual(['words']);
    expect(idsOf(findings, 'invalid_phone_placeholder')).toEqual(['filler']);
    const invalid = findings.find((f) => f.message.key === 'invalid_phone_invalid')!;
    expect(invalid.message.params).toEqual({ count: 1, kind: 'contact', region: 'US' });
  });

  it('uses ctx.defaultRegion: the same national numbers are invalid in Japan', () => {
    const { metrics } = ok(run(check, records, {}, { ...CTX, defaultRegion: 'JP' }));
    expect(metrics.affected).toBe(4); // "(415) 555-2671" is not a Japanese number
  });

  it('words the invalid finding without a region when no usable default region is set', () => {
    for (const defaultRegion of ['', 'ZZ']) {
      const { findings, metrics } = ok(run(check, records, {}, { ...CTX, defaultRegion }));
      expect(metrics.unsupportedRegion).toBe(1);
      expect(findings.find((f) => f.message.key === 'invalid_phone_invalid')).toBeUndefined();
      const invalid = findings.find((f) => f.message.key === 'invalid_phone_invalid_no_region')!;
      expect(invalid.message.params).toEqual({ count: invalid.records.length, kind: 'contact' });
      expect(invalid.message.text).toContain('(no default region set)');
      expect(invalid.evidence?.defaultRegion).toBeNull();
    }
  });

  it('reports no data without phone numbers', () => {
    expectNoData(run(check, [rec('contact', 'a', { name: 'A' })]), 'invalid_phone_no_data');
  });
});

describe('invalid-phone: region per record', () => {
  it("validates national numbers against the record's own country before the default region", () => {
    const records = [
      rec('contact', 'ir', { phones: ['0912 123 4567'], country: 'ایران' }),
      rec('contact', 'jp', { phones: ['03-1234-5678'], country: 'Japan' }),
      rec('contact', 'us', { phones: ['(206) 555-0143'], country: 'USA' }),
      rec('contact', 'bad', { phones: ['0912 123'], country: 'Iran' }),
    ];
    const result = run(check, records, {}, { ...CTX, defaultRegion: 'GB' });
    expect(ok(result).metrics.affected).toBe(1);
    expect(idsOf(ok(result).findings)).toEqual(['bad']);
  });
});
