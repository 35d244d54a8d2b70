// Salesforce Lightning Experience (and Classic record links).
// List: /lightning/o/Contact/list?filterName=…  Record: /lightning/r/Contact/003…/view
import type { RecordKind } from '../../model/record';
import type { SiteProfile } from './types';
import { hostIs } from './util';

export const SALESFORCE_OBJECTS: Record<string, RecordKind> = {
  Contact: 'contact',
  Lead: 'lead',
  Account: 'company',
  Opportunity: 'deal',
  Task: 'task',
  Event: 'activity',
  User: 'user',
  Case: 'ticket',
  Campaign: 'campaign',
  PersonAccount: 'contact',
};
// Record ids start with the object's key prefix.
const PREFIXES: Record<string, string> = {
  '003': 'Contact',
  '00Q': 'Lead',
  '001': 'Account',
  '006': 'Opportunity',
  '00T': 'Task',
  '00U': 'Event',
  '005': 'User',
  '500': 'Case',
  '701': 'Campaign',
};
const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

function objectFromId(id: string): string | undefined {
  return PREFIXES[id.slice(0, 3)];
}

export const salesforce: SiteProfile = {
  id: 'salesforce',
  label: 'Salesforce',
  matchUrl: (url) => hostIs(url, 'lightning.force.com', 'my.salesforce.com', 'salesforce.com', 'force.com', 'cloudforce.com'),
  page(url) {
    let m = /^\/lightning\/o\/(\w+)\//.exec(url.pathname);
    if (m) return { kind: SALESFORCE_OBJECTS[m[1]!], objectType: m[1] };
    m = /^\/lightning\/r\/(?:(\w+)\/)?([a-zA-Z0-9]{15,18})\/view/.exec(url.pathname);
    if (m && ID.test(m[2]!)) {
      const obj = m[1] ?? objectFromId(m[2]!);
      return { kind: obj ? SALESFORCE_OBJECTS[obj] : undefined, objectType: obj, recordId: m[2] };
    }
    return {};
  },
  recordLink(href) {
    const lightning = /^\/lightning\/r\/(?:(\w+)\/)?([a-zA-Z0-9]{15,18})\/view/.exec(href.pathname);
    const classic = lightning ? undefined : /^\/([a-zA-Z0-9]{15,18})$/.exec(href.pathname);
    const id = lightning?.[2] ?? classic?.[1];
    if (!id || !ID.test(id)) return undefined;
    const obj = lightning?.[1] ?? objectFromId(id);
    // a bare 15/18-character path is only a record when its prefix is a known object
    if (classic && !obj) return undefined;
    return { id, kind: obj ? SALESFORCE_OBJECTS[obj] : undefined, objectType: obj, url: href.href };
  },
  recordUrl: (origin, _kind, id, objectType) => `${origin}/lightning/r/${objectType ? `${objectType}/` : ''}${id}/view`,
};
