import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/missing-key-data';
import { expectNoData, idsOf, ok, rec, run } from '../../fixtures/workspace/records';

const full = { emails: ['a@acme.com'], owner: 'Sara', lifecycle: 'lead', preferredContactMethod: 'email', company: 'Acme' };

describe('missing-key-data', () => {
  it('counts each contact once, with one finding per missing field', () => {
    const records = [
      rec('contact', 'ok1', full),
      rec('contact', 'ok2', { ...full, emails: undefined, phones: ['+14155552671'] }),
      rec('contact', 'noOwner', { ...full, owner: undefined }),
      rec('contact', 'noReach', { ...full, emails: [] }),
      rec('contact', 'twoMissing', { ...full, owner: '', company: undefined }),
      rec('contact', 'placeholder', { ...full, preferredContactMethod: 'n/a' }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics.eligible).toBe(6);
    expect(metrics.affected).toBe(4);
    const byField = Object.fromEntries(
      findings.filter((f) => f.message.key === 'missing_key_data_field').map((f) => [f.evidence?.field, f.records.map((r) => r.id).sort()]),
    );
    expect(byField).toEqual({
      contactMethod: ['noReach'],
      owner: ['noOwner', 'twoMissing'],
      company: ['twoMissing'],
      preferredContactMethod: ['placeholder'],
    });
    const reach = findings.find((f) => f.evidence?.field === 'contactMethod')!;
    expect(reach.severity).toBe('high');
    expect(reach.message.text).toBe('1 of 6 contact records have no e-mail or phone');
    expect(reach.message.params).toEqual({ count: 1, total: 6, kind: 'contact', field: 'contactMethod' });
  });

  it('does not require a field whose column was never seen, and says so', () => {
    const records = [
      rec('contact', 'a', { emails: ['a@x.com'], owner: 'S' }),
      rec('contact', 'b', { emails: ['b@x.com'] }, { emails: 'b@x.com', owner: '' }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics.affected).toBe(1);
    expect(idsOf(findings, 'missing_key_data_field')).toEqual(['b']);
    const notSeen = findings.filter((f) => f.message.key === 'missing_key_data_not_seen').map((f) => f.evidence?.field);
    expect(notSeen.sort()).toEqual(['company', 'lifecycle', 'preferredContactMethod']);
    expect(findings.find((f) => f.message.key === 'missing_key_data_not_seen')!.severity).toBe('info');
    // with onlySeenColumns off every required field counts
    expect(ok(run(check, records, { onlySeenColumns: false })).metrics.affected).toBe(2);
  });

  it('accepts ids for owner and company, and a lead status as the stage of a lead', () => {
    const records = [
      rec('lead', 'l1', { emails: ['l@x.com'], ownerId: 'u1', status: 'Working' }),
      rec('lead', 'l2', { phones: ['+14155552671'], owner: 'S', lifecycle: 'lead' }),
      rec('lead', 'l3', { emails: ['l3@x.com'] }, { emails: 'l3@x.com', owner: '', status: '' }),
      rec('company', 'c1', { name: 'Acme', companyId: 'x', ownerId: 'u2' }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics.eligible).toBe(4);
    expect(metrics.affected).toBe(1);
    expect(idsOf(findings, 'missing_key_data_field')).toEqual(['l3', 'l3']);
  });

  it('reads the required fields per kind from the config', () => {
    const records = [
      rec('contact', 'a', { emails: ['a@x.com'] }, { emails: 'a@x.com', owner: '', company: '' }),
      rec('deal', 'd1', { name: 'Big', owner: 'S' }, { name: 'Big', owner: 'S', amount: '' }),
    ];
    const only = ok(run(check, records, { contact: ['company'], deal: [] }));
    expect(only.metrics).toMatchObject({ eligible: 1, affected: 1 });
    expect(only.findings.map((f) => f.evidence?.field)).toEqual(['company']);
    const deals = ok(run(check, records));
    expect(idsOf(deals.findings, 'missing_key_data_field')).toEqual(['a', 'a', 'd1']);
  });

  it('ignores unknown field names instead of flagging every record', () => {
    const records = [rec('contact', 'a', { emails: ['a@x.com'], owner: 'S' })];
    const { metrics } = ok(run(check, records, { contact: ['owner', 'favouriteColour'] }));
    expect(metrics).toMatchObject({ eligible: 1, affected: 0, checkedFields: 1 });
  });

  it('reports no data without records of the configured kinds', () => {
    expectNoData(run(check, [rec('task', 't1', { subject: 'Call' })]), 'missing_key_data_no_data');
  });
});
