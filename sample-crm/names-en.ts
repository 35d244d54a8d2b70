// English-speaking (and European) records. Names used by the planted duplicate clusters and
// hard negatives (Emily Johnson, Robert/Bob Miller, José García, Jürgen Müller, John Smith)
// are deliberately absent here so random records never collide with them; nickname pairs
// (Bob/Robert, Kate/Katherine) and near-spellings (Sophia/Sofía) are left out for the same reason.

import type { GeneratedPhone, LangPack, Region } from './lang-pack';
import { digits } from './lang-pack';
import type { Rng } from './prng';

const US_AREAS = ['212', '312', '415', '206', '617', '512'];

const us: Region = {
  countries: ['United States', 'USA', 'U.S.'],
  countryWeights: [6, 3, 2],
  cities: ['New York', 'Chicago', 'San Francisco', 'Seattle', 'Boston', 'Austin'],
  phone(rng: Rng): GeneratedPhone {
    const area = rng.pick(US_AREAS);
    const line = `01${digits(rng, 2)}`; // 555-0100..0199 is reserved for fiction
    const text = rng.pick([`+1 ${area}-555-${line}`, `(${area}) 555-${line}`, `+1 (${area}) 555-${line}`]);
    return { text, e164: `+1${area}555${line}` };
  },
};

const uk: Region = {
  countries: ['United Kingdom'],
  countryWeights: [1],
  cities: ['London', 'Manchester', 'Bristol'],
  phone(rng) {
    const line = `0${digits(rng, 3)}`; // Ofcom's drama range 020 7946 0xxx
    return { text: rng.chance(0.5) ? `+44 20 7946 ${line}` : `020 7946 ${line}`, e164: `+44207946${line}` };
  },
};

const de: Region = {
  countries: ['Germany'],
  countryWeights: [1],
  cities: ['Berlin', 'München', 'Hamburg'],
  phone(rng) {
    const n = `${rng.int(2, 9)}${digits(rng, 7)}`;
    return { text: rng.chance(0.5) ? `+49 30 ${n}` : `030 ${n}`, e164: `+4930${n}` };
  },
};

