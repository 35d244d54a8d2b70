import { describe, expect, it } from 'vitest';
import { emailProblem } from '../../../src/checks/email-addresses';
import check from '../../../src/checks/invalid-email';
import { expectNoData, idsOf, ok, rec, run } from '../../fixtures/workspace/records';

describe('emailProblem', () => {
  it.each([
    'ali.rezaei@acme.com',
    'first+tag@sub.example.co.jp',
    'Yuki@Example.JP',
    'yamada＠example.jp', // full-width @, NFKC
    'mailto:ops@acme.io',
    'user@例え.jp',
    'ali@شرکت.ایران',
    'x@example.xn--wgbh1c',
  ])('accepts %s', (e) => expect(emailProblem(e)).toBeUndefined());

  it.each([
    'plainaddress',
    'a@b',
    'a@@b.com',
    'a b@c.com',
    '.a@b.com',
    'a.@b.com',
    'a..b@c.com',
    'a@-b.com',
    'a@b.c',
    'a@b..com',
    '@acme.com',
    'acme.com@',
    '',
  ])('rejects %s as syntax', (e) => expect(emailProblem(e)).toBe('syntax'));

  it('spots placeholders, typos and disposable domains', () => {
    expect(emailProblem('test@acme.com')).toBe('placeholder');
    expect(emailProblem('sara@example.com')).toBe('placeholder');
    expect(emailProblem('none@none.com')).toBe('placeholder');
    expect(emailProblem('sara@gmial.com')).toBe('typo');
    expect(emailProblem('sara@acme.con')).toBe('typo');
    expect(emailProblem('sara@mailinator.com')).toBe('disposable');
    expect(emailProblem('sara@inbox.mailinator.com')).toBe('disposable');
    expect(emailProblem('sara@mailinator.com', { disposable: false })).toBeUndefined();
    expect(emailProblem('sara@mailinator.com', { allowed: new Set(['mailinator.com']) })).toBeUndefined();
    expect(emailProblem('sara@burner.acme.io', { extra: new Set(['acme.io']) })).toBe('disposable');
    expect(emailProblem('test@acme.com', { placeholders: false })).toBeUndefined();
  });
});

describe('invalid-email', () => {
  const records = [
    rec('contact', 'good', { emails: ['ali@acme.com'] }),
    rec('contact', 'two', { emails: ['ok@acme.com', 'broken@'] }),
    rec('contact', 'typo', { emails: ['sara@gmial.com'] }),
    rec('contact', 'throwaway', { emails: ['x@mailinator.com', 'y@yopmail.com'] }),
    rec('contact', 'none', { name: 'No Mail' }),
    rec('user', 'u1', { emails: ['test@example.com'] }),
    rec('deal', 'd1', { name: 'ignored', emails: ['broken'] }),
  ];

  it('counts records with at least one bad address, grouped by kind and reason', () => {
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 5, affected: 4, addresses: 7, syntax: 1, typo: 1, disposable: 1, placeholder: 1 });
    expect(idsOf(findings, 'invalid_email_syntax')).toEqual(['two']);
    expect(idsOf(findings, 'invalid_email_typo')).toEqual(['typo']);
    expect(idsOf(findings, 'invalid_email_disposable')).toEqual(['throwaway']);
    expect(idsOf(findings, 'invalid_email_placeholder')).toEqual(['u1']);
    const disposable = findings.find((f) => f.message.key === 'invalid_email_disposable')!;
    expect(disposable.severity).toBe('low');
    expect(disposable.evidence).toEqual({ kind: 'contact', reason: 'disposable', samples: ['x@mailinator.com'] });
    expect(disposable.message.text).toBe('1 contact records use a disposable (throwaway) e-mail domain');
    // the address is evidence, never part of the message
    for (const f of findings) for (const sample of f.evidence?.samples as string[]) expect(f.message.text).not.toContain(sample);
  });

  it('honours the config', () => {
    const { metrics } = ok(run(check, records, { checkDisposable: false, checkPlaceholders: false, kinds: ['contact'] }));
    expect(metrics).toMatchObject({ eligible: 4, affected: 2 });
  });

  it('reports no data without any e-mail address', () => {
    expectNoData(run(check, [rec('contact', 'a', { name: 'A' })]), 'invalid_email_no_data');
  });
});
