import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/weak-segmentation';
import { expectNoData, idsOf, ok, rec, run } from '../../fixtures/workspace/records';

const cols = { tags: '', lists: '', lifecycle: '', leadSource: '' };

describe('weak-segmentation', () => {
  it('flags records with no segment and records segmented by one dimension only', () => {
    const records = [
      rec('contact', 'rich', { tags: ['vip'], lifecycle: 'customer' }, { ...cols, tags: 'vip', lifecycle: 'customer' }),
      rec('contact', 'listed', { lists: ['newsletter'], leadSource: 'Web' }, { ...cols, lists: 'newsletter', leadSource: 'Web' }),
      rec('contact', 'tagOnly', { tags: ['vip'] }, { ...cols, tags: 'vip' }),
      rec('contact', 'bare', {}, { ...cols }),
      rec('contact', 'emptyTags', { tags: [] }, { ...cols }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 5, affected: 3, unsegmented: 2, singleDimension: 1 });
    expect(idsOf(findings, 'weak_segmentation_none')).toEqual(['bare', 'emptyTags']);
    expect(idsOf(findings, 'weak_segmentation_single')).toEqual(['tagOnly']);
    expect(findings.find((f) => f.message.key === 'weak_segmentation_none')!.severity).toBe('medium');
  });

  it('says so when the whole CRM uses one dimension', () => {
    const records = [
      rec('contact', 'a', { lifecycle: 'lead' }, { ...cols, lifecycle: 'lead' }),
      rec('contact', 'b', { lifecycle: 'customer' }, { ...cols, lifecycle: 'customer' }),
      rec('contact', 'c', {}, { ...cols }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 3, affected: 3 });
    const one = findings.find((f) => f.message.key === 'weak_segmentation_one_dimension')!;
    expect(one.message.text).toBe('contact records are segmented by lifecycle only, across the whole CRM');
    expect(one.records).toEqual([]);
  });

  it('only counts unsegmented records when fewer dimensions than required were seen', () => {
    // a list view with a single "Lifecycle stage" column: depth can't be judged
    const records = [rec('contact', 'a', { lifecycle: 'lead' }, { lifecycle: 'lead' }), rec('contact', 'b', {}, { lifecycle: '' })];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 2, affected: 1 });
    expect(findings.map((f) => f.message.key).sort()).toEqual(['weak_segmentation_none', 'weak_segmentation_not_checked']);
    expect(ok(run(check, records, { minDimensions: 1 })).metrics.affected).toBe(1);
  });

  it('reports no data when no segmentation column was seen', () => {
    expectNoData(run(check, [rec('contact', 'a', { name: 'A' })]), 'weak_segmentation_no_data');
  });
});
