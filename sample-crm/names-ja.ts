// Japanese records: family name first, a half-width space between (planted duplicates use the
// ideographic space or none), 株式会社 before or after the name as real companies do.
// 佐藤 太郎 and 鈴木 一郎 belong to planted clusters, so they are not in these pools; names
// sharing a romanisation (斎藤/斉藤) are avoided so generated e-mails stay distinct.

import type { LangPack, Region } from './lang-pack';
import { digits, fullWidth } from './lang-pack';

const japan: Region = {
  countries: ['日本', 'Japan'],
  countryWeights: [3, 2],
  cities: ['東京都港区', '東京都千代田区', '大阪市', '名古屋市', '福岡市', '横浜市', '札幌市'],
  phone(rng) {
    const kind = rng.int(0, 2);
    const a = `${rng.int(1, 9)}${digits(rng, 3)}`; // subscriber numbers never start with 0
    const b = digits(rng, 4);
    const [prefix, e164] = kind === 0 ? ['03', '+813'] : kind === 1 ? ['06', '+816'] : ['090', '+8190'];
    const text = `${prefix}-${a}-${b}`;
    return { text: rng.chance(0.2) ? fullWidth(text) : text, e164: `${e164}${a}${b}` };
  },
};

export const ja: LangPack = {
  lang: 'ja',
  firstNames: [
    ['翔太', 'shota'],
    ['陽菜', 'hina'],
    ['大輝', 'daiki'],
    ['美咲', 'misaki'],
    ['健太', 'kenta'],
    ['結衣', 'yui'],
    ['拓也', 'takuya'],
    ['葵', 'aoi'],
    ['直樹', 'naoki'],
    ['彩', 'aya'],
    ['亮', 'ryo'],
    ['真由美', 'mayumi'],
    ['和也', 'kazuya'],
    ['さくら', 'sakura'],
    ['悠人', 'yuto'],
    ['恵子', 'keiko'],
    ['誠', 'makoto'],
    ['花子', 'hanako'],
    ['隆', 'takashi'],
    ['明美', 'akemi'],
  ],
  lastNames: [
    ['高橋', 'takahashi'],
    ['田中', 'tanaka'],
    ['伊藤', 'ito'],
    ['渡辺', 'watanabe'],
    ['山本', 'yamamoto'],
    ['中村', 'nakamura'],
    ['小林', 'kobayashi'],
    ['加藤', 'kato'],
    ['吉田', 'yoshida'],
    ['山田', 'yamada'],
    ['佐々木', 'sasaki'],
    ['山口', 'yamaguchi'],
    ['松本', 'matsumoto'],
    ['井上', 'inoue'],
    ['木村', 'kimura'],
    ['林', 'hayashi'],
    ['清水', 'shimizu'],
    ['森', 'mori'],
    ['池田', 'ikeda'],
    ['橋本', 'hashimoto'],
  ],
  fullName: (first, last) => `${last} ${first}`,
  companies: [
    { name: '株式会社サクラ商事', domain: 'sakura-shoji.co.jp', industry: '商社', city: '東京都港区' },
    { name: '株式会社ミドリ電機', domain: 'midori-denki.co.jp', industry: '電機', city: '大阪市' },
    { name: '山田製作所株式会社', domain: 'yamada-ss.co.jp', industry: '製造業', city: '名古屋市' },
    { name: '東洋ソフトウェア株式会社', domain: 'toyo-soft.co.jp', industry: 'ソフトウェア', city: '東京都千代田区' },
    { name: '株式会社青空フーズ', domain: 'aozora-foods.co.jp', industry: '食品', city: '福岡市' },
    { name: '北斗物流株式会社', domain: 'hokuto-logi.co.jp', industry: '物流', city: '札幌市' },
    { name: '株式会社みらい不動産', domain: 'mirai-fudosan.co.jp', industry: '不動産', city: '横浜市' },
    { name: '日本データシステム株式会社', domain: 'nds-corp.co.jp', industry: '情報通信', city: '東京都千代田区' },
    { name: '株式会社富士ヘルスケア', domain: 'fuji-hc.co.jp', industry: '医療', city: '東京都港区' },
    { name: '株式会社コスモ広告', domain: 'cosmo-ad.co.jp', industry: '広告', city: '大阪市' },
    { name: '関西エンジニアリング株式会社', domain: 'kansai-eng.co.jp', industry: '建設', city: '大阪市' },
    { name: '株式会社つばさ旅行', domain: 'tsubasa-travel.co.jp', industry: '旅行', city: '福岡市' },
  ],
  regions: [{ weight: 1, region: japan }],
  freeMailDomains: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'],
  jobTitles: [
    '営業部長',
    '購買担当',
    '代表取締役',
    '情報システム部 課長',
    'マーケティング担当',
    '経理部長',
    '総務担当',
    '事業開発マネージャー',
  ],
  notes: [
    '展示会で名刺交換。エンタープライズプランに関心あり。',
    '午前中の連絡を希望。',
    '予算承認待ち。来期に再提案予定。',
    'デモを希望している。',
    '競合製品からの乗り換えを検討中。',
  ],
  taskSubjects: ['見積書のフォローアップ', '価格表を送付', 'デモ日程の調整', '契約更新の電話', '契約書ドラフト作成', '導入後のフォロー'],
  activitySubjects: {
    call: ['初回ヒアリング', '価格交渉の電話', '更新の確認電話'],
    email: ['提案書を送付', 'フォローアップメール', '導入事例を共有'],
    meeting: ['製品デモ', '四半期レビュー', 'キックオフ会議'],
    note: ['社内メモ: 担当者が異動', '展示会ブースでのメモ'],
  },
  dealProducts: ['年間ライセンス', 'エンタープライズプラン', '導入支援プロジェクト', '保守契約更新', '追加ライセンス'],
  lossReasons: ['価格が高い', '競合を選定', '予算なし', 'プロジェクト中止'],
  currency: 'JPY',
  dealAmount: (rng) => rng.int(50, 3000) * 10_000,
};
