// HubSpot. List: /contacts/<portal>/objects/0-1/views/all/list  Record: /contacts/<portal>/record/0-1/<id>
import type { RecordKind } from '../../model/record';
import type { SiteProfile } from './types';
import { hostIs } from './util';

/** HubSpot's object type ids and names. */
export const HUBSPOT_OBJECTS: Record<string, RecordKind> = {
  '0-1': 'contact',
  '0-2': 'company',
  '0-3': 'deal',
  '0-5': 'ticket',
  '0-27': 'task',
  '0-4': 'activity',
  '0-46': 'activity',
  '0-47': 'activity',
  '0-48': 'activity',
  '0-49': 'activity',
  contacts: 'contact',
  contact: 'contact',
  companies: 'company',
  company: 'company',
  deals: 'deal',
  deal: 'deal',
  tickets: 'ticket',
  ticket: 'ticket',
  tasks: 'task',
  task: 'task',
  calls: 'activity',
  meetings: 'activity',
  emails: 'activity',
  notes: 'activity',
  communications: 'activity',
};
const OBJECT_IDS: Partial<Record<RecordKind, string>> = { contact: '0-1', company: '0-2', deal: '0-3', ticket: '0-5', task: '0-27' };

export const hubspot: SiteProfile = {
  id: 'hubspot',
  label: 'HubSpot',
  matchUrl: (url) => hostIs(url, 'hubspot.com') && url.hostname.startsWith('app'),
  page(url) {
    let m = /^\/contacts\/\d+\/(?:record|objects)\/(\d+-\d+)(?:\/(\d+))?/.exec(url.pathname);
    if (m) return { kind: HUBSPOT_OBJECTS[m[1]!], objectType: m[1], recordId: url.pathname.includes('/record/') ? m[2] : undefined };
    m = /^\/contacts\/\d+\/(contact|company|deal|ticket)\/(\d+)/.exec(url.pathname);
    if (m) return { kind: HUBSPOT_OBJECTS[m[1]!], objectType: m[1], recordId: m[2] };
    m = /^\/(?:contacts|tasks|sales)\/\d+\/(contacts|companies|deals|tickets|tasks)?/.exec(url.pathname);
    if (m) return { kind: HUBSPOT_OBJECTS[m[1] ?? url.pathname.split('/')[1]!], objectType: m[1] };
    return {};
  },
  recordLink(href) {
    let m = /^\/contacts\/\d+\/record\/(\d+-\d+)\/(\d+)/.exec(href.pathname);
    if (m) return { id: m[2]!, kind: HUBSPOT_OBJECTS[m[1]!], objectType: m[1], url: href.href };
    m = /^\/contacts\/\d+\/(contact|company|deal|ticket)\/(\d+)/.exec(href.pathname);
    if (m) return { id: m[2]!, kind: HUBSPOT_OBJECTS[m[1]!], objectType: m[1], url: href.href };
    return undefined;
  },
  recordUrl(origin, kind, id, objectType) {
    // The portal id is part of every record URL; API payloads don't carry it, so it comes in as objectType "portal:<id>/0-1".
    const portal = /^portal:(\d+)/.exec(objectType ?? '')?.[1];
    const type = OBJECT_IDS[kind];
    return portal && type ? `https://app.hubspot.com/contacts/${portal}/record/${type}/${id}` : undefined;
  },
};
