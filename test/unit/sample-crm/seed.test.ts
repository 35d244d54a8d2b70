import { describe, expect, it, vi } from 'vitest';
import { generateSampleData, generateSampleWorld, SAMPLE_NOW } from '../../../sample-crm/seed';
import type { SampleData } from '../../../sample-crm/seed';

const PERSIAN = /[\u0600-\u06ff]/;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

function script(text: string): 'fa' | 'ja' | 'en' {
  return PERSIAN.test(text) ? 'fa' : JAPANESE.test(text) ? 'ja' : 'en';
}

describe('sample CRM seed', () => {
  it('is deterministic and never uses Math.random', () => {
    const spy = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    try {
      const a = JSON.stringify(generateSampleWorld());
      const b = JSON.stringify(generateSampleWorld());
      expect(a).toBe(b);
      expect(JSON.stringify(generateSampleData())).toBe(JSON.stringify(generateSampleWorld().data));
    } finally {
      spy.mockRestore();
    }
  });

  it('has a few hundred records of each kind', () => {
    const d = generateSampleData();
    expect(d.users).toHaveLength(12);
    expect(d.contacts).toHaveLength(150);
    expect(d.companies).toHaveLength(40);
    expect(d.deals).toHaveLength(60);
    expect(d.tasks).toHaveLength(60);
    expect(d.activities).toHaveLength(150);
    expect(new Set(d.users.map((u) => u.team))).toEqual(new Set(['sales', 'marketing', 'support']));
  });

  it('has unique ids and references that resolve', () => {
    const d: SampleData = generateSampleData();
    const ids = (items: { id: string }[]) => new Set(items.map((i) => i.id));
    for (const kind of ['users', 'contacts', 'companies', 'deals', 'tasks', 'activities'] as const) {
      expect(ids(d[kind]).size, kind).toBe(d[kind].length);
    }
    const users = ids(d.users);
    const companies = ids(d.companies);
    const contacts = ids(d.contacts);
    const deals = ids(d.deals);
    const companyName = new Map(d.companies.map((c) => [c.id, c.name]));
    const userName = new Map(d.users.map((u) => [u.id, u.name]));
    for (const c of d.contacts) {
      if (c.companyId) expect(c.companyName).toBe(companyName.get(c.companyId));
      if (c.ownerId) expect(c.ownerName).toBe(userName.get(c.ownerId));
    }
    for (const deal of d.deals) {
      expect(companies.has(deal.companyId ?? '')).toBe(true);
      expect(contacts.has(deal.contactId ?? '')).toBe(true);
      expect(users.has(deal.ownerId ?? '')).toBe(true);
    }
    for (const t of d.tasks) {
      if (t.ownerId) expect(users.has(t.ownerId)).toBe(true);
      expect(contacts.has(t.relatedTo ?? '') || deals.has(t.relatedTo ?? '')).toBe(true);
    }
    for (const a of d.activities) {
      expect(contacts.has(a.contactId ?? '')).toBe(true);
      if (a.dealId) expect(deals.has(a.dealId)).toBe(true);
      if (a.ownerId) expect(d.users.find((u) => u.id === a.ownerId)?.team).toBe(a.team);
    }
  });

  it('keeps dates consistent and in the past of SAMPLE_NOW', () => {
    const d = generateSampleData();
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    for (const c of d.contacts) {
      expect(c.createdAt).toMatch(iso);
      expect(c.createdAt <= c.updatedAt, c.id).toBe(true);
      expect(c.updatedAt <= SAMPLE_NOW, c.id).toBe(true);
      const latest = d.activities.filter((a) => a.contactId === c.id).reduce<string | null>((m, a) => (m && m > a.date ? m : a.date), null);
      expect(c.lastActivityAt).toBe(latest);
      if (latest) expect(latest >= c.createdAt).toBe(true);
    }
    for (const deal of d.deals) {
      expect(deal.createdAt <= deal.stageChangedAt && deal.stageChangedAt <= deal.updatedAt, deal.id).toBe(true);
      expect(deal.closeDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const a of d.activities) expect(a.date <= SAMPLE_NOW).toBe(true);
  });

  it('mixes English, Persian and Japanese roughly a third each', () => {
    const d = generateSampleData();
    const counts = { en: 0, fa: 0, ja: 0 };
    for (const c of d.contacts) counts[script(c.firstName + c.lastName)]++;
    for (const n of Object.values(counts)) expect(n).toBeGreaterThanOrEqual(40);
    const all = JSON.stringify(d);
    expect(all).toMatch(/[۰-۹]{4}/); // Persian digits
    expect(all).toMatch(/[０-９]{2}/); // full-width digits
    expect(all).toContain('José');
    expect(all).toContain('Müller');
    expect(all).toContain('株式会社');
  });
});
