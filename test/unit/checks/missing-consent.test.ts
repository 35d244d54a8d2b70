import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/missing-consent';
import { bySeverity, expectNoData, ok, rec, run, runOnGarbage } from './helpers-a';

describe('missing-consent', () => {
  it('flags marketing contacts without consent or lawful basis; refusals are high', () => {
    const records = [
      rec('contact', 'ok1', { marketingOptIn: true, consent: 'Granted' }),
      rec('contact', 'ok2', { lifecycle: 'Subscriber', lawfulBasis: 'Legitimate interest' }),
      rec('contact', 'ok3', { tags: ['VIP', 'Newsletter'], consent: '同意済み' }),
      rec('contact', 'm1', { marketingOptIn: true }),
      rec('lead', 'm2', { lifecycle: 'MQL', consent: 'none' }),
      rec('contact', 'm3', { lists: ['Spring promo'], consent: 'not granted' }),
      rec('contact', 'm4', { tags: ['خبرنامه'], consent: 'لغو اشتراک' }),
      rec('contact', 'm5', { lifecycle: 'marketingqualifiedlead', consent: '未同意', lawfulBasis: 'n/a' }),
      rec('contact', 'ok4', { lists: ['Webinar'], consent: 'not opted out' }),
      rec('contact', 'x1', { lifecycle: 'Customer' }),
      rec('contact', 'x2', { marketingOptIn: false }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 9, affected: 5, consentRefused: 4 });
    expect(bySeverity(findings)).toEqual({ medium: ['m1'], high: ['m2', 'm3', 'm4', 'm5'] });
    const m1 = findings.find((f) => f.records[0]?.id === 'm1');
    expect(m1?.message.key).toBe('missing_consent_missing');
    expect(m1?.evidence?.marketingBecause).toEqual(['marketingOptIn']);
    expect(findings.find((f) => f.records[0]?.id === 'm3')?.message).toMatchObject({ key: 'missing_consent_denied', params: { consent: 'not granted' } });
  });

  it('honours configured marketing signals', () => {
    const records = [rec('contact', 'a', { lists: ['All contacts'] }), rec('contact', 'b', { lifecycle: 'Lead', consent: '' })];
    expect(ok(run(check, records)).metrics).toMatchObject({ eligible: 1, affected: 1 });
    expectNoData(run(check, records, { listsCountAsMarketing: false }), 'missing_consent_no_marketing');
    expect(ok(run(check, records, { marketingLifecycles: ['lead'] })).metrics).toMatchObject({ eligible: 2, affected: 2 });
  });

  it('reports no data when consent was never shown on the pages read', () => {
    const listView = [rec('contact', 'a', { marketingOptIn: true }, { via: 'dom-table', raw: { Name: 'a', Marketing: 'yes' } })];
    expectNoData(run(check, listView), 'missing_consent_fields_not_seen');
    const withColumn = [rec('contact', 'a', { marketingOptIn: true }, { via: 'dom-table', raw: { Name: 'a', 'GDPR consent': '' } })];
    expect(ok(run(check, withColumn)).metrics.affected).toBe(1);
  });

  it('reports no data without contacts or marketing contacts', () => {
    expectNoData(run(check, []), 'missing_consent_no_contacts');
    expectNoData(run(check, [rec('contact', 'a', { lifecycle: 'customer' })]), 'missing_consent_no_marketing');
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
