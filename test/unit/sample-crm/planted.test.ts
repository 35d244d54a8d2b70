import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { generateSampleWorld, HOSTILE_CONTACT_ID, PLANTED, PLANTED_IDS, SAMPLE_NOW, SAMPLE_TRUTH } from '../../../sample-crm/seed';
import type { Contact } from '../../../sample-crm/seed';
import { countPlanted, countryCode, DISPOSABLE_DOMAINS } from '../../../sample-crm/planted';

const { data, truth } = generateSampleWorld();
const requireJson = createRequire(import.meta.url);
const disposableList = new Set([
  ...(requireJson('disposable-email-domains') as string[]),
  ...(requireJson('disposable-email-domains/wildcard.json') as string[]),
]);

function ascii(text: string): string {
  return text.normalize('NFKC').replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}
const NICKNAMES: Record<string, string> = { bob: 'robert', rob: 'robert' };
function nameKeys(c: Contact): Set<string> {
  const norm = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/ي/g, 'ی')
      .replace(/ك/g, 'ک')
      .replace(/[\s\u200c]/g, '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/ue/g, 'u');
  const first = NICKNAMES[norm(c.firstName)] ?? norm(c.firstName);
  const last = norm(c.lastName);
  return new Set([first + last, last + first]);
}
function emailKey(email: string | null): string | null {
  if (!email) return null;
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  const bare = local.split('+')[0] ?? '';
  return `${domain === 'gmail.com' ? bare.replace(/\./g, '') : bare}@${domain}`;
}
const phoneKey = (phone: string | null) => (phone ? ascii(phone).replace(/\D/g, '').slice(-8) : null);
const byId = new Map(data.contacts.map((c) => [c.id, c]));
const get = (id: string): Contact => byId.get(id) ?? expect.unreachable(`no contact ${id}`);
const sameName = (a: Contact, b: Contact) => [...nameKeys(a)].some((k) => nameKeys(b).has(k));

