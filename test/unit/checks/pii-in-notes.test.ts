import { describe, expect, it } from 'vitest';
import { ibanValid, iranNationalCodeValid, luhnValid, myNumberValid } from '../../../src/checks/checksums';
import check from '../../../src/checks/pii-in-notes';
import type { Finding } from '../../../src/model/finding';
import { CTX, expectNoData, ok, rec, run, runOnGarbage } from './helpers-a';

const types = (findings: Finding[]) => findings.map((f) => [f.records[0]?.id, f.evidence?.pii, f.severity]);

describe('checksums', () => {
  it('validates cards, IBANs, Iranian national codes and My Numbers', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('IR062960000000100324200001')).toBe(true);
    expect(ibanValid('IR062960000000100324200002')).toBe(false);
    expect(ibanValid('DE8937040044053201300')).toBe(false); // one digit short for DE
    expect(iranNationalCodeValid('0084575948')).toBe(true);
    expect(iranNationalCodeValid('0084575949')).toBe(false);
    expect(iranNationalCodeValid('1111111111')).toBe(false);
    expect(myNumberValid('123456789018')).toBe(true);
    expect(myNumberValid('123456789012')).toBe(false);
  });
});

describe('pii-in-notes', () => {
  it('finds checksum-valid personal data in notes, subjects and note-like raw fields', () => {
    const records = [
      rec('contact', 'card', { name: 'A', notes: 'Paid with 4111-1111-1111-1111 exp 12/27, thanks' }),
      rec('contact', 'bad-card', { name: 'B', notes: 'Order 4111 1111 1111 1112 shipped' }),
      rec('deal', 'iban', { name: 'C' }, { raw: { Description: 'شبا: IR06 2960 0000 0010 0324 2000 01 لطفا واریز شود' } }),
      rec('contact', 'ir-id', { name: 'D', notes: 'کد ملی: ۰۰۸۴۵۷۵۹۴۸' }),
      rec('contact', 'my-number', { name: 'E', notes: 'マイナンバー 1234 5678 9018 を受領' }),
      rec('task', 'pwd', { subject: 'Login for portal: password: hunter22' }),
      rec('contact', 'pwd-fa', { name: 'F', notes: 'رمز عبور: Abc123' }),
      rec('contact', 'pwd-ja', { name: 'G', notes: 'パスワード：s3cret!' }),
      rec('contact', 'clean', { name: 'H', notes: 'Call next week about the 2026-11-23 renewal, budget 45000' }),
      rec('contact', 'us-phone', { name: 'I', notes: 'Call 4155552671 tomorrow' }),
      rec('contact', 'pwd-reset', { name: 'J', notes: 'password: reset' }),
      rec('contact', 'empty', { name: 'K' }),
    ];
    const { findings, metrics } = ok(run(check, records));
    expect(metrics).toMatchObject({ eligible: 11, affected: 7 });
    expect(types(findings)).toEqual([
      ['card', 'card', 'critical'],
      ['iban', 'iban', 'medium'],
      ['ir-id', 'national-id-ir', 'high'],
      ['my-number', 'my-number', 'high'],
      ['pwd', 'password', 'critical'],
      ['pwd-fa', 'password', 'critical'],
      ['pwd-ja', 'password', 'critical'],
    ]);
    expect(findings.map((f) => f.message.key)).toEqual([
      'pii_in_notes_card',
      'pii_in_notes_iban',
      'pii_in_notes_national_id_ir',
      'pii_in_notes_my_number',
      'pii_in_notes_password',
      'pii_in_notes_password',
      'pii_in_notes_password',
    ]);
    expect(findings[1]?.evidence?.field).toBe('Description');
    expect(findings[4]?.evidence?.field).toBe('subject');
  });

  it('never puts the value itself in messages or evidence', () => {
    const notes = 'card 4111 1111 1111 1111; iban GB82 WEST 1234 5698 7654 32; pwd=Tr0ub4dor&3 ok';
    const { findings } = ok(run(check, [rec('contact', 'x', { name: 'X', notes })]));
    expect(findings.map((f) => f.evidence?.pii)).toEqual(['card', 'iban', 'password']);
    const dump = JSON.stringify(findings);
    expect(dump).not.toContain('4111 1111 1111 1111');
    expect(dump).not.toContain('4111111111111111');
    expect(dump).not.toContain('5698 7654');
    expect(dump).not.toContain('Tr0ub4dor');
    expect(findings[0]?.evidence?.excerpt).toContain('•••• •••• •••• 1111');
    // Country code and the last four characters only.
    expect(findings[1]?.evidence?.excerpt).toContain('GB•• •••• •••• •••• ••54 32');
    expect(findings[2]?.evidence?.excerpt).toContain('pwd=••••••');
  });

  it('needs Iranian or Japanese context for the 10- and 12-digit ids', () => {
    const plain = [rec('contact', 'a', { notes: 'ref 0084575948' }), rec('contact', 'b', { notes: 'ref 123456789018' })];
    expect(ok(run(check, plain)).metrics.affected).toBe(0);
    expect(ok(run(check, plain, {}, { ...CTX, defaultRegion: 'IR' })).findings.map((f) => f.evidence?.pii)).toEqual(['national-id-ir']);
    expect(ok(run(check, plain, {}, { ...CTX, defaultRegion: 'JP' })).findings.map((f) => f.evidence?.pii)).toEqual(['my-number']);
    // A phone number in Persian text is not a national code.
    expect(ok(run(check, [rec('contact', 'c', { notes: 'تلفن: 0084575948' })])).metrics.affected).toBe(0);
  });

  it('never reads the head or tail of a longer digit run as a 10- or 12-digit id', () => {
    // 4111 1111 1111 passes the My Number checksum: the card around it must still be a card.
    expect(myNumberValid('411111111111')).toBe(true);
    const jp = { ...CTX, defaultRegion: 'JP' };
    const card = [rec('contact', 'card', { notes: 'カード 4111 1111 1111 1111 で支払い' })];
    expect(types(ok(run(check, card, {}, jp)).findings)).toEqual([['card', 'card', 'critical']]);
    // Not a card (Luhn fails) and 16 digits long: neither a card nor a My Number.
    const notCard = [rec('contact', 'nc', { notes: 'マイナンバー 4111 1111 1111 1112' })];
    expect(ok(run(check, notCard, {}, jp)).metrics.affected).toBe(0);
    // 13 digits: the 12 in front are no My Number, and the run starting inside is not one either.
    const thirteen = [rec('contact', 't', { notes: 'マイナンバー 4111-1111-1111-5' }), rec('contact', 'u', { notes: 'マイナンバー 5 1234 5678 9018' })];
    expect(ok(run(check, thirteen, {}, jp)).metrics.affected).toBe(0);
    // The same holds for the Iranian national code (10 digits) inside a longer run.
    const ir = { ...CTX, defaultRegion: 'IR' };
    expect(iranNationalCodeValid('0084575948')).toBe(true);
    const longRun = [rec('contact', 'r', { notes: 'کد ملی 0084575948 12' }), rec('contact', 's', { notes: 'کد ملی 12 0084575948' })];
    expect(ok(run(check, longRun, {}, ir)).metrics.affected).toBe(0);
    // A number of its own next to other text is still found.
    const alone = [rec('contact', 'm', { notes: 'マイナンバー 1234 5678 9018、電話 03 1234 5678' }), rec('contact', 'n', { notes: 'کد ملی: 0084575948، تلفن 021 1234 5678' })];
    expect(types(ok(run(check, alone.slice(0, 1), {}, jp)).findings)).toEqual([['m', 'my-number', 'high']]);
    expect(types(ok(run(check, alone.slice(1), {}, ir)).findings)).toEqual([['n', 'national-id-ir', 'high']]);
  });

  it('skips texts that cannot hold personal data without missing the ones that do', () => {
    // Prefilters (digit count, keyword) must not hide a hit: short ids, IBANs with few digits, case variants.
    const records = [
      rec('contact', 'a', { notes: 'Follow up 123' }),
      rec('contact', 'b', { notes: 'PASSWORD = Zebra99' }),
      rec('contact', 'c', { notes: 'PIN: 8812' }),
      rec('contact', 'd', { notes: 'ref 0084575948' }),
    ];
    expect(types(ok(run(check, records, {}, { ...CTX, defaultRegion: 'IR' })).findings)).toEqual([
      ['b', 'password', 'critical'],
      ['c', 'password', 'critical'],
      ['d', 'national-id-ir', 'high'],
    ]);
  });

  it('can limit what it looks for and copes with huge text', () => {
    const records = [rec('contact', 'a', { notes: 'password: abc123 4111111111111111' })];
    expect(ok(run(check, records, { detect: ['card'] })).findings.map((f) => f.evidence?.pii)).toEqual(['card']);
    const huge = 'x '.repeat(600_000) + ' 4111111111111111';
    const r = ok(run(check, [rec('contact', 'h', { notes: huge })]));
    expect(r.metrics).toMatchObject({ eligible: 1, affected: 0 });
    expect(ok(run(check, [rec('contact', 'h', { notes: huge })], { maxScanChars: 2_000_000 })).metrics.affected).toBe(1);
  });

  it('reports no data without free text', () => {
    expectNoData(run(check, [rec('contact', 'a', { name: 'x' })]), 'pii_in_notes_no_text');
  });

  it('never throws on garbled, contradictory or huge input', () => {
    for (const result of runOnGarbage(check)) expect(['ok', 'no-data']).toContain(result.status);
  });
});
