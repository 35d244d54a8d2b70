import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/inconsistent-values';
import { normKey } from '../../../src/model/countries';
import { expectNoData, idsOf, ok, rec, run } from '../../fixtures/workspace/records';

describe('normKey', () => {
  it('erases case, spacing, punctuation, diacritics, letter variants and digit scripts', () => {
    expect(normKey('Closed  Won')).toBe(normKey('closed-won'));
    expect(normKey('U.S.')).toBe('us');
    expect(normKey('Côte d’Ivoire')).toBe(normKey("cote d'ivoire"));
    expect(normKey('علي')).toBe(normKey('علی')); // Arabic vs Persian yeh
    expect(normKey('كرج')).toBe(normKey('کرج')); // Arabic vs Persian kaf
    expect(normKey('ｱﾒﾘｶ')).toBe(normKey('アメリカ')); // half-width katakana
    expect(normKey('あめりか')).toBe(normKey('アメリカ'));
    expect(normKey('۱۴۰۳')).toBe('1403');
    expect(normKey('ガス')).not.toBe(normKey('カス')); // voiced kana are different words
    expect(normKey('Sales & Marketing')).toBe(normKey('sales and marketing'));
  });
});

describe('inconsistent-values', () => {
  it('groups country spellings through the alias table and counts the off-spellings', () => {
    const countries = [
      'United States',
      'United States',
      'United States',
      'USA',
      'U.S.',
      'us',
      'Iran',
      'Iran',
      'ایران',
      'IR',
      'Japan',
      '日本',
      'Japan',
      'France',
    ];
    const records = countries.map((country, i) => rec('contact', `c${i}`, { country }));
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 14, affected: 6, groups: 3 });
    const us = findings.find((f) => f.evidence?.concept === 'US')!;
    expect(us.records.map((r) => r.id)).toEqual(['c3', 'c4', 'c5']);
    expect(us.evidence).toMatchObject({
      field: 'country',
      suggested: 'United States',
      spellings: { 'United States': 3, USA: 1, 'U.S.': 1, us: 1 },
    });
    expect(us.message.text).toBe('country on contact records: one value written 4 ways: United States (3), USA (1), U.S. (1), us (1)');
    expect(us.message.params).toMatchObject({ field: 'country', kind: 'contact', count: 4, suggested: 'United States', affected: 3 });
    expect(idsOf(findings.filter((f) => f.evidence?.concept === 'IR'))).toEqual(['c8', 'c9']);
    expect(idsOf(findings.filter((f) => f.evidence?.concept === 'JP'))).toEqual(['c11']);
  });

  it('catches case and spacing variants in picklists, tags and currencies, per kind', () => {
    const records = [
      rec('deal', 'd1', { stage: 'Closed Won', currency: 'USD' }),
      rec('deal', 'd2', { stage: 'Closed Won', currency: '$' }),
      rec('deal', 'd3', { stage: 'closed won', currency: 'USD' }),
      rec('deal', 'd4', { stage: 'Closed  Won', currency: 'ریال' }),
      rec('deal', 'd5', { stage: 'Proposal', currency: 'IRR' }),
      rec('contact', 'c1', { tags: ['VIP', 'newsletter'], lifecycle: 'Customer' }),
      rec('contact', 'c2', { tags: ['vip'], lifecycle: 'customer' }),
      rec('contact', 'c3', { tags: ['VIP'], lifecycle: 'Customer' }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 8, affected: 5, groups: 5 });
    const key = (f: (typeof findings)[number]) => `${f.evidence?.kind}.${f.evidence?.field}:${f.records.map((r) => r.id).join(',')}`;
    expect(findings.map(key).sort()).toEqual([
      'contact.lifecycle:c2',
      'contact.tags:c2',
      'deal.currency:d2',
      'deal.currency:d5',
      'deal.stage:d3,d4',
    ]);
  });

  it('checks custom picklist columns but not free text or ids', () => {
    const regions = ['North', 'North', 'north', 'South', 'South', 'South', 'South', 'North', 'NORTH', 'South', 'South', 'North'];
    const records = regions.map((region, i) =>
      rec(
        'contact',
        `c${i}`,
        { name: `P${i}` },
        { name: `P${i}`, 'Sales Region': region, 'Customer Ref': `REF-${i}`, 'Free Notes X': `note ${i}` },
      ),
    );
    const { findings, metrics } = ok(run(check, records));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence).toMatchObject({ field: 'Sales Region', custom: true, suggested: 'North' });
    expect(metrics).toMatchObject({ eligible: 12, affected: 2 });
    expectNoData(run(check, records, { customFields: false }), 'inconsistent_values_no_data');
  });

  it('honours minSpellings', () => {
    const records = ['USA', 'usa', 'US'].map((country, i) => rec('contact', `c${i}`, { country }));
    expect(ok(run(check, records)).metrics.affected).toBe(2);
    expect(ok(run(check, records, { minSpellings: 4 })).metrics.affected).toBe(0);
  });

  it('reports no data without picklist values', () => {
    expectNoData(run(check, [rec('contact', 'a', { name: 'A' })]), 'inconsistent_values_no_data');
  });
});
