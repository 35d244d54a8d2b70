// Prior frequencies of very common names, so that "Ali Mohammadi" or "佐藤" weighs little even
// in a small CRM where the data alone can't tell a common name from a rare one. Figures are
// rounded shares of the population that carries the name in the countries where it is common
// (national name statistics and surname surveys); they only need the right order of
// magnitude: the score uses log2(m / frequency). Observed frequencies take over when the data
// set is large enough (see tf.ts). Keys are folded (lower case, Persian letters unified).
import { foldText } from './text';

const SURNAMES: Record<string, number> = {
  // Iran (Persian script and common transliterations)
  'محمدی': 0.02, 'حسینی': 0.02, 'احمدی': 0.015, 'رضایی': 0.015, 'موسوی': 0.012, 'کریمی': 0.01, 'جعفری': 0.01,
  'رحیمی': 0.008, 'هاشمی': 0.008, 'قاسمی': 0.008, 'مرادی': 0.01, 'صادقی': 0.007, 'حیدری': 0.007, 'نوری': 0.006,
  'کاظمی': 0.006, 'عباسی': 0.006, 'اکبری': 0.006, 'امیری': 0.006, 'ابراهیمی': 0.006, 'رستمی': 0.005,
  mohammadi: 0.02, hosseini: 0.02, ahmadi: 0.015, rezaei: 0.015, mousavi: 0.012, karimi: 0.01, jafari: 0.01,
  rahimi: 0.008, hashemi: 0.008, ghasemi: 0.008, moradi: 0.01, sadeghi: 0.007, heidari: 0.007, kazemi: 0.006,
  // Japan (kanji and readings)
  '佐藤': 0.015, '鈴木': 0.014, '高橋': 0.011, '田中': 0.011, '伊藤': 0.009, '渡辺': 0.009, '山本': 0.009, '中村': 0.008,
  '小林': 0.008, '加藤': 0.007, '吉田': 0.007, '山田': 0.007, '佐々木': 0.006, '山口': 0.005, '松本': 0.005, '井上': 0.005,
  '木村': 0.005, '林': 0.004, '斎藤': 0.004, '清水': 0.004, '山崎': 0.004, '森': 0.004, '池田': 0.004, '橋本': 0.004,
  'さとう': 0.015, 'すずき': 0.014, 'たかはし': 0.011, 'たなか': 0.011, 'いとう': 0.009, 'わたなべ': 0.009,
  'やまもと': 0.009, 'なかむら': 0.008, 'こばやし': 0.008, 'かとう': 0.007,
  sato: 0.015, suzuki: 0.014, takahashi: 0.011, tanaka: 0.011, ito: 0.009, watanabe: 0.009, yamamoto: 0.009,
  nakamura: 0.008, kobayashi: 0.008, kato: 0.007,
  // English-speaking countries
  smith: 0.01, johnson: 0.008, williams: 0.007, brown: 0.006, jones: 0.006, miller: 0.005, davis: 0.005, wilson: 0.004,
  taylor: 0.004, anderson: 0.004, thomas: 0.004, moore: 0.003, white: 0.003, martin: 0.003, lee: 0.004, clark: 0.003,
  // Spanish, German, French, Chinese, Korean, Vietnamese, Indian, Arabic
  garcia: 0.01, rodriguez: 0.008, martinez: 0.008, hernandez: 0.008, lopez: 0.008, gonzalez: 0.008, fernandez: 0.007,
  perez: 0.006, sanchez: 0.006, muller: 0.01, mueller: 0.01, schmidt: 0.007, schneider: 0.004, fischer: 0.004,
  weber: 0.003, meyer: 0.003, bernard: 0.003, dubois: 0.003, durand: 0.003, wang: 0.07, li: 0.07, zhang: 0.07,
  liu: 0.05, chen: 0.05, kim: 0.2, park: 0.08, nguyen: 0.38, tran: 0.11, singh: 0.02, kumar: 0.02, khan: 0.02,
  '王': 0.07, '李': 0.07, '张': 0.07, '張': 0.07, '刘': 0.05, '陈': 0.05,
};

const GIVEN_NAMES: Record<string, number> = {
  'محمد': 0.05, 'علی': 0.04, 'حسین': 0.025, 'رضا': 0.02, 'مهدی': 0.015, 'امیر': 0.01, 'حسن': 0.01, 'فاطمه': 0.03,
  'زهرا': 0.03, 'مریم': 0.02, 'معصومه': 0.01, 'سارا': 0.008, 'مصطفی': 0.008, 'سید': 0.02, 'سیده': 0.01,
  mohammad: 0.05, ali: 0.04, hossein: 0.025, reza: 0.02, mehdi: 0.015, amir: 0.01, hassan: 0.01, fatemeh: 0.03,
  zahra: 0.03, maryam: 0.02, sara: 0.008,
  // Japanese given names are diverse; only the most frequent few
  '翔': 0.004, '大輝': 0.003, '陽子': 0.004, '恵子': 0.004, '裕子': 0.003, '太郎': 0.003, '花子': 0.002,
  james: 0.02, john: 0.02, robert: 0.018, michael: 0.018, william: 0.015, david: 0.016, richard: 0.01, joseph: 0.01,
  thomas: 0.009, mary: 0.015, patricia: 0.006, jennifer: 0.006, linda: 0.006, elizabeth: 0.006, maria: 0.02,
  jose: 0.015, juan: 0.012, hans: 0.005, peter: 0.008, anna: 0.008, mohamed: 0.03, muhammad: 0.03, ahmed: 0.02,
};

function foldKeys(table: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(table).map(([k, v]) => [foldText(k), v]));
}

export const SURNAME_PRIOR = foldKeys(SURNAMES);
export const GIVEN_NAME_PRIOR = foldKeys(GIVEN_NAMES);

// Japanese family names written without a space before the given name are split on these.
export const JAPANESE_SURNAMES = [...SURNAME_PRIOR.keys()]
  .filter((k) => /^[\u3400-\u9fff々]+$/.test(k))
  .sort((a, b) => b.length - a.length);
