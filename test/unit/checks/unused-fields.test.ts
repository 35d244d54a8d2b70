import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/unused-fields';
import type { CrmRecord } from '../../../src/model/record';
import { expectNoData, ok, rec, run } from '../../fixtures/workspace/records';

function contacts(n: number, fill: (i: number) => Record<string, string>): CrmRecord[] {
  return Array.from({ length: n }, (_, i) => rec('contact', `c${i}`, { name: `Person ${i}` }, { Name: `Person ${i}`, ...fill(i) }));
}

describe('unused-fields', () => {
  it('flags raw fields filled on under 5% of a kind, per field', () => {
    // 25 contacts: Fax on 1 (4%), Twitter on 2 (8%), Legacy Code never, Name always
    const records = contacts(25, (i) => ({
      Fax: i === 0 ? '+1 212 555 0100' : '',
      Twitter: i < 2 ? '@p' : '',
      'Legacy Code': i % 2 ? '' : 'n/a',
    }));
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 4, affected: 2, emptyFields: 1, kindsJudged: 1 });
    expect(findings.map((f) => [f.message.key, f.evidence?.field])).toEqual([
      ['unused_fields_empty', 'Legacy Code'],
      ['unused_fields_rare', 'Fax'],
    ]);
    expect(findings[1]!.message.text).toBe('Field “Fax” is filled on 4% of contact records (1 of 25)');
    expect(findings[1]!.records).toEqual([]);
  });

  it('fields missing from API payloads count as empty on those records', () => {
    const records = contacts(30, (i): Record<string, string> => (i === 0 ? { Nickname: 'Bo' } : {}));
    const { findings } = ok(run(check, records));
    expect(findings.map((f) => f.evidence?.field)).toEqual(['Nickname']);
  });

  it('honours the threshold, ignore list and minimum record count', () => {
    const records = contacts(25, (i) => ({ Fax: i === 0 ? 'x' : '', Twitter: i < 2 ? '@p' : '' }));
    expect(ok(run(check, records, { minFillPercent: 10 })).metrics.affected).toBe(2);
    expect(ok(run(check, records, { ignoreFields: ['fax'] })).metrics).toMatchObject({ eligible: 2, affected: 0 });
    expectNoData(run(check, records, { minRecords: 26 }), 'unused_fields_no_data');
  });
});
