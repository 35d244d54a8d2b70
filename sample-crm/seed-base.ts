// Users and companies: the records everything else points at.

import type { Company, Lang, Team, User } from './types';
import type { LangPack, Region } from './lang-pack';
import { phoneKey, pickRegion, weighted } from './lang-pack';
import type { Rng } from './prng';
import { daysAgo, pad } from './prng';

interface UserSeed {
  name: string;
  email: string;
  lang: Lang;
  team: Team;
  role: string;
  active: boolean;
  /** Days since last login; null = never logged in. */
  lastLoginDays: number | null;
}

// Half the seats are dead weight (deactivated, or not logged in for > 90 days), which is what
// trips the extension's adoption red flag. Inactive users still own records, as in real CRMs.
const USER_SEEDS: UserSeed[] = [
  {
    name: 'Sarah Mitchell',
    email: 'sarah.mitchell@samplecrm.test',
    lang: 'en',
    team: 'sales',
    role: 'Sales Manager',
    active: true,
    lastLoginDays: 0,
  },
  {
    name: 'David Chen',
    email: 'david.chen@samplecrm.test',
    lang: 'en',
    team: 'sales',
    role: 'Account Executive',
    active: false,
    lastLoginDays: 160,
  },
  {
    name: 'Laura Becker',
    email: 'laura.becker@samplecrm.test',
    lang: 'en',
    team: 'marketing',
    role: 'Marketing Manager',
    active: true,
    lastLoginDays: 2,
  },
  {
    name: 'Tom Walker',
    email: 'tom.walker@samplecrm.test',
    lang: 'en',
    team: 'support',
    role: 'Support Agent',
    active: true,
    lastLoginDays: 200,
  },
  {
    name: 'نرگس امینی',
    email: 'narges.amini@samplecrm.test',
    lang: 'fa',
    team: 'sales',
    role: 'Sales Manager',
    active: true,
    lastLoginDays: 1,
  },
  {
    name: 'پیمان راد',
    email: 'peyman.rad@samplecrm.test',
    lang: 'fa',
    team: 'sales',
    role: 'Account Executive',
    active: true,
    lastLoginDays: 140,
  },
  {
    name: 'سپیده کرمانی',
    email: 'sepideh.kermani@samplecrm.test',
    lang: 'fa',
    team: 'marketing',
    role: 'Marketing Specialist',
    active: true,
    lastLoginDays: null,
  },
  {
    name: 'مهران فرجی',
    email: 'mehran.faraji@samplecrm.test',
    lang: 'fa',
    team: 'support',
    role: 'Support Agent',
    active: true,
    lastLoginDays: 5,
  },
  {
    name: '山下 健一',
    email: 'kenichi.yamashita@samplecrm.test',
    lang: 'ja',
    team: 'sales',
    role: 'Account Executive',
    active: true,
    lastLoginDays: 3,
  },
  {
    name: '小川 由美',
    email: 'yumi.ogawa@samplecrm.test',
    lang: 'ja',
    team: 'marketing',
    role: 'Marketing Manager',
    active: true,
    lastLoginDays: 8,
  },
  {
    name: '中島 浩',
    email: 'hiroshi.nakajima@samplecrm.test',
    lang: 'ja',
    team: 'marketing',
    role: 'Marketing Specialist',
    active: false,
    lastLoginDays: 95,
  },
  {
    name: '石井 愛',
    email: 'ai.ishii@samplecrm.test',
    lang: 'ja',
    team: 'support',
    role: 'Support Agent',
    active: false,
    lastLoginDays: 30,
  },
];

export interface BaseRecords {
  users: User[];
  /** Users by language, for owning that language's records. */
  usersByLang: Record<Lang, User[]>;
  companies: Company[];
  companiesByLang: Record<Lang, Company[]>;
}

export function makeUsers(rng: Rng): Pick<BaseRecords, 'users' | 'usersByLang'> {
  const usersByLang: Record<Lang, User[]> = { en: [], fa: [], ja: [] };
  const users = USER_SEEDS.map((s, i): User => {
    const user: User = {
      id: `usr_${pad(i + 1, 2)}`,
      name: s.name,
      email: s.email,
      team: s.team,
      role: s.role,
      active: s.active,
      lastLoginAt: s.lastLoginDays === null ? null : daysAgo(rng, s.lastLoginDays),
    };
    usersByLang[s.lang].push(user);
    return user;
  });
  return { users, usersByLang };
}

/** A number no other record uses, whatever format either was typed in. */
export function uniquePhone(rng: Rng, region: Region, usedPhones: Set<string>): string {
  for (;;) {
    const phone = region.phone(rng);
    const key = phoneKey(phone.e164);
    if (usedPhones.has(key)) continue;
    usedPhones.add(key);
    return phone.text;
  }
}

/** Sales and marketing own customer records; support users only log activities. */
export function owners(users: User[]): User[] {
  return users.filter((u) => u.team !== 'support');
}

export function makeCompanies(
  rng: Rng,
  packs: readonly LangPack[],
  usersByLang: Record<Lang, User[]>,
  usedPhones: Set<string>,
): Pick<BaseRecords, 'companies' | 'companiesByLang'> {
  const companiesByLang: Record<Lang, Company[]> = { en: [], fa: [], ja: [] };
  const companies: Company[] = [];
  for (const pack of packs) {
    for (const seed of pack.companies) {
      // the country follows the seed's city (Kessler is in München, so Germany and EUR deals)
      const region = pack.regions.find((r) => r.region.cities.includes(seed.city))?.region ?? pickRegion(rng, pack);
      const owner = rng.pick(owners(usersByLang[pack.lang]));
      const createdDays = rng.int(200, 1400);
      const company: Company = {
        id: '', // numbered after shuffling, so ids don't reveal the language or planting order
        name: seed.name,
        domain: seed.domain,
        phone: uniquePhone(rng, region, usedPhones),
        industry: seed.industry,
        country: weighted(rng, region.countries, region.countryWeights),
        city: seed.city,
        ownerId: owner.id,
        ownerName: owner.name,
        createdAt: daysAgo(rng, createdDays),
        updatedAt: daysAgo(rng, rng.int(1, 120)),
      };
      companies.push(company);
      companiesByLang[pack.lang].push(company);
    }
  }
  return { companies, companiesByLang };
}

/**
 * The two planted duplicate companies: a legal-suffix/case variant and a 株式会社 → （株） variant.
 * Returned as [original, duplicate] pairs; the duplicate is appended to `companies`.
 */
export function plantDuplicateCompanies(rng: Rng, base: Pick<BaseRecords, 'companies' | 'companiesByLang'>): [Company, Company][] {
  const variants: [Lang, string, (c: Company) => Partial<Company>][] = [
    ['en', 'Northwind Traders', (c) => ({ name: 'NORTHWIND TRADERS INC.', domain: `www.${c.domain}`, phone: null })],
    ['ja', '株式会社サクラ商事', () => ({ name: 'サクラ商事（株）', domain: null, city: '東京都港区' })],
  ];
  return variants.map(([lang, name, change]) => {
    const original = base.companiesByLang[lang].find((c) => c.name === name);
    if (!original) throw new Error(`seed company missing: ${name}`);
    const dup: Company = {
      ...original,
      ...change(original),
      createdAt: daysAgo(rng, rng.int(20, 150)),
      updatedAt: daysAgo(rng, rng.int(1, 19)),
    };
    base.companies.push(dup);
    base.companiesByLang[lang].push(dup);
    return [original, dup];
  });
}
