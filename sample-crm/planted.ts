// Recomputes every planted problem from the finished data, so the published counts can't drift
// from what the server actually serves. Each rule is the plain reading of the problem; the
// generator keeps every record clearly inside or outside each rule (no borderline dates).

import type { Contact, SampleData, SampleTruth } from './types';
import { asciiDigits } from './lang-pack';
import { ageInDays, SAMPLE_NOW } from './prng';
import { isMarketingContact } from './seed-contacts';
import { isStale } from './seed-pipeline';

export const DISPOSABLE_DOMAINS = ['mailinator.com', 'yopmail.com'] as const;
const TODAY = SAMPLE_NOW.slice(0, 10);
const INACTIVE_AFTER_DAYS = 90;
const STALLED_AFTER_DAYS = 90;

const EMAIL_SYNTAX = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export function isValidEmail(email: string): boolean {
  return EMAIL_SYNTAX.test(email);
}

/** Plausible phone: only phone punctuation, 8–15 digits in any digit script. */
export function isValidPhone(phone: string): boolean {
  const ascii = asciiDigits(phone);
  const digitCount = ascii.replace(/\D/g, '').length;
  return /^[+\d\s().-]+$/.test(ascii) && digitCount >= 8 && digitCount <= 15;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function hasCardNumber(text: string): boolean {
  const runs = asciiDigits(text).match(/\d(?:[ -]?\d){12,18}/g) ?? [];
  return runs.some((run) => luhn(run.replace(/\D/g, '')));
}

function ibanValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const numeric = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest === 1;
}

export function hasIban(text: string): boolean {
  const candidates = text.toUpperCase().match(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g) ?? [];
  return candidates.some((c) => ibanValid(c.replace(/ /g, '')));
}

const COUNTRY_CODES: Record<string, string> = {
  'united states': 'US',
  usa: 'US',
  'u.s.': 'US',
  'united kingdom': 'GB',
  germany: 'DE',
  spain: 'ES',
  iran: 'IR',
  ایران: 'IR',
  japan: 'JP',
  日本: 'JP',
};

export function countryCode(value: string): string {
  return COUNTRY_CODES[value.trim().toLowerCase()] ?? value;
}

const emailDomain = (c: Contact): string => (c.email ?? '').split('@').pop()?.toLowerCase() ?? '';
const blank = (v: string | null): boolean => v === null || v.trim() === '';

