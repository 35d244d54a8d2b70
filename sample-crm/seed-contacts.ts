// Contacts: ordinary generated ones plus the planted specs, shuffled together so planted
// records are scattered through the list the way real data rots.

import type { Company, Contact, Lang, User } from './types';
import type { LangPack, Region } from './lang-pack';
import { phoneKey, pickRegion, weighted } from './lang-pack';
import type { ContactSpec } from './planted-contacts';
import { owners, uniquePhone } from './seed-base';
import type { Rng } from './prng';
import { daysAgo } from './prng';

export const LIFECYCLE_STAGES = ['subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer'] as const;
const LIFECYCLE_WEIGHTS = [1, 4, 2, 2, 2, 4];
export const LEAD_SOURCES = ['website', 'referral', 'trade show', 'cold call', 'linkedin', 'webinar', 'partner'] as const;
export const TAGS = ['vip', 'newsletter', 'partner', 'webinar-2026', 'enterprise', 'smb', 'churn-risk'] as const;

/** Marketed to (newsletter tag, subscriber or MQL stage), so consent must be on record. */
export function isMarketingContact(c: Pick<Contact, 'tags' | 'lifecycleStage'>): boolean {
  return c.tags.includes('newsletter') || c.lifecycleStage === 'subscriber' || c.lifecycleStage === 'marketingqualifiedlead';
}

export interface ContactContext {
  rng: Rng;
  packs: Record<Lang, LangPack>;
  usersByLang: Record<Lang, User[]>;
  companiesByLang: Record<Lang, Company[]>;
  allCompanies: Company[];
  usedNames: Set<string>;
  usedEmails: Set<string>;
  usedPhones: Set<string>;
}

function regionFor(pack: LangPack, company: Company | null, rng: Rng): Region {
  const match = company && pack.regions.find((r) => r.region.countries.includes(company.country ?? ''));
  return match ? match.region : pickRegion(rng, pack);
}

function uniqueName(ctx: ContactContext, pack: LangPack): { first: string; last: string; latin: string } {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const [first, firstLatin] = ctx.rng.pick(pack.firstNames);
    const [last, lastLatin] = ctx.rng.pick(pack.lastNames);
    const key = `${pack.lang}|${first}|${last}`;
    if (ctx.usedNames.has(key)) continue;
    ctx.usedNames.add(key);
    return { first, last, latin: `${firstLatin}.${lastLatin}` };
  }
  throw new Error(`name pool for ${pack.lang} exhausted`);
}

function uniqueEmail(ctx: ContactContext, latin: string, domain: string): string {
  let email = `${latin}@${domain}`;
  for (let n = 2; ctx.usedEmails.has(email); n++) email = `${latin}${n}@${domain}`;
  ctx.usedEmails.add(email);
  return email;
}

function randomTags(rng: Rng): string[] {
  const n = weighted(rng, [0, 1, 2], [3, 4, 2]);
  return rng.sample(TAGS, n).sort();
}

/** One contact: a clean random record, then the spec's planted changes on top. */
export function makeContact(ctx: ContactContext, spec: ContactSpec): Contact {
  const { rng } = ctx;
  const pack = ctx.packs[spec.lang];
  const company =
    spec.company === null
      ? null
      : spec.company !== undefined
        ? (ctx.allCompanies.find((c) => c.name === spec.company) ?? fail(`unknown company ${spec.company}`))
        : rng.chance(0.85)
          ? rng.pick(ctx.companiesByLang[spec.lang])
          : null;
  const region = regionFor(pack, company, rng);
  const explicitName = spec.first !== undefined && spec.last !== undefined;
  if (explicitName && spec.set?.email === undefined) fail('explicitly named specs must set their e-mail');
  const name = explicitName ? { first: spec.first ?? '', last: spec.last ?? '', latin: '' } : uniqueName(ctx, pack);
  const domain = company?.domain && rng.chance(0.7) ? company.domain.replace(/^www\./, '') : rng.pick(pack.freeMailDomains);
  const owner =
    company?.ownerId && rng.chance(0.6)
      ? (ctx.usersByLang[spec.lang].find((u) => u.id === company.ownerId) ?? null)
      : rng.pick(owners(ctx.usersByLang[spec.lang]));
  const createdDays = rng.int(30, 1000);
  const lifecycleStage = weighted(rng, LIFECYCLE_STAGES, LIFECYCLE_WEIGHTS);
  const tags = randomTags(rng);
  const base: Contact = {
    id: '',
    firstName: name.first,
    lastName: name.last,
    email: explicitName ? null : uniqueEmail(ctx, name.latin, domain),
    phone: explicitName ? null : uniquePhone(rng, region, ctx.usedPhones),
    companyId: company?.id ?? null,
    companyName: company?.name ?? null,
    jobTitle: rng.chance(0.85) ? rng.pick(pack.jobTitles) : null,
    ownerId: owner?.id ?? null,
    ownerName: owner?.name ?? null,
    lifecycleStage,
    leadSource: rng.chance(0.9) ? rng.pick(LEAD_SOURCES) : null,
    tags,
    country: weighted(rng, region.countries, region.countryWeights),
    city: company && rng.chance(0.7) ? company.city : rng.pick(region.cities),
    createdAt: daysAgo(rng, createdDays),
    // recent enough that only planted contacts are stale
    updatedAt: daysAgo(rng, rng.int(0, Math.min(300, createdDays - 1))),
    lastActivityAt: null,
    consent: 'granted',
    preferredContactMethod: rng.pick(['email', 'phone', 'sms', null] as const),
    notes: rng.chance(0.4) ? rng.pick(pack.notes) : null,
  };
  // only contacts on a marketing list must have consent; elsewhere any value is fine
  if (!isMarketingContact(base)) base.consent = rng.pick(['granted', 'none', null] as const);
  return { ...base, ...spec.set, ...spec.change?.(base, rng) };
}

function fail(message: string): never {
  throw new Error(`sample-crm seed: ${message}`);
}

/** Reserve planted values first, so random draws can't collide with an e-mail or phone a planted record needs. */
export function reservePlanted(planted: ContactSpec[], usedEmails: Set<string>, usedPhones: Set<string>): void {
  for (const s of planted) {
    if (s.set?.email) usedEmails.add(s.set.email.toLowerCase());
    if (s.set?.phone) usedPhones.add(phoneKey(s.set.phone));
  }
}

/** Fills each language up to `perLang` with ordinary contacts, then shuffles everything together. */
export function makeContacts(
  ctx: ContactContext,
  planted: ContactSpec[],
  perLang: number,
): { contacts: Contact[]; specOf: Map<Contact, ContactSpec> } {
  const specs = [...planted];
  for (const lang of ['en', 'fa', 'ja'] as const) {
    const have = planted.filter((s) => s.lang === lang).length;
    for (let i = have; i < perLang; i++) specs.push({ lang });
  }
  const specOf = new Map<Contact, ContactSpec>();
  const contacts = specs.map((spec) => {
    const c = makeContact(ctx, spec);
    specOf.set(c, spec);
    return c;
  });
  return { contacts: ctx.rng.shuffle(contacts), specOf };
}
