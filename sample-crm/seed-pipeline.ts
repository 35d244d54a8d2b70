// Deals, tasks and activities. Planted pipeline problems are chosen by "plan" entries so each
// deal or task is built to be clearly in or clearly out of every category (no borderline dates).

import type { Activity, ActivityType, Company, Contact, Deal, DealStage, Lang, Task, User } from './types';
import type { LangPack } from './lang-pack';
import { owners } from './seed-base';
import type { Rng } from './prng';
import { ageInDays, between, dateDaysAgo, daysAgo, pad, SAMPLE_NOW } from './prng';

type DealPlan = 'open' | 'won' | 'lost' | 'lostNoReason' | 'pastClose' | 'stalled' | 'wonNoActivity';
type TaskPlan = 'open' | 'done' | 'overdue' | 'noOwner' | 'noDueDate';

const DEAL_PLANS: [DealPlan, number][] = [
  ['open', 22],
  ['won', 12],
  ['lost', 10],
  ['lostNoReason', 4],
  ['pastClose', 5],
  ['stalled', 4],
  ['wonNoActivity', 3],
];
const TASK_PLANS: [TaskPlan, number][] = [
  ['open', 22],
  ['done', 25],
  ['overdue', 7],
  ['noOwner', 3],
  ['noDueDate', 3],
];
const TARGET_ACTIVITIES = 150;
const LANGS: Lang[] = ['en', 'fa', 'ja'];
const OPEN_STAGES: DealStage[] = ['qualification', 'proposal', 'negotiation'];
const ACTIVITY_TYPES: ActivityType[] = ['call', 'email', 'meeting', 'note'];
const SALES_TOUCHES: ActivityType[] = ['call', 'email', 'meeting'];

export interface PipelineContext {
  rng: Rng;
  packs: Record<Lang, LangPack>;
  usersByLang: Record<Lang, User[]>;
  companiesByLang: Record<Lang, Company[]>;
  /** Contacts that deals and tasks may point at (not stale, not the hostile one). */
  liveContactsByLang: Record<Lang, Contact[]>;
  contactLang: Map<Contact, Lang>;
}

function expand<T>(plans: [T, number][]): T[] {
  return plans.flatMap(([plan, n]) => Array.from({ length: n }, () => plan));
}

export function contactDisplayName(pack: LangPack, c: Pick<Contact, 'firstName' | 'lastName'>): string {
  return pack.fullName(c.firstName.trim(), c.lastName.trim()).trim();
}

const maxIso = (a: string, b: string): string => (a > b ? a : b);

function makeDeal(ctx: PipelineContext, plan: DealPlan, lang: Lang): Deal {
  const { rng } = ctx;
  const pack = ctx.packs[lang];
  const company = rng.pick(ctx.companiesByLang[lang]);
  const owner = rng.pick(ctx.usersByLang[lang].filter((u) => u.team === 'sales'));
  const closed = plan === 'won' || plan === 'lost' || plan === 'lostNoReason' || plan === 'wonNoActivity';

  let createdDays: number;
  let stageDays: number;
  let closeDate: string;
  let updatedDays: number;
  if (closed) {
    createdDays = rng.int(60, 700);
    stageDays = rng.int(5, createdDays - 30);
    closeDate = dateDaysAgo(stageDays);
    updatedDays = rng.int(Math.max(0, stageDays - 10), stageDays);
  } else if (plan === 'stalled') {
    createdDays = rng.int(150, 400);
    stageDays = rng.int(100, Math.min(createdDays - 1, 250));
    closeDate = dateDaysAgo(-rng.int(10, 90));
    updatedDays = rng.int(91, stageDays);
  } else if (plan === 'pastClose') {
    createdDays = rng.int(90, 300);
    stageDays = rng.int(10, 80);
    closeDate = dateDaysAgo(rng.int(3, 60));
    updatedDays = rng.int(0, stageDays);
  } else {
    createdDays = rng.int(20, 200);
    stageDays = rng.int(1, Math.min(60, createdDays - 1));
    closeDate = dateDaysAgo(-rng.int(7, 120));
    updatedDays = rng.int(0, stageDays);
  }

  // the deal's contact must already exist when the deal (and its first activity) does
  const known = ctx.liveContactsByLang[lang].filter((c) => ageInDays(c.createdAt) >= createdDays);
  const atCompany = known.filter((c) => c.companyId === company.id);
  const contact = rng.pick(atCompany.length > 0 ? atCompany : known.length > 0 ? known : ctx.liveContactsByLang[lang]);
  const stage: DealStage =
    plan === 'won' || plan === 'wonNoActivity' ? 'won' : plan === 'lost' || plan === 'lostNoReason' ? 'lost' : rng.pick(OPEN_STAGES);
  const eur = company.country === 'Germany' || company.country === 'Spain';
  // same-day dates get random hours; keep created ≤ stage changed ≤ updated regardless
  const createdAt = daysAgo(rng, createdDays);
  const stageChangedAt = maxIso(createdAt, daysAgo(rng, stageDays));
  const updatedAt = maxIso(stageChangedAt, daysAgo(rng, updatedDays));
  return {
    id: '',
    name: `${company.name} — ${rng.pick(pack.dealProducts)}`,
    companyId: company.id,
    companyName: company.name,
    contactId: contact.id,
    contactName: contactDisplayName(pack, contact),
    amount: eur ? Math.round(pack.dealAmount(rng) * 0.9) : pack.dealAmount(rng),
    currency: eur ? 'EUR' : pack.currency,
    stage,
    lossReason: plan === 'lost' ? rng.pick(pack.lossReasons) : null,
    closeDate,
    stageChangedAt,
    ownerId: owner.id,
    ownerName: owner.name,
    createdAt,
    updatedAt,
  };
}