/** Ids of the records in each planted category. */
export function plantedIds(data: SampleData) {
  const ids = <T extends { id: string }>(items: T[], rule: (item: T) => boolean): string[] => items.filter(rule).map((i) => i.id);
  const { contacts, tasks, deals, users, activities } = data;
  // activity on the deal's contact counts too, as CRMs roll contact activity up to deals
  const touched = new Set(activities.flatMap((a) => [a.dealId, a.contactId]).filter((id) => id !== null));
  return {
    contactsMissingEmail: ids(contacts, (c) => blank(c.email)),
    contactsMissingEmailAndPhone: ids(contacts, (c) => blank(c.email) && blank(c.phone)),
    contactsWithInvalidEmail: ids(contacts, (c) => !blank(c.email) && !isValidEmail(c.email ?? '')),
    contactsWithDisposableEmail: ids(contacts, (c) => (DISPOSABLE_DOMAINS as readonly string[]).includes(emailDomain(c))),
    contactsWithInvalidPhone: ids(contacts, (c) => !blank(c.phone) && !isValidPhone(c.phone ?? '')),
    staleContacts: ids(contacts, isStale),
    contactsWithoutTagsOrLifecycleStage: ids(contacts, (c) => c.tags.length === 0 && blank(c.lifecycleStage)),
    contactsWithCardNumberInNotes: ids(contacts, (c) => hasCardNumber(c.notes ?? '')),
    contactsWithIbanInNotes: ids(contacts, (c) => hasIban(c.notes ?? '')),
    marketingContactsWithoutConsent: ids(contacts, (c) => isMarketingContact(c) && c.consent !== 'granted'),
    overdueTasks: ids(tasks, (t) => t.status === 'open' && t.dueDate !== null && t.dueDate < TODAY),
    tasksWithoutOwner: ids(tasks, (t) => t.ownerId === null),
    tasksWithoutDueDate: ids(tasks, (t) => t.dueDate === null),
    lostDealsWithoutReason: ids(deals, (d) => d.stage === 'lost' && blank(d.lossReason)),
    openDealsPastCloseDate: ids(deals, (d) => d.stage !== 'won' && d.stage !== 'lost' && d.closeDate !== null && d.closeDate < TODAY),
    stalledOpenDeals: ids(deals, (d) => d.stage !== 'won' && d.stage !== 'lost' && ageInDays(d.stageChangedAt) > STALLED_AFTER_DAYS),
    wonDealsWithoutActivity: ids(deals, (d) => d.stage === 'won' && !touched.has(d.id) && !touched.has(d.contactId ?? '')),
    inactiveUsers: ids(users, (u) => !u.active || u.lastLoginAt === null || ageInDays(u.lastLoginAt) > INACTIVE_AFTER_DAYS),
    deactivatedUsers: ids(users, (u) => !u.active),
    activeUsersNotLoggedInFor90Days: ids(
      users,
      (u) => u.active && (u.lastLoginAt === null || ageInDays(u.lastLoginAt) > INACTIVE_AFTER_DAYS),
    ),
  };
}

export type PlantedIds = ReturnType<typeof plantedIds>;

export interface PlantedCounts extends Record<keyof PlantedIds, number> {
  totalUsers: number;
  totalContacts: number;
  totalCompanies: number;
  totalDeals: number;
  totalTasks: number;
  totalActivities: number;
  /** Groups of 2–3 contacts that are the same person. */
  duplicateContactClusters: number;
  /** Contacts inside those groups (all members, not just the extras). */
  contactsInDuplicateClusters: number;
  duplicateCompanyPairs: number;
  /** Pairs with the same name that are different people; must NOT be reported as duplicates. */
  hardNegativeContactPairs: number;
  /** Distinct spellings of country among contacts ("USA", "U.S.", "日本", …). */
  distinctContactCountryValues: number;
  /** Countries written more than one way among contacts (US, Iran, Japan). */
  countriesWithInconsistentSpellings: number;
  /** Contacts whose fields carry markup, bidi controls and a 10,000-character value. */
  hostileContacts: number;
}

export function countPlanted(data: SampleData, truth: SampleTruth): PlantedCounts {
  const ids = plantedIds(data);
  const lengths = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, v.length])) as Record<keyof PlantedIds, number>;
  const spellings = new Set(data.contacts.map((c) => c.country).filter((v): v is string => !blank(v)));
  const byCode = new Map<string, Set<string>>();
  for (const s of spellings) byCode.set(countryCode(s), (byCode.get(countryCode(s)) ?? new Set()).add(s));
  return {
    totalUsers: data.users.length,
    totalContacts: data.contacts.length,
    totalCompanies: data.companies.length,
    totalDeals: data.deals.length,
    totalTasks: data.tasks.length,
    totalActivities: data.activities.length,
    duplicateContactClusters: truth.duplicateContactClusters.length,
    contactsInDuplicateClusters: truth.duplicateContactClusters.reduce((n, c) => n + c.length, 0),
    duplicateCompanyPairs: truth.duplicateCompanyPairs.length,
    hardNegativeContactPairs: truth.hardNegativeContactPairs.length,
    distinctContactCountryValues: spellings.size,
    countriesWithInconsistentSpellings: [...byCode.values()].filter((s) => s.size > 1).length,
    hostileContacts: data.contacts.some((c) => c.id === truth.hostileContactId) ? 1 : 0,
    ...lengths,
  };
}
