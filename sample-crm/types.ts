// Record shapes served by the sample CRM's JSON API. Field names follow what real CRMs
// (HubSpot, Pipedrive, Salesforce) expose, so readers are exercised on realistic keys.

export type Lang = 'en' | 'fa' | 'ja';
export type Team = 'sales' | 'marketing' | 'support';
export type DealStage = 'qualification' | 'proposal' | 'negotiation' | 'won' | 'lost';
export type ActivityType = 'call' | 'email' | 'meeting' | 'note';

export interface User {
  id: string;
  name: string;
  email: string;
  team: Team;
  role: string;
  active: boolean;
  lastLoginAt: string | null;
}

export interface Company {
  id: string;
  name: string;
  domain: string | null;
  phone: string | null;
  industry: string | null;
  country: string | null;
  city: string | null;
  ownerId: string | null;
  ownerName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Contact {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  companyId: string | null;
  companyName: string | null;
  jobTitle: string | null;
  ownerId: string | null;
  ownerName: string | null;
  lifecycleStage: string | null;
  leadSource: string | null;
  tags: string[];
  country: string | null;
  city: string | null;
  createdAt: string;
  updatedAt: string;
  lastActivityAt: string | null;
  consent: 'granted' | 'none' | null;
  preferredContactMethod: 'email' | 'phone' | 'sms' | null;
  notes: string | null;
}

export interface Deal {
  id: string;
  name: string;
  companyId: string | null;
  companyName: string | null;
  contactId: string | null;
  contactName: string | null;
  amount: number;
  currency: string;
  stage: DealStage;
  lossReason: string | null;
  /** Calendar date (YYYY-MM-DD), as CRMs store close dates. */
  closeDate: string | null;
  stageChangedAt: string;
  ownerId: string | null;
  ownerName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Task {
  id: string;
  subject: string;
  /** Calendar date (YYYY-MM-DD). */
  dueDate: string | null;
  status: 'open' | 'done';
  ownerId: string | null;
  ownerName: string | null;
  /** Id of the contact or deal the task hangs off ("con_0012", "deal_0003"). */
  relatedTo: string | null;
  createdAt: string;
}

export interface Activity {
  id: string;
  type: ActivityType;
  subject: string;
  date: string;
  ownerId: string | null;
  ownerName: string | null;
  contactId: string | null;
  contactName: string | null;
  dealId: string | null;
  dealName: string | null;
  team: Team | null;
}

export interface SampleData {
  users: User[];
  companies: Company[];
  contacts: Contact[];
  deals: Deal[];
  tasks: Task[];
  activities: Activity[];
}

export const KINDS = ['contacts', 'companies', 'deals', 'tasks', 'activities', 'users'] as const;
export type Kind = (typeof KINDS)[number];

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

/** Answers the generator records while planting, for problems that can't be recomputed by a rule (duplicates). */
export interface SampleTruth {
  duplicateContactClusters: string[][];
  duplicateCompanyPairs: [string, string][];
  /** Same name, different person: a duplicate finder must NOT merge these. */
  hardNegativeContactPairs: [string, string][];
  hostileContactId: string;
}
