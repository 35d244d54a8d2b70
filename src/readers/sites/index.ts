// Choosing the site profile for a page: the sample CRM's marker first, then URL patterns,
// then DOM markers (self-hosted CRMs on their own hosts), else the generic profile.
import type { SiteProfile } from './types';
import { salesforce } from './salesforce';
import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import { zoho } from './zoho';
import { dynamics } from './dynamics';
import { odoo } from './odoo';
import { twenty } from './twenty';
import { espocrm } from './espocrm';
import { suitecrm } from './suitecrm';
import { sampleCrm } from './sample-crm';
import { generic } from './generic';

export type { PageInfo, RecordRef, SiteProfile } from './types';
export { generic };

export const PROFILES: readonly SiteProfile[] = [
  sampleCrm,
  salesforce,
  hubspot,
  pipedrive,
  zoho,
  dynamics,
  odoo,
  twenty,
  espocrm,
  suitecrm,
];

export function profileById(id: string): SiteProfile | undefined {
  return id === generic.id ? generic : PROFILES.find((p) => p.id === id);
}

/** The profile for a page; `doc` is optional so API payloads can be matched by origin alone. */
export function detectSite(url: URL, doc?: Document): SiteProfile {
  if (doc && sampleCrm.matchDom?.(doc)) return sampleCrm;
  for (const p of PROFILES) {
    try {
      if (p.matchUrl?.(url)) return p;
    } catch {
      // a profile that can't read this URL just doesn't match
    }
  }
  if (doc) {
    for (const p of PROFILES) {
      try {
        if (p.matchDom?.(doc)) return p;
      } catch {
        // as above
      }
    }
  }
  return generic;
}
