import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from '../../../src/readers/import/decode';
import { encode, utf16 } from './encode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const JA = '氏名,メールアドレス,会社名\n山田 太郎,taro@example.jp,株式会社サンプル\n';
const FA = 'نام,ایمیل,شرکت\nعلی رضایی,ali@example.ir,پارس گستر\n';
// Windows-1256 has no Persian yeh: Persian Windows writes the Arabic one (ي)
const FA_1256 = FA.replace(/ی/g, 'ي');

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeBytes(utf8(JA))).toEqual({ ok: true, text: JA, encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(FA)]))).toEqual({ ok: true, text: FA, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 with a BOM (both byte orders) and without one', () => {
    expect(decodeBytes(utf16(FA, 'le'))).toEqual({ ok: true, text: FA, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(JA, 'be'))).toEqual({ ok: true, text: JA, encoding: 'utf-16be' });
    expect(decodeBytes(utf16('Name,Email\nAli,a@x.ir\n', 'le', false))).toMatchObject({
      ok: true,
      text: 'Name,Email\nAli,a@x.ir\n',
      encoding: 'utf-16le',
    });
  });

  it('recognises Shift_JIS and Windows-1256', () => {
    const sjis = encode(JA, 'shift_jis');
    expect(Array.from(sjis.slice(0, 4))).toEqual([0x8e, 0x81, 0x96, 0xbc]); // 氏名
    expect(decodeBytes(sjis)).toEqual({ ok: true, text: JA, encoding: 'shift_jis' });
    const arabic = encode(FA_1256, 'windows-1256');
    expect(decodeBytes(arabic)).toEqual({ ok: true, text: FA_1256, encoding: 'windows-1256' });
  });

  it('refuses what it cannot read, naming the line', () => {
    const latin1 = new Uint8Array([...utf8('Name,City\nJosé,'), 0xc4, 0x7a, 0x6d, 0x69, 0x72, 0x0a, ...utf8('Zoë,'), 0xe9, 0x0a]);
    const r = decodeBytes(latin1);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('not UTF-8, UTF-16, Shift_JIS or Windows-1256');
      expect(r.line).toBe(2);
    }
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({
      ok: false,
      error: expect.stringContaining('Excel'),
    });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0a, 0xff]))).toMatchObject({ ok: false, line: 2 });
  });

  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(utf8('héllo'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc3]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xff]))).toBe(2);
  });
});