describe('planted problems', () => {
  it('has exact, published counts', () => {
    expect(PLANTED).toEqual({
      totalUsers: 12,
      totalContacts: 150,
      totalCompanies: 40,
      totalDeals: 60,
      totalTasks: 60,
      totalActivities: 150,
      duplicateContactClusters: 8,
      contactsInDuplicateClusters: 19,
      duplicateCompanyPairs: 2,
      hardNegativeContactPairs: 2,
      distinctContactCountryValues: 10,
      countriesWithInconsistentSpellings: 3,
      hostileContacts: 1,
      contactsMissingEmail: 7,
      contactsMissingEmailAndPhone: 3,
      contactsWithInvalidEmail: 4,
      contactsWithDisposableEmail: 3,
      contactsWithInvalidPhone: 4,
      staleContacts: 8,
      contactsWithoutTagsOrLifecycleStage: 5,
      contactsWithCardNumberInNotes: 3,
      contactsWithIbanInNotes: 2,
      marketingContactsWithoutConsent: 5,
      overdueTasks: 7,
      tasksWithoutOwner: 3,
      tasksWithoutDueDate: 3,
      lostDealsWithoutReason: 4,
      openDealsPastCloseDate: 5,
      stalledOpenDeals: 4,
      wonDealsWithoutActivity: 3,
      inactiveUsers: 6,
      deactivatedUsers: 3,
      activeUsersNotLoggedInFor90Days: 3,
    });
    expect(countPlanted(data, truth)).toEqual(PLANTED);
    expect(SAMPLE_TRUTH).toEqual(truth);
    for (const [key, ids] of Object.entries(PLANTED_IDS)) expect(ids.length, key).toBe(PLANTED[key as keyof typeof PLANTED_IDS]);
  });

  it('recounts the simple rules independently', () => {
    const today = SAMPLE_NOW.slice(0, 10);
    expect(data.tasks.filter((t) => t.status === 'open' && t.dueDate && t.dueDate < today)).toHaveLength(PLANTED.overdueTasks);
    expect(data.deals.filter((d) => d.stage === 'lost' && !d.lossReason)).toHaveLength(PLANTED.lostDealsWithoutReason);
    expect(data.contacts.filter((c) => !c.email)).toHaveLength(PLANTED.contactsMissingEmail);
    expect(data.contacts.filter((c) => c.email?.endsWith('@mailinator.com') || c.email?.endsWith('@yopmail.com'))).toHaveLength(
      PLANTED.contactsWithDisposableEmail,
    );
    const dayMs = 86_400_000;
    const old = (iso: string | null, days: number) => iso === null || Date.parse(SAMPLE_NOW) - Date.parse(iso) > days * dayMs;
    expect(data.users.filter((u) => !u.active || old(u.lastLoginAt, 90)).length).toBe(PLANTED.inactiveUsers);
    expect(PLANTED.inactiveUsers * 2).toBe(PLANTED.totalUsers);
  });

  it('gives the same counts under the looser or stricter readings a check might use', () => {
    const old = (iso: string | null, days: number) => iso === null || Date.parse(SAMPLE_NOW) - Date.parse(iso) > days * 86_400_000;
    // adoption: a 30-day window finds the same inactive users as the 90-day rule
    expect(data.users.filter((u) => !u.active || old(u.lastLoginAt, 30))).toHaveLength(PLANTED.inactiveUsers);
    // segmentation: "no tags and no lifecycle" is also "no segment at all" (lead source included)
    expect(data.contacts.filter((c) => c.tags.length === 0 && !c.lifecycleStage && !c.leadSource)).toHaveLength(
      PLANTED.contactsWithoutTagsOrLifecycleStage,
    );
    // won deals: linked by dealId only, or only calls/e-mails/meetings counting, or via the contact
    const won = data.deals.filter((d) => d.stage === 'won');
    const touches = data.activities.filter((a) => a.type !== 'note');
    expect(won.filter((d) => !data.activities.some((a) => a.dealId === d.id))).toHaveLength(PLANTED.wonDealsWithoutActivity);
    expect(won.filter((d) => !touches.some((a) => a.dealId === d.id || a.contactId === d.contactId))).toHaveLength(
      PLANTED.wonDealsWithoutActivity,
    );
    // stale: updatedAt alone, or updatedAt and last activity
    expect(data.contacts.filter((c) => old(c.updatedAt, 365))).toHaveLength(PLANTED.staleContacts);
  });

  it('plants duplicate clusters that really are the same person', () => {
    expect(truth.duplicateContactClusters).toHaveLength(8);
    for (const cluster of truth.duplicateContactClusters) {
      expect(cluster.length).toBeGreaterThanOrEqual(2);
      expect(cluster.length).toBeLessThanOrEqual(3);
      const members = cluster.map(get);
      for (const a of members) {
        for (const b of members) {
          if (a === b) continue;
          expect(sameName(a, b), `${a.id} ~ ${b.id}`).toBe(true);
          const shared =
            (emailKey(a.email) && emailKey(a.email) === emailKey(b.email)) ||
            (phoneKey(a.phone) && phoneKey(a.phone) === phoneKey(b.phone));
          expect(shared, `${a.id} ~ ${b.id} share an e-mail or phone`).toBeTruthy();
        }
      }
      // a variant, not a copy
      expect(new Set(members.map((m) => JSON.stringify([m.firstName, m.lastName, m.email, m.phone, m.companyName]))).size).toBe(
        members.length,
      );
    }
  });

  it('plants hard negatives: same name, nothing else in common', () => {
    for (const [x, y] of truth.hardNegativeContactPairs) {
      const a = get(x);
      const b = get(y);
      expect(sameName(a, b)).toBe(true);
      expect(emailKey(a.email)).not.toBe(emailKey(b.email));
      expect(phoneKey(a.phone)).not.toBe(phoneKey(b.phone));
      expect(a.companyId).not.toBe(b.companyId);
    }
  });

  it('has no accidental duplicates outside the planted clusters', () => {
    const clusterOf = new Map(truth.duplicateContactClusters.flatMap((ids, i) => ids.map((id) => [id, i])));
    const hardNegative = new Set(truth.hardNegativeContactPairs.flat());
    const seen = new Map<string, Contact>();
    for (const c of data.contacts) {
      const keys = [
        ...(hardNegative.has(c.id) ? [] : [...nameKeys(c)].map((k) => `n:${k}`)),
        `e:${emailKey(c.email)}`,
        `p:${phoneKey(c.phone)}`,
      ];
      for (const key of keys) {
        if (key.endsWith(':null')) continue;
        const other = seen.get(key);
        if (other && !(clusterOf.has(c.id) && clusterOf.get(c.id) === clusterOf.get(other.id)))
          expect.fail(`${c.id} and ${other.id} share ${key}`);
        seen.set(key, c);
      }
    }
  });

  it('gives companies their own valid phone numbers', () => {
    const contactPhones = new Set(data.contacts.map((c) => phoneKey(c.phone)));
    const seen = new Set<string>();
    const duplicates = new Set(truth.duplicateCompanyPairs.map(([, dup]) => dup)); // may share the original's number
    for (const co of data.companies) {
      if (!co.phone || duplicates.has(co.id)) continue;
      const key = phoneKey(co.phone) ?? '';
      expect(contactPhones.has(key) || seen.has(key), `${co.id} ${co.phone}`).toBe(false);
      seen.add(key);
      expect(isValidPhoneNumber(ascii(co.phone), countryCode(co.country ?? '') as CountryCode), `${co.id} ${co.phone}`).toBe(true);
    }
  });

  it('plants duplicate companies', () => {
    for (const [x, y] of truth.duplicateCompanyPairs) {
      const a = data.companies.find((c) => c.id === x);
      const b = data.companies.find((c) => c.id === y);
      expect(a && b).toBeTruthy();
      expect(a?.name).not.toBe(b?.name);
    }
  });

  it('agrees with the libraries the extension is likely to use', () => {
    for (const d of DISPOSABLE_DOMAINS) expect(disposableList.has(d)).toBe(true);
    const invalidPhones = new Set(PLANTED_IDS.contactsWithInvalidPhone);
    for (const c of data.contacts) {
      const labels = (c.email?.split('@').pop()?.toLowerCase() ?? '').split('.');
      const disposable = labels.some((_, i) => i < labels.length - 1 && disposableList.has(labels.slice(i).join('.')));
      expect(disposable, c.email ?? '').toBe(PLANTED_IDS.contactsWithDisposableEmail.includes(c.id));
      if (!c.phone) continue;
      const region = countryCode(c.country ?? '') as CountryCode;
      expect(isValidPhoneNumber(ascii(c.phone), region), `${c.id} ${c.phone} (${region})`).toBe(!invalidPhones.has(c.id));
    }
  });

  it('uses every country spelling the brief asks for', () => {
    const values = new Set(data.contacts.map((c) => c.country));
    for (const v of ['USA', 'U.S.', 'United States', 'Iran', 'ایران', '日本', 'Japan']) expect(values.has(v), v).toBe(true);
  });

  it('has one hostile contact carrying markup, bidi controls and a 10,000-character value', () => {
    const h = get(HOSTILE_CONTACT_ID);
    expect(h.firstName).toBe('<img src=x onerror=alert(1)>');
    expect(h.lastName).toContain('<script>');
    expect(h.jobTitle).toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(h.notes).toHaveLength(10_000);
  });
});
