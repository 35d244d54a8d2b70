// Deterministic sample data for the sample CRM: same seed, same records, same planted counts.

import type { Contact, Lang, SampleData, SampleTruth } from './types';
import type { LangPack } from './lang-pack';
import { en } from './names-en';
import { fa } from './names-fa';
import { ja } from './names-ja';
import { Rng, pad } from './prng';
import { makeCompanies, makeUsers, plantDuplicateCompanies } from './seed-base';
import { makeContacts, reservePlanted } from './seed-contacts';
import { DATA_QUALITY_SPECS, DUPLICATE_SPECS, HARD_NEGATIVE_SPECS, HOSTILE_SPEC } from './planted-contacts';
import { applyActivityDates, isStale, makeDealsAndActivities, makeTasks } from './seed-pipeline';
import { countPlanted, plantedIds } from './planted';
import type { PlantedCounts, PlantedIds } from './planted';

export { SAMPLE_NOW } from './prng';
export type { PlantedCounts, PlantedIds } from './planted';
export type * from './types';

const SEED = 20261120;
const CONTACTS_PER_LANG = 50;
const PACKS: Record<Lang, LangPack> = { en, fa, ja };

export interface SampleWorld {
  data: SampleData;
  truth: SampleTruth;
}

export function generateSampleWorld(): SampleWorld {
  const rng = new Rng(SEED);
  const { users, usersByLang } = makeUsers(rng);

  const planted = [...DUPLICATE_SPECS, ...HARD_NEGATIVE_SPECS, HOSTILE_SPEC, ...DATA_QUALITY_SPECS];
  const usedEmails = new Set<string>();
  const usedPhones = new Set<string>();
  reservePlanted(planted, usedEmails, usedPhones);

  const base = makeCompanies(rng, [en, fa, ja], usersByLang, usedPhones);
  const companyPairs = plantDuplicateCompanies(rng, base);
  const companies = rng.shuffle(base.companies);
  companies.forEach((c, i) => (c.id = `co_${pad(i + 1, 4)}`));

  const { contacts, specOf } = makeContacts(
    {
      rng,
      packs: PACKS,
      usersByLang,
      companiesByLang: base.companiesByLang,
      allCompanies: companies,
      usedNames: new Set(),
      usedEmails,
      usedPhones,
    },
    planted,
    CONTACTS_PER_LANG,
  );
  contacts.forEach((c, i) => (c.id = `con_${pad(i + 1, 4)}`));

  const contactLang = new Map<Contact, Lang>();
  const liveContactsByLang: Record<Lang, Contact[]> = { en: [], fa: [], ja: [] };
  for (const c of contacts) {
    const spec = specOf.get(c);
    if (!spec) continue;
    contactLang.set(c, spec.lang);
    if (!spec.hostile && !isStale(c)) liveContactsByLang[spec.lang].push(c);
  }

  const ctx = { rng, packs: PACKS, usersByLang, companiesByLang: base.companiesByLang, liveContactsByLang, contactLang };
  const { deals, activities } = makeDealsAndActivities(ctx, contacts);
  activities.forEach((a, i) => (a.id = `act_${pad(i + 1, 4)}`));
  const tasks = rng.shuffle(makeTasks(ctx, deals));
  tasks.forEach((t, i) => (t.id = `task_${pad(i + 1, 4)}`));
  applyActivityDates(contacts, activities);

  const groups = (key: 'cluster' | 'hardNegative'): string[][] => {
    const byGroup = new Map<string, string[]>();
    for (const c of contacts) {
      const g = specOf.get(c)?.[key];
      if (g) byGroup.set(g, [...(byGroup.get(g) ?? []), c.id]);
    }
    return [...byGroup.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, ids]) => ids);
  };
  const hostile = contacts.find((c) => specOf.get(c)?.hostile);
  if (!hostile) throw new Error('sample-crm seed: hostile contact missing');

  const byId = (items: { id: string }[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
  return {
    data: {
      users,
      companies: byId(companies) as typeof companies,
      contacts: byId(contacts) as typeof contacts,
      deals: byId(deals) as typeof deals,
      tasks: byId(tasks) as typeof tasks,
      activities,
    },
    truth: {
      duplicateContactClusters: groups('cluster'),
      duplicateCompanyPairs: companyPairs.map(([a, b]) => [a.id, b.id]),
      hardNegativeContactPairs: groups('hardNegative').map(([a, b]) => [a ?? '', b ?? ''] as [string, string]),
      hostileContactId: hostile.id,
    },
  };
}

export function generateSampleData(): SampleData {
  return generateSampleWorld().data;
}

const WORLD = generateSampleWorld();

/** Which records are the planted duplicates, hard negatives and the hostile contact. */
export const SAMPLE_TRUTH: SampleTruth = WORLD.truth;
export const HOSTILE_CONTACT_ID = WORLD.truth.hostileContactId;
/** Ids per rule-based planted category (overdue tasks, invalid e-mails, …). */
export const PLANTED_IDS: PlantedIds = plantedIds(WORLD.data);
/** Exact counts of every planted problem, computed from the generated data. */
export const PLANTED: PlantedCounts = countPlanted(WORLD.data, WORLD.truth);
