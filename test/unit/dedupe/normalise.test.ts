import { describe, expect, it } from 'vitest';
import { cityKey, parseStreet, postcodeKey } from '../../../src/dedupe/address';
import { parseEmail, websiteDomain } from '../../../src/dedupe/contact-points';
import { parseCompanyName } from '../../../src/dedupe/legal-forms';
import { compact, foldText, scriptOf } from '../../../src/dedupe/text';

describe('foldText', () => {
  it('applies NFKC and case folding', () => {
    expect(foldText('ＡＣＭＥ　Ｃｏｒｐ')).toBe('acme corp');
    expect(foldText('JOHN O’Brien')).toBe('john obrien');
  });

  it('removes Latin diacritics and transliterates special letters', () => {
    expect(foldText('José')).toBe(foldText('Jose'));
    expect(foldText('Müller')).toBe('muller');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Łódź Ørsted')).toBe('lodz orsted');
  });

  it('unifies Arabic and Persian letter variants', () => {
    expect(foldText('علي')).toBe(foldText('علی')); // Arabic yeh ي vs Persian yeh ی
    expect(foldText('كريم')).toBe(foldText('کریم')); // Arabic kaf ك vs keheh ک
    expect(foldText('فاطمة')).toBe(foldText('فاطمه')); // teh marbuta
    expect(foldText('خانهٔ')).toBe(foldText('خانه')); // heh + hamza above
    expect(foldText('خانۀ')).toBe(foldText('خانه')); // heh with yeh above
  });

  it('drops tatweel and harakat', () => {
    expect(foldText('محـــمد')).toBe('محمد');
    expect(foldText('مُحَمَّد')).toBe('محمد');
  });

  it('treats ZWNJ, space and nothing alike in the compact form', () => {
    const forms = ['علی‌پور', 'علیپور', 'علی پور'].map((s) => compact(foldText(s)));
    expect(new Set(forms).size).toBe(1);
  });

  it('converts Persian and Arabic-Indic digits', () => {
    expect(foldText('پلاک ۱۲۳')).toBe('پلاک 123');
    expect(foldText('٤٥٦')).toBe('456');
  });

  it('folds Japanese width and kana', () => {
    expect(foldText('ｻﾄｳ')).toBe(foldText('サトウ')); // half-width katakana
    expect(foldText('サトウ')).toBe(foldText('さとう')); // katakana ≈ hiragana
    expect(compact(foldText('佐藤　太郎'))).toBe('佐藤太郎'); // ideographic space
  });

  it('maps old kanji forms used in family names', () => {
    expect(foldText('髙橋')).toBe('高橋');
    expect(foldText('齋藤')).toBe(foldText('斎藤'));
    expect(foldText('渡邊')).toBe('渡辺');
  });

  it('detects the script', () => {
    expect(scriptOf(foldText('Smith'))).toBe('latin');
    expect(scriptOf(foldText('حسینی'))).toBe('arabic');
    expect(scriptOf(foldText('佐藤'))).toBe('cjk');
  });
});

describe('company legal forms', () => {
  const key = (s: string) => parseCompanyName(s).compact;

  it('strips Japanese forms before, after and abbreviated', () => {
    const forms = ['株式会社トヨタ', 'トヨタ株式会社', '(株)トヨタ', '（株）トヨタ', '㈱トヨタ', 'トヨタ㈱'];
    expect(new Set(forms.map(key))).toEqual(new Set([key('トヨタ')]));
    expect(parseCompanyName('㈱トヨタ').form).toBe('kk');
    expect(key('有限会社スズキ')).toBe(key('(有)スズキ'));
    expect(parseCompanyName('(有)スズキ').form).toBe('yk');
  });

  it('strips Latin-script forms', () => {
    for (const s of [
      'Acme Inc.',
      'ACME, Inc',
      'Acme LLC',
      'Acme L.L.C.',
      'Acme Ltd',
      'Acme Limited',
      'Acme GmbH',
      'Acme S.A.',
      'Acme SARL',
      'Acme B.V.',
      'The Acme Corporation',
      'Acme Co., Ltd.',
      'Acme Pty Ltd',
    ]) {
      expect(key(s), s).toBe('acme');
    }
    expect(key('Acme GmbH & Co. KG')).toBe('acme');
  });

  it('strips Russian and Persian forms (which come first)', () => {
    expect(key('ООО Ромашка')).toBe(key('Ромашка'));
    expect(key('شرکت آلفا (سهامی خاص)')).toBe(key('آلفا'));
    expect(key('شركت آلفا سهامی عام')).toBe(key('آلفا'));
    expect(parseCompanyName('شرکت آلفا (سهامی خاص)').form).toBe('ir-pjs');
  });

  it('keeps the form class so that different forms can count against a match', () => {
    expect(parseCompanyName('Acme Inc').form).toBe('inc');
    expect(parseCompanyName('Acme Corporation').form).toBe('inc');
    expect(parseCompanyName('Acme GmbH').form).toBe('gmbh');
  });

  it('never strips the whole name and keeps display text untouched', () => {
    expect(key('Limited')).toBe('limited');
    const name = 'Acme Inc.';
    parseCompanyName(name);
    expect(name).toBe('Acme Inc.');
  });

  it('gives initials for acronym matching', () => {
    expect(parseCompanyName('International Business Machines Corp').initials).toBe('ibm');
  });
});

