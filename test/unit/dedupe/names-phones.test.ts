import { describe, expect, it } from 'vitest';
import { parsePersonName } from '../../../src/dedupe/names';
import { isNickname } from '../../../src/dedupe/nicknames';
import { parsePhone } from '../../../src/dedupe/phone';
import { phonetic } from '../../../src/dedupe/phonetic';
import { boundedLevenshtein, isTransposition, jaroWinkler, tokenSetSimilarity } from '../../../src/dedupe/similarity';
import { foldText } from '../../../src/dedupe/text';

describe('person names', () => {
  it('drops Latin and Persian titles', () => {
    expect(parsePersonName({ name: 'Dr. John Smith' })).toMatchObject({ first: 'john', last: 'smith' });
    expect(parsePersonName({ name: 'آقای علی رضایی' })).toMatchObject({ first: 'علی', last: 'رضایی' });
    expect(parsePersonName({ firstName: 'خانم مریم', lastName: 'احمدی' })).toMatchObject({ first: 'مریم', last: 'احمدی' });
  });

  it('drops Japanese honorifics, attached or not', () => {
    for (const n of ['佐藤 太郎様', '佐藤太郎 様', '佐藤 太郎さん', '佐藤 太郎殿']) {
      expect(parsePersonName({ name: n }), n).toMatchObject({ first: '太郎', last: '佐藤' });
    }
  });

  it('reads Japanese names family-first, splitting unspaced ones on known family names', () => {
    expect(parsePersonName({ name: '鈴木 一郎' })).toMatchObject({ first: '一郎', last: '鈴木' });
    expect(parsePersonName({ name: '鈴木一郎' })).toMatchObject({ first: '一郎', last: '鈴木' });
    expect(parsePersonName({ name: '髙橋 花子' })).toMatchObject({ last: '高橋' });
  });

  it('reads "Last, First" and particles', () => {
    expect(parsePersonName({ name: 'Smith, John' })).toMatchObject({ first: 'john', last: 'smith' });
    expect(parsePersonName({ name: 'Ludwig van der Berg' })).toMatchObject({ first: 'ludwig', last: 'van der berg' });
  });

  it('keeps generational suffixes apart', () => {
    expect(parsePersonName({ name: 'John Smith Jr.' })).toMatchObject({ last: 'smith', suffix: 'jr' });
    expect(parsePersonName({ name: 'John Smith III' }).suffix).toBe('3');
  });
});

describe('nicknames', () => {
  it('knows common equivalences, both ways', () => {
    expect(isNickname('bob', 'robert')).toBe(true);
    expect(isNickname('robert', 'bob')).toBe(true);
    expect(isNickname('liz', 'elizabeth')).toBe(true);
    expect(isNickname('bill', 'william')).toBe(true);
    expect(isNickname('mohammed', 'mohammad')).toBe(true);
    expect(isNickname(foldText('ممد'), foldText('محمد'))).toBe(true);
  });
  it('does not invent equivalences', () => {
    expect(isNickname('bob', 'william')).toBe(false);
    expect(isNickname('ali', 'allison')).toBe(false);
    expect(isNickname('john', 'john')).toBe(false);
  });
});

describe('phonetic keys', () => {
  it('merges spelling variants of one sound', () => {
    const same = (...xs: string[]) => expect(new Set(xs.map((x) => phonetic(foldText(x)))).size, xs.join(' ')).toBe(1);
    same('Müller', 'Mueller', 'Muller');
    same('Schmidt', 'Schmitt');
    same('Meyer', 'Maier', 'Mayer');
    same('Katherine', 'Catherine');
    same('さとう', 'サトウ', 'さとお', 'サトー');
    same('صادقی', 'سادقی');
  });
  it('keeps different names apart', () => {
    expect(phonetic('smith')).not.toBe(phonetic('jones'));
  });
});

describe('phones to E.164', () => {
  const e164 = (s: string, region: string) => parsePhone(s, region)?.e164;

  it('reads national numbers with the default region', () => {
    expect(e164('0912 345 6789', 'IR')).toBe('+989123456789');
    expect(e164('+98 912 345 6789', 'US')).toBe('+989123456789');
    expect(e164('03-1234-5678', 'JP')).toBe('+81312345678');
    expect(e164('+81 3 1234 5678', 'US')).toBe('+81312345678');
    expect(e164('(415) 555-0134', 'US')).toBe('+14155550134');
    expect(e164('1-415-555-0134', 'US')).toBe('+14155550134');
  });
  it('reads Persian and full-width digits, 00 prefixes, trunk zeros and extensions', () => {
    expect(e164('۰۹۱۲ ۳۴۵ ۶۷۸۹', 'IR')).toBe('+989123456789');
    expect(e164('０３－１２３４－５６７８', 'JP')).toBe('+81312345678');
    expect(e164('0098 912 345 6789', 'US')).toBe('+989123456789');
    expect(e164('+98 (0) 912 345 6789', 'US')).toBe('+989123456789');
    expect(e164('+44 (0)20 7946 0958', 'US')).toBe('+442079460958');
    expect(e164('+1 415 555 0134 ext. 12', 'US')).toBe('+14155550134');
  });
  it('gives no E.164 for placeholders and fragments', () => {
    expect(e164('000-000-0000', 'US')).toBeUndefined();
    expect(e164('555-01', 'US')).toBeUndefined();
  });
});

describe('similarities', () => {
  it('Jaro-Winkler matches the reference values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    const long = 'a'.repeat(40);
    expect(jaroWinkler(long, long + 'b')).toBeGreaterThan(0.98); // the >32-character path
  });
  it('token-set similarity ignores order', () => {
    expect(tokenSetSimilarity(['smith', 'john'], ['john', 'smith']).score).toBe(1);
    expect(tokenSetSimilarity(['acme'], ['acme', 'trading']).coverage).toBe(0.5);
  });
  it('edit distance and transpositions', () => {
    expect(boundedLevenshtein('2259', '2295', 1)).toBe(2);
    expect(isTransposition('2259', '2295')).toBe(true);
    expect(boundedLevenshtein('kitten', 'sitting', 5)).toBe(3);
  });
});