function makeActivity(
  ctx: PipelineContext,
  lang: Lang,
  owner: User | null,
  contact: Contact,
  deal: Deal | null,
  date: string,
  types: readonly ActivityType[] = ACTIVITY_TYPES,
): Activity {
  const type = ctx.rng.pick(types);
  return {
    id: '',
    type,
    subject: ctx.rng.pick(ctx.packs[lang].activitySubjects[type]),
    date,
    ownerId: owner?.id ?? null,
    ownerName: owner?.name ?? null,
    contactId: contact.id,
    contactName: contactDisplayName(ctx.packs[lang], contact),
    dealId: deal?.id ?? null,
    dealName: deal?.name ?? null,
    team: owner?.team ?? null,
  };
}

/**
 * Won-without-activity deals get a contact no other deal uses and no activity is logged for,
 * so they stay unlinked even for checks that accept activity on the deal's contact.
 */
function giveQuietContacts(ctx: PipelineContext, deals: Deal[], dealPlan: Map<Deal, DealPlan>, dealLang: Map<Deal, Lang>): Set<Contact> {
  const quiet = new Set<Contact>();
  for (const deal of deals) {
    if (dealPlan.get(deal) !== 'wonNoActivity') continue;
    const lang = dealLang.get(deal) ?? 'en';
    const taken = new Set(deals.filter((d) => d !== deal).map((d) => d.contactId));
    const pool = ctx.liveContactsByLang[lang].filter((c) => !taken.has(c.id) && !quiet.has(c) && c.createdAt <= deal.createdAt);
    const contact = pool.find((c) => c.companyId === deal.companyId) ?? ctx.rng.pick(pool);
    deal.contactId = contact.id;
    deal.contactName = contactDisplayName(ctx.packs[lang], contact);
    quiet.add(contact);
  }
  return quiet;
}