describe('e-mail addresses', () => {
  const canon = (s: string) => parseEmail(s)?.canonical;

  it('ignores case', () => expect(canon('John.Smith@Example.COM')).toBe('john.smith@example.com'));
  it('treats googlemail as gmail and ignores gmail dots', () => {
    expect(canon('j.o.h.n@googlemail.com')).toBe('john@gmail.com');
    expect(canon('John.Smith@gmail.com')).toBe(canon('johnsmith@gmail.com'));
  });
  it('drops +tags for every provider, keeps dots elsewhere', () => {
    expect(canon('john+crm@gmail.com')).toBe('john@gmail.com');
    expect(canon('jane.doe+news@acme.co.jp')).toBe('jane.doe@acme.co.jp');
    expect(canon('jane.doe@acme.com')).not.toBe(canon('janedoe@acme.com'));
  });
  it('flags team mailboxes and free providers', () => {
    expect(parseEmail('info@acme.com')?.role).toBe(true);
    expect(parseEmail('ali@chmail.ir')?.free).toBe(true);
    expect(parseEmail('ali@acme.ir')?.free).toBe(false);
  });
  it('rejects what is not an address', () => {
    expect(parseEmail('not an email')).toBeUndefined();
    expect(parseEmail('a@b')).toBeUndefined();
  });
});

describe('website → domain', () => {
  it('keeps only the host without www, scheme, port or path', () => {
    expect(websiteDomain('https://www.Acme.com/about?x=1')).toBe('acme.com');
    expect(websiteDomain('acme.co.jp')).toBe('acme.co.jp');
    expect(websiteDomain('http://shop.acme.com:8080/')).toBe('shop.acme.com');
    expect(websiteDomain('sales@acme.com')).toBe('acme.com');
    expect(websiteDomain('n/a')).toBeUndefined();
  });
});

describe('addresses', () => {
  it('applies street-suffix synonyms', () => {
    expect(parseStreet('12 Main Street')?.key).toBe(parseStreet('12 main st.')?.key);
    expect(parseStreet('5 Oak Avenue')?.key).toBe(parseStreet('5 Oak Ave')?.key);
    expect(parseStreet('Hauptstraße 5')?.key).toBe(parseStreet('Hauptstr. 5')?.key);
    expect(parseStreet('خیابان آزادی پلاک ۱۲')?.key).toBe(parseStreet('خ آزادی 12')?.key);
  });
  it('reads Japanese block numbers', () => {
    expect(parseStreet('1丁目2番3号')?.numbers).toEqual(['1', '2', '3']);
    expect(parseStreet('1-2-3')?.numbers).toEqual(['1', '2', '3']);
  });
  it('separates house numbers from street words', () => {
    const s = parseStreet('Unit 4, 12a Smith Road');
    expect(s?.numbers).toEqual(['4', '12']);
    expect(s?.words).toEqual(['smith', 'rd']);
  });
  it('normalises cities and postcodes', () => {
    expect(cityKey('St. James')).toBe(cityKey('Saint James'));
    expect(postcodeKey('SW1A 1AA')).toBe(postcodeKey('sw1a1aa'));
    expect(postcodeKey('۱۲۳۴۵-۶۷۸۹۰')).toBe('1234567890');
  });
});