const es: Region = {
  countries: ['Spain'],
  countryWeights: [1],
  cities: ['Madrid', 'Barcelona', 'Valencia'],
  phone(rng) {
    const n = `6${digits(rng, 8)}`;
    const spaced = `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
    return { text: rng.chance(0.5) ? `+34 ${spaced}` : spaced, e164: `+34${n}` };
  },
};

export const EN_REGIONS = { us, uk, de, es };

export const en: LangPack = {
  lang: 'en',
  firstNames: [
    ['Olivia', 'olivia'],
    ['Liam', 'liam'],
    ['Noah', 'noah'],
    ['Ava', 'ava'],
    ['Ethan', 'ethan'],
    ['Mia', 'mia'],
    ['Lucas', 'lucas'],
    ['Harper', 'harper'],
    ['Mason', 'mason'],
    ['Amelia', 'amelia'],
    ['Logan', 'logan'],
    ['Ella', 'ella'],
    ['Owen', 'owen'],
    ['Grace', 'grace'],
    ['Henry', 'henry'],
    ['Chloe', 'chloe'],
    ['Caleb', 'caleb'],
    ['Nora', 'nora'],
    ['Isaac', 'isaac'],
    ['Julian', 'julian'],
    ['Hannah', 'hannah'],
    ['Adrian', 'adrian'],
    ['Lena', 'lena'],
    ['Felix', 'felix'],
    ['Clara', 'clara'],
    ['Sofía', 'sofia'],
    ['Renée', 'renee'],
    ['Zoë', 'zoe'],
    ['François', 'francois'],
    ['Björn', 'bjorn'],
    ['Anaïs', 'anais'],
    ['Mateo', 'mateo'],
  ],
  lastNames: [
    ['Anderson', 'anderson'],
    ['Brooks', 'brooks'],
    ['Carter', 'carter'],
    ['Diaz', 'diaz'],
    ['Evans', 'evans'],
    ['Fischer', 'fischer'],
    ['Foster', 'foster'],
    ['Graham', 'graham'],
    ['Hughes', 'hughes'],
    ['Jensen', 'jensen'],
    ['Kowalski', 'kowalski'],
    ['Larsen', 'larsen'],
    ['Moreau', 'moreau'],
    ['Nguyen', 'nguyen'],
    ["O'Brien", 'obrien'],
    ['Patel', 'patel'],
    ['Quinn', 'quinn'],
    ['Reyes', 'reyes'],
    ['Schröder', 'schroeder'],
    ['Sánchez', 'sanchez'],
    ['Thompson', 'thompson'],
    ['Walsh', 'walsh'],
    ['Wagner', 'wagner'],
    ['Young', 'young'],
    ['Lefèvre', 'lefevre'],
  ],
  fullName: (first, last) => `${first} ${last}`,
  companies: [
    { name: 'Northwind Traders', domain: 'northwind-traders.com', industry: 'Wholesale', city: 'Seattle' },
    { name: 'Contoso Pharmaceuticals', domain: 'contoso-pharma.com', industry: 'Pharmaceuticals', city: 'Boston' },
    { name: 'Globex Corporation', domain: 'globex.io', industry: 'Software', city: 'San Francisco' },
    { name: 'Initech Systems', domain: 'initech-systems.com', industry: 'Software', city: 'Austin' },
    { name: 'Blue Harbor Foods', domain: 'blueharborfoods.com', industry: 'Food & Beverage', city: 'Boston' },
    { name: 'Pinecrest Health', domain: 'pinecresthealth.org', industry: 'Healthcare', city: 'Chicago' },
    { name: 'Stark Logistics', domain: 'stark-logistics.com', industry: 'Logistics', city: 'Chicago' },
    { name: 'Acme Robotics', domain: 'acme-robotics.com', industry: 'Manufacturing', city: 'New York' },
    { name: 'Brightline Media Ltd', domain: 'brightline-media.co.uk', industry: 'Media', city: 'London' },
    { name: 'Kessler Maschinenbau GmbH', domain: 'kessler-maschinenbau.de', industry: 'Manufacturing', city: 'München' },
    { name: 'Iberia Soluciones S.L.', domain: 'iberiasoluciones.es', industry: 'IT Services', city: 'Madrid' },
    { name: 'Summit Financial Group', domain: 'summitfg.com', industry: 'Financial Services', city: 'New York' },
    { name: 'Greenfield Energy', domain: 'greenfield-energy.com', industry: 'Energy', city: 'Seattle' },
  ],
  regions: [
    { weight: 6, region: us },
    { weight: 1.5, region: uk },
    { weight: 1.5, region: de },
    { weight: 1.5, region: es },
  ],
  freeMailDomains: ['gmail.com', 'outlook.com', 'yahoo.com'],
  jobTitles: [
    'Account Executive',
    'VP of Sales',
    'Marketing Manager',
    'CTO',
    'Procurement Lead',
    'Operations Director',
    'Office Manager',
    'CFO',
    'Product Manager',
    'IT Administrator',
  ],
  notes: [
    'Met at the Boston trade show; interested in the enterprise plan.',
    'Prefers calls in the morning. Decision expected next quarter.',
    'Asked for a reference customer in the same industry.',
    'Budget approved, waiting on legal review.',
    'Switched from a competitor last year, open to a demo.',
  ],
  taskSubjects: [
    'Follow up on proposal',
    'Send pricing sheet',
    'Schedule demo',
    'Call back about renewal',
    'Prepare contract draft',
    'Check in after onboarding',
  ],
  activitySubjects: {
    call: ['Discovery call', 'Pricing discussion', 'Renewal call'],
    email: ['Sent proposal', 'Follow-up email', 'Shared case study'],
    meeting: ['Product demo', 'Quarterly business review', 'Kick-off meeting'],
    note: ['Internal note: champion changed roles', 'Notes from trade show booth'],
  },
  dealProducts: ['Annual license', 'Enterprise plan', 'Implementation project', 'Support renewal', 'Team expansion'],
  lossReasons: ['Price too high', 'Chose a competitor', 'No budget', 'Project cancelled'],
  currency: 'USD',
  dealAmount: (rng) => rng.int(10, 500) * 500,
};