export function makeDealsAndActivities(
  ctx: PipelineContext,
  allContacts: Contact[],
): { deals: Deal[]; activities: Activity[]; dealPlan: Map<Deal, DealPlan> } {
  const { rng } = ctx;
  const dealPlan = new Map<Deal, DealPlan>();
  const dealLang = new Map<Deal, Lang>();
  const made = expand(DEAL_PLANS).map((plan, i) => {
    const lang = LANGS[i % 3] as Lang;
    const deal = makeDeal(ctx, plan, lang);
    dealPlan.set(deal, plan);
    dealLang.set(deal, lang);
    return deal;
  });
  const quiet = giveQuietContacts(ctx, made, dealPlan, dealLang);
  // ids after shuffling, so neither id order nor list order gives the planted ones away
  const deals = rng.shuffle(made);
  deals.forEach((d, i) => (d.id = `deal_${pad(i + 1, 4)}`));
  const contactById = new Map(allContacts.map((c) => [c.id, c]));
  const activities: Activity[] = [];

  for (const deal of deals) {
    const plan = dealPlan.get(deal);
    const contact = contactById.get(deal.contactId ?? '');
    if (!contact || plan === 'wonNoActivity') continue;
    const lang = ctx.contactLang.get(contact) ?? 'en';
    const owner = ctx.usersByLang[lang].find((u) => u.id === deal.ownerId) ?? null;
    const n = plan === 'won' ? rng.int(1, 3) : rng.int(0, 1);
    // stalled and closed deals had their activity before the stage last moved
    const until = deal.stage === 'won' || deal.stage === 'lost' || plan === 'stalled' ? deal.stageChangedAt : SAMPLE_NOW;
    for (let i = 0; i < n; i++) {
      // a won deal's first activity is a real touch (not a note), whichever activity types a check counts
      const types = plan === 'won' && i === 0 ? SALES_TOUCHES : ACTIVITY_TYPES;
      activities.push(makeActivity(ctx, lang, owner, contact, deal, between(rng, deal.createdAt, until), types));
    }
  }

  // the rest are contact-level activities, inside each contact's created..updated window so a
  // stale contact only ever has stale activity
  const candidates = allContacts.filter((c) => ctx.contactLang.has(c) && !quiet.has(c));
  while (activities.length < TARGET_ACTIVITIES) {
    const contact = rng.pick(candidates);
    const lang = ctx.contactLang.get(contact) ?? 'en';
    const owner = rng.chance(0.7) ? (ctx.usersByLang[lang].find((u) => u.id === contact.ownerId) ?? null) : rng.pick(ctx.usersByLang[lang]);
    activities.push(makeActivity(ctx, lang, owner, contact, null, between(rng, contact.createdAt, contact.updatedAt)));
  }
  activities.sort((a, b) => a.date.localeCompare(b.date));
  return { deals, activities, dealPlan };
}

export function makeTasks(ctx: PipelineContext, deals: Deal[]): Task[] {
  const { rng } = ctx;
  return expand(TASK_PLANS).map((plan, i): Task => {
    const lang = LANGS[i % 3] as Lang;
    const pack = ctx.packs[lang];
    const langDeals = deals.filter((d) => ctx.companiesByLang[lang].some((c) => c.id === d.companyId));
    const onDeal = rng.chance(0.4) && langDeals.length > 0;
    const deal = onDeal ? rng.pick(langDeals) : null;
    const contact = deal ? null : rng.pick(ctx.liveContactsByLang[lang]);
    const relatedName = deal ? deal.name : contact ? contactDisplayName(pack, contact) : '';
    const owner = plan === 'noOwner' ? null : rng.pick(owners(ctx.usersByLang[lang]));
    const dueDays = plan === 'overdue' ? rng.int(1, 45) : plan === 'done' ? rng.int(1, 200) : -rng.int(1, 30);
    const createdDays = Math.max(dueDays, 0) + rng.int(1, 30);
    return {
      id: '',
      subject: `${rng.pick(pack.taskSubjects)} – ${relatedName}`,
      dueDate: plan === 'noDueDate' ? null : dateDaysAgo(dueDays),
      status: plan === 'done' ? 'done' : 'open',
      ownerId: owner?.id ?? null,
      ownerName: owner?.name ?? null,
      relatedTo: deal?.id ?? contact?.id ?? null,
      createdAt: daysAgo(rng, createdDays),
    };
  });
}

/** lastActivityAt follows the activities; logging one also touches the contact. */
export function applyActivityDates(contacts: Contact[], activities: Activity[]): void {
  const latest = new Map<string, string>();
  for (const a of activities) {
    if (!a.contactId) continue;
    const prev = latest.get(a.contactId);
    if (!prev || a.date > prev) latest.set(a.contactId, a.date);
  }
  for (const c of contacts) {
    const last = latest.get(c.id) ?? null;
    c.lastActivityAt = last;
    if (last && last > c.updatedAt) c.updatedAt = last;
  }
}

export function isStale(c: Pick<Contact, 'updatedAt' | 'lastActivityAt'>): boolean {
  return ageInDays(c.updatedAt) > 365 && (c.lastActivityAt === null || ageInDays(c.lastActivityAt) > 365);
}
