// Pipedrive. Lists: /persons/list, /organizations/list, /deals/list, /activities/list.
// Records: /person/<id>, /organization/<id>, /deal/<id>.
import type { RecordKind } from '../../model/record';
import type { SiteProfile } from './types';
import { hostIs } from './util';

export const PIPEDRIVE_OBJECTS: Record<string, RecordKind> = {
  person: 'contact',
  persons: 'contact',
  organization: 'company',
  organizations: 'company',
  deal: 'deal',
  deals: 'deal',
  pipeline: 'deal',
  lead: 'lead',
  leads: 'lead',
  activity: 'activity',
  activities: 'activity',
  user: 'user',
  users: 'user',
};
const SINGULAR: Partial<Record<RecordKind, string>> = { contact: 'person', company: 'organization', deal: 'deal', lead: 'leads/inbox' };

export const pipedrive: SiteProfile = {
  id: 'pipedrive',
  label: 'Pipedrive',
  matchUrl: (url) => hostIs(url, 'pipedrive.com'),
  page(url) {
    let m = /^\/(person|organization|deal)\/(\d+)/.exec(url.pathname);
    if (m) return { kind: PIPEDRIVE_OBJECTS[m[1]!], objectType: m[1], recordId: m[2] };
    m = /^\/(persons|organizations|deals|pipeline|activities|leads|users)\b/.exec(url.pathname);
    if (m) return { kind: PIPEDRIVE_OBJECTS[m[1]!], objectType: m[1] };
    if (url.pathname.startsWith('/settings/users')) return { kind: 'user', objectType: 'users' };
    return {};
  },
  recordLink(href) {
    const m = /^\/(person|organization|deal)\/(\d+)/.exec(href.pathname);
    return m ? { id: m[2]!, kind: PIPEDRIVE_OBJECTS[m[1]!], objectType: m[1], url: href.href } : undefined;
  },
  recordUrl: (origin, kind, id) => (SINGULAR[kind] && kind !== 'lead' ? `${origin}/${SINGULAR[kind]}/${id}` : undefined),
};
