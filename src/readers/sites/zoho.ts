// Zoho CRM. List: /crm/<org>/tab/Contacts/custom-view/<cv>/list  Record: /crm/<org>/tab/Contacts/<id>
import type { RecordKind } from '../../model/record';
import type { SiteProfile } from './types';
import { hostIs } from './util';

export const ZOHO_MODULES: Record<string, RecordKind> = {
  Contacts: 'contact',
  Leads: 'lead',
  Accounts: 'company',
  Deals: 'deal',
  Potentials: 'deal',
  Tasks: 'task',
  Calls: 'activity',
  Events: 'activity',
  Meetings: 'activity',
  Activities: 'activity',
  Users: 'user',
  Cases: 'ticket',
  Campaigns: 'campaign',
};

export const zoho: SiteProfile = {
  id: 'zoho',
  label: 'Zoho CRM',
  matchUrl: (url) =>
    /^crm\.zoho(cloud)?\./.test(url.hostname) ||
    (hostIs(url, 'zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp') && url.pathname.startsWith('/crm/')),
  page(url) {
    const m = /^\/crm\/(?:[^/]+\/)?tab\/(\w+)(?:\/(\d{6,}))?/.exec(url.pathname);
    return m ? { kind: ZOHO_MODULES[m[1]!], objectType: m[1], recordId: m[2] } : {};
  },
  recordLink(href) {
    const m = /^\/crm\/(?:[^/]+\/)?tab\/(\w+)\/(\d{6,})(?:\/|$)/.exec(href.pathname);
    return m ? { id: m[2]!, kind: ZOHO_MODULES[m[1]!], objectType: m[1], url: href.href } : undefined;
  },
  recordUrl(origin, kind, id, objectType) {
    const module = objectType ?? Object.keys(ZOHO_MODULES).find((k) => ZOHO_MODULES[k] === kind);
    return module && /zoho/.test(origin) && !/zohoapis/.test(origin) ? `${origin}/crm/tab/${module}/${id}` : undefined;
  },
};
